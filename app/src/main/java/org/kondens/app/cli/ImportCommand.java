package org.kondens.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kondens.core.KondensException;
import org.kondens.core.importer.ImportedTranscript;
import org.kondens.core.importer.TextFileImporter;
import org.kondens.core.model.Transcript;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import transcripts. One bad file does not stop the others; each gets its result.")
final class ImportCommand extends ProjectCommand {

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "transcript files (.txt)")
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
        List<Map<String, Object>> results = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            try {
                ImportedTranscript in = read(file);
                Transcript t = project.importTranscript(in, informants.isEmpty() ? List.of() : List.of(informants.get(i)));
                Map<String, Long> speakers = new java.util.TreeMap<>();
                in.turns().forEach(turn -> speakers.merge(turn.speaker(), 1L, Long::sum));
                out.line("✓ " + file.getFileName() + " → '" + t.title() + "' (" + in.text().length() + " characters, "
                        + in.turns().size() + " turns" + (speakers.isEmpty() ? "" : ": " + speakers) + ")"
                        + (in.notices().isEmpty() ? "" : " " + in.notices()));
                results.add(Printer.obj("file", file.toString(), "ok", true, "transcript", t.id(), "title", t.title(),
                        "characters", in.text().length(), "turns", in.turns().size(), "speakers", speakers, "notices", in.notices()));
            } catch (KondensException e) {
                failed++;
                spec.commandLine().getErr().println("✗ " + e.getMessage());
                results.add(Printer.obj("file", file.toString(), "ok", false, "error", e.getMessage()));
            }
        }
        out.result((files.size() - failed) + " of " + files.size() + " files imported.", results);
        return failed == 0 ? 0 : KondensCli.USER_ERROR;
    }

    private static ImportedTranscript read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return TextFileImporter.read(file);
        }
        throw new KondensException(file.getFileName() + ": this file type cannot be imported yet; save it as plain text (.txt).");
    }
}
