package org.kondens.app.gui.totalimpression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.app.gui.common.ModelSample;
import org.kondens.app.gui.common.ScriptedDialogs;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.Part;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectChange;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.model.Transcript;
import org.kondens.core.model.TranscriptNote;

/** Step 1's rules on the sample study, without JavaFX: notes on the transcript read, themes and the 4–8 hint. */
class Step1ViewModelTest {

    @TempDir
    Path dir;

    private static ProjectChange only(Part... parts) {
        return new ProjectChange(Set.of(parts), Set.of());
    }

    @Test
    void theNotesShownAreThoseOfTheTranscriptBeingRead() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            Step1ViewModel vm = new Step1ViewModel(wb, new ScriptedDialogs());
            for (Transcript tr : wb.snapshot().transcripts()) {
                wb.transcript.set(tr.id());
                assertEquals(wb.snapshot().notes().stream().filter(n -> n.transcriptId().equals(tr.id())).toList(), vm.notes());
                assertEquals(tr, vm.transcriptProperty().get());
                assertTrue(vm.notesTitleProperty().get().contains(tr.title()), vm.notesTitleProperty().get());
            }
        }
    }

    @Test
    void aNoteIsTiedToTheCursorOnlyWhenAskedAndTheDraftIsClearedOnceSaved() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            Step1ViewModel vm = new Step1ViewModel(wb, new ScriptedDialogs());
            assertFalse(vm.canAddNote().get(), "nothing typed, nothing to add");
            vm.noteDraft.set("  Han snakker om datteren som et anker. ");
            assertTrue(vm.canAddNote().get());
            ModelSample.await(vm.addNote(120));
            TranscriptNote at = vm.notes().get(vm.notes().size() - 1);
            assertEquals("Han snakker om datteren som et anker.", at.text());
            assertEquals(120, at.anchor());
            assertEquals(wb.transcript.get(), at.transcriptId());
            assertEquals("", vm.noteDraft.get());
            assertTrue(vm.noteAnchors().contains(120), "the reader marks the note's place");

            vm.anchored.set(false);
            vm.noteDraft.set("Helhetsinntrykk: rolig og reflektert.");
            ModelSample.await(vm.addNote(120));
            assertNull(vm.notes().get(vm.notes().size() - 1).anchor(), "a note about the whole transcript has no place");
        }
    }

    @Test
    void editingANoteAsksForItsWordsAndCancelOrTheSameWordsChangeNothing() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            ScriptedDialogs dialogs = new ScriptedDialogs();
            Step1ViewModel vm = new Step1ViewModel(wb, dialogs);
            vm.noteDraft.set("Først skrevet");
            ModelSample.await(vm.addNote(null));
            TranscriptNote note = vm.notes().get(vm.notes().size() - 1);
            ProjectSnapshot before = wb.snapshot();

            dialogs.type(null).type("Først skrevet");
            ModelSample.await(vm.editNote(note));
            ModelSample.await(vm.editNote(note));
            assertSame(before, wb.snapshot(), "cancelled or unchanged: no edit, no undo step");

            dialogs.type(" Skrevet om ");
            ModelSample.await(vm.editNote(note));
            TranscriptNote edited = vm.notes().stream().filter(n -> n.id().equals(note.id())).findFirst().orElseThrow();
            assertEquals("Skrevet om", edited.text());
            assertEquals(note.anchor(), edited.anchor(), "its place stays");
            assertEquals(3, dialogs.heard.size());

            ModelSample.await(vm.deleteNote(edited));
            assertTrue(vm.notes().stream().noneMatch(n -> n.id().equals(note.id())));
        }
    }

    @Test
    void malterudsHintFollowsTheNumberOfThemes() {
        assertEquals("step1.hint.none", Step1ViewModel.hintKey(0));
        assertEquals("step1.hint.few", Step1ViewModel.hintKey(3));
        assertEquals("step1.hint.good", Step1ViewModel.hintKey(4));
        assertEquals("step1.hint.good", Step1ViewModel.hintKey(8));
        assertEquals("step1.hint.many", Step1ViewModel.hintKey(9));
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            Step1ViewModel vm = new Step1ViewModel(wb, new ScriptedDialogs());
            int n = vm.themes().size();
            assertEquals(wb.text().get(Step1ViewModel.hintKey(n), n), vm.hintProperty().get());
            for (int i = n; i <= 8; i++) {
                vm.themeDraft.set("Tema " + i);
                ModelSample.await(vm.addTheme());
            }
            assertEquals(9, vm.themes().size());
            assertTrue(vm.tooManyThemesProperty().get(), "more than eight: the hint warns");
            assertEquals(wb.text().get("step1.hint.many", 9), vm.hintProperty().get());
            assertEquals(wb.text().get("step1.themes.count", 9), vm.themesTitleProperty().get());
            ModelSample.await(vm.deleteTheme(vm.themes().get(8)));
            assertFalse(vm.tooManyThemesProperty().get());
        }
    }

    @Test
    void aNewThemeIsChosenAndABlankOrUnchangedNameChangesNothing() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            Step1ViewModel vm = new Step1ViewModel(wb, new ScriptedDialogs());
            vm.themeDraft.set("   ");
            assertFalse(vm.canAddTheme().get());
            vm.themeDraft.set(" Skam og verdighet ");
            PreliminaryTheme made = ModelSample.await(vm.addTheme());
            assertEquals("Skam og verdighet", made.name());
            assertEquals(made.id(), vm.selectedTheme.get().id(), "the new theme is chosen, ready to describe");
            assertEquals("", vm.themeDraft.get());

            ProjectSnapshot before = wb.snapshot();
            ModelSample.await(vm.renameTheme(vm.selectedTheme.get(), "  "));
            ModelSample.await(vm.renameTheme(vm.selectedTheme.get(), "Skam og verdighet "));
            assertSame(before, wb.snapshot());
            ModelSample.await(vm.renameTheme(vm.selectedTheme.get(), "Skam"));
            assertEquals("Skam", vm.selectedTheme.get().name(), "the chosen theme follows its rename");

            ModelSample.await(vm.describeTheme(made.id(), "Om å skamme seg over hjelpen"));
            assertEquals("Om å skamme seg over hjelpen", vm.selectedTheme.get().description());
        }
    }

    @Test
    void themesMoveWithinTheListAndMergeIntoAnother() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            Step1ViewModel vm = new Step1ViewModel(wb, new ScriptedDialogs());
            List<PreliminaryTheme> themes = List.copyOf(vm.themes());
            assertTrue(themes.size() >= 3, "the sample has themes");
            PreliminaryTheme first = themes.get(0);
            PreliminaryTheme last = themes.get(themes.size() - 1);
            assertFalse(vm.canMoveUp(first));
            assertTrue(vm.canMoveDown(first));
            assertFalse(vm.canMoveDown(last));
            ProjectSnapshot before = wb.snapshot();
            ModelSample.await(vm.move(first, -1));
            assertSame(before, wb.snapshot(), "the first theme cannot go higher");
            ModelSample.await(vm.move(first, +1));
            assertEquals(first.id(), vm.themes().get(1).id());

            PreliminaryTheme source = vm.themes().get(0);
            PreliminaryTheme target = vm.themes().get(2);
            assertFalse(vm.mergeTargets(source).contains(source), "a theme is not merged into itself");
            assertEquals(vm.themes().size() - 1, vm.mergeTargets(source).size());
            ModelSample.await(vm.merge(source, target));
            assertEquals(themes.size() - 1, vm.themes().size());
            assertTrue(vm.themes().stream().anyMatch(x -> x.id().equals(target.id())), "the target stays");
            assertTrue(vm.themes().stream().noneMatch(x -> x.id().equals(source.id())));
        }
    }

    @Test
    void aPassageBecomesTheDraftOfANewThemeOrAnAnchorOfOne() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            Step1ViewModel vm = new Step1ViewModel(wb, new ScriptedDialogs());
            Transcript tr = vm.transcriptProperty().get();
            int at = tr.text().indexOf(' ') + 1;
            Span span = new Span(tr.id(), at, at + 40);
            vm.draftThemeFrom(span);
            assertEquals(org.kondens.app.gui.common.Words.shorten(tr.text().substring(at, at + 40).strip(), 60), vm.themeDraft.get());

            PreliminaryTheme theme = vm.themes().get(0);
            ModelSample.await(vm.anchor(theme, span));
            assertEquals(theme.anchors().size() + 1, vm.themes().get(0).anchors().size());
        }
    }

    @Test
    void aChangeOfWhatStepOneDoesNotShowLeavesItAlone() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            Step1ViewModel vm = new Step1ViewModel(wb, new ScriptedDialogs());
            ProjectSnapshot old = wb.snapshot();
            vm.themeDraft.set("Tillit");
            ModelSample.await(vm.addTheme());
            vm.noteDraft.set("Et notat");
            ModelSample.await(vm.addNote(null));
            List<PreliminaryTheme> themes = List.copyOf(vm.themes());
            List<TranscriptNote> notes = List.copyOf(vm.notes());

            // An older project, said to differ only in code groups and meaning units: nothing here changes.
            vm.apply(new Workbench.Update(old, only(Part.CODE_GROUPS, Part.MEANING_UNITS, Part.SUBGROUPS)));
            assertEquals(themes, vm.themes());
            assertEquals(notes, vm.notes());
            // Said to differ in themes: the themes follow, the notes do not.
            vm.apply(new Workbench.Update(old, only(Part.THEMES)));
            assertEquals(old.themes(), vm.themes());
            assertEquals(notes, vm.notes());
            vm.apply(new Workbench.Update(old, only(Part.NOTES)));
            assertEquals(old.notes().stream().filter(n -> n.transcriptId().equals(wb.transcript.get())).toList(), vm.notes());
        }
    }
}
