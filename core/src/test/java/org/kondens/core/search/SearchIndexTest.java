package org.kondens.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.SmallDisk;
import org.kondens.core.TestProjects;
import org.kondens.core.importer.TranscriptFiles;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Language;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.Transcript;
import org.kondens.core.stc.StcProject;

/** Search over the test interview (æøå, an emoji, CRLF on disk): every hit must point at exact characters. */
class SearchIndexTest {

    @TempDir
    Path dir;
    Path cache;
    StcProject p;
    Transcript t;
    SearchIndex index;

    @BeforeEach
    void setUp() {
        cache = dir.resolve("cache");
        p = TestProjects.newProject(dir);
        t = TestProjects.importInterview(p, dir);
        index = SearchIndex.open(cache, p.snapshot().project().id(), Language.NB);
        index.sync(p.snapshot());
    }

    @AfterEach
    void tearDown() {
        index.close();
        p.close();
    }

    private SearchResult search(String query) {
        return search(query, SearchFilter.NONE);
    }

    private SearchResult search(String query, SearchFilter filter) {
        return index.search(p.snapshot(), query, filter, 100);
    }

    /** The words of the transcript each hit points at. */
    private List<String> matched(SearchResult r) {
        return r.hits().stream().map(h -> t.text().substring(h.start(), h.end())).toList();
    }

    @Test
    void everyHitPointsAtTheExactCharactersOfTheStoredTranscript() {
        SearchResult r = search("leilighet");
        assertEquals(List.of("leilighet", "leilighet"), matched(r));
        assertEquals(List.of(t.text().indexOf("leilighet?"), t.text().indexOf("leilighet,")),
                r.hits().stream().map(SearchHit::start).toList(), "offsets count UTF-16 units, the emoji before is two");
        SearchHit afterEmoji = r.hits().get(1);
        assertEquals("leilighet", afterEmoji.match());
        assertTrue(afterEmoji.left().endsWith("nøkkel til egen "), "KWIC is one line: " + afterEmoji.left());
        assertTrue(afterEmoji.right().startsWith(", og årene"), afterEmoji.right());
        assertEquals("EK1", afterEmoji.speaker());
        assertEquals(SpeakerRole.INFORMANT, afterEmoji.role());
    }

    @Test
    void inflectedFormsFindEachOther() {
        assertEquals(List.of("leilighet", "leilighet"), matched(search("leilighetene")));
        assertEquals(List.of("menneske", "menneske"), matched(search("mennesker")));
        assertEquals(List.of("ansatte"), matched(search("ansatt")));
    }

    @Test
    void exactWordsPhrasesAndPrefixesSkipTheInflections() {
        assertEquals(0, search("=leilighetene").passages(), "=word is exactly that word");
        assertEquals(List.of("egen leilighet", "egen leilighet"), matched(search("\"egen leilighet\"")));
        assertEquals(List.of("nøkkel\ntil egen leilighet"), matched(search("\"nøkkel til egen leilighet\"")),
                "a phrase runs across the transcriber's line break");
        assertEquals(List.of("leilighet", "leilighet"), matched(search("leil*")));
        assertEquals(List.of("fikk nøkkel\ntil egen leilighet"), matched(search("\"fikk leiligheten\"~4")),
                "proximity: within four words, inflections folded");
    }

    @Test
    void booleanOperatorsInEnglishAndNorwegian() {
        assertEquals(0, search("nøkkel og ansatte").passages(), "never in the same turn");
        assertEquals(0, search("nøkkel AND ansatte").passages());
        assertEquals(2, search("nøkkel eller ansatte").passages());
        assertEquals(2, search("nøkkel OR ansatte").passages());
        SearchResult notKey = search("leilighet ikke nøkkel");
        assertEquals(List.of("leilighet"), matched(notKey));
        assertEquals(SpeakerRole.INTERVIEWER, notKey.hits().get(0).role());
        assertEquals(notKey.hits(), search("leilighet -nøkkel").hits());
        assertEquals(notKey.hits(), search("leilighet NOT nøkkel").hits());
        assertEquals(2, search("(nøkkel eller ansatte) og (tøft eller betydde)").passages());
        assertEquals(1, search("ikke").passages(), "a lone 'ikke' is the word ikke");
    }

    @Test
    void badSyntaxGetsAFriendlyMessageNeverAStackTrace() {
        Map<String, String> cases = Map.of(
                "\"egen leilighet", "quote is not closed",
                "(nøkkel eller ansatte", "bracket is not closed",
                "nøkkel)", "')' without a matching '('",
                "ikke nøkkel", "not only what to leave out",
                "b*", "at least two letters",
                "le*il", "only at the end",
                "nøkkel og", "needs a word after it",
                "   ", "Type a word",
                "!!!", "Nothing to search for");
        cases.forEach((query, message) -> {
            KondensException e = assertThrows(KondensException.class, () -> search(query), query);
            assertTrue(e.getMessage().contains(message), query + " → " + e.getMessage());
        });
    }

    @Test
    void filtersByRoleInformantTranscriptAndMeaningUnits() {
        assertEquals(1, search("leilighet", SearchFilter.NONE.withRole(SpeakerRole.INTERVIEWER)).passages());
        assertEquals(1, search("leilighet", SearchFilter.NONE.withRole(SpeakerRole.INFORMANT)).passages());
        var ek1 = p.findInformant("EK1").id();
        assertEquals(List.of("leilighet"), matched(search("leilighet", SearchFilter.NONE.withInformants(Set.of(ek1)))));
        assertEquals(2, search("leilighet", SearchFilter.NONE.withTranscripts(Set.of(t.id()))).passages());

        CodeGroup bolig = p.addCodeGroup("Bolig", null, List.of());
        MeaningUnit unit = TestProjects.unit(p, t, "fikk nøkkel\ntil egen leilighet", new Membership(bolig.id(), null));
        SearchResult inGroup = search("leilighet", SearchFilter.NONE.inCodeGroup(bolig.id(), null));
        assertEquals(List.of(t.text().indexOf("leilighet,")), inGroup.hits().stream().map(SearchHit::start).toList());
        SearchResult uncoded = search("leilighet", SearchFilter.NONE.uncoded(true));
        assertEquals(List.of(t.text().indexOf("leilighet?")), uncoded.hits().stream().map(SearchHit::start).toList(),
                "the passage not yet in any meaning unit");
        assertEquals(1, uncoded.passages());
        SearchHit inside = inGroup.hits().get(0);
        assertTrue(unit.start() <= inside.start() && inside.end() <= unit.end(), "the hit lies inside the unit");
    }

    @Test
    void countsPerInformantAndPerTranscript() {
        SearchResult r = search("leilighet eller menneske");
        assertEquals(Map.of("EK1", 2), r.perInformant(), "the interviewer's passage is no informant's");
        assertEquals(Map.of(t.title(), 3), r.perTranscript());
        assertEquals(3, r.passages());
        assertFalse(r.truncated());
        SearchResult first = index.search(p.snapshot(), "leilighet eller menneske", SearchFilter.NONE, 1);
        assertEquals(3, first.passages(), "counts cover everything");
        assertTrue(first.truncated());
        assertEquals(List.of("leilighet"), first.hits().stream().map(SearchHit::match).toList(), "the first passage only");
    }

    @Test
    void aHitBecomesAMeaningUnitOfItsSentenceInOneCall() {
        CodeGroup sett = p.addCodeGroup("Å bli sett", null, List.of());
        SearchHit hit = search("diagnose").hits().get(0);
        MeaningUnit u = p.addMeaningUnit(hit.sentence(), List.of(new Membership(sett.id(), null)));
        assertEquals("Ikke som en diagnose, men som et menneske.", p.snapshot().textOf(u));
        assertEquals(p.findInformant("EK1").id(), u.informantId());
        SearchHit acrossLines = search("tøft").hits().get(0);
        assertEquals("Det var tøft 😀 – men jeg fikk nøkkel\ntil egen leilighet, og årene etterpå ble bedre.",
                t.text().substring(acrossLines.sentenceStart(), acrossLines.sentenceEnd()),
                "the sentence starts after the speaker marker and runs over the line break");
    }

    @Test
    void theIndexFollowsTranscriptsAddedAndRemovedIncrementally() throws IOException {
        Path second = TestProjects.writeUtf8(dir.resolve("intervju-ek2.txt"),
                "I: Hvordan var naboene?\nEK2: Naboene hjalp meg med leiligheten.\n");
        Transcript t2 = p.importTranscript(TranscriptFiles.read(second), List.of());
        assertFalse(index.isCurrent(p.snapshot()));
        SearchIndex.SyncReport added = index.sync(p.snapshot());
        assertEquals(1, added.added());
        assertEquals(0, added.removed());
        assertEquals(3, search("leilighet").passages());
        assertEquals(Map.of("EK2", 1), search("hjelpe").perInformant(), "hjalp is a form of hjelpe");

        p.deleteTranscript(t2.id());
        assertEquals(2, search("leilighet").passages(), "a removed transcript is not shown even before the sync");
        SearchIndex.SyncReport removed = index.sync(p.snapshot());
        assertEquals(1, removed.removed());
        assertTrue(index.isCurrent(p.snapshot()));
        assertFalse(index.sync(p.snapshot()).changed(), "nothing to do the second time");

        index.close();
        index = SearchIndex.open(cache, p.snapshot().project().id(), Language.NB);
        assertTrue(index.isCurrent(p.snapshot()), "the index is kept on disk between sessions");
        assertNull(index.notice());
    }

    @Test
    void aDeletedDamagedOrOutdatedIndexIsRebuiltAndNothingIsLost() throws IOException {
        var projectId = p.snapshot().project().id();
        Path folder = index.folder();
        assertTrue(folder.startsWith(cache) && folder.toString().contains(projectId.toString()), "keyed by project id");
        index.close();

        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }
        index = SearchIndex.open(cache, projectId, Language.NB);
        assertNotNull(index.notice());
        assertTrue(index.notice().contains("damaged"), index.notice());
        assertFalse(index.isCurrent(p.snapshot()));
        index.sync(p.snapshot());
        assertEquals(2, search("leilighet").passages());
        index.close();

        deleteTree(cache);
        index = SearchIndex.open(cache, projectId, Language.NB);
        assertEquals(1, index.sync(p.snapshot()).added());
        assertEquals(2, search("leilighet").passages());
        index.close();

        // A project switched to English is indexed again with English analysis.
        index = SearchIndex.open(cache, projectId, Language.EN);
        assertTrue(index.sync(p.snapshot()).rebuilt());
        assertEquals(List.of(), matched(search("leilighetene")), "no Norwegian stemming any more");
    }

    @Test
    void aSecondWindowOnTheSameProjectSearchesATemporaryIndex() {
        try (SearchIndex other = SearchIndex.open(cache, p.snapshot().project().id(), Language.NB)) {
            assertNull(other.folder());
            assertTrue(other.notice().contains("in use"), other.notice());
            other.sync(p.snapshot());
            assertEquals(2, other.search(p.snapshot(), "leilighet", SearchFilter.NONE, 10).passages());
        }
    }

    @Test
    void aQueryAtTheWordLimitStillRunsWithEveryFilter() {
        String query = String.join(" eller ", java.util.Collections.nCopies(SearchQuery.MAX_WORDS, "leilighet"));
        var filter = new SearchFilter(Set.of(p.snapshot().informants().get(0).id()), Set.of(t.id()), SpeakerRole.INFORMANT,
                null, null, false);
        assertEquals(1, search(query, filter).passages(), "Lucene's 1,024 clauses leave room for the filters");
    }

    @Test
    void aFullDiskDuringTheFirstSyncMovesTheIndexIntoMemory() {
        index.close();
        // Every file Lucene writes fails as on a full disk; the folder itself can be made.
        SearchIndex.Directories full = folder -> new FilterDirectory(FSDirectory.open(folder)) {
            @Override
            public IndexOutput createOutput(String name, IOContext context) throws IOException {
                throw new FileSystemException(folder.resolve(name).toString(), null, "No space left on device");
            }

            @Override
            public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
                throw new FileSystemException(folder.resolve(prefix).toString(), null, "No space left on device");
            }
        };
        index = SearchIndex.open(dir.resolve("full-cache"), p.snapshot().project().id(), Language.NB, full);
        assertNotNull(index.folder(), "the disk is not known to be full yet");
        assertEquals(1, index.sync(p.snapshot()).added(), "the sync goes on, in memory");
        assertNull(index.folder());
        assertTrue(index.notice().startsWith("The disk is full where the search index is kept"), index.notice());
        assertEquals(2, search("leilighet").passages());
    }

    @Test
    void aRealFullDiskUnderTheCacheFolderMovesTheIndexIntoMemory() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("small"), 64, false)) {
            Path small = disk.folder();
            // Some 40,000 words: an index far bigger than 64 KB.
            for (Path f : org.kondens.core.sample.CorpusGenerator.write(dir.resolve("corpus"), 4, 10_000)) {
                p.importTranscript(TranscriptFiles.read(f), List.of());
            }
            index.close();
            index = SearchIndex.open(small, p.snapshot().project().id(), Language.NB);
            SearchIndex.SyncReport r = index.sync(p.snapshot());
            assertEquals(5, r.added());
            assertNull(index.folder());
            assertTrue(index.notice().startsWith("The disk is full where the search index is kept"), index.notice());
            assertEquals(1, search("diagnose").passages());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
