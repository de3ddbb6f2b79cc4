package org.kondens.app.gui.condensation;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kondens.app.gui.common.WorkViewTest;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Subgroup;
import org.testfx.util.WaitForAsyncUtils;

/** Step 3 on the sample study, the flows: the subgroup field, the condensate editor's keys, cards moving between columns, the quote dialog (rules: {@link Step3ViewModelTest}). */
class Step3ViewTest extends WorkViewTest<Step3View> {

    @Override
    protected Step3View create(Workbench wb) {
        return new Step3View(wb);
    }

    @BeforeEach
    void open() throws TimeoutException {
        openSample();
    }

    /** A code group of the sample with at least two subgroups, shown in the view. */
    private CodeGroup groupWithTwoSubgroups() throws TimeoutException {
        ProjectSnapshot s = wb.snapshot();
        CodeGroup g = s.codeGroups().stream().filter(x -> s.subgroupsOf(x.id()).size() >= 2
                && s.unitsOf(x.id()).stream().anyMatch(u -> u.isIn(x.id(), s.subgroupsOf(x.id()).get(0).id()))).findFirst().orElseThrow();
        interact(() -> wb.codeGroup.set(g.id()));
        WaitForAsyncUtils.waitForFxEvents();
        return g;
    }

    @Test
    void theSubgroupButtonAddsASubgroupAndChoosesIt() throws TimeoutException {
        UUID group = wb.codeGroup.get();
        assertNotNull(group);
        int before = wb.snapshot().subgroupsOf(group).size();
        clickOn("#step3-addSubgroup");
        write("Venner som holder ut");
        type(KeyCode.ENTER);
        waitUntil(s -> s.subgroupsOf(group).stream().anyMatch(x -> x.name().equals("Venner som holder ut")));
        List<Subgroup> subs = wb.snapshot().subgroupsOf(group);
        assertEquals(before + 1, subs.size());
        Subgroup added = subs.stream().filter(x -> x.name().equals("Venner som holder ut")).findFirst().orElseThrow();
        WaitForAsyncUtils.waitFor(5, SECONDS, () -> added.id().equals(wb.subgroup.get()));
        // its column is there, with the empty-column hint, and the condensate editor now belongs to it
        assertNotNull(lookup("#step3-column-" + added.id()).query());
        assertTrue(lookup("#step3-condensateTitle").queryLabeled().getText().contains("Venner som holder ut"));
    }

    @Test
    void theCondensateIsSavedWhenTheEditorLosesFocusAndWhenTypingPauses() throws TimeoutException {
        CodeGroup g = groupWithTwoSubgroups();
        Subgroup sub = wb.snapshot().subgroupsOf(g.id()).get(1);
        interact(() -> wb.subgroup.set(sub.id()));
        TextArea editor = lookup("#step3-condensate").queryAs(TextArea.class);
        assertEquals(sub.condensate(), editor.getText());
        clickOn(editor);
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.DELETE);
        write("Jeg ble møtt som et menneske.");
        interact(() -> lookup("#step3-group").query().requestFocus());
        waitUntil(s -> s.subgroups().stream().anyMatch(x -> x.id().equals(sub.id())
                && x.condensate().equals("Jeg ble møtt som et menneske.")));
        // and without leaving the editor: 800 ms after typing stops
        clickOn(editor);
        push(KeyCode.END);
        write(" Ikke som en diagnose.");
        waitUntil(s -> s.subgroups().stream().anyMatch(x -> x.id().equals(sub.id())
                && x.condensate().equals("Jeg ble møtt som et menneske. Ikke som en diagnose.")));
        // choosing another subgroup shows its condensate, and the first one is still saved
        Subgroup other = wb.snapshot().subgroupsOf(g.id()).get(0);
        interact(() -> wb.subgroup.set(other.id()));
        assertEquals(other.condensate(), editor.getText());
    }

    @Test
    void ctrlZAndCtrlYUndoAndRedoTypingInsideTheEditor() throws TimeoutException {
        CodeGroup g = groupWithTwoSubgroups();
        Subgroup sub = wb.snapshot().subgroupsOf(g.id()).get(1);
        interact(() -> wb.subgroup.set(sub.id()));
        TextArea editor = lookup("#step3-condensate").queryAs(TextArea.class);
        clickOn(editor);
        push(KeyCode.END);
        String before = editor.getText();
        write("x");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, editor.getText(), "Ctrl+Z undid the typing in the box");
        push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(before + "x", editor.getText(), "Ctrl+Y redid it, in the box");
    }

    @Test
    void tabLeavesTheCondensateEditorInsteadOfTypingATab() throws TimeoutException {
        CodeGroup g = groupWithTwoSubgroups();
        Subgroup sub = wb.snapshot().subgroupsOf(g.id()).get(1);
        interact(() -> wb.subgroup.set(sub.id()));
        TextArea editor = lookup("#step3-condensate").queryAs(TextArea.class);
        clickOn(editor);
        String before = editor.getText();
        push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, editor.getText(), "no tab character typed");
        assertTrue(!editor.isFocused(), "the focus moved on");
    }

    /** Before: the focused editor kept the undone words, and the next key press saved them again. */
    @Test
    void undoShowsTheEarlierCondensateInTheFocusedEditorAndTheNextKeyDoesNotSaveTheUndoneWords() throws TimeoutException {
        CodeGroup g = groupWithTwoSubgroups();
        Subgroup sub = wb.snapshot().subgroupsOf(g.id()).get(1);
        String earlier = sub.condensate();
        interact(() -> wb.subgroup.set(sub.id()));
        TextArea editor = lookup("#step3-condensate").queryAs(TextArea.class);
        clickOn(editor);
        push(KeyCode.END);
        write(" Angret.");
        waitUntil(s -> s.subgroups().stream().anyMatch(x -> x.id().equals(sub.id()) && x.condensate().equals(earlier + " Angret.")));

        interact(() -> wb.undo());
        waitUntil(s -> s.subgroups().stream().anyMatch(x -> x.id().equals(sub.id()) && x.condensate().equals(earlier)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor.isFocused());
        assertEquals(earlier, editor.getText(), "the focused editor shows what undo brought back");

        push(KeyCode.HOME);
        sleep(1200); // longer than the autosave pause
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(earlier, wb.snapshot().subgroups().stream().filter(x -> x.id().equals(sub.id())).findFirst().orElseThrow()
                .condensate(), "a key press did not save the undone words again");
        assertTrue(wb.redoNameProperty().get() != null, "and the redo is still there");
    }

    @Test
    void movingACardChangesItsSubgroupAndUndoMovesItBack() throws TimeoutException {
        CodeGroup g = groupWithTwoSubgroups();
        ProjectSnapshot s = wb.snapshot();
        Subgroup from = s.subgroupsOf(g.id()).get(0);
        Subgroup to = s.subgroupsOf(g.id()).get(1);
        MeaningUnit unit = s.unitsOf(g.id()).stream().filter(u -> u.isIn(g.id(), from.id())).findFirst().orElseThrow();
        assertTrue(cardIn("#step3-column-" + from.id(), unit.id()));

        interact(() -> view.moveUnit(unit.id(), to.id()));   // what a drop on the column does
        waitUntil(x -> x.unitsById().get(unit.id()).isIn(g.id(), to.id()));
        assertTrue(cardIn("#step3-column-" + to.id(), unit.id()));
        assertTrue(!cardIn("#step3-column-" + from.id(), unit.id()));

        interact(() -> view.moveUnit(unit.id(), null));      // to "Unsorted"
        waitUntil(x -> x.unitsById().get(unit.id()).isIn(g.id(), null));
        assertTrue(cardIn("#step3-column-unsorted", unit.id()));

        interact(wb::undo);
        waitUntil(x -> x.unitsById().get(unit.id()).isIn(g.id(), to.id()));
        interact(wb::undo);
        waitUntil(x -> x.unitsById().get(unit.id()).isIn(g.id(), from.id()));
        assertTrue(cardIn("#step3-column-" + from.id(), unit.id()));
        assertEquals(1, wb.snapshot().unitsById().get(unit.id()).memberships().stream()
                .filter(m -> m.codeGroupId().equals(g.id())).count());
    }

    @Test
    void anIllustrativeQuoteCanBeANarrowedPartOfTheUnit() throws TimeoutException {
        CodeGroup g = groupWithTwoSubgroups();
        ProjectSnapshot s = wb.snapshot();
        Subgroup sub = s.subgroupsOf(g.id()).get(0);
        MeaningUnit unit = s.unitsOf(g.id()).stream().filter(u -> u.isIn(g.id(), sub.id())).findFirst().orElseThrow();
        int before = s.quotesOf(g.id(), sub.id()).size();
        interact(() -> view.addQuote(unit.id(), sub.id(), unit.start(), unit.start() + 10, "Noe (…) annet", null));
        waitUntil(x -> x.quotesOf(g.id(), sub.id()).size() == before + 1);
        var q = wb.snapshot().quotesOf(g.id(), sub.id()).get(before);
        assertEquals("Noe (…) annet", q.displayText());
        assertEquals(unit.start() + 10, q.end());
        // the card shows the star now
        Node card = lookup("#unit-" + unit.id()).query();
        assertTrue(card.getAccessibleText().startsWith("★"));
    }

    /** Before: five cramped rows for the passage and cut field titles. */
    @Test
    void theChooseQuoteDialogIsRoomyAndAPartSelectedInThePassageBecomesTheQuote() throws TimeoutException {
        CodeGroup g = groupWithTwoSubgroups();
        Subgroup sub = wb.snapshot().subgroupsOf(g.id()).get(0);
        interact(() -> wb.subgroup.set(sub.id()));
        MeaningUnit unit = wb.snapshot().unitsOf(g.id()).stream().filter(u -> u.isIn(g.id(), sub.id())).findFirst().orElseThrow();
        int before = wb.snapshot().quotesOf(g.id(), sub.id()).size();
        clickOn("#step3-addQuote");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = lookup(".quote-dialog").queryAs(DialogPane.class);
        assertTrue(pane.getWidth() >= 720 && pane.getHeight() >= 560, pane.getWidth() + " × " + pane.getHeight());
        TextArea source = lookup("#quote-source").queryAs(TextArea.class);
        assertTrue(source.isWrapText(), "the passage wraps: no sideways scrolling to read it");
        assertEquals(wb.snapshot().textOf(unit), source.getText(), "the subgroup's first unit to start with");
        for (Node n : lookup(".quote-dialog-heading").queryAll()) {
            Label l = (Label) n;
            assertTrue(l.getHeight() >= l.prefHeight(l.getWidth()) - 0.5, "a field title is shown whole: " + l.getText());
        }

        int end = Math.min(20, source.getLength());
        interact(() -> source.selectRange(0, end));
        String part = source.getText().substring(0, end).strip();
        assertEquals(part, lookup("#quote-display").queryAs(TextArea.class).getText(), "the selection is the text shown in the thesis");
        clickOn("Choose quote");
        waitUntil(x -> x.quotesOf(g.id(), sub.id()).size() == before + 1);
        var q = wb.snapshot().quotesOf(g.id(), sub.id()).get(before);
        assertEquals(unit.id(), q.meaningUnitId());
        assertEquals(part, q.displayText());
        assertEquals(part, wb.snapshot().transcript(unit.transcriptId()).orElseThrow().text().substring(q.start(), q.end()));
    }

    private boolean cardIn(String columnId, UUID unit) {
        VBox column = lookup(columnId).queryAs(VBox.class);
        return !from(column).lookup("#unit-" + unit).queryAll().isEmpty();
    }
}
