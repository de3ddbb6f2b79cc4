package org.kondens.app.gui.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.app.gui.common.ModelSample;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Part;
import org.kondens.core.model.ProjectChange;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;
import org.kondens.core.stc.UnitInContext;

/** Step 4's rules on the sample study, without JavaFX: the shared group, its sections, recontextualisation, the texts saved. */
class Step4ViewModelTest {

    @TempDir
    Path dir;

    private static List<MeaningUnit> unitsIn(ProjectSnapshot s, CodeGroup g, Subgroup sub) {
        return s.unitsOf(g.id()).stream().filter(u -> u.isIn(g.id(), sub.id())).toList();
    }

    @Test
    void eachSubgroupOfTheSharedGroupHasASectionWithItsCounts() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            Step4ViewModel vm = new Step4ViewModel(wb);
            ProjectSnapshot s = wb.snapshot();
            for (CodeGroup g : s.codeGroups()) {
                wb.codeGroup.set(g.id());
                assertEquals(g, vm.groupProperty().get());
                assertEquals(s.subgroupsOf(g.id()), vm.sections().stream().map(Step4ViewModel.Section::subgroup).toList());
                for (Step4ViewModel.Section section : vm.sections()) {
                    List<MeaningUnit> units = unitsIn(s, g, section.subgroup());
                    assertEquals(units.size(), section.units());
                    assertEquals(units.stream().map(MeaningUnit::informantId).filter(Objects::nonNull).distinct().count(), section.informants());
                    assertEquals(s.quotesOf(g.id(), section.subgroup().id()).size(), section.quotes().size());
                }
                assertEquals(g.grewFrom().size(), vm.grewFrom().size(), "the path starts at the themes the group grew from");
            }
            assertNull(vm.emptyTextProperty().get());
        }
    }

    @Test
    void recontextualisationShowsTheChosenSubgroupsUnitsAndLeadsToTheInterview() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            Step4ViewModel vm = new Step4ViewModel(wb);
            ProjectSnapshot s = wb.snapshot();
            CodeGroup g = vm.groupProperty().get();
            List<Subgroup> subs = s.subgroupsOf(g.id());
            assertEquals(subs.get(0), vm.subgroupProperty().get(), "none chosen: the group's first");
            vm.chooseSubgroup(subs.get(1).id());
            assertEquals(subs.get(1).id(), wb.subgroup.get());
            List<MeaningUnit> units = unitsIn(s, g, subs.get(1));
            assertEquals(units, vm.context().stream().map(Step4ViewModel.Context::unit).toList());
            assertTrue(vm.contextTitleProperty().get().contains(subs.get(1).name()));
            ModelSample.await(wb.call(() -> null)); // the words in their turns are read on the project thread, before this
            assertEquals(units.size(), vm.contextWords().size());
            for (MeaningUnit u : units) {
                UnitInContext words = vm.contextWords().get(new Span(u.transcriptId(), u.start(), u.end()));
                assertEquals(s.textOf(u), words.words());
                assertTrue(words.before().length() + words.after().length() > 0, "with the turns around it");
            }
            Step4ViewModel.Context c = vm.context().get(0);
            assertTrue(c.where().contains(s.transcript(c.unit().transcriptId()).orElseThrow().title()));

            vm.reveal(c);
            assertEquals(new Span(c.unit().transcriptId(), c.unit().start(), c.unit().end()), wb.reveal.get());
            assertEquals(c.unit().transcriptId(), wb.transcript.get());

            // A subgroup of another group is no choice here: the shown group's first is taken.
            CodeGroup other = s.codeGroups().get(1);
            wb.codeGroup.set(other.id());
            assertEquals(s.subgroupsOf(other.id()).isEmpty() ? null : s.subgroupsOf(other.id()).get(0), vm.subgroupProperty().get());
        }
    }

    @Test
    void theFinalNameAndTheAnalyticTextsAreSavedAndABlankFinalNameFallsBackToTheWorkingName() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            Step4ViewModel vm = new Step4ViewModel(wb);
            CodeGroup g = vm.groupProperty().get();
            ModelSample.await(vm.setFinalName(g.id(), "Et hjem å bygge på"));
            assertEquals("Et hjem å bygge på", vm.groupProperty().get().finalName());
            ModelSample.await(vm.setFinalName(g.id(), "  "));
            assertNull(vm.groupProperty().get().finalName());
            ModelSample.await(vm.setIntro(g.id(), "Boligen var forutsetningen."));
            assertEquals("Boligen var forutsetningen.", vm.groupProperty().get().analyticIntro());
            Subgroup sub = vm.sections().get(0).subgroup();
            ModelSample.await(vm.setAnalyticText(sub.id(), "Flere deltakere beskrev nøkkelen som et vendepunkt."));
            assertEquals("Flere deltakere beskrev nøkkelen som et vendepunkt.", vm.sections().get(0).subgroup().analyticText());
        }
    }

    @Test
    void textTypedForASubgroupThatIsGoneIsNotSaved() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            Step4ViewModel vm = new Step4ViewModel(wb);
            Subgroup sub = vm.sections().get(0).subgroup();
            ModelSample.await(wb.editVoid(p -> p.deleteSubgroup(sub.id())));
            assertTrue(vm.sections().stream().noneMatch(x -> x.subgroup().id().equals(sub.id())), "its section is gone");
            ProjectSnapshot before = wb.snapshot();
            ModelSample.await(vm.setAnalyticText(sub.id(), "for sent"));
            assertSame(before, wb.snapshot(), "no edit, no error");
        }
    }

    @Test
    void aDeletedGroupGivesWayToTheFirstAndNoGroupsSaysSo() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            Step4ViewModel vm = new Step4ViewModel(wb);
            List<CodeGroup> groups = wb.snapshot().codeGroups();
            wb.codeGroup.set(groups.get(1).id());
            ModelSample.await(wb.editVoid(p -> p.deleteCodeGroup(groups.get(1).id())));
            assertEquals(groups.get(0).id(), vm.groupProperty().get().id());
            assertEquals(groups.get(0).id(), wb.codeGroup.get(), "the steps share the group shown");
            for (CodeGroup g : wb.snapshot().codeGroups()) {
                ModelSample.await(wb.editVoid(p -> p.deleteCodeGroup(g.id())));
            }
            assertNull(vm.groupProperty().get());
            assertEquals(wb.text().get("step4.empty.noGroups"), vm.emptyTextProperty().get());
        }
    }

    @Test
    void aChangeOfWhatStepFourDoesNotShowLeavesItAlone() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            Step4ViewModel vm = new Step4ViewModel(wb);
            ProjectSnapshot old = wb.snapshot();
            Subgroup sub = vm.sections().get(0).subgroup();
            ModelSample.await(vm.setAnalyticText(sub.id(), "Ny analytisk tekst"));
            List<Step4ViewModel.Section> sections = List.copyOf(vm.sections());
            List<Step4ViewModel.Context> context = List.copyOf(vm.context());

            vm.apply(new Workbench.Update(old, new ProjectChange(Set.of(Part.NOTES, Part.SESSIONS), Set.of())));
            assertEquals(sections, vm.sections());
            assertEquals(context, vm.context());
            vm.apply(new Workbench.Update(old, new ProjectChange(Set.of(Part.SUBGROUPS), Set.of())));
            assertEquals(sub.analyticText(), vm.sections().get(0).subgroup().analyticText(), "a subgroup change is shown");
        }
    }
}
