package org.kondens.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.app.cli.CliTest.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kondens bench (issue 17): every phase of every size in a JVM of its own, each figure beside its goal. */
class BenchCliTest {

    @TempDir
    Path dir;

    /** The installed app runs with the heap every bench phase is measured with. */
    @Test
    void theShippedHeapIsTheBenchesHeap() throws Exception {
        String options = Files.readAllLines(Path.of("../packaging/settings.env")).stream().filter(l -> l.startsWith("JAVA_OPTIONS="))
                .findFirst().orElseThrow();
        assertTrue(java.util.List.of(options.substring("JAVA_OPTIONS=".length()).split(" ")).contains(ScaleBench.HEAP), options);
    }

    @Test
    void theBenchmarkReportsEveryFigureOfEverySizeBesideItsGoal() throws Exception {
        Path work = dir.resolve("work");
        CliTest.Result r = ok("bench", "--words", "20000,40000", "--words-per-transcript", "5000", "--compare-scan",
                "--export-units", "50", "--edit-units", "10", "--dir", work.toString(), "--json");
        JsonNode b = r.json();
        assertEquals(ScaleBench.HEAP, b.get("heap").asText());
        assertEquals(2, b.get("sizes").size());
        for (String size : new String[] {"20000", "40000"}) {
            JsonNode phases = b.get("sizes").get(size);
            JsonNode imp = phases.get("import");
            assertTrue(imp.get("words").asLong() >= Long.parseLong(size), imp.toString());
            assertEquals(Long.parseLong(size) / 5000, imp.get("imported").asLong(), "every file imported");
            for (String phase : new String[] {"import", "index", "open", "reopen", "search"}) {
                JsonNode p = phases.get(phase);
                assertTrue(p.get("peakRssMB").asLong() > 0, phase + " measures its own memory: " + p);
                assertTrue(p.get("maxHeapMB").asLong() <= 1024 + 64, phase + " runs with the shipped heap: " + p);
            }
            assertTrue(phases.get("index").get("bytes").asLong() > 0);
            assertTrue(phases.get("open").get("indexCurrent").asBoolean(), "the index built is current when the project opens");
            JsonNode search = phases.get("search");
            assertTrue(search.get("p50Ms").asDouble() > 0 && search.get("p99Ms").asDouble() >= search.get("p50Ms").asDouble(), search.toString());
            assertTrue(search.get("scanMeanMs").asDouble() > 0 && search.get("speedupVsScan").asDouble() > 0, search.toString());
            assertTrue(search.get("commonWordPassages").get("hjelp").asInt() > 0, "the most common words are in the mix: " + search);
            for (String phase : new String[] {"jsonExport", "jsonRestore", "qdpxExport", "qdpxRestore"}) {
                JsonNode p = phases.get(phase);
                assertFalse(p.has("failed"), phase + " ran: " + p);
                assertTrue(p.get("seconds").asDouble() > 0 && p.get("fileMB").asLong() >= 0, p.toString());
                assertTrue(p.get("maxHeapMB").asLong() <= 384 + 32, phase + " runs in the small exchange heap: " + p);
            }
        }
        assertEquals(ScaleBench.GOALS.size(), b.get("goals").size());
        assertTrue(b.get("store").get("fileMB").asDouble() > 0);
        assertTrue(b.get("edits").has("addMeaningUnit"), b.get("edits").toString());
        assertTrue(b.get("exportSeconds").has("qdpx"));
        assertTrue(Files.isRegularFile(ScaleBench.project(work, 40000)), "--dir keeps the projects");

        String table = ok("bench", "--words", "20000", "--words-per-transcript", "5000", "--export-units", "0", "--edit-units", "-1").out();
        for (String goal : new String[] {"search p50 (as the app runs it)", "import peak memory", "index build", "goal ≤ 9.00 ms"}) {
            assertTrue(table.contains(goal), goal + " in " + table);
        }
        assertTrue(table.contains(String.format("%-40s %14s", "search vs a plain scan", "(not measured)")), "the scan only when asked: " + table);
        assertTrue(table.contains("JSON restore peak memory (384 MB heap)"), table);
    }
}
