package org.kondens.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.TestProjects;
import org.kondens.core.importer.TranscriptFiles;
import org.kondens.core.model.Language;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.sample.CorpusGenerator;
import org.kondens.core.search.IndexKeeper.State;
import org.kondens.core.search.IndexKeeper.Status;
import org.kondens.core.stc.StcProject;

/** The index upkeep the GUI and the CLI share: when to sync, progress, cancel, rebuild and fall back. */
class IndexKeeperTest {

    @TempDir
    Path dir;
    StcProject p;
    final List<Status> heard = new ArrayList<>();

    @BeforeEach
    void setUp() {
        p = TestProjects.newProject(dir);
        TestProjects.importInterview(p, dir);
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private List<State> states() {
        return heard.stream().map(Status::state).toList();
    }

    @Test
    void aNewIndexIsBuiltWithProgressThenKeptUpOnlyWhenTranscriptsChange() {
        try (IndexKeeper keeper = new IndexKeeper(dir.resolve("cache"), heard::add)) {
            assertEquals(State.READY, keeper.keepUp(p.snapshot()).state());
            assertEquals(List.of(State.BUILDING, State.BUILDING, State.READY), states());
            assertEquals(1, heard.get(1).done(), "one of one transcripts indexed");
            assertEquals(1, heard.get(1).total());

            heard.clear();
            keeper.keepUp(p.snapshot());
            assertEquals(List.of(State.READY), states(), "a current index is not synced again");

            for (Path f : CorpusGenerator.write(dir.resolve("corpus"), 1, 300)) {
                p.importTranscript(TranscriptFiles.read(f), List.of());
            }
            heard.clear();
            assertEquals(2, keeper.search(p.snapshot(), "leilighet", SearchFilter.NONE, 10).perTranscript().size(),
                    "search keeps the index up first: the new transcript is found too");
            assertEquals(State.BUILDING, heard.get(0).state());
            assertEquals(State.READY, keeper.status().state());
        }
    }

    @Test
    void aCancelledBuildKeepsWhatItIndexedAndGoesOnNextTime() {
        for (Path f : CorpusGenerator.write(dir.resolve("corpus"), 4, 2_000)) {
            p.importTranscript(TranscriptFiles.read(f), List.of());
        }
        ProjectSnapshot s = p.snapshot();
        IndexKeeper[] keeper = new IndexKeeper[1];
        boolean[] cancelled = {false};
        // The user cancels once, as soon as the first transcript is in.
        keeper[0] = new IndexKeeper(dir.resolve("cache"), st -> {
            heard.add(st);
            if (st.state() == State.BUILDING && st.done() == 1 && !cancelled[0]) {
                cancelled[0] = true;
                keeper[0].cancel();
            }
        });
        try (IndexKeeper k = keeper[0]) {
            Status stopped = k.keepUp(s);
            assertEquals(State.CANCELLED, stopped.state());
            assertEquals(1, stopped.done(), "stopped after the transcript in hand");
            assertEquals(5, stopped.total());
            heard.clear();
            assertEquals(1, k.search(s, "diagnose", SearchFilter.NONE, 10).passages());
            assertEquals(List.of(State.BUILDING, State.BUILDING, State.BUILDING, State.BUILDING, State.BUILDING, State.READY), states(),
                    "the next search goes on with the four transcripts left");
            assertEquals(4, heard.get(4).total());
        }
    }

    @Test
    void anIndexThatCannotBeWrittenIsRebuiltThenReplacedByATemporaryOne() {
        // Every file Lucene writes fails with an I/O error (not a full disk).
        SearchIndex.Directories broken = folder -> new FilterDirectory(FSDirectory.open(folder)) {
            @Override
            public IndexOutput createOutput(String name, IOContext context) throws IOException {
                throw new IOException("Input/output error");
            }

            @Override
            public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
                throw new IOException("Input/output error");
            }
        };
        try (IndexKeeper keeper = new IndexKeeper(dir.resolve("cache"), broken, heard::add)) {
            Status s = keeper.keepUp(p.snapshot());
            assertEquals(State.READY, s.state(), "search goes on");
            assertNotNull(s.notice());
            assertTrue(s.notice().contains("temporary"), s.notice());
            assertEquals(2, keeper.search(p.snapshot(), "leilighet", SearchFilter.NONE, 10).passages());
        }
    }

    @Test
    void aNewLanguageGetsANewIndexAndAClosedKeeperDoesNothing() {
        IndexKeeper keeper = new IndexKeeper(dir.resolve("cache"), heard::add);
        keeper.keepUp(p.snapshot());
        p.setLanguage(Language.EN);
        heard.clear();
        assertEquals(State.READY, keeper.keepUp(p.snapshot()).state());
        assertEquals(State.BUILDING, heard.get(0).state(), "indexed again with the new language's analysis");
        keeper.close();
        heard.clear();
        keeper.keepUp(p.snapshot());
        assertEquals(List.of(), heard);
    }
}
