package org.kondens.app.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.kondens.core.model.AuditEntry;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "history", description = "The audit trail: every change, when it was made. Ends with what undo/redo would do.")
final class HistoryCommand extends ProjectCommand {

    @Override
    boolean readsOnly() {
        return true;
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    @Option(names = "--last", paramLabel = "N", description = "only the last N entries")
    Integer last;

    @Override
    int run(StcProject project, Printer out) {
        List<AuditEntry> audit = project.snapshot().audit();
        if (last != null && last < audit.size()) {
            audit = audit.subList(audit.size() - Math.max(0, last), audit.size());
        }
        StringBuilder text = new StringBuilder();
        for (AuditEntry e : audit) {
            text.append(TIME.format(e.time())).append("  ").append(e.action());
            if (!e.detail().isEmpty()) {
                text.append(": ").append(e.detail());
            }
            text.append('\n');
        }
        String undo = project.undoName().orElse(null);
        String redo = project.redoName().orElse(null);
        text.append("Undo: ").append(undo == null ? "—" : undo).append("\nRedo: ").append(redo == null ? "—" : redo);
        out.result(text.toString(), Printer.obj("audit", audit, "nextUndo", undo, "nextRedo", redo));
        return 0;
    }
}
