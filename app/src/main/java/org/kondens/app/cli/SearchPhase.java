package org.kondens.app.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Transcript;
import org.kondens.core.search.IndexKeeper;
import org.kondens.core.search.SearchFilter;
import org.kondens.core.stc.StcProject;

/**
 * The bench's search phase: the query mix searched as the app searches (the published snapshot
 * and the index keeper, no database read), after a warm-up long enough for the JIT, then timed
 * over several passes; with {@code compareScan}, the same queries as a plain regex scan.
 */
final class SearchPhase {

    private static final int WARM_UP_PASSES = 3;
    private static final int TIMED_PASSES = 3;
    private static final int SCAN_QUERIES = 20;

    private SearchPhase() {
    }

    static Map<String, Object> run(Path project, Path cache, boolean compareScan) {
        ProjectSnapshot s;
        try (StcProject p = StcProject.openReadOnly(project)) {
            s = p.snapshot();
        }
        List<String> queries = BenchCommand.queryMix();
        Map<String, Object> f = new LinkedHashMap<>();
        try (IndexKeeper keeper = new IndexKeeper(cache, status -> { })) {
            keeper.keepUp(s);
            for (int i = 0; i < WARM_UP_PASSES; i++) {
                queries.forEach(q -> keeper.search(s, q, SearchFilter.NONE, 50));
            }
            double[] ms = new double[queries.size() * TIMED_PASSES];
            int k = 0;
            for (int pass = 0; pass < TIMED_PASSES; pass++) {
                for (String q : queries) {
                    long t0 = System.nanoTime();
                    keeper.search(s, q, SearchFilter.NONE, 50);
                    ms[k++] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Arrays.sort(ms);
            f.put("queries", queries.size());
            f.put("p50Ms", ScaleBench.round(pct(ms, 50)));
            f.put("p95Ms", ScaleBench.round(pct(ms, 95)));
            f.put("p99Ms", ScaleBench.round(pct(ms, 99)));
            f.put("maxMs", ScaleBench.round(ms[ms.length - 1]));
            if (compareScan) {
                List<String> texts = s.transcripts().stream().map(Transcript::text).toList();
                List<String> some = queries.subList(0, Math.min(SCAN_QUERIES, queries.size()));
                long i0 = System.nanoTime();
                some.forEach(q -> keeper.search(s, q, SearchFilter.NONE, 50));
                double indexMs = (System.nanoTime() - i0) / 1e6 / some.size();
                long t0 = System.nanoTime();
                long hits = 0;
                for (String q : some) {
                    Pattern p = BenchCommand.scanPattern(q);
                    for (String text : texts) {
                        Matcher m = p.matcher(text);
                        while (m.find()) {
                            hits++;
                        }
                    }
                }
                double scanMs = (System.nanoTime() - t0) / 1e6 / some.size();
                f.put("scanMeanMs", ScaleBench.round(scanMs));
                f.put("scanHits", hits);
                f.put("scanRatio", ScaleBench.round(scanMs / indexMs));
            }
        }
        return f;
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
