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
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.Transcript;

/** Slips a first user made in step 2, caught by core so the GUI and the CLI behave alike. */
class MeaningUnitSlipsTest {

    static final String PASSAGE = "De så meg som et menneske.";

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

    /** Before: a click on a unit selected its passage, and Ctrl+M, Enter silently made an identical second unit. */
    @Test
    void theSamePassageCannotBeAMeaningUnitTwiceInOneCodeGroup() {
        CodeGroup respekt = p.addCodeGroup("Respekt", null, List.of());
        CodeGroup bolig = p.addCodeGroup("Bolig", null, List.of());
        MeaningUnit first = TestProjects.unit(p, t, PASSAGE, new Membership(respekt.id(), null));
        TestProjects.assertRefused(p, () -> p.addMeaningUnit(t.id(), first.start(), first.end(),
                List.of(new Membership(respekt.id(), null))), "This passage is already a meaning unit in code group 'Respekt'.");
        // Another code group is another reading of the passage: allowed.
        p.addMeaningUnit(t.id(), first.start(), first.end(), List.of(new Membership(bolig.id(), null)));
        assertEquals(2, p.snapshot().meaningUnits().size());
    }

    @Test
    void aCodeGroupMadeWithCtrlMUnderAPreliminaryThemesNameGrowsFromThatTheme() {
        PreliminaryTheme theme = p.addTheme("Å bli sett", "");
        int[] at = TestProjects.offsets(t.text(), PASSAGE);
        MeaningUnit u = TestProjects.assertUndoable(p, "Add meaning unit",
                () -> p.addMeaningUnitInNewGroup(t.id(), at[0], at[1], "å bli sett"));
        CodeGroup made = p.snapshot().codeGroups().stream().filter(g -> u.isIn(g.id())).findFirst().orElseThrow();
        assertEquals(List.of(theme.id()), made.grewFrom(), "linked to the theme of the same name (any case)");
    }
}
