package org.kondens.app.cli;

import org.kondens.core.KondensException;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;

@Command(name = "undo", description = "Undo the last analytic change (undo history is kept in the project file).")
final class UndoCommand extends ProjectCommand {

    @Override
    int run(StcProject project, Printer out) {
        String done = project.undo().orElseThrow(() -> new KondensException("Nothing to undo."));
        out.result("Undone: " + done, Printer.obj("undone", done, "nextUndo", project.undoName().orElse(null),
                "nextRedo", project.redoName().orElse(null)));
        return 0;
    }
}
