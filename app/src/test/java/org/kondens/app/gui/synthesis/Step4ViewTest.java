package org.kondens.app.gui.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kondens.app.gui.common.WorkViewTest;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;
import org.testfx.util.WaitForAsyncUtils;

/** Step 4 on the sample study: final names, analytic texts and recontextualisation. */
class Step4ViewTest extends WorkViewTest<Step4View> {

    @Override
    protected Step4View create(Workbench wb) {
        return new Step4View(wb);
    }

    @BeforeEach
    void open() throws TimeoutException {
        openSample();
    }

    private CodeGroup group() {
        return wb.snapshot().codeGroups().stream().filter(g -> g.id().equals(wb.codeGroup.get())).findFirst().orElseThrow();
    }

    private void typeInto(Node editor, String text) {
        interact(editor::requestFocus);
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.DELETE);
        write(text);
    }

    @Test
    void theFinalNameIsSavedAndShownAtTheEndOfThePath() throws TimeoutException {
        CodeGroup g = group();
        TextField field = lookup("#step4-finalName").queryAs(TextField.class);
        assertEquals(g.finalName() == null ? "" : g.finalName(), field.getText());
        typeInto(field, "Et hjem å bygge på");
        type(KeyCode.ENTER);
        waitUntil(s -> "Et hjem å bygge på".equals(group().finalName()));
        FlowPane path = lookup("#step4-path").queryAs(FlowPane.class);
        assertTrue(path.getChildren().stream().anyMatch(n -> n instanceof Label l && l.getText().equals("Et hjem å bygge på")));
        assertTrue(path.getChildren().stream().anyMatch(n -> n instanceof Label l && l.getText().equals(g.workingName())));
        // blank removes the final name again (the working name is used)
        typeInto(field, "");
        interact(() -> lookup("#step4-intro").query().requestFocus());
        waitUntil(s -> group().finalName() == null);
    }

    @Test
    void analyticTextsAreSavedAndUndoBringsTheOldTextBack() throws TimeoutException {
        CodeGroup g = group();
        Subgroup sub = wb.snapshot().subgroupsOf(g.id()).get(0);
        TextArea editor = lookup("#step4-analytic-" + sub.id()).queryAs(TextArea.class);
        assertEquals(sub.analyticText(), editor.getText());
        typeInto(editor, "Flere deltakere beskrev nøkkelen som et vendepunkt.");
        // saved 800 ms after typing stops, without leaving the editor
        waitUntil(s -> s.subgroups().stream().anyMatch(x -> x.id().equals(sub.id())
                && x.analyticText().equals("Flere deltakere beskrev nøkkelen som et vendepunkt.")));

        TextArea intro = lookup("#step4-intro").queryAs(TextArea.class);
        typeInto(intro, "Boligen var forutsetningen.");
        interact(() -> lookup("#step4-finalName").query().requestFocus());
        waitUntil(s -> group().analyticIntro().equals("Boligen var forutsetningen."));

        interact(wb::undo);
        waitUntil(s -> group().analyticIntro().equals(g.analyticIntro()));
        assertEquals(g.analyticIntro(), intro.getText());
        interact(wb::undo);
        waitUntil(s -> s.subgroups().stream().anyMatch(x -> x.id().equals(sub.id()) && x.analyticText().equals(sub.analyticText())));
        assertEquals(sub.analyticText(), editor.getText());
    }

    @Test
    void recontextualisationShowsEveryUnitOfTheSubgroupAndJumpsToTheInterview() throws TimeoutException {
        CodeGroup g = group();
        Subgroup sub = wb.snapshot().subgroupsOf(g.id()).get(1);
        interact(() -> wb.subgroup.set(sub.id()));
        WaitForAsyncUtils.waitForFxEvents();
        VBox list = lookup("#step4-recontext").queryAs(VBox.class);
        var units = wb.snapshot().unitsOf(g.id()).stream().filter(u -> u.isIn(g.id(), sub.id())).toList();
        assertEquals(units.size(), list.getChildren().size());
        MeaningUnit u = units.get(0);
        // the unit's words are there, with the turn before it
        Node entry = lookup("#step4-context-" + u.id()).query();
        // the words in their turns are read on the project thread: the entry says so until they come
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> from(entry).lookup((Predicate<Node>) n -> n instanceof javafx.scene.text.TextFlow).tryQuery().isPresent());
        String shown = from(entry).lookup((Predicate<Node>) n -> n instanceof javafx.scene.text.TextFlow).query().getAccessibleText();
        String words = wb.snapshot().textOf(u);
        assertTrue(shown.contains(words));
        assertTrue(shown.length() > words.length());
        interact(() -> lookup("#step4-jump-" + u.id()).queryButton().fire());
        assertEquals(new Span(u.transcriptId(), u.start(), u.end()), wb.reveal.get());
        assertEquals(u.transcriptId(), wb.transcript.get());
    }
}
