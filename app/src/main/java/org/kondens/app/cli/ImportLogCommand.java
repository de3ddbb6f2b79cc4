package org.kondens.app.cli;

import org.kondens.core.model.ImportRecord;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;

/** What imports from other tools brought into the project, and what they could not carry. */
@Command(name = "import-log", description = "What each import from another tool (.qdpx, .qdc) brought and could not carry.")
final class ImportLogCommand extends ProjectCommand {

    @Override
    boolean readsOnly() {
        return true;
    }

    @Override
    int run(StcProject project, Printer out) {
        var log = project.importLog();
        StringBuilder text = new StringBuilder();
        for (ImportRecord r : log) {
            text.append(r.time()).append("  ").append(r.file()).append(" (").append(r.kind()).append(")\n");
            r.lines().forEach(l -> text.append("  ").append(l).append('\n'));
        }
        out.result(log.isEmpty() ? "Nothing was imported from another tool into this project." : text.toString().stripTrailing(), log);
        return 0;
    }
}
