package org.kondens.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kondens.core.stc.StcProject;
import org.kondens.core.stc.TranscriptImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import transcripts (.docx, .odt, .txt, .pdf). One bad file does not stop the others; each gets its result.")
final class ImportCommand extends ProjectCommand {

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "transcript files")
    List<Path> files;

    @Option(names = "--informant", paramLabel = "LABEL",
            description = "the informant of each file, in the order of the files (default: from the speaker labels)")
    List<String> informants = new ArrayList<>();

    @Override
    int run(StcProject project, Printer out) {
        if (!informants.isEmpty() && informants.size() != files.size()) {
            throw usage("Give --informant once per file (" + files.size()
                    + " files, " + informants.size() + " labels), or not at all.");
        }
        long started = System.nanoTime();
        // Each file's line once it is on disk; only these small lines are kept, never the texts.
        List<Map<String, Object>> json = new ArrayList<>();
        TranscriptImport.Summary summary = TranscriptImport.importEach(project, files, informants, (done, total, current) -> {
            if (current != null && total > 1) {
                spec.commandLine().getErr().printf("[%d/%d] %s%n", done + 1, total, current.getFileName());
            }
        }, () -> false, r -> {
            if (r.ok()) {
                out.line("✓ " + r.file().getFileName() + " → '" + r.transcript().title() + "' (" + r.words() + " words, "
                        + r.read().turns().size() + " turns" + (r.read().speakers().isEmpty() ? "" : ": " + r.read().speakers()) + ")"
                        + (r.read().notices().isEmpty() ? "" : " " + r.read().notices()));
                if (out.json()) {
                    json.add(Printer.obj("file", r.file().toString(), "ok", true, "transcript", r.transcript().id(),
                            "title", r.transcript().title(), "words", r.words(), "characters", r.read().text().length(),
                            "turns", r.read().turns().size(), "speakers", r.read().speakers(), "notices", r.read().notices()));
                }
            } else {
                spec.commandLine().getErr().println("✗ " + r.error());
                json.add(Printer.obj("file", r.file().toString(), "ok", false, "error", r.error()));
            }
        });
        long failed = summary.refused();
        double seconds = (System.nanoTime() - started) / 1e9;
        out.result(summary.imported() + " of " + files.size() + " files imported (" + summary.words() + " words in "
                + String.format(java.util.Locale.ROOT, "%.1f", seconds) + " s).", json);
        return failed == 0 ? 0 : KondensCli.USER_ERROR;
    }
}
