package org.kondens.core.stc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kondens.core.TestProjects.unit;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.TestProjects;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.kondens.core.store.ProjectRepository;

/**
 * The repository's one-row and one-group queries, which edits use instead of reading the whole
 * project, must return exactly what the snapshot holds: same records, same order.
 */
class RepositoryLookupsTest {

    @TempDir
    Path dir;
    StcProject p;
    Transcript t;
    CodeGroup bolig;
    CodeGroup mote;
    Subgroup egen;
    MeaningUnit key;
    MeaningUnit human;

    @BeforeEach
    void setUp() {
        p = TestProjects.newProject(dir);
        t = TestProjects.importInterview(p, dir);
        PreliminaryTheme theme = p.addTheme("Bolig", "");
        p.anchorTheme(theme.id(), new Span(t.id(), 0, 5));
        bolig = p.addCodeGroup("Bolig", null, List.of(theme.id()));
        mote = p.addCodeGroup("Møte med hjelpere", null, List.of());
        egen = p.addSubgroup(bolig.id(), "Egen leilighet");
        p.addSubgroup(bolig.id(), "Annet");
        p.linkTheme(theme.id(), egen.id());
        human = unit(p, t, StcOperationsTest.HUMAN, new Membership(mote.id(), null));
        key = unit(p, t, StcOperationsTest.KEY, new Membership(bolig.id(), egen.id()), new Membership(mote.id(), null));
        p.setCondensate(egen.id(), "Jeg fikk nøkkel.", null);
        p.addQuote(key.id(), bolig.id(), egen.id(), null, null, null, null);
        p.addQuote(key.id(), mote.id(), null, null, null, null, null);
        p.addQuote(human.id(), mote.id(), null, null, null, null, null);
        p.addTranscriptNote(t.id(), 3, "Les igjen.");
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private <T> T read(Function<ProjectRepository, T> query) {
        return p.database().read(s -> query.apply(new ProjectRepository(s)));
    }

    @Test
    void oneRowLookupsAreTheSnapshotsRecords() {
        ProjectSnapshot s = p.snapshot();
        s.meaningUnits().forEach(u -> assertEquals(Optional.of(u), read(r -> r.meaningUnit(u.id()))));
        s.codeGroups().forEach(g -> assertEquals(Optional.of(g), read(r -> r.codeGroup(g.id()))));
        s.subgroups().forEach(g -> assertEquals(Optional.of(g), read(r -> r.subgroup(g.id()))));
        s.quotes().forEach(q -> assertEquals(Optional.of(q), read(r -> r.quote(q.id()))));
        s.themes().forEach(x -> assertEquals(Optional.of(x), read(r -> r.theme(x.id()))));
        s.informants().forEach(i -> assertEquals(Optional.of(i), read(r -> r.informant(i.id()))));
        s.transcripts().forEach(x -> assertEquals(Optional.of(x), read(r -> r.transcript(x.id()))));
        s.notes().forEach(n -> assertEquals(Optional.of(n), read(r -> r.note(n.id()))));
        s.sessions().forEach(x -> assertEquals(x.participants(), read(r -> r.participantsOf(x.id()))));
        assertEquals(Optional.empty(), read(r -> r.meaningUnit(java.util.UUID.randomUUID())));
    }

    @Test
    void groupQueriesKeepTheSnapshotsOrder() {
        ProjectSnapshot s = p.snapshot();
        for (CodeGroup g : s.codeGroups()) {
            assertEquals(s.unitsOf(g.id()), read(r -> r.unitsOf(g.id())));
            assertEquals(s.subgroupsOf(g.id()), read(r -> r.subgroupsOf(g.id())));
            assertEquals(s.quotes().stream().filter(q -> q.codeGroupId().equals(g.id())).toList(), read(r -> r.quotesInGroup(g.id())));
        }
        assertEquals(List.of(key.id()), read(r -> r.unitIdsOf(bolig.id(), egen.id())));
        assertEquals(s.quotes().stream().filter(q -> q.meaningUnitId().equals(key.id())).toList(), read(r -> r.quotesFrom(key.id())));
        assertEquals(List.of(bolig.id()), read(r -> r.grownFrom(s.themes().get(0).id(), false)));
        assertEquals(List.of(egen.id()), read(r -> r.grownFrom(s.themes().get(0).id(), true)));
        assertEquals(2L, (long) read(r -> r.unitCountOf(t.id())));
    }

    @Test
    void quoteCountTellsTheGroupsOwnQuotesFromItsSubgroups() {
        assertEquals(1L, (long) read(r -> r.quoteCount(bolig.id(), egen.id())));
        assertEquals(0L, (long) read(r -> r.quoteCount(bolig.id(), null)), "a subgroup's quote is not the group's own");
        assertEquals(2L, (long) read(r -> r.quoteCount(mote.id(), null)));
    }

    @Test
    void codeGroupNamesLeaveOutTheOneBeingRenamed() {
        assertEquals(List.of("Bolig", "Møte med hjelpere"), read(r -> r.codeGroupNames(null)).stream().sorted().toList());
        assertEquals(List.of("Møte med hjelpere"), read(r -> r.codeGroupNames(bolig.id())));
    }

    @Test
    void meaningUnitsAreFoundByIdOrAPrefixOfFourOrMore() {
        String id = key.id().toString();
        assertEquals(List.of(key), read(r -> r.meaningUnitsById(id)));
        assertEquals(List.of(key), read(r -> r.meaningUnitsById(" " + id.substring(0, 8).toUpperCase(Locale.ROOT) + " ")));
        assertEquals(List.of(), read(r -> r.meaningUnitsById(id.substring(0, 3))), "three characters are too few");
        assertEquals(List.of(), read(r -> r.meaningUnitsById("zzzz")));
        assertEquals(List.of(), read(r -> r.meaningUnitsById("")));
        assertEquals(key, p.findMeaningUnit(id.substring(0, 6)));
    }
}
