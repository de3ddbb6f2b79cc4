package org.kondens.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kondens.core.sample.SampleStudy;
import org.kondens.core.stc.ScreenPathBench;

/**
 * {@code kondens bench --screen}: what a click costs the GUI (an edit with the screens' snapshot
 * brought up to date, and a search given that snapshot) on the sample, on 50 transcripts with
 * 5,000 meaning units, and on generated corpora of the given sizes; each figure with its ratio to
 * the sample's. The bar: every ratio of the "refresh" way within 2×.
 */
final class ScreenBench {

    private static final int CORPUS_UNITS = 300;

    private ScreenBench() {
    }

    /** Projects by name, each with its timings; printed as a table of p50 ms and ratio to the sample. */
    static void run(Path work, Path study, int units, List<Integer> corpusWords, Printer printer) {
        Map<String, Map<String, Map<String, Double>>> times = new LinkedHashMap<>();
        Map<String, Double> setup = new LinkedHashMap<>();
        List<String> queries = org.kondens.core.search.SearchBench.QUERY_MIX;

        long t0 = System.nanoTime();
        Path sample = work.resolve("sample.kondens");
        SampleStudy.build(study, sample);
        setup.put("sample", seconds(t0));
        ScreenPathBench.run(sample, work.resolve("cache"), queries); // warm-up: the JIT compiles the path first
        times.put("sample", ScreenPathBench.run(sample, work.resolve("cache"), queries));

        t0 = System.nanoTime();
        String coded = String.format(Locale.ROOT, "50 transcripts, %,d units", units);
        Path analysed = ScreenPathBench.corpus(work, "units", 50, Math.max(2_000, units * 6 / 5));
        ScreenPathBench.analyse(analysed, units);
        setup.put(coded, seconds(t0));
        times.put(coded, ScreenPathBench.run(analysed, work.resolve("cache"), queries));

        for (int words : corpusWords) {
            String name = String.format(Locale.ROOT, "%,d words", words);
            t0 = System.nanoTime();
            Path p = ScreenPathBench.corpus(work, "w" + words, Math.max(1, words / 10_000), Math.min(words, 10_000));
            ScreenPathBench.analyse(p, CORPUS_UNITS);
            setup.put(name, seconds(t0));
            times.put(name, ScreenPathBench.run(p, work.resolve("cache"), queries));
        }
        printer.result(table(times, setup), Printer.obj("projects", times, "setupSeconds", setup));
    }

    /** One row per measure and way; per project the p50 in ms and its ratio to the sample's. */
    private static String table(Map<String, Map<String, Map<String, Double>>> times, Map<String, Double> setup) {
        StringBuilder b = new StringBuilder("GUI path, p50 ms (× the sample's); full: whole project read per edit and search "
                + "(before), refresh: only what changed (now); …Read: the read alone, without the edit's commit:\n");
        b.append(String.format(Locale.ROOT, "%-24s", ""));
        times.keySet().forEach(p -> b.append(String.format(Locale.ROOT, "%28s", p)));
        b.append('\n');
        Map<String, Map<String, Double>> sample = times.get("sample");
        for (String measure : ScreenPathBench.measures()) {
            for (String way : List.of("full", "refresh", "fullRead", "refreshRead")) {
                String key = measure + "." + way;
                if (!sample.containsKey(key)) {
                    continue;
                }
                b.append(String.format(Locale.ROOT, "%-24s", key));
                double base = sample.get(key).get("p50Ms");
                times.values().forEach(t -> {
                    double ms = t.get(key).get("p50Ms");
                    b.append(String.format(Locale.ROOT, "%28s", String.format(Locale.ROOT, "%.2f (%.1f×)", ms, ms / base)));
                });
                b.append('\n');
            }
        }
        b.append("Set-up seconds: ").append(setup);
        return b.toString();
    }

    private static double seconds(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e7) / 100.0;
    }
}
