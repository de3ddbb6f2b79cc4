package org.kondens.app.gui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.kondens.app.gui.common.FxDialogs;
import org.kondens.app.gui.common.GuiSample;
import org.kondens.app.gui.common.WorkViewTest;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.search.SearchHit;
import org.kondens.core.search.SearchResult;
import org.testfx.util.WaitForAsyncUtils;

/** The search work area, headless over the sample study: query, filters, friendly errors, a hit becoming a meaning unit. */
class SearchViewTest extends WorkViewTest<SearchView> {

    @Override
    protected SearchView create(Workbench wb) {
        return new SearchView(wb, new FxDialogs(() -> null));
    }

    private void openSample(String name) throws Exception {
        Path file = dir.resolve(name);
        GuiSample.open(wb, file);
    }

    /** Types {@code query} into the box and presses Enter; waits for the result. */
    private SearchResult search(String query) throws Exception {
        SearchResult before = view.model().resultProperty().get();
        clickOn("#search-query").eraseText(view.query.getText().length()).write(query).type(KeyCode.ENTER);
        return newResult(before);
    }

    private SearchResult newResult(SearchResult before) throws Exception {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> view.model().resultProperty().get() != before);
        WaitForAsyncUtils.waitForFxEvents();
        return view.model().resultProperty().get();
    }

    @Test
    void aQueryListsKeywordInContextLinesWhoseMatchIsTheWordInAnyInflection() throws Exception {
        openSample("sok.kondens");
        SearchResult r = search("bolig");
        assertTrue(r.passages() > 0, "the sample talks about housing");
        List<SearchHit> shown = view.hits.getItems();
        assertEquals(r.hits(), shown);
        assertFalse(shown.isEmpty());
        for (SearchHit h : shown) {
            assertTrue(h.match().toLowerCase(Locale.ROOT).startsWith("bolig"), h.match());
            String text = wb.snapshot().transcript(h.transcriptId()).orElseThrow().text();
            assertEquals(h.match(), text.substring(h.start(), h.end()), "the KWIC match is the transcript's own text");
        }
        Set<String> forms = shown.stream().map(h -> h.match().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        assertTrue(forms.size() > 1, "inflections are found too: " + forms);
        String summary = lookup("#search-summary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith(r.passages() + " passage"), summary);
        assertFalse(r.perInformant().isEmpty());

        // One click chooses the hit and stays here, so "Make meaning unit…" can be used on it.
        clickOn(lookup("#search-hits .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, wb.reveal.get(), "a single click does not jump away");
        assertFalse(lookup("#search-make-unit").queryButton().isDisabled());
        // A double click asks the reader to show it in its interview.
        doubleClickOn(lookup("#search-hits .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(shown.get(0).span(), wb.reveal.get());
        assertEquals(shown.get(0).transcriptId(), wb.transcript.get());
    }

    @Test
    void aSyntaxErrorIsExplainedUnderTheBoxWithoutADialog() throws Exception {
        openSample("feil.kondens");
        search("bolig");
        List<SearchHit> shown = List.copyOf(view.hits.getItems());
        clickOn("#search-query").eraseText(view.query.getText().length()).write("(bolig eller").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = lookup("#search-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("“eller” needs a word after it.", error.getText());
        clickOn("#search-query").eraseText(view.query.getText().length()).write("\"egen bolig").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("A quote is not closed: add \" after the phrase.", error.getText());
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, Window.getWindows().size(), "no dialog");
        assertEquals(shown, view.hits.getItems(), "the last good result stays");

        search("bolig");
        assertFalse(error.isVisible(), "a good query clears the message");
    }

    @Test
    void aHitBecomesAMeaningUnitInTheChosenCodeGroup() throws Exception {
        openSample("enhet.kondens");
        search("bolig");
        SearchResult before = view.model().resultProperty().get();
        clickOn("#search-uncoded");
        SearchResult uncoded = newResult(before);
        assertFalse(uncoded.hits().isEmpty());
        SearchHit hit = uncoded.hits().get(0);
        ProjectSnapshot snapshot = wb.snapshot();
        CodeGroup target = snapshot.codeGroups().get(0);

        interact(() -> view.hits.getSelectionModel().select(0));
        clickOn("#search-make-unit");
        clickOn(target.workingName());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wb.snapshot() != snapshot);
        WaitForAsyncUtils.waitForFxEvents();

        ProjectSnapshot after = wb.snapshot();
        assertEquals(snapshot.meaningUnits().size() + 1, after.meaningUnits().size());
        Set<UUID> old = snapshot.meaningUnits().stream().map(MeaningUnit::id).collect(Collectors.toSet());
        MeaningUnit made = after.meaningUnits().stream().filter(u -> !old.contains(u.id())).findFirst().orElseThrow();
        assertEquals(hit.sentence().transcriptId(), made.transcriptId());
        assertEquals(hit.sentence().start(), made.start());
        assertEquals(hit.sentence().end(), made.end());
        assertTrue(made.isIn(target.id()));
        assertTrue(lookup("#search-feedback").queryAs(Label.class).getText().contains(target.workingName()));

        // The search runs again: the new unit's hit is no longer uncoded.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.model().resultProperty().get() != uncoded);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.model().resultProperty().get().hits().stream().noneMatch(h -> h.transcriptId().equals(hit.transcriptId()) && h.start() == hit.start()));
    }

    @Test
    void aHitCanStartANewCodeGroupNamedInADialog() throws Exception {
        openSample("nygruppe.kondens");
        search("ensomhet");
        ProjectSnapshot snapshot = wb.snapshot();
        interact(() -> view.hits.getSelectionModel().select(0));
        SearchHit hit = view.hits.getItems().get(0);
        clickOn("#search-make-unit");
        clickOn(wb.text().get("search.newGroup"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".dialog-pane .text-field").tryQuery().isPresent());
        javafx.scene.control.TextField name = lookup(".dialog-pane .text-field").queryAs(javafx.scene.control.TextField.class);
        assertEquals(wb.text().get("search.newGroup.prompt"), ((javafx.scene.control.DialogPane) lookup(".dialog-pane").query()).getHeaderText());
        clickOn(name).write("Ensomhet i hverdagen").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wb.snapshot() != snapshot);
        WaitForAsyncUtils.waitForFxEvents();
        CodeGroup fresh = wb.snapshot().codeGroups().stream().filter(g -> g.workingName().equals("Ensomhet i hverdagen")).findFirst()
                .orElseThrow();
        MeaningUnit made = wb.snapshot().meaningUnits().stream().filter(u -> u.isIn(fresh.id())).findFirst().orElseThrow();
        assertEquals(hit.sentence().start(), made.start());
        assertTrue(lookup("#search-feedback").queryAs(Label.class).getText().contains("Ensomhet i hverdagen"));
    }

    /** Issue 17: the first page is listed at once; scrolling to its end brings the next. */
    @Test
    void scrollingToTheEndOfTheListFetchesTheNextPage() throws Exception {
        openSample("rulle.kondens");
        SearchResult first = search("og");
        assertTrue(first.truncated(), "more passages than a page: " + first.passages());
        assertEquals(SearchViewModel.PAGE, first.pagePassages());
        int lines = view.hits.getItems().size();
        interact(() -> view.hits.scrollTo(lines - 1));
        SearchResult more = newResult(first);
        assertTrue(view.hits.getItems().size() > lines);
        assertEquals(more.hits(), view.hits.getItems());
        assertEquals(Math.min(first.passages(), 2 * SearchViewModel.PAGE), more.nextOffset());
    }
}
