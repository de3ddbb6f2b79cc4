package org.kondens.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kondens.core.model.Language;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Transcript;
import org.kondens.core.sample.CorpusGenerator;
import org.kondens.core.search.SearchFilter;
import org.kondens.core.search.SearchIndex;
import org.kondens.core.stc.EditBench;
import org.kondens.core.stc.StcProject;
import org.kondens.core.stc.TranscriptImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The search benchmark: a generated corpus imported into a fresh project, indexed, and searched
 * with a fixed mix of 200 queries; the same mix as a plain regex scan over all transcript texts,
 * which is what simpler tools do. Numbers, not a pass/fail test.
 */
@Command(name = "bench", description = "Measure import, index build and search speed on a generated corpus.")
final class BenchCommand extends CliCommand {

    @Option(names = "--words", defaultValue = "1000000", paramLabel = "N", description = "corpus size in words (default 1,000,000)")
    int words;

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
            if (startup) {
                return StartupBench.run(work, image, runs, screenUnits, printer());
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
                deleteTree(work);
            }
        }
    }

    private int run(Path work) {
        int transcripts = Math.max(1, words / perTranscript);
        List<Path> files = CorpusGenerator.write(work.resolve("corpus"), transcripts, words / transcripts);
        try (StcProject project = StcProject.create(work.resolve("bench.kondens"), "Benchmark", Language.NB)) {
            long t0 = System.nanoTime();
            List<TranscriptImport.FileResult> imported = TranscriptImport.importAll(project, files, List.of(), (d, t, f) -> { }, () -> false);
            double importSeconds = seconds(t0);
            long importedWords = imported.stream().filter(TranscriptImport.FileResult::ok).mapToLong(r -> r.read().words()).sum();
            ProjectSnapshot snapshot = project.snapshot();
            project.close();
            var storeTimes = org.kondens.core.stc.StoreBench.run(work.resolve("bench.kondens"));
            var editTimes = editUnits >= 0 ? EditBench.run(work.resolve("bench.kondens"), editUnits)
                    : java.util.Map.<String, java.util.Map<String, Double>>of();

            try (SearchIndex index = SearchIndex.open(work.resolve("cache"), snapshot.project().id(), Language.NB)) {
                t0 = System.nanoTime();
                index.sync(snapshot);
                double buildSeconds = seconds(t0);

                List<String> queries = queryMix();
                queries.forEach(q -> index.search(snapshot, q, SearchFilter.NONE, 50)); // warm-up
                double[] indexed = new double[queries.size()];
                for (int i = 0; i < queries.size(); i++) {
                    long q0 = System.nanoTime();
                    index.search(snapshot, queries.get(i), SearchFilter.NONE, 50);
                    indexed[i] = (System.nanoTime() - q0) / 1e6;
                }
                List<String> texts = snapshot.transcripts().stream().map(Transcript::text).toList();
                double[] scanned = new double[queries.size()];
                long scanHits = 0;
                for (int i = 0; i < queries.size(); i++) {
                    Pattern p = scanPattern(queries.get(i));
                    long q0 = System.nanoTime();
                    for (String text : texts) {
                        Matcher m = p.matcher(text);
                        while (m.find()) {
                            scanHits++;
                        }
                    }
                    scanned[i] = (System.nanoTime() - q0) / 1e6;
                }
                var exportTimes = exportUnits > 0 ? ExportBench.run(snapshot, exportUnits, work.resolve("exports")) : java.util.Map.<String, Double>of();
                System.gc();
                long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
                double indexedTotal = Arrays.stream(indexed).sum();
                double scannedTotal = Arrays.stream(scanned).sum();
                Arrays.sort(indexed);
                Arrays.sort(scanned);
                var result = Printer.obj("words", importedWords, "transcripts", imported.size(),
                        "importSeconds", round(importSeconds), "importWordsPerSecond", Math.round(importedWords / importSeconds),
                        "indexBuildSeconds", round(buildSeconds), "indexBytes", index.sizeBytes(),
                        "queries", queries.size(), "p50Ms", round(pct(indexed, 50)), "p95Ms", round(pct(indexed, 95)),
                        "p99Ms", round(pct(indexed, 99)), "scanP50Ms", round(pct(scanned, 50)), "scanP99Ms", round(pct(scanned, 99)),
                        "scanHits", scanHits, "speedupVsScan", round(scannedTotal / indexedTotal), "heapUsedMB", heap / (1024 * 1024),
                        "cores", Runtime.getRuntime().availableProcessors(), "exportUnits", exportUnits, "exportSeconds", exportTimes,
                        "store", storeTimes, "edits", editTimes);
                printer().result(String.format(Locale.ROOT, """
                        Corpus:  %,d words in %d transcripts
                        Import:  %.1f s (%,d words/s)
                        Index:   built in %.2f s, %.1f MB
                        Search:  %d queries, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms
                        Scan:    same queries as regex over all texts, p50 %.1f ms, p99 %.1f ms
                        Indexed search is %.0fx faster than the scan; heap used %d MB (%d cores)
                        Exports of %d meaning units (seconds): %s
                        Project file (ms, MB): %s
                        Edits (ms, after %d meaning units in %s): %s""",
                        importedWords, imported.size(), importSeconds, Math.round(importedWords / importSeconds), buildSeconds,
                        index.sizeBytes() / 1e6, queries.size(), pct(indexed, 50), pct(indexed, 95), pct(indexed, 99),
                        pct(scanned, 50), pct(scanned, 99), scannedTotal / indexedTotal, heap / (1024 * 1024),
                        Runtime.getRuntime().availableProcessors(), exportUnits, exportTimes, storeTimes,
                        editUnits, "6 code groups × 4 subgroups", editLines(editTimes)), result);
            }
        }
        return 0;
    }

    /** One line per edit: "addMeaningUnit p50 9.8 / p95 12.1". */
    private static String editLines(java.util.Map<String, java.util.Map<String, Double>> times) {
        StringBuilder b = new StringBuilder();
        times.forEach((edit, t) -> b.append("\n  ").append(String.format(Locale.ROOT, "%-16s", edit)).append(t.containsKey("p50Ms")
                ? String.format(Locale.ROOT, "p50 %8.2f   p95 %8.2f", t.get("p50Ms"), t.get("p95Ms")) : t.toString()));
        return b.toString();
    }

    /** 200 queries, the same every run: inflected words, phrases, proximity, prefixes and Boolean pairs. */
    static List<String> queryMix() {
        List<String> words = CorpusGenerator.vocabulary().stream().filter(w -> w.length() >= 4 && !List.of("ikke", "eller").contains(w)).toList();
        String[] endings = {"", "", "en", "ene", "er", "et", "a"};
        Random r = new Random(CorpusGenerator.SEED);
        List<String> q = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            q.add(pick(words, r) + endings[r.nextInt(endings.length)]);
        }
        for (int i = 0; i < 15; i++) {
            q.add("\"" + pick(words, r) + " " + pick(words, r) + "\"");
        }
        for (int i = 0; i < 15; i++) {
            q.add("\"" + pick(words, r) + " " + pick(words, r) + "\"~5");
        }
        for (int i = 0; i < 30; i++) {
            q.add(pick(words, r).substring(0, 4) + "*");
        }
        for (int i = 0; i < 30; i++) {
            q.add(pick(words, r) + " og " + pick(words, r));
        }
        for (int i = 0; i < 20; i++) {
            q.add(pick(words, r) + " eller " + pick(words, r));
        }
        for (int i = 0; i < 10; i++) {
            q.add(pick(words, r) + " ikke " + pick(words, r));
        }
        return q;
    }

    /** What a simple tool does with the query: a case-insensitive scan for its words as prefixes. */
    static Pattern scanPattern(String query) {
        List<String> alternatives = new ArrayList<>();
        String[] parts = query.replace("\"", " ").replaceAll("~\\d+", " ").replace("*", " ").split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            String w = parts[i];
            if (w.isBlank() || w.equals("og") || w.equals("eller")) {
                continue;
            }
            if (w.equals("ikke")) {
                i++;
                continue;
            }
            alternatives.add(Pattern.quote(w));
        }
        return Pattern.compile("(?iu)\\b(?:" + String.join("|", alternatives) + ")\\w*");
    }

    private static String pick(List<String> words, Random r) {
        return words.get(r.nextInt(words.size()));
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
