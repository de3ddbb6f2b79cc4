package org.kondens.app.gui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.app.gui.common.ModelSample;
import org.kondens.app.gui.common.ScriptedDialogs;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Part;
import org.kondens.core.model.ProjectChange;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.search.SearchFilter;
import org.kondens.core.search.SearchHit;
import org.kondens.core.search.SearchResult;

/** Search's rules on the sample study, without JavaFX: query, filters, counts, and hits becoming meaning units. */
class SearchViewModelTest {

    @TempDir
    Path dir;

    private static SearchResult settled(SearchViewModel vm) {
        return ModelSample.await(vm.lastRun());
    }

    private static boolean overlaps(MeaningUnit u, SearchHit h) {
        return u.transcriptId().equals(h.transcriptId()) && h.start() < u.end() && h.end() > u.start();
    }

    @Test
    void aQueryFindsTheWordInEveryInflectionAndCountsPassagesPerInformant() {
        try (ModelSample sample = ModelSample.open(dir)) {
            SearchViewModel vm = new SearchViewModel(sample.wb, new ScriptedDialogs());
            SearchResult r = ModelSample.await(vm.search("bolig"));
            assertTrue(r.passages() > 0);
            assertEquals(r.hits(), vm.hits());
            Set<String> forms = vm.hits().stream().map(h -> h.match().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            assertTrue(forms.size() > 1, "inflections are found too: " + forms);
            assertTrue(vm.summaryProperty().get().startsWith(r.passages() + " passage"), vm.summaryProperty().get());
            assertEquals(r.perInformant().size(), vm.perInformant().size());
            assertEquals(r.perInformant().values().stream().mapToInt(Integer::intValue).sum(),
                    vm.perInformant().stream().mapToInt(SearchViewModel.Count::passages).sum());
            assertEquals(1.0, vm.perInformant().stream().mapToDouble(SearchViewModel.Count::share).max().orElse(0), 1e-9,
                    "the largest count fills its bar");
            assertTrue(vm.perInformant().stream().noneMatch(c -> c.name().isBlank()), "text outside speaker turns is named");
            assertNull(vm.errorProperty().get());
        }
    }

    @Test
    void aSyntaxErrorIsOneSentenceAndTheLastGoodHitsStay() {
        try (ModelSample sample = ModelSample.open(dir)) {
            SearchViewModel vm = new SearchViewModel(sample.wb, new ScriptedDialogs());
            ModelSample.await(vm.search("bolig"));
            List<SearchHit> shown = List.copyOf(vm.hits());
            assertNull(ModelSample.await(vm.search("(bolig eller")));
            assertEquals("“eller” needs a word after it.", vm.errorProperty().get());
            assertNull(ModelSample.await(vm.search("\"egen bolig")));
            assertEquals("A quote is not closed: add \" after the phrase.", vm.errorProperty().get());
            assertEquals(shown, vm.hits());
            ModelSample.await(vm.search("bolig"));
            assertNull(vm.errorProperty().get(), "a good query clears the message");
        }
    }

    @Test
    void theFiltersNarrowTheSearchAndRunItAgain() {
        try (ModelSample sample = ModelSample.open(dir)) {
            ProjectSnapshot s = sample.wb.snapshot();
            SearchViewModel vm = new SearchViewModel(sample.wb, new ScriptedDialogs());
            SearchResult all = ModelSample.await(vm.search("ensomhet"));

            vm.uncoded.set(true);
            SearchResult uncoded = settled(vm);
            assertTrue(uncoded.passages() < all.passages(), uncoded.passages() + " < " + all.passages());
            assertEquals(uncoded.hits(), vm.hits());
            for (SearchHit h : uncoded.hits()) {
                assertTrue(s.meaningUnits().stream().noneMatch(u -> overlaps(u, h)), "hit " + h.match() + " lies in a meaning unit");
            }
            vm.uncoded.set(false);
            settled(vm);

            Informant one = s.informants().get(0);
            vm.informant.set(vm.informants.stream().filter(c -> one.id().equals(c.id())).findFirst().orElseThrow());
            SearchResult hers = settled(vm);
            assertTrue(hers.hits().stream().allMatch(h -> one.id().equals(h.informantId())));
            assertEquals(SearchFilter.NONE.withInformants(Set.of(one.id())), vm.filter());
            vm.role.set(vm.roles.get(2));
            assertEquals(SearchFilter.NONE.withInformants(Set.of(one.id())).withRole(SpeakerRole.INTERVIEWER), vm.filter());
        }
    }

    @Test
    void theSubgroupFilterOpensWithACodeGroupAndUncodedTextClosesBoth() {
        try (ModelSample sample = ModelSample.open(dir)) {
            ProjectSnapshot s = sample.wb.snapshot();
            SearchViewModel vm = new SearchViewModel(sample.wb, new ScriptedDialogs());
            assertEquals(s.codeGroups().size() + 1, vm.groups.size(), "all groups, then each");
            assertFalse(vm.subgroupOpen().get());
            assertEquals(1, vm.subgroups.size());
            CodeGroup g = s.codeGroups().get(0);
            vm.group.set(vm.groups.get(1));
            assertTrue(vm.subgroupOpen().get());
            assertEquals(s.subgroupsOf(g.id()).size() + 1, vm.subgroups.size());
            vm.subgroup.set(vm.subgroups.get(1));
            assertEquals(SearchFilter.NONE.inCodeGroup(g.id(), s.subgroupsOf(g.id()).get(0).id()), vm.filter());
            vm.uncoded.set(true);
            assertFalse(vm.subgroupOpen().get());
            assertEquals(SearchFilter.NONE.uncoded(true), vm.filter(), "uncoded text is in no group");
        }
    }

    /** Issue 16, item 3: deeper codes kept from another tool can be chosen below the subgroup, and narrow the search. */
    @Test
    void aDeeperCodeKeptOnUnitsNarrowsTheSearch() {
        try (ModelSample sample = ModelSample.open(dir)) {
            ProjectSnapshot s = sample.wb.snapshot();
            MeaningUnit unit = s.meaningUnits().stream().filter(u -> !u.memberships().isEmpty() && u.memberships().get(0).subgroupId() != null)
                    .findFirst().orElseThrow();
            CodeGroup g = s.codeGroups().stream().filter(x -> x.id().equals(unit.memberships().get(0).codeGroupId())).findFirst().orElseThrow();
            String sub = s.subgroups().stream().filter(x -> x.id().equals(unit.memberships().get(0).subgroupId())).findFirst().orElseThrow().name();
            SearchViewModel vm = new SearchViewModel(sample.wb, new ScriptedDialogs());
            vm.group.set(vm.groups.stream().filter(c -> g.id().equals(c.id())).findFirst().orElseThrow());
            assertEquals(1, vm.codePaths.size(), "no deeper codes in the sample: only \"all\"");

            ModelSample.await(sample.wb.editVoid(p -> p.setMeaningUnitNote(unit.id(),
                    "code: " + g.workingName() + " › " + sub + " › Fra ansatte › Fra leger\n\n" + unit.note())));
            assertEquals(List.of("All deeper codes", sub + " › Fra ansatte › Fra leger"),
                    vm.codePaths.stream().map(SearchViewModel.Choice::label).toList(), "filled again when units change");
            vm.codePath.set(vm.codePaths.get(1));
            assertEquals(SearchFilter.NONE.inCodeGroup(g.id(), null).withCodePath(sub + " › Fra ansatte › Fra leger"), vm.filter());

            String word = sample.wb.snapshot().textOf(unit).split("[^\\p{L}]+")[1];
            SearchResult r = ModelSample.await(vm.search(word));
            assertTrue(r.hits().size() > 0, "the unit's own word is found: " + word);
            assertTrue(r.hits().stream().allMatch(h -> overlaps(unit, h)), "only inside the unit with that path");
        }
    }

    @Test
    void aHitBecomesAMeaningUnitInTheChosenGroupAndTheSearchRunsAgain() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            SearchViewModel vm = new SearchViewModel(wb, new ScriptedDialogs());
            vm.uncoded.set(true);
            SearchResult uncoded = ModelSample.await(vm.search("bolig"));
            SearchHit hit = uncoded.hits().get(0);
            CodeGroup target = vm.unitGroups().get(0);

            MeaningUnit made = ModelSample.await(vm.makeMeaningUnit(hit, target.id()));
            assertEquals(hit.sentence().transcriptId(), made.transcriptId());
            assertEquals(hit.sentence().start(), made.start());
            assertEquals(hit.sentence().end(), made.end());
            assertTrue(made.isIn(target.id()));
            assertTrue(vm.feedbackProperty().get().contains(target.workingName()));
            SearchResult again = settled(vm);
            assertTrue(again.hits().stream().noneMatch(h -> h.transcriptId().equals(hit.transcriptId()) && h.start() == hit.start()),
                    "the new unit's passage is no longer uncoded");
        }
    }

    @Test
    void aHitCanStartANewCodeGroupAndCancellingMakesNothing() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            ScriptedDialogs dialogs = new ScriptedDialogs();
            SearchViewModel vm = new SearchViewModel(wb, dialogs);
            SearchHit hit = ModelSample.await(vm.search("ensomhet")).hits().get(0);
            ProjectSnapshot before = wb.snapshot();
            dialogs.type(null);
            assertNull(ModelSample.await(vm.makeMeaningUnitInNewGroup(hit)));
            assertSame(before, wb.snapshot());

            dialogs.type("Ensomhet i hverdagen");
            MeaningUnit made = ModelSample.await(vm.makeMeaningUnitInNewGroup(hit));
            CodeGroup fresh = wb.snapshot().codeGroups().stream().filter(g -> g.workingName().equals("Ensomhet i hverdagen"))
                    .findFirst().orElseThrow();
            assertTrue(made.isIn(fresh.id()));
            assertEquals(hit.sentence().start(), made.start());
            assertTrue(vm.groups.stream().anyMatch(c -> fresh.id().equals(c.id())), "the filter offers the new group");
            assertEquals("Add meaning unit", wb.undoNameProperty().get().split(":")[0], "one undo step for both");
        }
    }

    @Test
    void aChangeOfWhatSearchDoesNotShowLeavesItAlone() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            SearchViewModel vm = new SearchViewModel(wb, new ScriptedDialogs());
            ModelSample.await(vm.search("bolig"));
            ModelSample.await(wb.edit(p -> p.addTheme("Tillit", "")));
            settled(vm);
            var run = vm.lastRun();
            List<SearchViewModel.Choice> informants = List.copyOf(vm.informants);
            vm.apply(new Workbench.Update(wb.snapshot(), new ProjectChange(Set.of(Part.THEMES, Part.NOTES), Set.of())));
            assertSame(run, vm.lastRun(), "no search runs again");
            assertEquals(informants, vm.informants);

            UUID id = wb.snapshot().informants().get(0).id();
            ModelSample.await(wb.editVoid(p -> p.renameInformant(id, "Informant Z")));
            assertTrue(vm.informants.stream().anyMatch(c -> c.label().equals("Informant Z")), "a renamed informant is offered so");
            assertFalse(run == vm.lastRun(), "and the search runs again with the new name");
        }
    }

    /** Issue 17: the first page comes with the exact counts; the list grows a page at a time as it is scrolled. */
    @Test
    void theListGrowsAPageAtATimeUntilEveryPassageIsListed() {
        try (ModelSample sample = ModelSample.open(dir)) {
            SearchViewModel vm = new SearchViewModel(sample.wb, new ScriptedDialogs(), 3);
            SearchResult all = ModelSample.await(sample.wb.search("bolig", SearchFilter.NONE, 0, 10_000));
            assertTrue(all.passages() > 6, "several pages: " + all.passages());

            SearchResult first = ModelSample.await(vm.search("bolig"));
            assertEquals(3, first.pagePassages());
            assertTrue(first.truncated());
            assertEquals(all.passages(), first.passages(), "the exact count with the first page");
            assertEquals(all.perInformant(), first.perInformant());
            assertTrue(vm.summaryProperty().get().contains("first 3 passages"), vm.summaryProperty().get());
            int pages = 1;
            while (vm.resultProperty().get().truncated()) {
                SearchResult more = ModelSample.await(vm.more());
                assertEquals(more.hits(), vm.hits(), "the page's lines added to the list");
                assertEquals(Math.min(all.passages(), 3 * ++pages), more.nextOffset());
            }
            assertEquals(all.hits(), vm.hits(), "every line once, in transcript order");
            assertEquals((all.passages() + 2) / 3, pages);
            assertNull(ModelSample.await(vm.more()), "nothing more to fetch");
            assertFalse(vm.summaryProperty().get().contains("first"), vm.summaryProperty().get());

            ModelSample.await(vm.search("bolig"));
            assertEquals(first.hits(), vm.hits(), "a new search starts at the first page");
            ModelSample.await(vm.more());
            var pending = vm.more();
            SearchResult other = ModelSample.await(vm.search("ensomhet"));
            ModelSample.await(pending);
            assertEquals(other.hits(), vm.hits(), "a page of an older search never joins a newer one's list");
        }
    }

    /** Issue 17: an edit runs the search again only when it can change what the search found. */
    @Test
    void anEditRunsTheSearchAgainOnlyWhenItCanChangeWhatWasFound() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            SearchViewModel vm = new SearchViewModel(wb, new ScriptedDialogs());
            ModelSample.await(vm.search("bolig"));
            var run = vm.lastRun();
            MeaningUnit unit = wb.snapshot().meaningUnits().get(0);
            ModelSample.await(wb.editVoid(p -> p.setMeaningUnitNote(unit.id(), "Ny merknad")));
            assertSame(run, vm.lastRun(), "without a unit filter, meaning units cannot change the hits");
            vm.apply(update(wb, Part.MEANING_UNITS, Part.CODE_GROUPS, Part.SUBGROUPS));
            assertSame(run, vm.lastRun());
            vm.apply(update(wb, Part.SESSIONS));
            assertFalse(run == vm.lastRun(), "sessions (and transcripts, informants) always can");
            settled(vm);

            vm.uncoded.set(true);
            settled(vm);
            run = vm.lastRun();
            vm.apply(update(wb, Part.CODE_GROUPS));
            assertFalse(run == vm.lastRun(), "with \"uncoded only\", they can");
            settled(vm);
            run = vm.lastRun();
            ModelSample.await(wb.editVoid(p -> p.setMeaningUnitNote(unit.id(), "Enda en merknad")));
            assertFalse(run == vm.lastRun());
            settled(vm);

            vm.uncoded.set(false);
            vm.group.set(vm.groups.get(1));
            settled(vm);
            run = vm.lastRun();
            vm.apply(update(wb, Part.MEANING_UNITS));
            assertFalse(run == vm.lastRun(), "inside a code group, they can");
            settled(vm);
        }
    }

    private static Workbench.Update update(Workbench wb, Part... parts) {
        return new Workbench.Update(wb.snapshot(), new ProjectChange(Set.of(parts), Set.of()));
    }
}
