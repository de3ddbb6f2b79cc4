package org.kondens.core.stc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.TestProjects;
import org.kondens.core.importer.TranscriptFiles;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.model.Transcript;

/** Step 4's recontextualisation: a unit with the turns around it, read from the file; a transcript gone since fails nothing. */
class UnitInContextTest {

    @TempDir
    Path dir;

    @Test
    void eachUnitComesWithItsTurnsAndAGoneTranscriptFailsNothing() {
        Path file;
        Span kept;
        MeaningUnit gone;
        try (StcProject p = TestProjects.newProject(dir)) {
            Transcript first = TestProjects.importInterview(p, dir);
            Transcript second = p.importTranscript(TranscriptFiles.read(TestProjects.writeUtf8(dir.resolve("intervju-2.txt"),
                    "I: Hva hjalp?\nInformant 2: Naboen 😀, kanskje. Og hunden.\nI: Takk.\n")), List.of());
            int a = first.text().indexOf("De så meg");
            MeaningUnit inFirst = p.addMeaningUnit(first.id(), a, a + 9, List.of());
            int b = second.text().indexOf("Naboen");
            MeaningUnit inSecond = p.addMeaningUnit(second.id(), b, b + 9, List.of());
            ProjectSnapshot s = p.snapshot();

            Map<Span, UnitInContext> words = p.inContext(s, s.meaningUnits());
            UnitInContext c = words.get(new Span(second.id(), inSecond.start(), inSecond.end()));
            assertEquals("Naboen 😀", c.words());
            assertTrue(c.before().startsWith("I: Hva hjalp?") && c.after().contains("I: Takk."), "the turn before and the turn after: " + c);
            assertEquals(2, words.size());

            file = p.database().file();
            kept = new Span(first.id(), inFirst.start(), inFirst.end());
            gone = inSecond;
        }
        try (StcProject p = TestProjects.reopen(file)) {
            ProjectSnapshot s = p.snapshot(); // read before the transcript goes, its text not in memory
            p.deleteMeaningUnit(gone.id());
            p.deleteTranscript(gone.transcriptId());
            // the screen may still show s: its units are read without a failure (from memory, or passed over)
            assertTrue(p.inContext(s, s.meaningUnits()).containsKey(kept));
        }
    }
}
