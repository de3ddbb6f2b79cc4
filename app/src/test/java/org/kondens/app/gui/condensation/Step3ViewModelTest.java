package org.kondens.app.gui.condensation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.app.gui.common.ModelSample.await;

import java.nio.file.Path;
import java.util.ArrayList;
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
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.ModelSample;
import org.kondens.app.gui.common.ScriptedDialogs;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Part;
import org.kondens.core.model.ProjectChange;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Subgroup;

/** Step 3's rules on the sample study, without JavaFX: columns, condensates, subgroups, quotes, refreshing by change. */
class Step3ViewModelTest {

    @TempDir
    Path dir;
    private ModelSample sample;
    private Workbench wb;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Step3ViewModel vm;
    private CodeGroup g;
    private Subgroup first;
    private Subgroup second;

    @BeforeEach
    void open() {
        sample = ModelSample.open(dir);
        wb = sample.wb;
        vm = new Step3ViewModel(wb, dialogs);
        ProjectSnapshot s = wb.snapshot();
        g = s.codeGroups().stream().filter(x -> s.subgroupsOf(x.id()).size() >= 2
                && s.unitsOf(x.id()).stream().anyMatch(u -> u.isIn(x.id(), s.subgroupsOf(x.id()).get(0).id()))).findFirst().orElseThrow();
        vm.chooseGroup(g);
        first = s.subgroupsOf(g.id()).get(0);
        second = s.subgroupsOf(g.id()).get(1);
    }

    @AfterEach
    void close() {
        sample.close();
    }

    private Step3Rows.Column column(UUID subgroup) {
        return vm.columns().stream().filter(c -> java.util.Objects.equals(c.id(), subgroup)).findFirst().orElseThrow();
    }

    private static boolean holds(Step3Rows.Column c, UUID unit) {
        return c.holds(unit);
    }

    private Subgroup stored(UUID id) {
        return wb.snapshot().subgroups().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theColumnsAreTheSubgroupsInOrderThenUnsortedWithTheirUnits() {
        ProjectSnapshot s = wb.snapshot();
        List<UUID> expected = new ArrayList<>(s.subgroupsOf(g.id()).stream().map(Subgroup::id).toList());
        expected.add(null);
        assertEquals(expected, vm.columns().stream().map(Step3Rows.Column::id).toList());
        for (Subgroup sub : s.subgroupsOf(g.id())) {
            assertEquals(s.unitsOf(g.id()).stream().filter(u -> u.isIn(g.id(), sub.id())).toList(), column(sub.id()).units());
        }
        assertEquals(g, vm.groupProperty().get());
        assertEquals(first, vm.subgroupProperty().get(), "the group's first subgroup is chosen");
        assertEquals(first.id(), wb.subgroup.get());
        assertTrue(vm.countsProperty().get().startsWith("(" + s.unitsOf(g.id()).size() + " units"), vm.countsProperty().get());
        assertNull(vm.emptyProperty().get());
    }

    @Test
    void withoutAProjectThereIsNothingToCondenseAndSaysSo() {
        Workbench none = new Workbench(new I18n(Locale.ENGLISH), dir.resolve("cache2"), ModelSample.UI);
        Step3ViewModel empty = new Step3ViewModel(none, dialogs);
        assertEquals("Open a project to condense its code groups.", empty.emptyProperty().get());
        assertTrue(empty.columns().isEmpty());
        assertFalse(empty.canChooseQuoteProperty().get());
    }

    @Test
    void aCondensateWrittenIsSavedAndSurvivesReselectionAndUndo() {
        vm.chooseSubgroup(second.id());
        assertEquals(second.condensate(), vm.condensate());
        AtomicInteger columnChanges = new AtomicInteger();
        vm.columns().addListener((ListChangeListener<Step3Rows.Column>) c -> columnChanges.incrementAndGet());
        await(vm.writeCondensate(second.id(), "Jeg ble møtt som et menneske."));
        assertEquals("Jeg ble møtt som et menneske.", stored(second.id()).condensate(), "saved in the project");
        assertEquals("Jeg ble møtt som et menneske.", vm.condensate());
        assertEquals(0, columnChanges.get(), "typing a condensate redraws no column");

        vm.chooseSubgroup(first.id());
        assertEquals(first.condensate(), vm.condensate());
        assertEquals("Condensate for «" + first.name() + "»", vm.condensateTitleProperty().get());
        vm.chooseSubgroup(second.id());
        assertEquals("Jeg ble møtt som et menneske.", vm.condensate(), "still there when chosen again");

        String undo = wb.undoNameProperty().get();
        await(vm.writeCondensate(second.id(), "Jeg ble møtt som et menneske."));
        assertEquals(undo, wb.undoNameProperty().get(), "the same words are not saved twice");
        await(wb.edit(p -> p.undo()));
        assertEquals(second.condensate(), vm.condensate(), "undo shows the earlier condensate");
    }

    @Test
    void aNewSubgroupIsChosenAndATakenNameIsRefused() {
        Subgroup made = await(vm.addSubgroup("  Venner som holder ut "));
        assertEquals("Venner som holder ut", made.name());
        assertEquals(made, vm.subgroupProperty().get());
        assertEquals(made.id(), vm.columns().get(vm.columns().size() - 2).id(), "its column comes last before Unsorted");
        assertTrue(column(made.id()).units().isEmpty());

        int subgroups = wb.snapshot().subgroupsOf(g.id()).size();
        assertNull(await(vm.addSubgroup(first.name().toUpperCase(Locale.ROOT))));
        assertEquals(List.of("warn: There is already a subgroup named “" + first.name().toUpperCase(Locale.ROOT)
                + "” in this code group; the name was kept."), dialogs.heard);
        assertEquals(subgroups, wb.snapshot().subgroupsOf(g.id()).size());
    }

    @Test
    void renamingASubgroupToATakenNameWarnsAndKeepsTheOldName() {
        assertFalse(await(vm.renameSubgroup(second.id(), first.name())));
        assertEquals(1, dialogs.heard.size());
        assertTrue(dialogs.heard.get(0).startsWith("warn: There is already a subgroup named"), dialogs.heard.get(0));
        assertEquals(second.name(), stored(second.id()).name());
        assertEquals(second.name(), column(second.id()).name());

        assertTrue(await(vm.renameSubgroup(second.id(), "Venner")));
        assertEquals("Venner", column(second.id()).name());
        vm.chooseSubgroup(second.id());
        assertEquals("Condensate for «Venner»", vm.condensateTitleProperty().get());
    }

    @Test
    void movingACardChangesOnlyTheTwoColumnsItLeftAndJoined() {
        MeaningUnit unit = column(first.id()).units().get(0);
        Step3Rows.Column unsortedBefore = column(null);
        List<Step3Rows.Column> replaced = new ArrayList<>();
        vm.columns().addListener((ListChangeListener<Step3Rows.Column>) c -> {
            while (c.next()) {
                replaced.addAll(c.getAddedSubList());
            }
        });

        await(vm.moveUnit(unit.id(), second.id()));

        assertFalse(holds(column(first.id()), unit.id()));
        assertTrue(holds(column(second.id()), unit.id()));
        assertEquals(Set.of(first.id(), second.id()), Set.copyOf(replaced.stream().map(Step3Rows.Column::id).toList()),
                "exactly the two columns were replaced");
        assertSame(unsortedBefore, column(null), "the other columns stay as they were");
        assertEquals(unit.id(), vm.selectedUnit.get(), "the moved card stays chosen");

        await(vm.moveUnit(unit.id(), null));
        assertTrue(holds(column(null), unit.id()), "to Unsorted");
        assertTrue(wb.snapshot().unitsById().get(unit.id()).isIn(g.id(), null));
    }

    @Test
    void deletingASubgroupPutsItsUnitsInUnsortedAndChoosesAnother() {
        vm.chooseSubgroup(first.id());
        List<MeaningUnit> units = column(first.id()).units();
        await(vm.deleteSubgroup(first.id()));
        assertTrue(units.stream().allMatch(u -> holds(column(null), u.id())));
        assertEquals(second.id(), vm.subgroupProperty().get().id());
    }

    @Test
    void chooseQuoteOffersTheCardsSubgroupWithTheCardFirstChosen() {
        MeaningUnit card = column(second.id()).units().get(column(second.id()).units().size() - 1);
        vm.chooseSubgroup(first.id());
        Step3ViewModel.QuoteRequest fromCard = vm.quoteRequest(card.id()).orElseThrow();
        assertEquals(column(second.id()).units(), fromCard.units());
        assertEquals(card, fromCard.preselected());
        assertEquals(second.id(), fromCard.subgroupId());

        Step3ViewModel.QuoteRequest fromButton = vm.quoteRequest(null).orElseThrow();
        assertEquals(first.id(), fromButton.subgroupId(), "the button quotes for the chosen subgroup");
        assertEquals(column(first.id()).units().get(0), fromButton.preselected());
    }

    @Test
    void aNarrowedQuoteIsListedAsEditedAndStarsItsCard() {
        MeaningUnit unit = column(first.id()).units().get(0);
        vm.chooseSubgroup(first.id());
        int before = vm.quotes().size();
        Quote q = await(vm.addQuote(unit.id(), first.id(), unit.start(), unit.start() + 10, "Noe (…) annet", null));
        assertEquals(unit.start() + 10, q.end());
        assertEquals(before + 1, vm.quotes().size());
        Step3Rows.QuoteRow row = vm.quotes().get(before);
        assertEquals("Noe (…) annet", row.quote().displayText());
        assertTrue(row.edited(), "the shown words differ from the interview's");
        assertTrue(column(first.id()).quoted().contains(unit.id()));

        await(vm.removeQuote(q.id()));
        assertEquals(before, vm.quotes().size());
    }

    @Test
    void aSubgroupSplitOffBecomesACodeGroupOfItsOwnWithItsUnits() {
        List<UUID> units = column(second.id()).units().stream().map(MeaningUnit::id).toList();
        dialogs.type(null);
        assertNull(await(vm.splitOff(second.id())), "cancelled: nothing split");
        dialogs.type(g.workingName());
        assertNull(await(vm.splitOff(second.id())), "a taken name: nothing split");
        assertTrue(dialogs.heard.get(dialogs.heard.size() - 1).startsWith("warn: There is already a code group named"));
        assertEquals(2, wb.snapshot().subgroupsOf(g.id()).stream().filter(x -> x.id().equals(first.id()) || x.id().equals(second.id())).count());

        dialogs.type("Vennskap");
        CodeGroup made = await(vm.splitOff(second.id()));
        assertEquals("Vennskap", made.workingName());
        assertEquals(made, vm.groupProperty().get(), "the new group is shown");
        assertEquals(second.id(), vm.columns().get(0).id(), "with the subgroup as its column");
        assertEquals(units, vm.columns().get(0).units().stream().map(MeaningUnit::id).toList());
        assertTrue(wb.snapshot().subgroupsOf(g.id()).stream().noneMatch(x -> x.id().equals(second.id())));
    }

    @Test
    void aChangeThatTouchesOnlyQuotesDoesNotTouchTheGroupList() {
        AtomicInteger groupChanges = new AtomicInteger();
        vm.codeGroups().addListener((ListChangeListener<CodeGroup>) c -> groupChanges.incrementAndGet());
        ProjectSnapshot s = wb.snapshot();
        List<CodeGroup> renamed = s.codeGroups().stream().map(x -> x.id().equals(g.id())
                ? new CodeGroup(x.id(), "Annet navn", x.finalName(), x.description(), x.color(), x.order(), x.analyticIntro(), x.grewFrom())
                : x).toList();
        ProjectSnapshot other = new ProjectSnapshot(s.project(), s.questionHistory(), s.informants(), s.sessions(), s.transcripts(),
                s.turns(), s.notes(), s.themes(), renamed, s.subgroups(), s.meaningUnits(), s.quotes(), s.audit());

        vm.apply(new Workbench.Update(other, new ProjectChange(Set.of(Part.QUOTES), Set.of())));
        assertEquals(0, groupChanges.get(), "a quotes-only change does not look at the groups");
        vm.apply(new Workbench.Update(s, ProjectChange.EVERYTHING));

        MeaningUnit unit = column(first.id()).units().get(0);
        int quotes = vm.quotes().size();
        await(vm.addQuote(unit.id(), first.id(), null, null, "Hele enheten", null));
        assertEquals(0, groupChanges.get(), "adding a quote replaces no row of the group list");
        assertEquals(quotes + 1, vm.quotes().size(), "while the quotes list shows the new quote");
    }
}
