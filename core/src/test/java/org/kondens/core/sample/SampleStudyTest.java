package org.kondens.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.TestProjects;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.stc.StcProject;

/** The sample study opens as a finished analysis a new user can explore. */
class SampleStudyTest {

    @TempDir
    Path dir;

    /** Before: Edit › Undo offered to take the sample apart, step by step, back to an empty project. */
    @Test
    void theSampleHasItsAnalysisAndHistoryButNothingToUndo() {
        Path file = dir.resolve("sample.kondens");
        SampleStudy.build(Path.of("..", "samples", "study"), file);
        try (StcProject p = TestProjects.reopen(file)) {
            ProjectSnapshot s = p.snapshot();
            assertEquals(7, s.transcripts().size());
            assertEquals(73, s.meaningUnits().size());
            assertTrue(p.undoName().isEmpty(), "nothing to undo: " + p.undoName());
            assertFalse(s.audit().isEmpty(), "the audit trail still tells how it was built");
            p.addTheme("Mitt eget tema", "");
            assertEquals("Add theme: Mitt eget tema", p.undo().orElseThrow(), "the user's own steps are undoable");
        }
    }
}
