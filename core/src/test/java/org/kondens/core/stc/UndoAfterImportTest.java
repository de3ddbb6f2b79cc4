package org.kondens.core.stc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.TestProjects;
import org.kondens.core.importer.InformantRow;
import org.kondens.core.importer.InformantTable;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Membership;
import org.kondens.core.model.Session;
import org.kondens.core.model.SessionKind;
import org.kondens.core.model.Transcript;
import org.kondens.core.store.ProjectRepository;

/**
 * Issue 12, case 6 ("Undo blocked for good"): imports are undo steps, so every step the history
 * holds can be undone and redone; a step that still cannot apply (a file written by an older
 * Kondens) is refused once, with one sentence, and never blocks the steps before it.
 */
class UndoAfterImportTest {

    static final String NEW_INTERVIEW = "I: Hvordan går det nå?\r\nNN: Bra, takk 😀 – nøkkelen\r\nfikk jeg i går, på Ås.\r\n";
    static final String SECOND_INTERVIEW = "I: Fortell om naboene.\r\nEK2: De hilser på meg i trappa. Det er nytt for meg.\r\n";

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

    private String state() {
        return ProjectStates.json(p, dir);
    }

    /** What {@code kondens import FILE --informant LABEL} does. */
    private Transcript importFile(Path file, String informant) {
        List<TranscriptImport.FileResult> results = TranscriptImport.importAll(p, List.of(file),
                informant == null ? List.of() : List.of(informant), (done, total, current) -> { }, () -> false);
        assertTrue(results.get(0).ok(), results.get(0).error());
        return results.get(0).transcript();
    }

    /**
     * A long interview's turns are written many to a statement: every one of them is stored in
     * order, with its offsets, and undo and redo take them all out and back.
     */
    @Test
    void aLongInterviewsTurnsAreAllStoredAndComeBackAfterUndoAndRedo() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 125; i++) { // 250 turns: two full statements of turns and a part of one
            text.append("I: Hva skjedde i uke ").append(i).append("?\r\n");
            text.append("Informant 1: Det var tøft 😀 – uke ").append(i).append(" på Ås.\r\n");
        }
        Path txt = TestProjects.writeUtf8(dir.resolve("langt-intervju.txt"), text.toString());
        String start = state();
        Transcript t = importFile(txt, null);
        List<org.kondens.core.model.SpeakerTurn> turns = p.snapshot().turns().get(t.id());
        assertEquals(250, turns.size());
        String stored = t.text();
        for (int i = 0; i < turns.size(); i++) {
            org.kondens.core.model.SpeakerTurn turn = turns.get(i);
            String expected = i % 2 == 0 ? "I: Hva skjedde i uke " + (i / 2 + 1) + "?" : "Informant 1: Det var tøft 😀 – uke " + (i / 2 + 1) + " på Ås.";
            assertEquals(expected, stored.substring(turn.start(), turn.end()), "turn " + i);
        }
        String afterImport = state();
        assertEquals("Import transcript: langt-intervju.txt", p.undo().orElseThrow());
        assertEquals(start, state(), "undo takes every turn out");
        p.redo().orElseThrow();
        assertEquals(afterImport, state(), "redo brings every turn back as it was");
    }

    @Test
    void anInformantTableThenATranscriptOfOneOfItsInformantsUndoAndRedoStepByStep() {
        Path csv = TestProjects.writeUtf8(dir.resolve("informanter.csv"), "Informant;alder\r\nNewName;30–39\r\nDeltaker 2;40–49\r\n");
        Path txt = TestProjects.writeUtf8(dir.resolve("intervju-ny.txt"), NEW_INTERVIEW);
        String start = state();
        p.importInformants(InformantTable.read(csv));        // kondens informants import informanter.csv
        String afterTable = state();
        Transcript t = importFile(txt, "NewName");            // kondens import intervju-ny.txt --informant NewName
        assertEquals(List.of(p.findInformant("NewName").id()),
                p.snapshot().sessions().get(0).participants(), "the transcript's informant is the one from the table");
        String afterImport = state();

        assertEquals("Import transcript: intervju-ny.txt", p.undo().orElseThrow());
        assertEquals(afterTable, state(), "undoing the import takes the transcript and its session out again");
        assertTrue(p.snapshot().transcript(t.id()).isEmpty());
        assertEquals("Import informants: 2 informants", p.undo().orElseThrow());
        assertEquals(start, state());
        assertTrue(p.undo().isEmpty());

        assertEquals("Import informants: 2 informants", p.redo().orElseThrow());
        assertEquals(afterTable, state());
        assertEquals("Import transcript: intervju-ny.txt", p.redo().orElseThrow());
        assertEquals(afterImport, state());
    }

    @Test
    void deletingATranscriptAndImportingTheSameFileAgainUndoAndRedoStepByStep() {
        Path first = TestProjects.writeUtf8(dir.resolve("intervju-ek1.txt"), TestProjects.INTERVIEW_RAW);
        Path second = TestProjects.writeUtf8(dir.resolve("intervju-ek2.txt"), SECOND_INTERVIEW);
        String start = state();
        Transcript t1 = importFile(first, null);
        importFile(second, null);
        CodeGroup trygghet = p.addCodeGroup("Trygghet", null, List.of());
        TestProjects.unit(p, t1, "De så meg som et menneske.", new Membership(trygghet.id(), null));
        String before = state();
        p.deleteTranscript(t1.id());
        String deleted = state();
        Transcript again = importFile(first, null);           // the same text, so the same hash as the deleted one
        String end = state();

        assertEquals("Import transcript: intervju-ek1.txt", p.undo().orElseThrow());
        assertEquals(deleted, state());
        assertTrue(p.snapshot().transcript(again.id()).isEmpty());
        assertEquals("Delete transcript: intervju-ek1 (1 meaning units)", p.undo().orElseThrow());
        assertEquals(before, state(), "the deleted transcript is back with its meaning unit");
        for (int i = 0; i < 4; i++) {
            assertTrue(p.undo().isPresent(), "every older step can be undone too");
        }
        assertEquals(start, state());
        assertTrue(p.undo().isEmpty());

        for (int i = 0; i < 6; i++) {
            assertTrue(p.redo().isPresent());
        }
        assertEquals(end, state());
        assertTrue(p.redo().isEmpty());
    }

    // --- files from before imports were undo steps ------------------------------------------------

    /** Writes as Kondens before this fix imported: one transaction, no undo step. */
    private void unrecordedWrite(java.util.function.Consumer<ProjectRepository> work) {
        p.database().write("Import transcript", "gammel.txt", false, s -> {
            work.accept(new ProjectRepository(s));
            return null;
        });
    }

    @Test
    void anUndoThatCanNoLongerApplyIsRefusedOnceAndTheStepsBeforeItStayUndoable() {
        p.setTitle("Før tabellen");
        p.importInformants(List.of(new InformantRow("NewName", Map.of("alder", "30–39"))));
        UUID newName = p.findInformant("NewName").id();
        unrecordedWrite(r -> r.insertSession(new Session(UUID.randomUUID(), "gammel", SessionKind.INDIVIDUAL, null, null, null,
                List.of(newName), false, "")));
        String before = state();

        KondensException e = assertThrows(KondensException.class, p::undo);
        assertEquals("'Import informants: 1 informants' can no longer be undone (FOREIGN KEY constraint failed), so it was "
                + "taken out of the undo history; Undo now goes on with the step before it.", e.getMessage());
        assertEquals(before, state(), "the refused undo changed nothing");
        assertEquals("Set title: Før tabellen", p.undoName().orElseThrow(), "the refused step no longer blocks the one before it");
        assertEquals("Set title: Før tabellen", p.undo().orElseThrow());
        assertEquals(TestProjects.PROJECT_TITLE, p.project().title());
        assertTrue(p.undo().isEmpty());
        assertEquals("Set title: Før tabellen", p.redo().orElseThrow());
        assertEquals("Før tabellen", p.project().title());
        assertEquals("Undo not possible", p.snapshot().audit().stream().map(a -> a.action())
                .filter(a -> a.startsWith("Undo not")).findFirst().orElseThrow(), "the audit trail says why the step left the history");
    }

    @Test
    void aRedoThatCanNoLongerApplyIsRefusedOnceAndUndoStillWorks() {
        p.setTitle("Før informanten");
        p.addInformant("Deltaker 9");
        p.addTheme("Bolig", "");
        p.undo();
        p.undo();
        unrecordedWrite(r -> r.insertInformant(Informant.of(UUID.randomUUID(), "deltaker 9", Map.of())));
        String before = state();

        KondensException e = assertThrows(KondensException.class, p::redo);
        assertTrue(e.getMessage().startsWith("'Add informant: Deltaker 9' can no longer be redone (UNIQUE constraint failed: "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("), so it and the steps after it were taken out of the redo history."), e.getMessage());
        assertEquals(before, state(), "the refused redo changed nothing");
        assertTrue(p.redoName().isEmpty(), "the theme was added on top of the informant: its redo went with it");
        assertEquals("Set title: Før informanten", p.undo().orElseThrow(), "undo is not blocked");
        assertEquals(TestProjects.PROJECT_TITLE, p.project().title());
    }
}
