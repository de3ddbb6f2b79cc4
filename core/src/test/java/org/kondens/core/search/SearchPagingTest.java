package org.kondens.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kondens.core.TestProjects;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Language;
import org.kondens.core.model.Membership;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.stc.StcProject;

/**
 * The fast path (counts first, KWIC only for the page) against a plain scan of the same texts,
 * on the test interview and a generated corpus where common words match a third of all
 * passages: the same passages, the same counts, the exact offsets, page after page.
 */
class SearchPagingTest {

    @TempDir
    Path dir;
    StcProject p;
    SearchIndex index;
    ProjectSnapshot s;

    @BeforeEach
    void setUp() {
        p = TestProjects.newProject(dir);
        TestProjects.importInterview(p, dir);
        PlainScan.importCorpus(p, dir, 8, 1_500);
        s = p.snapshot();
        index = SearchIndex.open(dir.resolve("cache"), s.project().id(), Language.NB);
        index.sync(s);
    }

    @AfterEach
    void tearDown() {
        index.close();
        p.close();
    }

    /** Every page of {@code size} passages, from the first until one says no more follow. */
    private List<SearchResult> pages(String query, SearchFilter filter, int size) {
        List<SearchResult> pages = new ArrayList<>();
        int offset = 0;
        SearchResult r;
        do {
            r = index.search(s, query, filter, offset, size);
            assertEquals(offset, r.offset());
            assertTrue(r.pagePassages() <= size);
            pages.add(r);
            offset = r.nextOffset();
        } while (r.truncated());
        return pages;
    }

    private static List<String> hits(List<SearchResult> pages) {
        return pages.stream().flatMap(r -> r.hits().stream()).map(h -> h.transcriptId() + ":" + h.start() + "-" + h.end()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"altså", "og", "jeg", "ja", "hjelp", "leilighet"})
    void pageAfterPageIsThePlainScanExactly(String word) {
        PlainScan scan = PlainScan.of(s, word);
        List<SearchResult> pages = pages("=" + word, SearchFilter.NONE, 7);

        assertEquals(scan.hits(), hits(pages), "the same hits at the same characters, in transcript order");
        pages.stream().flatMap(r -> r.hits().stream()).forEach(h -> assertTrue(
                s.transcript(h.transcriptId()).orElseThrow().text().substring(h.start(), h.end()).equalsIgnoreCase(word)));
        assertEquals(scan.passages(), pages.stream().mapToInt(SearchResult::pagePassages).sum(), "every passage on exactly one page");
        for (SearchResult r : pages) {
            assertEquals(scan.passages(), r.passages(), "the exact total on every page");
            assertEquals(scan.perTranscript(), r.perTranscript());
            assertEquals(scan.perSpeaker(), r.perInformant());
        }
        assertTrue(scan.passages() > 0);
    }

    @Test
    void commonWordsMatchAThirdOfAllPassagesAndStillCountExactly() {
        PlainScan scan = PlainScan.of(s, "altså");
        SearchResult first = index.search(s, "=altså", SearchFilter.NONE, 0, 50);
        assertTrue(scan.passages() > 60, "a common word: " + scan.passages());
        assertEquals(scan.passages(), first.passages());
        assertEquals(50, first.pagePassages());
        assertTrue(first.truncated());
        assertEquals(scan.hits().subList(0, first.hits().size()), hits(List.of(first)));
    }

    @Test
    void aPagePastTheEndIsEmptyAndANoLinesSearchOnlyCounts() {
        int total = PlainScan.of(s, "og").passages();
        SearchResult past = index.search(s, "=og", SearchFilter.NONE, total + 5, 10);
        assertEquals(List.of(), past.hits());
        assertEquals(total, past.passages());
        assertFalse(past.truncated());
        SearchResult counted = index.search(s, "=og", SearchFilter.NONE, 0, 0);
        assertEquals(List.of(), counted.hits());
        assertEquals(total, counted.passages());
        assertTrue(counted.truncated());
    }

    @Test
    void theMeaningUnitPathPagesAndCountsAsTheFastPathDoes() {
        // "Uncoded" with no meaning units keeps every hit, but checks each one: the slow path.
        SearchFilter uncoded = SearchFilter.NONE.uncoded(true);
        for (String q : List.of("altså", "hjelp*", "\"hjelp fra\"~3", "venn og jeg")) {
            List<SearchResult> fast = pages(q, SearchFilter.NONE, 11);
            List<SearchResult> checked = pages(q, uncoded, 11);
            assertEquals(hits(fast), hits(checked), q);
            assertEquals(fast.get(0).passages(), checked.get(0).passages(), q);
            assertEquals(fast.get(0).perTranscript(), checked.get(0).perTranscript(), q);
            assertEquals(fast.get(0).perInformant(), checked.get(0).perInformant(), q);
        }
        // A meaning unit on the first hit's sentence: "uncoded" now leaves that passage's hits out, page after page.
        SearchHit firstHit = index.search(s, "=altså", SearchFilter.NONE, 0, 1).hits().get(0);
        CodeGroup g = p.addCodeGroup("Hverdag", null, List.of());
        p.addMeaningUnit(firstHit.sentence(), List.of(new Membership(g.id(), null)));
        s = p.snapshot();
        List<String> all = hits(pages("=altså", SearchFilter.NONE, 9));
        List<String> outside = hits(pages("=altså", uncoded, 9));
        List<String> inside = hits(pages("=altså", SearchFilter.NONE.inCodeGroup(g.id(), null), 9));
        assertTrue(inside.contains(firstHit.transcriptId() + ":" + firstHit.start() + "-" + firstHit.end()));
        assertFalse(outside.contains(inside.get(0)));
        List<String> both = new ArrayList<>(inside);
        both.addAll(outside);
        assertEquals(all.stream().sorted().toList(), both.stream().sorted().toList(), "each hit inside the unit or outside it");
    }
}
