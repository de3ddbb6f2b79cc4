package org.kondens.core.stc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.TestProjects;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;

/**
 * An edit that writes back what is already there (found by the undo property test: saving an
 * unchanged field, the same condensate again, a reorder to the same place) is no undo step, so
 * Undo never names a step that does nothing, and it keeps the redo history.
 */
class NoChangeIsNoStepTest {

    @TempDir
    Path dir;
    StcProject p;
    Transcript t;

    @BeforeEach
    void setUp() {
        p = TestProjects.newProject(dir);
        t = TestProjects.importInterview(p, dir);
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    @Test
    void savingAnUnchangedTitleIsNoStep() {
        p.setTitle("Bolig først 🏠");
        int steps = p.database().undoSteps().size();
        p.setTitle("Bolig først 🏠");
        assertEquals(steps, p.database().undoSteps().size());
        assertEquals("Set title: Bolig først 🏠", p.undo().orElseThrow());
        assertEquals(TestProjects.PROJECT_TITLE, p.project().title(), "one undo takes the title back");
    }

    @Test
    void anEditThatChangesNothingAfterUndoKeepsRedo() {
        CodeGroup g = p.addCodeGroup("Trygghet", null, List.of());
        p.describeCodeGroup(g.id(), "Å ha et sted");
        p.undo();
        p.describeCodeGroup(g.id(), "");                       // what the description already is
        p.moveCodeGroup(g.id(), 0);                            // where it already is
        assertEquals("Describe code group: Trygghet", p.redoName().orElseThrow());
        p.redo();
        assertEquals("Å ha et sted", p.findCodeGroup("Trygghet").description());
    }

    @Test
    void writingTheSameCondensateAgainIsNoStep() {
        CodeGroup g = p.addCodeGroup("Trygghet", null, List.of());
        Subgroup s = p.addSubgroup(g.id(), "Nøkkelen");
        MeaningUnit u = TestProjects.unit(p, t, "De så meg som et menneske.", new Membership(g.id(), s.id()));
        p.setCondensate(s.id(), "Å bli sett 😀", List.of(u.id()));
        int steps = p.database().undoSteps().size();
        p.setCondensate(s.id(), "Å bli sett 😀", List.of(u.id()));
        assertEquals(steps, p.database().undoSteps().size());
        assertEquals("Edit condensate: Nøkkelen", p.undo().orElseThrow());
        assertEquals("", p.snapshot().subgroups().get(0).condensate());
        assertEquals(List.of(), p.snapshot().subgroups().get(0).condensateSources());
    }
}
