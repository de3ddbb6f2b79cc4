package org.kondens.app.gui.meaningunits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.app.gui.common.ModelSample.await;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.app.gui.common.ModelSample;
import org.kondens.app.gui.common.ScriptedDialogs;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Part;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectChange;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.model.Transcript;

/** Step 2's rules on the sample study, without JavaFX: making, refusing, moving, renaming, merging, refreshing by change. */
class Step2ViewModelTest {

    @TempDir
    Path dir;
    private ModelSample sample;
    private Workbench wb;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Step2ViewModel vm;

    @BeforeEach
    void open() {
        sample = ModelSample.open(dir);
        wb = sample.wb;
        vm = new Step2ViewModel(wb, dialogs);
    }

    @AfterEach
    void close() {
        sample.close();
    }

    private Transcript shownTranscript() {
        return wb.snapshot().transcript(wb.transcript.get()).orElseThrow();
    }

    private Span passage(String words) {
        Transcript tr = shownTranscript();
        int start = tr.text().indexOf(words);
        assertTrue(start >= 0, "the sample says: " + words);
        return new Span(tr.id(), start, start + words.length());
    }

    private int count(UUID rowId) {
        return vm.groups().stream().filter(r -> r.id().equals(rowId)).findFirst().orElseThrow().count();
    }

    private List<UUID> listed() {
        return vm.units().stream().map(r -> r.unit().id()).toList();
    }

    @Test
    void theListsShowTheGroupsWithTheirCountsAndUnsortedAndTheChosenGroupsUnits() {
        ProjectSnapshot s = wb.snapshot();
        assertEquals(s.codeGroups().size() + 1, vm.groups().size(), "every code group and Unsorted");
        CodeGroup first = s.codeGroups().get(0);
        assertEquals(s.unitsOf(first.id()).size(), count(first.id()));
        assertEquals(s.meaningUnits().stream().filter(MeaningUnit::isUnsorted).count(), count(Step2ViewModel.UNSORTED));
        assertEquals(wb.codeGroup.get(), vm.shownProperty().get(), "the group every step works on is shown");
        assertEquals(Set.copyOf(s.unitsOf(wb.codeGroup.get()).stream().map(MeaningUnit::id).toList()), Set.copyOf(listed()));
        assertEquals("Code groups (" + s.codeGroups().size() + ")", vm.groupsTitleProperty().get());

        vm.choose(Step2ViewModel.UNSORTED);
        assertNull(vm.shownGroupProperty().get(), "Unsorted has no colour to change");
        assertTrue(vm.units().stream().allMatch(r -> r.unit().isUnsorted()));
        assertEquals(first.id(), wb.codeGroup.get(), "Unsorted is no code group for the other steps");

        CodeGroup second = s.codeGroups().get(1);
        vm.choose(second.id());
        assertEquals(second.id(), wb.codeGroup.get(), "choosing a group makes it every step's group");
        assertEquals(second, vm.makeUnitChoices().get(0), "Ctrl+M offers the chosen group first");
    }

    @Test
    void aSelectionBecomesAUnitWithoutItsWhiteSpaceInTheGroupTheTypedNameFinds() {
        CodeGroup target = wb.snapshot().codeGroups().get(1);
        int before = count(target.id());
        Span words = passage("Det er litt rart å tenke på.");
        Span loose = new Span(words.transcriptId(), words.start() - 1, words.end() + 1);

        MeaningUnit u = await(vm.makeUnit(loose, target.workingName().toUpperCase(Locale.ROOT)));

        assertEquals(List.of(words.start(), words.end()), List.of(u.start(), u.end()), "white space at the ends is left out");
        assertTrue(u.isIn(target.id()));
        assertEquals(target.id(), vm.shownProperty().get(), "the group that got the unit is shown");
        assertTrue(listed().contains(u.id()));
        assertEquals(u.id(), vm.selectedUnit.get(), "and the new unit is selected in it");
        assertEquals(before + 1, count(target.id()));
    }

    @Test
    void aNameNoGroupHasMakesANewGroupThatGrowsFromTheThemeOfThatName() {
        PreliminaryTheme theme = await(wb.edit(p -> p.addTheme("Nattevakter", "")));
        int groups = wb.snapshot().codeGroups().size();

        MeaningUnit u = await(vm.makeUnit(passage("Langtransport mest."), "nattevakter"));

        CodeGroup made = wb.snapshot().codeGroups().stream().filter(g -> u.isIn(g.id())).findFirst().orElseThrow();
        assertEquals(groups + 1, wb.snapshot().codeGroups().size());
        assertEquals("nattevakter", made.workingName());
        assertEquals(List.of(theme.id()), made.grewFrom(), "the group grew from the preliminary theme of its name");
        assertEquals(made.id(), vm.shownProperty().get());
        assertEquals(1, count(made.id()));
    }

    @Test
    void theSamePassageTwiceInOneGroupIsRefusedWithAMessageAndNothingChanges() {
        ProjectSnapshot s = wb.snapshot();
        CodeGroup g = s.codeGroups().get(0);
        MeaningUnit twin = s.unitsOf(g.id()).get(0);
        String undo = wb.undoNameProperty().get();

        MeaningUnit made = await(vm.makeUnit(new Span(twin.transcriptId(), twin.start(), twin.end()), GroupChoice.existing(g.id())));

        assertNull(made);
        assertEquals(List.of("warn: This passage is already a meaning unit in “" + g.workingName() + "”."), dialogs.heard);
        assertEquals(s.meaningUnits().size(), wb.snapshot().meaningUnits().size(), "no unit was added");
        assertEquals(undo, wb.undoNameProperty().get(), "and nothing was written");
    }

    @Test
    void movingAUnitChangesTheCountsOfBothGroupsAndUndoPutsItBack() {
        ProjectSnapshot s = wb.snapshot();
        CodeGroup from = s.codeGroups().get(0);
        CodeGroup to = s.codeGroups().get(1);
        MeaningUnit u = s.unitsOf(from.id()).stream().filter(x -> !x.isIn(to.id())).findFirst().orElseThrow();
        vm.choose(from.id());
        int fromBefore = count(from.id());
        int toBefore = count(to.id());
        List<UnitRow> staying = vm.units().stream().filter(r -> !r.unit().id().equals(u.id())).toList();

        await(vm.moveUnit(u.id(), from.id(), to.id()));

        MeaningUnit moved = wb.snapshot().unitsById().get(u.id());
        assertFalse(moved.isIn(from.id()));
        assertTrue(moved.isIn(to.id()));
        assertEquals(fromBefore - 1, count(from.id()));
        assertEquals(toBefore + 1, count(to.id()));
        assertFalse(listed().contains(u.id()), "the shown group no longer lists it");
        for (int i = 0; i < staying.size(); i++) {
            assertSame(staying.get(i), vm.units().get(i), "the rows of the units that stayed are not replaced: the list view redraws only what changed");
        }

        await(wb.edit(p -> p.undo()));
        assertEquals(u.memberships(), wb.snapshot().unitsById().get(u.id()).memberships());
        assertEquals(fromBefore, count(from.id()));
        assertTrue(listed().contains(u.id()));
    }

    @Test
    void outOfItsOnlyGroupAUnitIsUnsortedAndFromThereItGoesIntoAGroup() {
        ProjectSnapshot s = wb.snapshot();
        CodeGroup g = s.codeGroups().get(0);
        CodeGroup other = s.codeGroups().get(1);
        MeaningUnit u = s.unitsOf(g.id()).stream().filter(x -> x.memberships().size() == 1).findFirst().orElseThrow();
        int unsorted = count(Step2ViewModel.UNSORTED);

        await(vm.moveUnit(u.id(), g.id(), null));
        assertTrue(wb.snapshot().unitsById().get(u.id()).isUnsorted());
        assertEquals(unsorted + 1, count(Step2ViewModel.UNSORTED));

        await(vm.moveUnit(u.id(), null, other.id()));
        assertTrue(wb.snapshot().unitsById().get(u.id()).isIn(other.id()));
        assertEquals(unsorted, count(Step2ViewModel.UNSORTED));
    }

    @Test
    void renamingToATakenNameWarnsAndKeepsTheOldName() {
        ProjectSnapshot s = wb.snapshot();
        CodeGroup g = s.codeGroups().get(0);
        CodeGroup other = s.codeGroups().get(1);

        assertFalse(await(vm.renameGroup(g.id(), " " + other.workingName().toLowerCase(Locale.ROOT) + " ")));

        assertEquals(List.of("warn: There is already a code group named “" + other.workingName().toLowerCase(Locale.ROOT)
                + "”; the name was kept."), dialogs.heard);
        assertEquals(g.workingName(), wb.snapshot().codeGroups().get(0).workingName());
        assertEquals(g, vm.groups().get(0).group(), "the list shows the old name");

        assertTrue(await(vm.renameGroup(g.id(), "Trygghet i hverdagen")));
        assertEquals("Trygghet i hverdagen", vm.groups().get(0).group().workingName(), "a free name is taken at once");
        assertTrue(vm.unitsTitleProperty().get().contains("Trygghet i hverdagen"), vm.unitsTitleProperty().get());
    }

    @Test
    void mergingShowsTheTargetWithTheUnitsOfBoth() {
        ProjectSnapshot s = wb.snapshot();
        CodeGroup source = s.codeGroups().get(0);
        CodeGroup target = s.codeGroups().get(1);
        Set<UUID> both = new java.util.HashSet<>();
        s.unitsOf(source.id()).forEach(u -> both.add(u.id()));
        s.unitsOf(target.id()).forEach(u -> both.add(u.id()));
        vm.choose(source.id());

        await(vm.merge(source.id(), target.id()));

        assertEquals(target.id(), vm.shownProperty().get());
        assertEquals(target.id(), wb.codeGroup.get());
        assertTrue(vm.groups().stream().noneMatch(r -> r.id().equals(source.id())), "the merged group is gone from the list");
        assertEquals(both.size(), count(target.id()));
        assertEquals(both, Set.copyOf(listed()));
    }

    @Test
    void whenTheShownGroupIsDeletedTheFirstGroupIsShown() {
        ProjectSnapshot s = wb.snapshot();
        CodeGroup second = s.codeGroups().get(1);
        vm.choose(second.id());
        await(vm.deleteGroup(second.id()));
        assertEquals(s.codeGroups().get(0).id(), vm.shownProperty().get());
        assertEquals(s.codeGroups().get(0).id(), wb.codeGroup.get());
    }

    @Test
    void aNewGroupIsChosenAndATakenNameIsRefused() {
        CodeGroup made = await(vm.addGroup("  Tillit  "));
        assertEquals("Tillit", made.workingName());
        assertEquals(made.id(), vm.shownProperty().get());
        assertEquals(0, count(made.id()));

        assertNull(await(vm.addGroup("TILLIT")));
        assertEquals(List.of("warn: There is already a code group named “TILLIT”; the name was kept."), dialogs.heard);
    }

    @Test
    void themesAlreadyNamedLikeAGroupAreOfferedButNotFree() {
        PreliminaryTheme fresh = await(wb.edit(p -> p.addTheme("Nattevakter", "")));
        var offer = vm.themeOffers().stream().filter(o -> o.themeId().equals(fresh.id())).findFirst().orElseThrow();
        assertTrue(offer.free());
        assertFalse(offer.used());

        List<CodeGroup> made = await(vm.groupsFromThemes(List.of(fresh.id())));
        assertEquals(made.get(0).id(), vm.shownProperty().get());
        var after = vm.themeOffers().stream().filter(o -> o.themeId().equals(fresh.id())).findFirst().orElseThrow();
        assertFalse(after.free(), "a second group of that name is not offered");
        assertTrue(after.used());
    }

    @Test
    void ctrlMOffersThePreliminaryThemesThatHaveNoGroupOfTheirName() {
        PreliminaryTheme fresh = await(wb.edit(p -> p.addTheme("Nattevakter", "")));
        String taken = wb.snapshot().codeGroups().get(0).workingName();
        await(wb.edit(p -> p.addTheme(taken.toUpperCase(Locale.ROOT), "")));
        assertTrue(vm.freeThemeNames().contains(fresh.name()));
        assertFalse(vm.freeThemeNames().contains(taken.toUpperCase(Locale.ROOT)), "a theme named like a group is that group already");

        List<Object> offered = GroupChoice.offers(vm.makeUnitChoices(), vm.freeThemeNames(), "natt");
        assertEquals(List.of(new GroupChoice.FromTheme("Nattevakter"), "natt"), offered);
    }

    @Test
    void aChangeThatTouchesOnlyQuotesLeavesTheListsAlone() {
        AtomicInteger groupChanges = new AtomicInteger();
        AtomicInteger unitChanges = new AtomicInteger();
        vm.groups().addListener((ListChangeListener<Step2ViewModel.GroupRow>) c -> groupChanges.incrementAndGet());
        vm.units().addListener((ListChangeListener<UnitRow>) c -> unitChanges.incrementAndGet());
        ProjectSnapshot s = wb.snapshot();
        CodeGroup g = s.codeGroups().get(0);

        // A snapshot in which a group was renamed, announced as a quotes-only change: the lists are not looked at.
        vm.apply(new Workbench.Update(withName(s, g, "Annet navn"), new ProjectChange(Set.of(Part.QUOTES), Set.of())));
        assertEquals(0, groupChanges.get(), "a quotes-only change does not touch the group list");
        assertEquals(0, unitChanges.get());
        assertEquals(g.workingName(), vm.groups().get(0).group().workingName());

        // The same rename announced as a code-group change replaces exactly that row.
        vm.apply(new Workbench.Update(withName(s, g, "Annet navn"), new ProjectChange(Set.of(Part.CODE_GROUPS), Set.of(g.id()))));
        assertEquals(1, groupChanges.get(), "one row replaced, the list not rebuilt");
        assertEquals("Annet navn", vm.groups().get(0).group().workingName());
        vm.apply(new Workbench.Update(s, ProjectChange.EVERYTHING));
        groupChanges.set(0);
        unitChanges.set(0);

        // A real edit that changes no count or name (a quote) leaves every row as it was.
        MeaningUnit u = s.unitsOf(g.id()).get(0);
        await(wb.edit(p -> p.addQuote(u.id(), g.id(), null, null, null, "sitat", null)));
        assertEquals(0, groupChanges.get(), "no row of the group list was replaced");
        assertEquals(0, unitChanges.get());
    }

    private static ProjectSnapshot withName(ProjectSnapshot s, CodeGroup g, String name) {
        List<CodeGroup> groups = s.codeGroups().stream().map(x -> x.id().equals(g.id())
                ? new CodeGroup(x.id(), name, x.finalName(), x.description(), x.color(), x.order(), x.analyticIntro(), x.grewFrom()) : x)
                .toList();
        return new ProjectSnapshot(s.project(), s.questionHistory(), s.informants(), s.sessions(), s.transcripts(), s.turns(), s.notes(),
                s.themes(), groups, s.subgroups(), s.meaningUnits(), s.quotes(), s.audit());
    }
}
