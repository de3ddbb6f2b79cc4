package org.kondens.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kondens.core.KondensException;
import org.kondens.core.model.Backup;
import org.kondens.core.stc.ProjectBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restore", description = {"List the project's backups, or put one in the project's place.",
    "The current file is kept in the backups folder, never deleted. The project must be closed."})
final class RestoreCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (.kondens)")
    Path projectFile;

    @Option(names = "--from", paramLabel = "BACKUP", description = "a backup's file name (as listed) or path")
    String from;

    @Override
    public Integer call() {
        if (from == null) {
            List<Backup> backups = ProjectBackups.list(projectFile);
            if (backups.isEmpty()) {
                throw new KondensException("There are no backups of " + projectFile + " (they are made in "
                        + ProjectBackups.folderOf(projectFile) + " when the project is opened).");
            }
            Printer out = printer();
            for (Backup b : backups) {
                out.line(b.shownTime() + "  " + b.file().getFileName() + "  " + (b.sound()
                        ? b.transcripts() + " transcripts, " + b.meaningUnits() + " meaning units, " + b.codeGroups() + " code groups"
                        : "DAMAGED: " + b.problem()));
            }
            out.result(null, backups.stream().map(b -> Printer.obj("file", b.file().toString(), "time", b.time().toString(),
                    "sound", b.sound(), "transcripts", b.transcripts(), "meaningUnits", b.meaningUnits(),
                    "codeGroups", b.codeGroups())).toList());
            out.line("Restore one with: kondens restore " + projectFile + " --from NAME");
            return 0;
        }
        Path backup = Path.of(from);
        if (!Files.exists(backup)) {
            backup = ProjectBackups.folderOf(projectFile).resolve(from);
        }
        if (!Files.isRegularFile(backup)) {
            throw new KondensException("No backup " + from + " (looked in " + ProjectBackups.folderOf(projectFile)
                    + "); list them with: kondens restore " + projectFile);
        }
        Path aside = ProjectBackups.restore(projectFile, backup);
        printer().result("Restored " + projectFile + " from " + backup.getFileName()
                + (aside != null ? ". The file it replaced is kept as " + aside : "") + ".",
                Printer.obj("project", projectFile.toString(), "from", backup.toString(), "replacedKeptAs",
                        aside == null ? null : aside.toString()));
        return 0;
    }
}
