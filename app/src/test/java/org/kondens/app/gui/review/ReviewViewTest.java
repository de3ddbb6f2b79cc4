package org.kondens.app.gui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kondens.app.gui.common.FxDialogs;
import org.kondens.app.gui.common.Prefs;
import org.kondens.app.gui.common.WorkView;
import org.kondens.app.gui.common.WorkViewTest;
import org.kondens.app.gui.common.Workbench;
import org.kondens.app.gui.meaningunits.Step2View;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Comment;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Supervision on screen: a comment added on a code group from its right-click menu shows as a
 * badge on the group's row, and resolving it in the Review panel takes the badge away.
 */
class ReviewViewTest extends WorkViewTest<ReviewViewTest.Both> {

    /** Step 2 beside the Review panel, as the shell shows one after the other. */
    static final class Both implements WorkView {
        final Step2View step2;
        final ReviewView review;
        final SplitPane node;

        Both(Workbench wb) {
            step2 = new Step2View(wb);
            review = new ReviewView(wb, new FxDialogs(() -> null), step -> { }, ReviewRoundTrip.core(java.util.Locale.ENGLISH));
            node = new SplitPane(step2.node(), review.node());
        }

        @Override
        public Node node() {
            return node;
        }
    }

    @Override
    protected Both create(Workbench wb) {
        Prefs.node().put("comment.author", "Kari Veileder"); // the name was given before
        return new Both(wb);
    }

    @AfterEach
    void forgetName() {
        Prefs.node().remove("comment.author");
    }

    @Test
    void aCommentOnACodeGroupShowsAsABadgeUntilItIsResolved() throws Exception {
        openSample();
        CodeGroup g = wb.snapshot().codeGroups().get(0);
        // the right-click's menu (headless, the robot's right button brings no context-menu event: fire it as the platform would)
        Node cell = lookup(".group-cell").nth(0).queryAs(Node.class);
        interact(() -> {
            javafx.geometry.Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            cell.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5,
                    b.getMinX() + 5, b.getMinY() + 5, false, null));
        });
        javafx.scene.control.ContextMenu menu = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu).map(w -> (javafx.scene.control.ContextMenu) w)
                .findFirst().orElseThrow(() -> new AssertionError("no menu; windows: " + javafx.stage.Window.getWindows()));
        javafx.scene.control.MenuItem add = menu.getItems().stream().filter(i -> "Add comment…".equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no Add comment… in " + menu.getItems().stream().map(i -> i.getText()).toList()));
        interact(menu::hide);
        WaitForAsyncUtils.asyncFx(add::fire); // the dialog waits for the answer: not inside interact
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane dialog = lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertEquals("Your comment", dialog.getHeaderText());
        clickOn(lookup(".dialog-pane .text-field").queryAs(Node.class));
        write("Er trygg bolig deres ord?");
        push(KeyCode.ENTER);
        waitUntil(s -> s.review().open().size() == 1);

        Comment c = wb.snapshot().review().open().getFirst();
        assertEquals("Kari Veileder", c.author());
        assertTrue(c.target().is(org.kondens.core.model.CommentTarget.Kind.CODE_GROUP, g.id()));
        Label badge = lookup("#comment-badge-code_group-" + g.id()).queryAs(Label.class);
        assertTrue(badge.isVisible(), "the group's row shows the open comment");
        assertEquals("1", badge.getText());
        assertTrue(lookup("#review-thread-" + c.id()).tryQuery().isPresent(), "the panel lists the thread");

        clickOn("#review-resolve-" + c.id());
        waitUntil(s -> s.review().open().isEmpty());
        assertFalse(badge.isVisible(), "resolved: the badge goes away");
        assertFalse(lookup("#review-thread-" + c.id()).tryQuery().isPresent(), "and the open list no longer has it");
    }

    @Test
    void clickingTheBadgeNarrowsThePanelToTheElement() throws Exception {
        openSample();
        CodeGroup g = wb.snapshot().codeGroups().get(0);
        CodeGroup other = wb.snapshot().codeGroups().get(1);
        UUID[] made = new UUID[1];
        interact(() -> wb.edit(p -> p.reviews().comment(org.kondens.core.model.CommentTarget.of(
                org.kondens.core.model.CommentTarget.Kind.CODE_GROUP, other.id()), "Ola", "Slå sammen?")));
        interact(() -> wb.edit(p -> made[0] = p.reviews().comment(org.kondens.core.model.CommentTarget.of(
                org.kondens.core.model.CommentTarget.Kind.CODE_GROUP, g.id()), "Ola", "Navnet?").id()));
        waitUntil(s -> s.review().open().size() == 2);
        assertEquals(2, view.review.viewModel().threads().size());
        clickOn("#comment-badge-code_group-" + g.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view.review.viewModel().threads().size(), "only the clicked group's comments");
        assertTrue(lookup("#review-thread-" + made[0]).tryQuery().isPresent());
        clickOn("#review-only-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, view.review.viewModel().threads().size());
    }

    @Test
    void inReviewModeTheReviewerCommentsButDoesNotDecideSuggestedEdits() throws Exception {
        openSample();
        org.kondens.core.model.Subgroup sub = wb.snapshot().subgroups().get(0);
        org.kondens.core.model.Suggestion edit = new org.kondens.core.model.Suggestion(UUID.randomUUID(),
                org.kondens.core.model.CommentTarget.of(org.kondens.core.model.CommentTarget.Kind.CONDENSATE, sub.id()), "Kari",
                java.time.Instant.now(), sub.condensate(), "Kortere.", org.kondens.core.model.Suggestion.Status.OPEN, "t:1");
        interact(() -> wb.edit(p -> p.reviews().bring("Import review", "t", java.util.List.of(), java.util.List.of(),
                java.util.List.of(edit))));
        waitUntil(s -> !s.review().suggestions().isEmpty());
        assertTrue(lookup("#review-accept-" + edit.id()).queryAs(Node.class).isVisible(), "the student decides");
        interact(() -> wb.reviewOnly(true));
        assertFalse(lookup("#review-accept-" + edit.id()).queryAs(Node.class).getParent().isVisible(),
                "a reviewer's copy: no Accept or Reject");
        interact(() -> wb.review(r -> r.comment(org.kondens.core.model.CommentTarget.of(
                org.kondens.core.model.CommentTarget.Kind.CONDENSATE, sub.id()), "Kari", "Kortere setninger?")));
        waitUntil(s -> s.review().open().size() == 1);
        Comment c = wb.snapshot().review().open().getFirst();
        clickOn("#review-resolve-" + c.id());
        waitUntil(s -> s.review().open().isEmpty());
    }
}
