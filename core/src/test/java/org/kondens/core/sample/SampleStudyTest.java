package org.kondens.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.kondens.core.KondensException;
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

    /** Before: the sample could only be built inside the source checkout, from samples/study. */
    @Test
    void theStudyTravelsInsideKondens() {
        Path file = dir.resolve("eksempel.kondens");
        SampleStudy.build(file);
        try (StcProject p = TestProjects.reopen(file)) {
            ProjectSnapshot s = p.snapshot();
            assertEquals(7, s.transcripts().size());
            assertEquals(73, s.meaningUnits().size());
            assertFalse(s.project().interviewGuide().isBlank(), "the interview guide comes along");
        }
        assertThrows(KondensException.class, () -> SampleStudy.build(file), "never overwrites a project");
        assertTrue(Files.exists(file), "the existing project is left alone");
    }

    /** The bundled copy is byte for byte samples/study (the .docx files and the Windows-1252 transcript too). */
    @Test
    void theBundledStudyIsTheRepositorysStudy() throws Exception {
        Path unpacked = Files.createDirectory(dir.resolve("study"));
        BundledStudy.unpack(unpacked);
        List<Path> files;
        try (Stream<Path> s = Files.list(unpacked)) {
            files = s.toList();
        }
        assertEquals(9, files.size(), "analysis, guide and 7 transcripts: " + files);
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(Path.of("..", "samples", "study").resolve(f.getFileName())), Files.readAllBytes(f),
                    f.getFileName().toString());
        }
    }
}
