package org.kondens.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.app.cli.CliTest.kondens;
import static org.kondens.app.cli.CliTest.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search on the sample study, as a script would use it: JSON hits that become meaning units. */
class SearchCliTest {

    @TempDir
    static Path dir;
    static String p;
    static String cache;

    @BeforeAll
    static void sampleProject() {
        p = dir.resolve("eksempel.kondens").toString();
        cache = dir.resolve("cache").toString();
        ok("sample-project", p, "--study", SampleAndCorpusCliTest.STUDY.toString());
    }

    static JsonNode search(String... args) throws Exception {
        String[] all = new String[args.length + 6];
        all[0] = "search";
        all[1] = p;
        System.arraycopy(args, 0, all, 2, args.length);
        all[args.length + 2] = "--json";
        all[args.length + 3] = "--cache";
        all[args.length + 4] = cache;
        all[args.length + 5] = "--limit=1000";
        return ok(all).json();
    }

    @Test
    void inflectedHitsWithCountsAndOffsetsThatMakeMeaningUnits() throws Exception {
        JsonNode r = search("nøkkel");
        assertTrue(r.get("passages").asInt() >= 3, r.toString());
        for (JsonNode h : r.get("hits")) {
            assertTrue(h.get("match").asText().toLowerCase().startsWith("nøkl") || h.get("match").asText().toLowerCase().startsWith("nøkkel"),
                    h.toString());
        }
        assertTrue(r.get("perInformant").size() >= 2, "several informants talk about the key: " + r.get("perInformant"));
        int perTranscript = 0;
        for (JsonNode n : r.get("perTranscript")) {
            perTranscript += n.asInt();
        }
        assertEquals(r.get("passages").asInt(), perTranscript);

        JsonNode hit = r.get("hits").get(0);
        ok("group", "add", p, "Fra søk");
        ok("mu", "add", p, "--transcript", hit.get("transcriptId").asText(), "--start", hit.get("sentenceStart").asText(),
                "--end", hit.get("sentenceEnd").asText(), "--group", "Fra søk");
        JsonNode units = ok("mu", "list", p, "--group", "Fra søk", "--json").json();
        assertEquals(1, units.size());
        assertTrue(units.get(0).get("text").asText().contains(hit.get("match").asText()), units.toString());
    }

    /** Issue 17: --offset pages through the passages; the counts are the same on every page. */
    @Test
    void pagesOfPassagesFollowOnFromEachOther() throws Exception {
        JsonNode all = search("og");
        JsonNode first = ok("search", p, "og", "--json", "--cache", cache, "--limit", "2").json();
        JsonNode second = ok("search", p, "og", "--json", "--cache", cache, "--limit", "2", "--offset", "2").json();
        assertTrue(all.get("passages").asInt() > 4, all.get("passages").toString());
        assertEquals(all.get("passages"), first.get("passages"));
        assertEquals(all.get("passages"), second.get("passages"));
        assertEquals(all.get("perTranscript"), second.get("perTranscript"));
        assertTrue(first.get("truncated").asBoolean());
        assertEquals(2, first.get("nextOffset").asInt());
        assertEquals(2, second.get("offset").asInt());
        assertEquals(4, second.get("nextOffset").asInt());
        java.util.List<String> paged = new java.util.ArrayList<>();
        for (JsonNode page : java.util.List.of(first, second)) {
            page.get("hits").forEach(h -> paged.add(h.get("transcriptId").asText() + ":" + h.get("start").asText()));
        }
        java.util.List<String> whole = new java.util.ArrayList<>();
        all.get("hits").forEach(h -> whole.add(h.get("transcriptId").asText() + ":" + h.get("start").asText()));
        assertEquals(whole.subList(0, paged.size()), paged, "two pages are the first four passages' hits, in order");
        assertTrue(kondens("search", p, "og", "--cache", cache, "--offset", "-1").err().contains("--offset"));
    }

    @Test
    void filtersNarrowTheHits() throws Exception {
        JsonNode all = search("nøkkel");
        JsonNode uncoded = search("nøkkel", "--uncoded");
        JsonNode inGroup = search("nøkkel", "--group", "Trygg bolig som fundament");
        assertTrue(uncoded.get("hits").size() < all.get("hits").size(), "some talk of the key is already coded");
        assertTrue(inGroup.get("hits").size() > 0);
        assertTrue(uncoded.get("hits").size() + inGroup.get("hits").size() <= all.get("hits").size(),
                "a hit is either uncoded or inside a unit, never both");
        JsonNode interviewer = search("bolig", "--role", "interviewer");
        for (JsonNode h : interviewer.get("hits")) {
            assertEquals("interviewer", h.get("role").asText(), h.toString());
        }
        JsonNode kari = search("bolig", "--informant", "Kari");
        assertEquals(1, kari.get("perInformant").size());
        assertTrue(kari.get("perInformant").has("Kari"));
    }

    /** Issue 16, item 3: --code-path narrows to units whose kept path (another tool's deeper code) names it. */
    @Test
    void aKeptCodePathNarrowsTheHits() throws Exception {
        String unitText;
        try (var project = org.kondens.core.stc.StcProject.open(Path.of(p))) {
            var s = project.snapshot();
            var g = project.findCodeGroup("Trygg bolig som fundament");
            var unit = s.meaningUnits().stream().filter(u -> u.isIn(g.id()) && s.textOf(u).toLowerCase().contains("nøk")).findFirst().orElseThrow();
            project.setMeaningUnitNote(unit.id(), "code: Trygg bolig som fundament › Nøkkelen › Egen dør");
            unitText = s.textOf(unit);
        }
        JsonNode kept = search("nøkkel", "--code-path", "Nøkkelen > Egen dør");
        assertTrue(kept.get("hits").size() > 0, kept.toString());
        for (JsonNode h : kept.get("hits")) {
            assertTrue(unitText.contains(h.get("match").asText()), h.toString());
        }
        assertTrue(kept.get("hits").size() < search("nøkkel").get("hits").size());
        assertEquals(0, search("nøkkel", "--code-path", "Egen").get("hits").size(), "whole names only");
        assertEquals(2, kondens("search", p, "nøkkel", "--code-path", "Egen dør", "--uncoded", "--cache", cache).code());
    }

    @Test
    void badQueriesAndOptionsGiveOneLine() {
        CliTest.Result r = kondens("search", p, "\"egen bolig", "--cache", cache);
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("kondens: A quote is not closed"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals(2, kondens("search", p, "bolig", "--role", "gjest", "--cache", cache).code());
    }

    @Test
    void theScreenBenchmarkTimesEveryEditAndSearchBothWaysWithTheirRatios() throws Exception {
        CliTest.Result r = ok("bench", "--screen", "--screen-units", "100", "--screen-words", "20000", "--study", "../samples/study");
        String table = r.out();
        for (String row : new String[] {"addMeaningUnit.refresh", "moveMeaningUnit.full", "renameCodeGroup.refresh",
                "writeCondensate.refresh", "search.full", "search.refresh"}) {
            assertTrue(table.contains(row), row + " in " + table);
        }
        assertTrue(table.contains("50 transcripts, 100 units") && table.contains("20,000 words"), table);
        assertTrue(table.contains("(1.0×)"), "the sample's own ratio: " + table);
    }
}
