package org.kondens.app.cli;

import org.kondens.core.KondensException;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;

@Command(name = "redo", description = "Redo the last undone change.")
final class RedoCommand extends ProjectCommand {

    @Override
    int run(StcProject project, Printer out) {
        String done = project.redo().orElseThrow(() -> new KondensException("Nothing to redo."));
        out.result("Redone: " + done, Printer.obj("redone", done, "nextUndo", project.undoName().orElse(null),
                "nextRedo", project.redoName().orElse(null)));
        return 0;
    }
}
