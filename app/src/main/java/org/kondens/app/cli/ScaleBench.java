package org.kondens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kondens.core.sample.CorpusGenerator;

/**
 * {@code kondens bench}: issue 17's figures at each corpus size, each beside its goal. Every
 * phase (import, index build, open, search, then coding the whole corpus and opening it again)
 * runs in a JVM of its own ({@link BenchPhaseCommand})
 * with the heap the app ships with ({@link #HEAP}), so its peak memory is its own and a phase
 * that needs more than a laptop gives fails here first.
 */
final class ScaleBench {

    /**
     * The maximum heap of the installed app and of every bench phase (packaging/settings.env says
     * why 1 GB): set, not left to Java's default that grows with the machine, so the bench shows
     * what fits on a laptop.
     */
    static final String HEAP = "-Xmx1g";

    /**
     * The heap backup and exchange run in: a third of the app's. A command whose memory grew with
     * the corpus fails here at 30 M words (JSON restore and .qdpx import did, before they read a
     * transcript at a time); with a whole gigabyte the JVM keeps garbage it need not collect yet,
     * so its peak would tell how lazy the collector is, not what the command needs.
     */
    static final String EXCHANGE_HEAP = "-Xmx384m";

    /** QualCoder's import of the same 10.4 M-word .txt corpus took 25–29 s wall (issue 17, side by side). */
    static final double QUALCODER_WORDS_PER_SECOND = 10_398_469 / 25.0;

    /** One goal: the figure's path in the phases' JSON, the bound and whether lower is better. */
    record Goal(String name, String phase, String figure, double bound, boolean atMost, String unit) {
        boolean met(double value) {
            return atMost ? value <= bound : value >= bound;
        }
    }

    static final List<Goal> GOALS = List.of(
            new Goal("search p50 (as the app runs it)", "search", "p50Ms", 9, true, "ms"),
            new Goal("search p99 (as the app runs it)", "search", "p99Ms", 50, true, "ms"),
            new Goal("search p99, most common words", "search", "commonWordsP99Ms", 50, true, "ms"),
            new Goal("search vs a plain scan", "search", "speedupVsScan", 50, false, "×"),
            new Goal("open to a usable project (warm)", "open", "usableMs", 1000, true, "ms"),
            new Goal("open in a fresh JVM", "open", "coldUsableMs", 1000, true, "ms"),
            new Goal("reopen, nothing changed (fresh JVM)", "reopen", "coldUsableMs", 1000, true, "ms"),
            new Goal("open, fully coded (warm)", "codedOpen", "usableMs", 1000, true, "ms"),
            new Goal("open, fully coded (fresh JVM)", "codedOpen", "coldUsableMs", 1000, true, "ms"),
            new Goal("import throughput", "import", "wordsPerSecond", 1.5 * QUALCODER_WORDS_PER_SECOND, false, "words/s"),
            new Goal("import peak memory", "import", "peakRssMB", 512, true, "MB"),
            new Goal("index build", "index", "seconds", 60, true, "s"),
            new Goal("index build peak memory", "index", "peakRssMB", 1024, true, "MB"),
            new Goal("search peak memory", "search", "peakRssMB", 1024, true, "MB"),
            new Goal("JSON backup peak memory (384 MB heap)", "jsonExport", "peakRssMB", 512, true, "MB"),
            new Goal("JSON restore peak memory (384 MB heap)", "jsonRestore", "peakRssMB", 512, true, "MB"),
            new Goal(".qdpx export peak memory (384 MB heap)", "qdpxExport", "peakRssMB", 512, true, "MB"),
            new Goal(".qdpx import peak memory (384 MB heap)", "qdpxRestore", "peakRssMB", 512, true, "MB"));

    private ScaleBench() {
    }

    /** What the bench prints: the goal table per size, and the same as JSON. */
    record Report(String table, Map<String, Object> json) {
    }

    /** Runs every size in {@code words}; the project of size {@code n} is left at {@link #project}(work, n). */
    static Report run(Path work, List<Integer> words, int perTranscript, boolean compareScan, String heap) {
        Map<String, Object> sizes = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder();
        for (int n : words) {
            Map<String, JsonNode> phases = size(work.resolve("w" + n), n, perTranscript, compareScan, heap);
            sizes.put(String.valueOf(n), phases);
            table.append(table(n, phases, heap));
        }
        Map<String, Object> json = Printer.obj("heap", heap, "cores", Runtime.getRuntime().availableProcessors(), "sizes", sizes,
                "goals", GOALS.stream().map(g -> Printer.obj("name", g.name(), "phase", g.phase(), "figure", g.figure(),
                        "bound", g.bound(), "atMost", g.atMost())).toList());
        return new Report(table.toString().stripTrailing(), json);
    }

    /** Where the bench leaves the project of {@code words} words. */
    static Path project(Path work, int words) {
        return work.resolve("w" + words).resolve("bench.kondens");
    }

    private static Map<String, JsonNode> size(Path dir, int words, int perTranscript, boolean compareScan, String heap) {
        deleteTree(dir); // a bench run again in the same --dir starts from nothing
        int transcripts = Math.max(1, words / perTranscript);
        Path corpus = dir.resolve("corpus");
        CorpusGenerator.write(corpus, transcripts, words / transcripts);
        Path project = dir.resolve("bench.kondens");
        Path cache = dir.resolve("cache");
        Map<String, JsonNode> phases = new LinkedHashMap<>();
        phases.put("import", phase("import", project, corpus, false, heap));
        deleteTree(corpus); // the project holds the texts now; the corpus is not needed again
        phases.put("index", phase("index", project, cache, false, heap));
        phases.put("open", phase("open", project, cache, false, heap));
        phases.put("reopen", phase("open", project, cache, false, heap));
        phases.put("search", phase("search", project, cache, compareScan, heap));
        // The same corpus fully coded: opening must still read no whole text, only the units' passages.
        phases.put("code", phase("code", project, cache, false, heap));
        phases.put("codedOpen", phase("open", project, cache, false, heap));
        // Backed up and moved to another tool and back: no command may hold the corpus in memory.
        Path exports = dir.resolve("exports");
        for (String format : List.of("json", "qdpx")) {
            phases.put(format + "Export", exchange(format, project, exports));
            phases.put(format + "Restore", exchange("restore-" + format, project, exports));
        }
        deleteTree(exports);
        return phases;
    }

    /** A backup or exchange phase in {@link #EXCHANGE_HEAP}; one that fails (out of memory) is reported, not fatal. */
    private static JsonNode exchange(String phase, Path project, Path dir) {
        try {
            return phase(phase, project, dir, false, EXCHANGE_HEAP);
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return new ObjectMapper().createObjectNode().put("failed", true);
        }
    }

    /** Runs one phase in a JVM of its own with {@code heap} (e.g. {@link #HEAP}); its figures as JSON. */
    private static JsonNode phase(String phase, Path project, Path dir, boolean compareScan, String heap) {
        // The app's own JVM options but the heap (C1 only, as the installed app runs).
        List<String> cmd = new ArrayList<>(List.of(javaCommand(), heap, "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), "org.kondens.app.Launcher", "bench-phase", phase,
                project.toString(), dir.toString()));
        if (compareScan) {
            cmd.add("--compare-scan");
        }
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            if (code != 0) {
                throw new IllegalStateException("bench phase " + phase + " ended with " + code + ": " + out.strip());
            }
            return new ObjectMapper().readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaCommand() {
        Path java = Path.of(System.getProperty("java.home"), "bin", System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }

    /** The size's figures, each goal with its figure and whether it is met. */
    private static String table(int words, Map<String, JsonNode> phases, String heap) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d words (%s, %d cores)%n", words, heap,
                Runtime.getRuntime().availableProcessors()));
        for (Goal g : GOALS) {
            JsonNode v = phases.get(g.phase()).get(g.figure());
            if (v == null || v.isNull()) {
                boolean failed = phases.get(g.phase()).has("failed");
                b.append(String.format(Locale.ROOT, "  %-40s %14s   goal %s %-16s %s%n", g.name(), failed ? "(failed)" : "(not measured)",
                        g.atMost() ? "≤" : "≥", number(g.bound(), g.unit()), failed ? "NOT MET" : ""));
                continue;
            }
            b.append(String.format(Locale.ROOT, "  %-40s %14s   goal %s %-16s %s%n", g.name(), number(v.asDouble(), g.unit()),
                    g.atMost() ? "≤" : "≥", number(g.bound(), g.unit()), g.met(v.asDouble()) ? "met" : "NOT MET"));
        }
        JsonNode imp = phases.get("import");
        JsonNode idx = phases.get("index");
        JsonNode open = phases.get("open");
        JsonNode reopen = phases.get("reopen");
        b.append(String.format(Locale.ROOT, "  import %.1f s (%.1f s CPU); index %.1f s, %.0f MB; open (warm) %.0f ms + snapshot %.0f ms "
                + "+ index %.0f ms, peak %d MB, live heap %d MB; then check and backup: first %.0f ms, reopen %.0f ms%n%n",
                imp.get("seconds").asDouble(), imp.get("cpuSeconds").asDouble(),
                idx.get("seconds").asDouble(), idx.get("bytes").asDouble() / 1e6, open.get("openMs").asDouble(),
                open.get("snapshotMs").asDouble(), open.get("indexOpenMs").asDouble(), open.get("peakRssMB").asInt(), open.get("liveHeapMB").asInt(),
                open.get("coldBackupMs").asDouble(), reopen.get("coldBackupMs").asDouble()));
        JsonNode code = phases.get("code");
        JsonNode coded = phases.get("codedOpen");
        b.insert(b.length() - 1, String.format(Locale.ROOT, "  fully coded: %,d meaning units marked, %.1f ms each; open (warm) %.0f ms, "
                + "live heap %d MB, %,d characters of passages and %,d of whole texts in memory%n",
                code.get("units").asInt(), code.get("msPerUnit").asDouble(), coded.get("usableMs").asDouble(), coded.get("liveHeapMB").asInt(),
                coded.get("passageCharsInMemory").asLong(), coded.get("textCharsInMemory").asLong()));
        b.insert(b.length() - 1, String.format(Locale.ROOT, "  JSON backup %d MB: written %s, restored %s; .qdpx %d MB: "
                + "written %s, imported %s (in %s)%n", phases.get("jsonExport").path("fileMB").asInt(),
                seconds(phases.get("jsonExport")), seconds(phases.get("jsonRestore")), phases.get("qdpxExport").path("fileMB").asInt(),
                seconds(phases.get("qdpxExport")), seconds(phases.get("qdpxRestore")), EXCHANGE_HEAP));
        return b.toString();
    }

    private static String seconds(JsonNode phase) {
        return phase.has("failed") ? "FAILED" : String.format(Locale.ROOT, "%.1f s", phase.path("seconds").asDouble());
    }

    private static String number(double v, String unit) {
        return (v >= 1000 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v)) + " " + unit;
    }

    /** The peak resident memory of this JVM in MB (Linux), else the heap in use. */
    static long peakRssMB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the heap below
        }
        return (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static void deleteTree(Path root) {
        try (var s = Files.walk(root)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
