package org.kondens.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.TestProjects;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.stc.StcProject;

/** Many actions in one transaction: each keeps its own audit line and undo step, and a refused one leaves nothing. */
class WriteStepsTest {

    @TempDir
    Path dir;

    @Test
    void aRefusedActionIsRolledBackToItsSavepointAndTheOthersCommitAsSteps() {
        try (StcProject p = TestProjects.newProject(dir)) {
            ProjectDatabase db = p.database();
            int auditBefore = p.snapshot().audit().size();
            db.writeSteps(steps -> {
                steps.write("Add theme", "En", s -> theme(s, "En"));
                KondensException e = assertThrows(KondensException.class, () -> steps.write("Add theme", "To", s -> {
                    theme(s, "To"); // written, then refused: must go again
                    throw new KondensException(Problem.IMPORT_EMPTY_FILE, "to.txt");
                }));
                assertTrue(e.getMessage().startsWith("to.txt"), e.getMessage());
                steps.write("Add theme", "Tre", s -> theme(s, "Tre"));
            });
            assertEquals(List.of("En", "Tre"), p.snapshot().themes().stream().map(PreliminaryTheme::name).toList());
            assertEquals(auditBefore + 2, p.snapshot().audit().size(), "an audit line for each stored action, none for the refused");
            assertEquals("Add theme: Tre", p.undo().orElseThrow());
            assertEquals(List.of("En"), p.snapshot().themes().stream().map(PreliminaryTheme::name).toList());
            assertEquals("Add theme: En", p.undo().orElseThrow());
            assertTrue(p.snapshot().themes().isEmpty());
        }
    }

    /** Out of memory in the middle of a batch: nothing of it is kept, not even by the next edit's commit. */
    @Test
    void anErrorInABatchRollsItAllBackAndTheNextEditCommitsOnlyItself() {
        Path file = dir.resolve("studie.kondens");
        try (StcProject p = TestProjects.newProject(dir)) {
            assertThrows(OutOfMemoryError.class, () -> p.database().writeSteps(steps -> {
                steps.write("Add theme", "En", s -> theme(s, "En"));
                throw new OutOfMemoryError("reading a large file");
            }));
            assertTrue(p.snapshot().themes().isEmpty());
            p.addTheme("To", "");
        }
        try (StcProject p = StcProject.open(file)) {
            assertEquals(List.of("To"), p.snapshot().themes().stream().map(PreliminaryTheme::name).toList());
            assertTrue(p.snapshot().audit().stream().noneMatch(a -> a.detail().contains("En")), "no trace of the lost batch");
        }
    }

    /** An Error inside one step (not a refusal) also ends the batch with nothing kept. */
    @Test
    void anErrorInsideAStepEndsTheBatch() {
        try (StcProject p = TestProjects.newProject(dir)) {
            assertThrows(StackOverflowError.class, () -> p.database().writeSteps(steps -> {
                steps.write("Add theme", "En", s -> theme(s, "En"));
                steps.write("Add theme", "To", s -> {
                    theme(s, "To");
                    throw new StackOverflowError();
                });
            }));
            assertTrue(p.snapshot().themes().isEmpty());
        }
    }

    private static Void theme(Sql s, String name) {
        s.update("INSERT INTO theme(id, name, description, ord) VALUES (?, ?, '', (SELECT count(*) FROM theme))",
                UUID.randomUUID(), name);
        return null;
    }
}
