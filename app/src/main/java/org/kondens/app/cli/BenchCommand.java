package org.kondens.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.kondens.core.stc.EditBench;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark: generated corpora of the given sizes imported, indexed, opened and searched, each
 * phase in a JVM of its own ({@link ScaleBench}), every figure beside its goal; then the project
 * file, everyday edits and exports on the largest. Numbers, not a pass/fail test.
 */
@Command(name = "bench", description = "Measure import, index build, open, search (and more) on generated corpora, each figure beside its goal.")
final class BenchCommand extends CliCommand {

    @Option(names = "--words", split = ",", defaultValue = "1000000", paramLabel = "N",
            description = "corpus sizes in words, each measured on its own (default 1,000,000; e.g. 1000000,3000000,10000000,30000000)")
    List<Integer> words;

    @Option(names = "--heap", paramLabel = "-XmxN", description = "the heap each phase runs with (default: the app's, "
            + ScaleBench.HEAP + ")")
    String heap = ScaleBench.HEAP;

    @Option(names = "--compare-scan", description = "also time a plain regex scan of the same texts (what simpler tools do) and "
            + "print the indexed search's ratio to it")
    boolean compareScan;

    @Option(names = "--words-per-transcript", defaultValue = "10000", paramLabel = "W")
    int perTranscript;

    @Option(names = "--export-units", defaultValue = "5000", paramLabel = "N",
            description = "also time every export of an analysis with N meaning units (0: skip)")
    int exportUnits;

    @Option(names = "--edit-units", defaultValue = "300", paramLabel = "N",
            description = "meaning units made before timing everyday edits (default 300; -1: skip the edit timings)")
    int editUnits;

    @Option(names = "--screen", description = "instead: time the GUI's edit and search path on the sample, on 50 transcripts "
            + "with 5,000 meaning units and on corpora of --screen-words words, each with its ratio to the sample's")
    boolean screen;

    @Option(names = "--screen-words", split = ",", defaultValue = "1000000,10000000", paramLabel = "N,N",
            description = "corpus sizes for --screen (default 1,000,000 and 10,000,000 words)")
    List<Integer> screenWords;

    @Option(names = "--screen-units", defaultValue = "5000", paramLabel = "N",
            description = "meaning units in the 50-transcript project for --screen (default 5,000)")
    int screenUnits;

    @Option(names = "--startup", description = "instead: time the start-up against a hello-world JavaFX window (the floor), "
            + "interleaved runs each: first window, the sample's step 2 drawn, and a 50-transcript project with --screen-units "
            + "meaning units opened (needs a display; starts Xvfb when there is none)")
    boolean startup;

    @Option(names = "--image", paramLabel = "DIR", description = "the app image for --startup (default packaging/build/app-image/Kondens; "
            + "else the jar, with packaging/build/kondens.aot when there is one)")
    Path image = StartupBench.IMAGE;

    @Option(names = "--startup-project", paramLabel = "P", description = "with --startup: also time opening project P until "
            + "the area it opens in shows its text (repeatable; e.g. a project left by bench --dir)")
    List<Path> startupProjects = new java.util.ArrayList<>();

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "interleaved runs each for --startup (default 5)")
    int runs;

    @Option(names = "--study", defaultValue = "samples/study", paramLabel = "DIR", description = "the sample study, for --screen")
    Path study;

    @Option(names = "--dir", paramLabel = "DIR", description = "work folder (default: a temporary one, deleted afterwards)")
    Path dir;

    @Override
    public Integer call() {
        Path work = dir;
        try {
            work = work != null ? Files.createDirectories(work) : Files.createTempDirectory("kondens-bench");
            for (Path p : startupProjects) {
                if (!Files.isRegularFile(p)) {
                    throw usage("--startup-project " + p + ": no such project file.");
                }
            }
            if (startup) {
                return StartupBench.run(work, image, runs, screenUnits, startupProjects, printer());
            }
            if (screen) {
                ScreenBench.run(work, study, screenUnits, screenWords, printer());
                return 0;
            }
            return run(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir == null && work != null) {
                ScaleBench.deleteTree(work);
            }
        }
    }

    private int run(Path work) {
        if (!heap.matches("-Xmx\\d+[kmgKMG]?")) {
            throw usage("--heap is a Java heap option such as -Xmx1g, not '" + heap + "'.");
        }
        ScaleBench.Report report = ScaleBench.run(work, words, perTranscript, compareScan, heap);
        // The everyday figures (project file, edits, exports) on the largest project, in this JVM.
        Path largest = ScaleBench.project(work, words.stream().max(Integer::compare).orElseThrow());
        var storeTimes = org.kondens.core.stc.StoreBench.run(largest);
        var exportTimes = java.util.Map.<String, Double>of();
        if (exportUnits > 0) {
            try (StcProject p = StcProject.openReadOnly(largest)) {
                exportTimes = ExportBench.run(p.snapshot(), exportUnits, work.resolve("exports"));
            }
        }
        var editTimes = editUnits >= 0 ? EditBench.run(largest, editUnits) : java.util.Map.<String, java.util.Map<String, Double>>of();
        java.util.Map<String, Object> json = new java.util.LinkedHashMap<>(report.json());
        json.putAll(Printer.obj("exportUnits", exportUnits, "exportSeconds", exportTimes, "store", storeTimes, "edits", editTimes));
        printer().result(report.table() + String.format(Locale.ROOT, """

                On the largest project:
                Exports of %d meaning units (seconds): %s
                Project file (ms, MB): %s
                Edits (ms, after %d meaning units in %s): %s""", exportUnits, exportTimes, storeTimes,
                editUnits, "6 code groups × 4 subgroups", editLines(editTimes)), json);
        return 0;
    }

    /** One line per edit: "addMeaningUnit p50 9.8 / p95 12.1". */
    private static String editLines(java.util.Map<String, java.util.Map<String, Double>> times) {
        StringBuilder b = new StringBuilder();
        times.forEach((edit, t) -> b.append("\n  ").append(String.format(Locale.ROOT, "%-16s", edit)).append(t.containsKey("p50Ms")
                ? String.format(Locale.ROOT, "p50 %8.2f   p95 %8.2f", t.get("p50Ms"), t.get("p95Ms")) : t.toString()));
        return b.toString();
    }
}
