package org.kondens.core.stc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.core.TestProjects.unit;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.TestProjects;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.Part;
import org.kondens.core.model.ProjectChange;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;

/**
 * Each kind of edit reports the parts it changed and the ids of the rows it wrote, and its undo
 * and redo report the same parts; opening reports everything, a refused edit nothing.
 */
class ProjectChangeTest {

    @TempDir
    Path dir;
    StcProject p;
    Transcript t;
    CodeGroup safety;
    CodeGroup seen;
    Subgroup key;

    @BeforeEach
    void setUp() {
        p = TestProjects.newProject(dir);
        t = TestProjects.importInterview(p, dir);
        safety = p.addCodeGroup("Trygghet", null, List.of());
        seen = p.addCodeGroup("Å bli sett", null, List.of());
        key = p.addSubgroup(safety.id(), "Nøkkelen");
        p.takeChange();
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    /** Runs {@code edit}, then its undo and redo, each reporting exactly {@code parts}; returns the edit's change. */
    private ProjectChange reports(Runnable edit, Part... parts) {
        Set<Part> expected = Set.copyOf(EnumSet.of(parts[0], parts));
        edit.run();
        ProjectChange change = p.takeChange();
        assertEquals(expected, change.parts(), "the edit");
        p.undo();
        assertEquals(expected, p.takeChange().parts(), "its undo");
        p.redo();
        assertEquals(expected, p.takeChange().parts(), "its redo");
        return change;
    }

    @Test
    void typicalEditsReportWhatTheyChanged() {
        MeaningUnit[] u = new MeaningUnit[1];
        ProjectChange added = reports(() -> u[0] = unit(p, t, "De så meg som et menneske.", new Membership(safety.id(), key.id())),
                Part.MEANING_UNITS);
        assertTrue(added.ids().containsAll(List.of(u[0].id())), "the new unit's id is reported");

        ProjectChange moved = reports(() -> p.moveMeaningUnit(u[0].id(), safety.id(), seen.id(), null), Part.MEANING_UNITS);
        assertEquals(Set.of(u[0].id()), moved.ids());

        ProjectChange renamed = reports(() -> p.renameCodeGroup(safety.id(), "Trygg bolig"), Part.CODE_GROUPS);
        assertEquals(Set.of(safety.id()), renamed.ids());

        ProjectChange condensed = reports(() -> p.setCondensate(key.id(), "Jeg fikk nøkkel.", null), Part.SUBGROUPS);
        assertTrue(condensed.ids().contains(key.id()));

        Quote[] q = new Quote[1];
        ProjectChange quoted = reports(() -> q[0] = p.addQuote(u[0].id(), seen.id(), null, null, null, null, null), Part.QUOTES);
        assertTrue(quoted.ids().contains(q[0].id()));

        reports(() -> p.addTheme("Egen bolig", ""), Part.THEMES);
        reports(() -> p.addTranscriptNote(t.id(), null, "Sterkt"), Part.NOTES);
        reports(() -> p.setResearchQuestion("Hva hjelper?"), Part.PROJECT);
        reports(() -> p.renameInformant(p.snapshot().informants().get(0).id(), "Deltaker 1"), Part.INFORMANTS);
        ProjectChange deleted = reports(() -> p.deleteMeaningUnit(u[0].id()), Part.MEANING_UNITS, Part.QUOTES);
        assertTrue(deleted.ids().containsAll(List.of(u[0].id(), q[0].id())), "a removed row's id is reported too");
        reports(() -> p.deleteTranscript(t.id()), Part.TRANSCRIPTS, Part.SESSIONS, Part.NOTES);
    }

    @Test
    void openingReportsEverythingAndARefusalNothing() {
        assertThrows(KondensException.class, () -> p.renameCodeGroup(safety.id(), "Å bli sett"));
        assertEquals(ProjectChange.NOTHING, p.takeChange());
        p.close();
        p = TestProjects.reopen(dir.resolve("studie.kondens"));
        assertEquals(ProjectChange.EVERYTHING, p.takeChange());
    }

    @Test
    void severalEditsBeforeTakingAreReportedTogether() {
        p.renameCodeGroup(safety.id(), "Trygg bolig");
        p.addTheme("Egen bolig", "");
        ProjectChange both = p.takeChange();
        assertEquals(Set.of(Part.CODE_GROUPS, Part.THEMES), both.parts());
        assertTrue(both.ids().contains(safety.id()));
        assertEquals(ProjectChange.NOTHING, p.takeChange(), "taken once");
    }

    @Test
    void aRefreshReadsOnlyWhatChanged() {
        ProjectSnapshot shown = p.refreshed(null, ProjectChange.EVERYTHING);
        assertEquals(p.snapshot(), shown);
        p.renameCodeGroup(safety.id(), "Trygg bolig");
        ProjectSnapshot after = p.refreshed(shown, p.takeChange());
        assertEquals(shown.audit().size() + 1, after.audit().size(), "the audit trail gains the new line");
        assertEquals("Rename code group", after.audit().getLast().action());
        assertSame(shown.transcripts(), after.transcripts(), "transcripts are not read again");
        assertSame(shown.turns(), after.turns());
        assertSame(shown.quotes(), after.quotes());
        assertNotSame(shown.codeGroups(), after.codeGroups());
        assertEquals("Trygg bolig", after.codeGroups().get(0).workingName());
    }
}
