package org.kondens.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.TestProjects;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.stc.StcProject;

/** The bench's index build: from a project file, in this JVM or a child one, an index the app then finds current. */
class IndexBuildTest {

    @TempDir
    Path dir;

    @Test
    void buildsTheIndexOfAProjectFileThatSearchThenFindsCurrent() {
        Path file;
        ProjectSnapshot s;
        try (StcProject p = TestProjects.newProject(dir)) {
            PlainScan.importCorpus(p, dir, 3, 1_000);
            s = p.snapshot();
            file = p.database().file();
        }
        IndexBuild.Result built = IndexBuild.run(file, dir.resolve("cache"));
        assertEquals(3, built.transcripts());
        assertTrue(built.indexBytes() > 10_000, built.toString());
        assertTrue(built.seconds() >= built.syncSeconds() && built.syncSeconds() > 0, built.toString());
        try (SearchIndex index = SearchIndex.open(dir.resolve("cache"), s.project().id(), s.project().language())) {
            assertTrue(index.isCurrent(s), "the app's index is the one built");
            assertEquals(PlainScan.of(s, "altså").passages(), index.search(s, "=altså", SearchFilter.NONE, 0).passages());
        }

        IndexBuild.Result again = IndexBuild.inChildJvm(file, dir.resolve("cache2"), List.of("-Xmx256m"));
        assertEquals(built.transcripts(), again.transcripts());
        assertEquals(built.indexBytes(), again.indexBytes(), 20_000, "the same index, built in another JVM");
        assertTrue(again.peakRssBytes() != 0);
        assertFalse(again.toMap().isEmpty());
    }
}
