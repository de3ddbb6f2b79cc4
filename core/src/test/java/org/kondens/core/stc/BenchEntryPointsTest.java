package org.kondens.core.stc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.TestProjects;

/** The figures {@code kondens bench} gets from core: what they count is what happened. */
class BenchEntryPointsTest {

    @TempDir
    Path dir;

    @Test
    void importBenchImportsTheFolderAndOpenBenchCopiesOnlyAfterAChange() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("korpus"));
        TestProjects.writeUtf8(corpus.resolve("a.txt"), "I: Hei på deg\r\nEK1: Hallo 😀 æøå");
        TestProjects.writeUtf8(corpus.resolve("b.txt"), "I: Og du?\nEK2: Bra");
        Files.writeString(corpus.resolve("notater.md"), "ikke et transkript");
        Path project = dir.resolve("benk.kondens");

        Map<String, Double> imported = ImportBench.run(corpus, project);
        assertEquals(2.0, imported.get("files"), imported.toString());
        assertEquals(2.0, imported.get("imported"));
        assertEquals(12.0, imported.get("words"), "every word of the texts, speaker labels too");
        assertTrue(imported.get("seconds") > 0 && imported.get("wordsPerSecond") > 0, imported.toString());

        Map<String, Double> opened = OpenBench.run(project, true);
        assertEquals(1.0, opened.get("backupCopiedFirst"), "the first open after a change copies: " + opened);
        assertEquals(0.0, opened.get("backupCopiedSecond"), "nothing changed since: no copy");
        assertEquals(2.0, opened.get("transcripts"));
        assertEquals(4.0, opened.get("turns"));
        assertTrue(opened.get("firstSnapshotMs") >= 0 && opened.get("openCheckBackupSecondMs") >= 0, opened.toString());
    }
}
