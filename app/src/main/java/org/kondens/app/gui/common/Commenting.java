package org.kondens.app.gui.common;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.CommentTarget.Kind;

/**
 * Adding review comments from any area: the comment's words are asked in a dialog, the author is
 * the user's name for comments (asked once, then kept in the preferences), and the comment is
 * written on the project thread as an undo step. Also makes the badges that show open comments.
 */
public final class Commenting {

    /** The preference that keeps the user's name for comments. */
    static final String AUTHOR = "comment.author";

    private final Workbench wb;
    private final DialogService dialogs;
    private final Preferences prefs;

    public Commenting(Workbench wb, DialogService dialogs) {
        this(wb, dialogs, Prefs.node());
    }

    /** With its own preferences node (tests). */
    public Commenting(Workbench wb, DialogService dialogs, Preferences prefs) {
        this.wb = wb;
        this.dialogs = dialogs;
        this.prefs = prefs;
    }

    /** The user's name for comments: asked the first time (the system's user name offered), then remembered. */
    public Optional<String> author() {
        String kept = prefs.get(AUTHOR, "").strip();
        if (!kept.isEmpty()) {
            return Optional.of(kept);
        }
        I18n t = wb.text();
        Optional<String> name = dialogs.askText(t.get("review.author.title"), t.get("review.author.prompt"),
                System.getProperty("user.name", ""));
        name.ifPresent(n -> prefs.put(AUTHOR, n));
        return name;
    }

    /** Asks the words of a new comment on {@code kind} {@code id} and adds it; completes with null when cancelled. */
    public CompletableFuture<Comment> add(Kind kind, UUID id) {
        return add(kind == Kind.PROJECT ? CommentTarget.project() : CommentTarget.of(kind, id));
    }

    public CompletableFuture<Comment> add(CommentTarget target) {
        I18n t = wb.text();
        Optional<String> text = dialogs.askText(t.get("review.add.title"), t.get("review.add.prompt"), "");
        if (text.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Optional<String> who = author();
        if (who.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return wb.review(r -> r.comment(target, who.get(), text.get()));
    }

    /** A reply in the thread of {@code threadId}, by the user; completes with null when the name was not given. */
    public CompletableFuture<Comment> reply(UUID threadId, String text) {
        Optional<String> who = author();
        if (who.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return wb.review(r -> r.reply(threadId, who.get(), text));
    }

    /** A badge with the number of open threads on the element it is set to; a click opens them in the Review panel. */
    public CommentBadge badge() {
        return new CommentBadge(wb);
    }

    public CommentBadge badge(Kind kind, UUID id) {
        CommentBadge b = badge();
        b.show(kind, id);
        return b;
    }

    /** A small "Add comment…" button for an editor whose element is {@code id.get()} when clicked (none: disabled). */
    public javafx.scene.control.Button button(Kind kind, java.util.function.Supplier<UUID> id) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(wb.text().get("review.add.menu"));
        b.getStyleClass().addAll("flat", "small", "add-comment");
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setTooltip(new javafx.scene.control.Tooltip(wb.text().get("review.add.tip")));
        b.setOnAction(e -> {
            UUID at = id.get();
            if (at != null) {
                add(kind, at);
            }
        });
        return b;
    }

    /** The "Add comment…" menu item for {@code kind} {@code id}. */
    public javafx.scene.control.MenuItem menuItem(Kind kind, UUID id) {
        javafx.scene.control.MenuItem m = Menus.item(wb.text().get("review.add.menu"));
        m.getStyleClass().add("add-comment");
        m.setOnAction(e -> add(kind, id));
        return m;
    }
}
