package org.kondens.core.stc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.TestProjects;
import org.kondens.core.importer.ImportedTranscript;
import org.kondens.core.importer.TranscriptFiles;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.Transcript;

/**
 * Importing many files at once (read ahead on other threads, stored in batches of one transaction
 * with a savepoint per file) keeps every promise of importing them one by one: the same texts and
 * offsets, the order of the files, one undo step per file, a refused file leaves nothing behind,
 * and cancelling keeps what was imported.
 */
class TranscriptImportBatchTest {

    @TempDir
    Path dir;
    StcProject p;

    @BeforeEach
    void setUp() {
        p = TestProjects.newProject(dir);
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    @Test
    void moreFilesThanOneBatchAreStoredInOrderWithTheirOwnTextsTurnsAndUndoSteps() throws Exception {
        int n = TranscriptImport.BATCH_FILES * 2 + 7;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // æøå, an emoji and CRLF in every file, so any slip of an offset shows
            files.add(TestProjects.writeUtf8(dir.resolve("intervju-%03d.txt".formatted(i)),
                    "I: Spørsmål " + i + " – æøå?\r\nEK" + i + ": Svar 😀 " + "ord ".repeat(i) + "på Ås.\r\n"));
        }
        List<Integer> progress = new ArrayList<>();
        List<TranscriptImport.FileResult> told = new ArrayList<>();
        TranscriptImport.Summary summary = TranscriptImport.importEach(p, files, List.of(),
                (done, total, current) -> progress.add(done), () -> false, told::add);

        assertEquals(new TranscriptImport.Summary(n, 0, told.stream().mapToLong(TranscriptImport.FileResult::words).sum()), summary);
        assertEquals(files, told.stream().map(TranscriptImport.FileResult::file).toList(), "each file told once, in order");
        assertEquals(n + 1, progress.size());
        ProjectSnapshot s = p.snapshot();
        assertEquals(files.stream().map(f -> f.getFileName().toString()).toList(),
                s.transcripts().stream().map(Transcript::sourceFile).toList(), "stored in the order of the files");
        for (int i = 0; i < n; i++) {
            ImportedTranscript alone = TranscriptFiles.read(files.get(i));
            Transcript t = s.transcripts().get(i);
            assertEquals(alone.text(), t.text());
            assertEquals(alone.words(), told.get(i).words());
            List<SpeakerTurn> turns = s.turns().get(t.id());
            assertEquals(alone.turns().stream().map(d -> d.start() + "-" + d.end() + " " + d.speaker()).toList(),
                    turns.stream().map(d -> d.start() + "-" + d.end() + " " + d.speaker()).toList());
            String answer = t.text().substring(turns.get(1).start(), turns.get(1).end());
            assertTrue(answer.contains("Svar 😀 ") && answer.strip().endsWith("på Ås."), "offsets in UTF-16 units: " + answer);
        }
        assertEquals("Import transcript: intervju-%03d.txt".formatted(n - 1), p.undo().orElseThrow(), "one undo step per file");
        assertEquals(n - 1, p.snapshot().transcripts().size());
        assertEquals("Import transcript: intervju-%03d.txt".formatted(n - 2), p.undoName().orElseThrow());
    }

    @Test
    void aFileRefusedInsideABatchLeavesNothingAndTheOthersAreStored() throws Exception {
        Path a = TestProjects.writeUtf8(dir.resolve("a.txt"), "I: En\nEK1: To");
        Path again = TestProjects.writeUtf8(dir.resolve("a-kopi.txt"), "I: En\nEK1: To");
        Path b = TestProjects.writeUtf8(dir.resolve("b.txt"), "I: Tre\nEK2: Fire");
        Path unreadable = Files.write(dir.resolve("c.txt"), new byte[0]);
        List<TranscriptImport.FileResult> results = TranscriptImport.importAll(p, List.of(a, again, b, unreadable),
                List.of(), (d, t, f) -> { }, () -> false);

        assertEquals(List.of(true, false, true, false), results.stream().map(TranscriptImport.FileResult::ok).toList());
        assertTrue(results.get(1).error().contains("already in the project"), results.get(1).error());
        ProjectSnapshot s = p.snapshot();
        assertEquals(2, s.transcripts().size());
        assertEquals(2, s.sessions().size());
        assertEquals(List.of("EK1", "EK2"), s.informants().stream().map(i -> i.label()).sorted().toList());
        assertEquals(2, s.audit().stream().filter(e -> e.action().equals("Import transcript")).count(), "no audit line for a refused file");
        assertEquals("Import transcript: b.txt", p.undo().orElseThrow());
        assertEquals("Import transcript: a.txt", p.undo().orElseThrow());
        assertTrue(p.undo().isEmpty(), "no step of the refused file");
    }

    /** A disk that fills in the middle of an import: every file is told (stored or "the disk is full"), none is half there. */
    @Test
    void aDiskThatFillsDuringAnImportTellsEachFileAndLeavesWholeTranscriptsOnly() throws Exception {
        try (org.kondens.core.SmallDisk disk = org.kondens.core.SmallDisk.mount(dir.resolve("liten"), 900, false)) {
            Path file = disk.folder().resolve("studie.kondens");
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                files.add(TestProjects.writeUtf8(dir.resolve("stor-%02d.txt".formatted(i)),
                        ("I: Spørsmål " + i + "?\nEK" + i + ": Svar æøå 😀 " + "ord%d ".formatted(i).repeat(4000) + "\n")));
            }
            List<TranscriptImport.FileResult> told = new ArrayList<>();
            try (StcProject small = StcProject.create(file, "Liten disk", org.kondens.core.model.Language.NB)) {
                TranscriptImport.importEach(small, files, List.of(), (d, t, f) -> { }, () -> false, told::add);
            }
            assertEquals(files, told.stream().map(TranscriptImport.FileResult::file).toList(), "every file is told, in order");
            long stored = told.stream().filter(TranscriptImport.FileResult::ok).count();
            assertTrue(stored < files.size(), "the disk filled up: " + stored + " stored");
            for (TranscriptImport.FileResult r : told) {
                if (!r.ok()) {
                    assertTrue(r.error().contains("the disk is full"), r.error());
                    assertEquals(1, r.error().lines().count(), "one line: " + r.error());
                }
            }
            try (StcProject again = StcProject.openReadOnly(file)) {
                ProjectSnapshot s = again.snapshot();
                assertEquals(stored, s.transcripts().size(), "exactly the files told as stored are in the project");
                for (Transcript t : s.transcripts()) {
                    int i = Integer.parseInt(t.sourceFile().substring(5, 7));
                    assertEquals(TranscriptFiles.read(files.get(i)).text(), t.text(), "each stored transcript whole");
                }
            }
        }
    }

    @Test
    void cancellingKeepsWhatWasImportedAndReportsTheRest() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            files.add(Files.writeString(dir.resolve("f" + i + ".txt"), "I: Hei " + i + "\nEK" + i + ": Hallo", StandardCharsets.UTF_8));
        }
        int[] asked = {0}; // Cancel is pressed while the third file is stored
        List<TranscriptImport.FileResult> results = TranscriptImport.importAll(p, files, List.of(), (d, t, f) -> { },
                () -> asked[0]++ >= 3);
        assertEquals(List.of(true, true, true, false, false, false), results.stream().map(TranscriptImport.FileResult::ok).toList());
        assertTrue(results.get(3).error().contains("cancelled"), results.get(3).error());
        p.close();
        try (StcProject again = TestProjects.reopen(dir.resolve("studie.kondens"))) {
            assertEquals(3, again.snapshot().transcripts().size(), "the files before Cancel are on disk");
        }
        p = TestProjects.reopen(dir.resolve("studie.kondens"));
    }

    @Test
    void theInformantOfEachFileIsTheOneGivenForIt() throws Exception {
        Path a = TestProjects.writeUtf8(dir.resolve("a.txt"), "I: En\nNN: To");
        Path b = TestProjects.writeUtf8(dir.resolve("b.txt"), "I: Tre\nNN: Fire");
        TranscriptImport.importAll(p, List.of(a, b), List.of("Kari", "Ola"), (d, t, f) -> { }, () -> false);
        ProjectSnapshot s = p.snapshot();
        for (int i = 0; i < 2; i++) {
            String label = List.of("Kari", "Ola").get(i);
            Transcript t = s.transcripts().get(i);
            var session = s.sessions().stream().filter(x -> x.id().equals(t.sessionId())).findFirst().orElseThrow();
            assertEquals(List.of(label), session.participants().stream()
                    .map(id -> s.informants().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow().label()).toList());
        }
        assertFalse(s.informants().stream().anyMatch(i -> i.label().equals("NN")));
    }
}
