package org.kondens.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.TestProjects;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Transcript;
import org.kondens.core.stc.StcProject;

/**
 * A quote without a display text prints its span, cut from its meaning unit's passage: the export
 * previews are drawn on the FX thread, which never reads a transcript text from disk.
 */
class QuoteWordsFromPassageTest {

    @TempDir
    Path dir;

    @Test
    void aQuoteWithoutDisplayTextPrintsItsSpanWithoutReadingTheText() {
        Path file;
        int start;
        int end;
        String words;
        try (StcProject p = TestProjects.newProject(dir)) {
            file = p.database().file();
            Transcript t = TestProjects.importInterview(p, dir);
            CodeGroup g = p.addCodeGroup("Trygghet", "#4E79A7", List.of());
            int from = t.text().indexOf('\n') + 1;
            int to = t.text().indexOf('\n', from);
            MeaningUnit u = p.addMeaningUnit(t.id(), from, to, List.of(new Membership(g.id(), null)));
            start = from + 3;
            end = to - 2;
            words = t.text().substring(start, end);
            p.addQuote(u.id(), g.id(), null, start, end, null, null);
        }
        try (StcProject p = TestProjects.reopen(file)) {
            ProjectSnapshot s = p.snapshot();
            p.keepTextsShown(s, null);
            Quote q = s.quotes().get(0);
            Quote blank = new Quote(q.id(), q.meaningUnitId(), q.codeGroupId(), q.subgroupId(), q.start(), q.end(), "", null, q.order());
            ProjectSnapshot withBlank = new ProjectSnapshot(s.project(), s.questionHistory(), s.informants(), s.sessions(), s.transcripts(),
                    s.turns(), s.notes(), s.themes(), s.codeGroups(), s.subgroups(), s.meaningUnits(), List.of(blank), s.audit(), s.review());
            assertEquals(words.replaceAll("\\s+", " ").strip(), new Analysis(withBlank).quoteText(blank));
            assertEquals(0, p.textCharsInMemory(), "no transcript text was read");
        }
    }
}
