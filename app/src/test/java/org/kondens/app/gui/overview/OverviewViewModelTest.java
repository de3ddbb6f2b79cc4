package org.kondens.app.gui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.ModelSample;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.Informant;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Part;
import org.kondens.core.model.ProjectChange;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;
import org.kondens.core.stc.Hint;

/** The overview's rules on the sample study, without JavaFX: the matrix's counts, the chosen cell, the hints, refresh by part. */
class OverviewViewModelTest {

    @TempDir
    Path dir;

    private static OverviewMatrix.Row row(OverviewViewModel vm, Subgroup sub) {
        return vm.matrixProperty().get().rows().stream().filter(r -> sub.id().equals(r.subgroupId())).findFirst().orElseThrow();
    }

    private static int column(OverviewViewModel vm, UUID informant) {
        List<Informant> informants = vm.matrixProperty().get().informants();
        for (int i = 0; i < informants.size(); i++) {
            if (informants.get(i).id().equals(informant)) {
                return i;
            }
        }
        throw new AssertionError("no column for " + informant);
    }

    private static long count(List<MeaningUnit> units, Informant who) {
        return units.stream().filter(u -> who.id().equals(u.informantId())).count();
    }

    @Test
    void breadthWordingFollowsNOfN() {
        I18n en = new I18n(Locale.ENGLISH);
        assertEquals("all of the informants", en.get(OverviewMatrix.breadthKey(7, 7)));
        assertEquals("several of the informants", en.get(OverviewMatrix.breadthKey(3, 7)));
        assertEquals("one of the informants", en.get(OverviewMatrix.breadthKey(1, 7)));
        assertEquals("none of the informants yet", en.get(OverviewMatrix.breadthKey(0, 7)));
        I18n nb = new I18n(I18n.NORWEGIAN);
        assertEquals("alle informantene", nb.get(OverviewMatrix.breadthKey(4, 4)));
        assertEquals("flere av informantene", nb.get(OverviewMatrix.breadthKey(2, 4)));
        assertEquals("én av informantene", nb.get(OverviewMatrix.breadthKey(1, 4)));
    }

    @Test
    void theMatrixCountsEachGroupsAndSubgroupsUnitsPerInformant() {
        try (ModelSample sample = ModelSample.open(dir)) {
            OverviewViewModel vm = new OverviewViewModel(sample.wb);
            ProjectSnapshot s = sample.wb.snapshot();
            OverviewMatrix m = vm.matrixProperty().get();
            assertEquals(s.informants(), m.informants());
            assertEquals(s.codeGroups().size(), m.rows().stream().filter(r -> r.kind() == OverviewMatrix.Kind.GROUP).count());
            assertEquals(s.subgroups().size(), m.rows().stream().filter(r -> r.kind() == OverviewMatrix.Kind.SUBGROUP).count());
            long max = 0;
            for (CodeGroup g : s.codeGroups()) {
                OverviewMatrix.Row total = m.rows().stream().filter(r -> r.kind() == OverviewMatrix.Kind.GROUP && r.groupId().equals(g.id()))
                        .findFirst().orElseThrow();
                for (Informant who : s.informants()) {
                    assertEquals(count(s.unitsOf(g.id()), who), total.counts().get(column(vm, who.id())), g.workingName());
                }
                for (Subgroup sub : s.subgroupsOf(g.id())) {
                    List<MeaningUnit> units = s.meaningUnits().stream().filter(u -> u.isIn(g.id(), sub.id())).toList();
                    OverviewMatrix.Row r = row(vm, sub);
                    for (Informant who : s.informants()) {
                        assertEquals(count(units, who), r.counts().get(column(vm, who.id())), sub.name() + " / " + who.label());
                        max = Math.max(max, count(units, who));
                    }
                    long contributing = units.stream().map(MeaningUnit::informantId).filter(Objects::nonNull).distinct().count();
                    assertEquals(contributing, r.supported());
                    assertTrue(vm.support(r).startsWith(contributing + " of " + s.informants().size() + " · "), vm.support(r));
                }
            }
            assertTrue(m.max() >= max, "the darkest shade is the fullest cell");
            assertTrue(m.max() > 0);
            // The totals per step count the sample's units.
            assertTrue(vm.steps().get(1).lines().contains(sample.wb.text().get("overview.count.units", s.meaningUnits().size())));
            assertEquals(s.project().title(), vm.projectTitleProperty().get());
            assertTrue(vm.openProperty().get());
        }
    }

    @Test
    void movingAUnitChangesItsTwoCellsAndNothingElse() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            OverviewViewModel vm = new OverviewViewModel(wb);
            ProjectSnapshot s = wb.snapshot();
            MeaningUnit unit = s.meaningUnits().stream().filter(u -> u.informantId() != null && !u.isUnsorted()
                    && u.memberships().get(0).subgroupId() != null).findFirst().orElseThrow();
            UUID group = unit.memberships().get(0).codeGroupId();
            Subgroup from = s.subgroups().stream().filter(x -> x.id().equals(unit.memberships().get(0).subgroupId())).findFirst().orElseThrow();
            Subgroup to = s.subgroupsOf(group).stream().filter(x -> !x.id().equals(from.id()) && !unit.isIn(group, x.id()))
                    .findFirst().orElseThrow();
            int col = column(vm, unit.informantId());
            OverviewMatrix before = vm.matrixProperty().get();
            long fromCount = row(vm, from).counts().get(col);
            long toCount = row(vm, to).counts().get(col);

            ModelSample.await(wb.editVoid(p -> p.assignMeaningUnit(unit.id(), group, to.id())));

            OverviewMatrix after = vm.matrixProperty().get();
            assertEquals(fromCount - 1, row(vm, from).counts().get(col));
            assertEquals(toCount + 1, row(vm, to).counts().get(col));
            int changed = 0;
            for (int r = 0; r < before.rows().size(); r++) {
                for (int i = 0; i < before.informants().size(); i++) {
                    changed += before.rows().get(r).counts().get(i).equals(after.rows().get(r).counts().get(i)) ? 0 : 1;
                }
            }
            assertEquals(2, changed, "the group's total stays; only the two subgroup cells change");
        }
    }

    @Test
    void aChosenCellListsItsUnitsAndLeadsToTheInterview() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            OverviewViewModel vm = new OverviewViewModel(wb);
            ProjectSnapshot s = wb.snapshot();
            assertNull(vm.chosenProperty().get());
            Subgroup sub = s.subgroups().stream().filter(x -> s.meaningUnits().stream()
                    .anyMatch(u -> u.isIn(x.codeGroupId(), x.id()) && u.informantId() != null)).findFirst().orElseThrow();
            MeaningUnit unit = s.meaningUnits().stream().filter(u -> u.isIn(sub.codeGroupId(), sub.id()) && u.informantId() != null)
                    .findFirst().orElseThrow();
            Informant who = s.informants().stream().filter(i -> i.id().equals(unit.informantId())).findFirst().orElseThrow();
            OverviewMatrix.Row r = row(vm, sub);

            vm.chooseCell(r, column(vm, who.id()));

            assertEquals(sub.codeGroupId(), wb.codeGroup.get(), "the steps turn to the cell's code group");
            assertEquals(sub.id(), wb.subgroup.get());
            List<UUID> expected = s.meaningUnits().stream().filter(u -> u.isIn(sub.codeGroupId(), sub.id()) && who.id().equals(u.informantId()))
                    .map(MeaningUnit::id).toList();
            assertEquals(expected, vm.chosenUnits().stream().map(OverviewViewModel.UnitLine::id).toList());
            assertTrue(vm.chosenTitleProperty().get().startsWith(who.label() + " · " + sub.name()), vm.chosenTitleProperty().get());
            OverviewViewModel.UnitLine line = vm.chosenUnits().stream().filter(l -> l.id().equals(unit.id())).findFirst().orElseThrow();
            vm.show(line.span());
            assertEquals(new Span(unit.transcriptId(), unit.start(), unit.end()), wb.reveal.get());
            assertEquals(unit.transcriptId(), wb.transcript.get());

            // The unit moves away: the cell lists one unit less; the subgroup goes: nothing is chosen.
            Subgroup other = s.subgroupsOf(sub.codeGroupId()).stream().filter(x -> !x.id().equals(sub.id())).findFirst().orElseThrow();
            ModelSample.await(wb.editVoid(p -> p.assignMeaningUnit(unit.id(), sub.codeGroupId(), other.id())));
            assertEquals(expected.size() - 1, vm.chosenUnits().size());
            assertTrue(vm.chosenUnits().stream().noneMatch(l -> l.id().equals(unit.id())));
            ModelSample.await(wb.editVoid(p -> p.deleteSubgroup(sub.id())));
            assertNull(vm.chosenProperty().get());
            assertTrue(vm.chosenUnits().isEmpty());
        }
    }

    @Test
    void hintsAppearForTheMethodsRulesOfThumb() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            I18n t = wb.text();
            OverviewViewModel vm = new OverviewViewModel(wb);
            ProjectSnapshot s = wb.snapshot();
            CodeGroup g = s.codeGroups().get(0);

            // A unit in no code group, with its passage to show.
            MeaningUnit any = s.meaningUnits().get(0);
            MeaningUnit loose = ModelSample.await(wb.edit(p -> p.addMeaningUnit(any.transcriptId(), any.start(), any.end(), List.of())));
            OverviewViewModel.HintLine unsorted = vm.hints().stream().filter(h -> h.kind() == Hint.Kind.UNSORTED_UNIT).findFirst()
                    .orElseThrow();
            assertEquals(t.get("overview.hint.unsorted", OverviewHints.shorten(wb.snapshot().textOf(loose))), unsorted.text());
            assertEquals(new Span(loose.transcriptId(), loose.start(), loose.end()), unsorted.place());
            vm.show(unsorted.place());
            assertEquals(unsorted.place(), wb.reveal.get());
            // A new subgroup has neither condensate nor quote.
            Subgroup fresh = ModelSample.await(wb.edit(p -> p.addSubgroup(g.id(), "Nytt mønster")));
            assertTrue(texts(vm).contains(t.get("overview.hint.noCondensate", fresh.name())), texts(vm).toString());
            assertTrue(texts(vm).contains(t.get("overview.hint.noQuote", fresh.name())));
            // A code group without subgroups has too few.
            CodeGroup bare = ModelSample.await(wb.edit(p -> p.addCodeGroup("Ny gruppe", "#336699", List.of())));
            assertTrue(texts(vm).contains(t.get("overview.hint.fewSubgroups", bare.workingName(), 0)), texts(vm).toString());
            int total = hintCount(vm, t);
            assertTrue(vm.hints().size() <= OverviewViewModel.HINTS_SHOWN);
            assertEquals(total > OverviewViewModel.HINTS_SHOWN ? t.get("overview.hints.more", total - OverviewViewModel.HINTS_SHOWN) : "",
                    vm.moreHintsProperty().get());
            // More than eight preliminary themes.
            int themes = wb.snapshot().themes().size();
            for (int i = themes; i <= 8; i++) {
                String name = "Tema " + i;
                ModelSample.await(wb.edit(p -> p.addTheme(name, "")));
            }
            assertEquals(t.get("overview.hint.tooManyThemes", wb.snapshot().themes().size()), vm.hints().get(0).text());
            // More than six subgroups in a group; past twelve hints the rest are counted, not listed.
            for (int i = 1; i <= 7; i++) {
                String name = "Mønster " + i;
                ModelSample.await(wb.edit(p -> p.addSubgroup(bare.id(), name)));
            }
            assertTrue(texts(vm).contains(t.get("overview.hint.manySubgroups", bare.workingName(), 7)), texts(vm).toString());
            int now = hintCount(vm, t);
            assertTrue(now >= total + 14, "two hints per new subgroup");
            assertEquals(OverviewViewModel.HINTS_SHOWN, vm.hints().size());
            assertEquals(t.get("overview.hints.more", now - OverviewViewModel.HINTS_SHOWN), vm.moreHintsProperty().get());
            // Writing the condensate takes its hint away.
            ModelSample.await(wb.editVoid(p -> p.setCondensate(fresh.id(), "Jeg-form, kondensert.", List.of())));
            assertEquals(now - 1, hintCount(vm, t));
            assertFalse(texts(vm).contains(t.get("overview.hint.noCondensate", fresh.name())));
        }
    }

    private static List<String> texts(OverviewViewModel vm) {
        return vm.hints().stream().map(OverviewViewModel.HintLine::text).toList();
    }

    /** The number in "Method hints (n)". */
    private static int hintCount(OverviewViewModel vm, I18n t) {
        for (int n = 0; n < 1000; n++) {
            if (t.get("overview.hints", n).equals(vm.hintsTitleProperty().get())) {
                return n;
            }
        }
        throw new AssertionError(vm.hintsTitleProperty().get());
    }

    @Test
    void aChangeTheOverviewDoesNotShowLeavesItUntouched() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            OverviewViewModel vm = new OverviewViewModel(wb);
            ProjectSnapshot old = wb.snapshot();
            MeaningUnit unit = old.meaningUnits().stream().filter(u -> !u.isUnsorted()).findFirst().orElseThrow();
            CodeGroup g = ModelSample.await(wb.edit(p -> p.addCodeGroup("Flyttet hit", "#336699", List.of())));
            ModelSample.await(wb.editVoid(p -> p.moveMeaningUnit(unit.id(), unit.memberships().get(0).codeGroupId(), g.id(), null)));
            OverviewMatrix matrix = vm.matrixProperty().get();
            assertNotEquals(OverviewMatrix.of(old), matrix);
            List<OverviewViewModel.HintLine> hints = List.copyOf(vm.hints());
            List<OverviewViewModel.PathRow> path = List.copyOf(vm.path());
            List<OverviewViewModel.StepCard> steps = List.copyOf(vm.steps());

            // Publishes of what the overview does not show, carrying the old project: nothing is read again.
            vm.apply(new Workbench.Update(old, new ProjectChange(Set.of(Part.SESSIONS), Set.of())));
            assertSame(matrix, vm.matrixProperty().get());
            assertEquals(steps, vm.steps());
            // Notes show only as the step-1 count: the matrix, the path and the hints stay.
            vm.apply(new Workbench.Update(old, new ProjectChange(Set.of(Part.NOTES), Set.of())));
            assertSame(matrix, vm.matrixProperty().get());
            assertEquals(hints, vm.hints());
            assertEquals(path, vm.path());
            // Quotes show in the step-3 count and the hints, not in the matrix.
            vm.apply(new Workbench.Update(old, new ProjectChange(Set.of(Part.QUOTES), Set.of())));
            assertSame(matrix, vm.matrixProperty().get());
            assertEquals(path, vm.path());

            // A change of meaning units is shown.
            vm.apply(new Workbench.Update(old, new ProjectChange(Set.of(Part.MEANING_UNITS), Set.of())));
            assertEquals(OverviewMatrix.of(old), vm.matrixProperty().get());
        }
    }

    @Test
    void aRealNoteChangesOnlyTheStepOneCount() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            OverviewViewModel vm = new OverviewViewModel(wb);
            ProjectSnapshot s = wb.snapshot();
            OverviewMatrix matrix = vm.matrixProperty().get();
            List<OverviewViewModel.StepCard> steps = List.copyOf(vm.steps());
            int[] matrixSets = {0};
            vm.matrixProperty().addListener((o, a, b) -> matrixSets[0]++);
            ModelSample.await(wb.editVoid(p -> p.addTranscriptNote(s.transcripts().get(0).id(), null, "Et inntrykk.")));
            assertTrue(vm.steps().get(0).lines().contains(wb.text().get("overview.count.notes", s.notes().size() + 1)));
            assertEquals(steps.subList(1, 4), vm.steps().subList(1, 4));
            assertSame(matrix, vm.matrixProperty().get());
            assertEquals(0, matrixSets[0]);
        }
    }

    @Test
    void openReviewCommentsAreCountedInTheStepOfTheirElement() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            OverviewViewModel vm = new OverviewViewModel(wb);
            ProjectSnapshot s = wb.snapshot();
            String none = wb.text().get("overview.count.comments", 0);
            assertTrue(vm.steps().stream().allMatch(c -> c.lines().contains(none)), "no comments yet: every step says so");
            CodeGroup g = s.codeGroups().get(0);
            Subgroup sub = s.subgroups().get(0);
            ModelSample.await(wb.edit(p -> p.reviews().comment(CommentTarget.of(CommentTarget.Kind.CODE_GROUP, g.id()), "V", "Navnet?")));
            Comment c = ModelSample.await(wb.edit(p -> p.reviews().comment(CommentTarget.of(CommentTarget.Kind.CONDENSATE, sub.id()),
                    "V", "Første person?")));
            ModelSample.await(wb.edit(p -> p.reviews().comment(CommentTarget.of(CommentTarget.Kind.CODE_GROUP, g.id()), "V", "Og farge.")));
            assertEquals("2 open review comments", vm.steps().get(1).lines().getLast(), "code groups are step 2");
            assertEquals("1 open review comment", vm.steps().get(2).lines().getLast(), "condensates are step 3");
            assertEquals(none, vm.steps().get(3).lines().getLast());
            ModelSample.await(wb.editVoid(p -> p.reviews().resolve(c.id(), true)));
            assertEquals(none, vm.steps().get(2).lines().getLast(), "a resolved comment is no longer counted");
        }
    }

    @Test
    void withoutAProjectThereIsNothingToShow() {
        Workbench wb = new Workbench(new I18n(Locale.ENGLISH), dir.resolve("cache"), ModelSample.UI);
        try {
            OverviewViewModel vm = new OverviewViewModel(wb);
            assertFalse(vm.openProperty().get());
            assertTrue(vm.steps().isEmpty());
            assertTrue(vm.path().isEmpty());
            assertTrue(vm.matrixProperty().get().rows().isEmpty());
            assertTrue(vm.hints().isEmpty());
            assertNotNull(vm.hintsTitleProperty().get());
        } finally {
            wb.close();
        }
    }
}
