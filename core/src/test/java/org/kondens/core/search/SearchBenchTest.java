package org.kondens.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.TestProjects;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.stc.StcProject;

/** The search bench times the app's path over a mix that holds the worst case, and its counts are exact. */
class SearchBenchTest {

    @TempDir
    Path dir;

    @Test
    void theMixHoldsTheCommonestWordsAndTheirCountsAreExact() {
        assertTrue(SearchBench.QUERY_MIX.size() > 200);
        assertTrue(SearchBench.QUERY_MIX.containsAll(SearchBench.COMMON_WORDS), "the worst case is timed");
        assertTrue(SearchBench.QUERY_MIX.contains("hjelp"));
        try (StcProject p = TestProjects.newProject(dir)) {
            PlainScan.importCorpus(p, dir, 6, 1_500);
            ProjectSnapshot s = p.snapshot();
            SearchBench.Result r = SearchBench.run(dir.resolve("cache"), s, true);

            assertEquals(SearchBench.QUERY_MIX.size(), r.queries());
            assertEquals(SearchBench.QUERY_MIX.size() * SearchBench.PASSES, r.timedSearches());
            for (String word : java.util.List.of("altså", "liksom", "og", "jeg")) {
                assertEquals(PlainScan.of(s, word).passages(), r.commonWordPassages().get(word), word + ": every passage counted");
            }
            assertTrue(r.p50Ms() > 0 && r.p50Ms() <= r.p95Ms() && r.p95Ms() <= r.p99Ms(), r.toString());
            assertEquals(r.slowest().stream().sorted(Comparator.comparingDouble(SearchBench.Slow::p50Ms).reversed()).toList(), r.slowest());
            assertEquals(SearchBench.SCAN_QUERIES, r.scanQueries());
            assertTrue(r.scanMeanMs() > 0 && r.speedupVsScan() > 0, r.toString());
            assertEquals(r.speedupVsScan(), r.scanMeanMs() / r.indexMeanMs(), 1e-9);
            assertTrue(r.toMap().containsKey("speedupVsScan"));
            assertTrue(r.firstSearchMs() > 0, "the cold first search is timed too");
        }
    }
}
