package org.kondens.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.TestProjects;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.stc.StcProject;

/**
 * An import is an undo step, but its text is not stored twice: the redo of an insert is written
 * only when the step is undone, from the row as undo removes it.
 */
class UndoLogSpaceTest {

    @TempDir
    Path dir;

    @Test
    void anImportedTextIsNotCopiedIntoTheUndoLogUntilTheImportIsUndone() {
        try (StcProject p = TestProjects.newProject(dir)) {
            ProjectSnapshot empty = TestProjects.withoutAudit(p.snapshot());
            p.importTranscript(CrashSafetyTest.interviewFile(dir.resolve("lang.txt"), 7), List.of());
            ProjectSnapshot imported = TestProjects.withoutAudit(p.snapshot());
            int textLength = imported.transcripts().get(0).text().length();
            assertTrue(logSize(p) < textLength / 2, "log " + logSize(p) + " chars for a text of " + textLength);

            p.undo();
            assertEquals(empty, TestProjects.withoutAudit(p.snapshot()));
            assertTrue(logSize(p) > textLength, "undone: the redo now holds the text");
            p.redo();
            assertEquals(imported, TestProjects.withoutAudit(p.snapshot()), "redo brings back exactly what was imported");
            p.undo();
            assertEquals(empty, TestProjects.withoutAudit(p.snapshot()), "and undo works again");
        }
    }

    private static long logSize(StcProject p) {
        return p.database().read(s -> s.count("SELECT coalesce(sum(length(undo_sql) + length(redo_sql)), 0) FROM undo_change"));
    }
}
