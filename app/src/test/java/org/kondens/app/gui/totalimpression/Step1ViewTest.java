package org.kondens.app.gui.totalimpression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.kondens.app.gui.common.FxDialogs;
import org.kondens.app.gui.common.GuiSample;
import org.kondens.app.gui.common.WorkViewTest;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.TranscriptNote;
import org.testfx.util.WaitForAsyncUtils;

/** Step 1 headless: page through transcripts, notes at the cursor or for the whole transcript, preliminary themes with the 4–8 hint. */
class Step1ViewTest extends WorkViewTest<Step1View> {

    int undos;

    @Override
    protected Step1View create(Workbench wb) {
        return new Step1View(wb, new FxDialogs(() -> null));
    }

    @Override
    protected void prepare(Scene scene) {
        // As in the main window: undo is a scene accelerator, and it must work while the reader has the focus.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> undos++);
    }

    private ProjectSnapshot openSample(String name) throws Exception {
        Path file = dir.resolve(name);
        GuiSample.open(wb, file);
        return wb.snapshot();
    }

    @Test
    void nextAndPreviousPageThroughTheTranscriptsInOrder() throws Exception {
        ProjectSnapshot s = openSample("bla.kondens");
        assertEquals(s.transcripts().get(0).id(), wb.transcript.get());
        clickOn("#step1-next");
        assertEquals(s.transcripts().get(1).id(), wb.transcript.get());
        assertEquals(s.transcripts().get(1).text(), view.reader().area().getText());
        @SuppressWarnings("unchecked")
        ComboBox<?> choice = lookup("#step1-transcript").queryAs(ComboBox.class);
        assertEquals(s.transcripts().get(1), choice.getValue());
        clickOn("#step1-previous");
        assertEquals(s.transcripts().get(0).id(), wb.transcript.get());
    }

    @Test
    void aTranscriptWhoseTextIsNotInMemoryIsReadOffTheFxThreadAndShown() throws Exception {
        // Uncoded transcripts: the open keeps only the first one's text; the next comes from disk.
        Path file = dir.resolve("ukodet.kondens");
        java.util.List<String> texts = List.of("I: Hvordan går det?\nInformant 1: Godt 😀, takk.\n",
                "I: Og nå?\r\nInformant 2: Stille 𐍈, søndagene er lange.\r\n");
        try (var p = org.kondens.core.stc.StcProject.create(file, "Ukodet", org.kondens.core.model.Language.NB)) {
            for (int i = 0; i < texts.size(); i++) {
                Path txt = java.nio.file.Files.writeString(dir.resolve("ukodet-" + i + ".txt"), texts.get(i));
                p.importTranscript(org.kondens.core.importer.TranscriptFiles.read(txt), List.of());
            }
        }
        wb.indexAfter(later -> { }); // no index build, which would read every text
        WaitForAsyncUtils.asyncFx(() -> wb.open(file));
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> wb.snapshot() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ProjectSnapshot s = wb.snapshot();
        assertTrue(s.transcripts().get(0).textAtHand(), "the first transcript's text came with the first screen");
        assertTrue(!s.transcripts().get(1).textAtHand(), "no other text was read to open the project");
        assertEquals(s.transcripts().get(0).text(), view.reader().area().getText());

        clickOn("#step1-next");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> s.transcripts().get(1).text().equals(view.reader().area().getText()));
        assertTrue(view.reader().area().getText().contains("𐍈"));
        // FxThreadGuard fails this test if the FX thread read the text from disk.
    }

    @Test
    void aNoteIsAnchoredAtTheCursorOrBelongsToTheWholeTranscript() throws Exception {
        ProjectSnapshot before = openSample("notat.kondens");
        var tr = before.transcript(wb.transcript.get()).orElseThrow();
        int at = tr.text().indexOf("Langtransport");
        interact(() -> view.reader().select(at, at));
        clickOn("#step1-note-text").write("Han snakker om datteren som et anker.");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        ProjectSnapshot after = changed(before);
        List<TranscriptNote> added = after.notes().stream().filter(n -> !before.notes().contains(n)).toList();
        assertEquals(1, added.size());
        assertEquals(tr.id(), added.get(0).transcriptId());
        assertEquals(at, added.get(0).anchor());
        assertEquals("Han snakker om datteren som et anker.", added.get(0).text());
        assertEquals("", view.noteText().getText(), "the field is cleared for the next note");
        @SuppressWarnings("unchecked")
        ListView<TranscriptNote> notes = lookup("#step1-notes").queryAs(ListView.class);
        assertTrue(notes.getItems().contains(added.get(0)));

        interact(() -> lookup("#step1-note-anchored").queryAs(CheckBox.class).setSelected(false));
        clickOn("#step1-note-text").write("Helhetsinntrykk: rolig og reflektert.");
        clickOn("#step1-add-note");
        ProjectSnapshot whole = changed(after);
        TranscriptNote general = whole.notes().stream().filter(n -> !after.notes().contains(n)).findFirst().orElseThrow();
        assertNull(general.anchor());
    }

    @Test
    void themesAreAddedRenamedAndDeletedWithAGentleHintAboutFourToEight() throws Exception {
        ProjectSnapshot before = openSample("tema.kondens");
        int n = before.themes().size();
        Label hint = lookup("#step1-theme-hint").queryAs(Label.class);
        assertTrue(hint.getText().contains("4–8"), hint.getText());

        clickOn("#step1-new-theme").write("Skam og verdighet");
        push(KeyCode.ENTER);
        ProjectSnapshot added = changed(before);
        assertEquals(n + 1, added.themes().size());
        PreliminaryTheme theme = added.themes().get(n);
        assertEquals("Skam og verdighet", theme.name());
        assertEquals(Step1ViewModel.hintKey(n + 1).equals("step1.hint.many") ? wb.text().get("step1.hint.many", n + 1)
                : wb.text().get(Step1ViewModel.hintKey(n + 1), n + 1), hint.getText());

        @SuppressWarnings("unchecked")
        ListView<PreliminaryTheme> themes = lookup("#step1-themes").queryAs(ListView.class);
        interact(() -> {
            themes.getSelectionModel().select(n);
            themes.scrollTo(n);
        });
        interact(() -> {
            themes.requestFocus();
            themes.edit(n);
        });
        assertEquals(n, themes.getEditingIndex());
        push(KeyCode.CONTROL, KeyCode.A);
        write("Skam");
        push(KeyCode.ENTER);
        ProjectSnapshot renamed = changed(added);
        assertEquals("Skam", renamed.themes().get(n).name());
        assertEquals(theme.id(), renamed.themes().get(n).id());

        interact(() -> themes.requestFocus());
        push(KeyCode.DELETE);
        ProjectSnapshot deleted = changed(renamed);
        assertEquals(before.themes(), deleted.themes());
    }

    @Test
    void aThemesDescriptionIsSavedAsItIsTypedAndTheThemeStaysChosen() throws Exception {
        ProjectSnapshot before = openSample("beskriv.kondens");
        @SuppressWarnings("unchecked")
        ListView<PreliminaryTheme> themes = lookup("#step1-themes").queryAs(ListView.class);
        PreliminaryTheme theme = before.themes().get(1);
        interact(() -> themes.getSelectionModel().select(1));
        javafx.scene.control.TextArea description = lookup("#step1-theme-description").queryAs(javafx.scene.control.TextArea.class);
        assertEquals(theme.description(), description.getText());
        clickOn(description);
        push(KeyCode.CONTROL, KeyCode.END);
        write(" Mer.");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> wb.snapshot().themes().get(1).description().equals(theme.description() + " Mer."));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(theme.id(), themes.getSelectionModel().getSelectedItem().id(), "the theme stays chosen");
        assertTrue(description.isFocused(), "the writer keeps the editor");
        write(" Enda mer.");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> wb.snapshot().themes().get(1).description().equals(theme.description() + " Mer. Enda mer."));
        assertEquals(theme.description() + " Mer. Enda mer.", description.getText());
    }

    @Test
    void undoStillReachesTheWindowWhileTheReaderHasTheFocus() throws Exception {
        openSample("angre.kondens");
        interact(() -> view.reader().area().requestFocus());
        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, undos, "Ctrl+Z in the read-only reader is the project's undo, not the text area's");
    }
}
