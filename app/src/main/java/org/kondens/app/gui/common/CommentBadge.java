package org.kondens.app.gui.common;

import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.CommentTarget.Kind;

/**
 * A small round mark with the number of open review comments on one element (a code group row,
 * a subgroup column, a unit card, an editor); hidden when there are none. It follows every
 * publish by itself (a binding the node holds; the snapshot holds it only weakly). A click opens
 * the Review panel filtered to the element ({@link Workbench#reviewing}).
 */
public final class CommentBadge extends Label {

    private final ObjectProperty<CommentTarget> target = new SimpleObjectProperty<>();

    CommentBadge(Workbench wb) {
        IntegerBinding open = Bindings.createIntegerBinding(() -> target.get() == null ? 0
                : Comments.openOn(wb.snapshot(), target.get().kind(), target.get().id()), wb.snapshotProperty(), target);
        textProperty().bind(open.asString());
        visibleProperty().bind(open.greaterThan(0));
        managedProperty().bind(visibleProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> wb.text().get("review.badge.tip", open.get()), open));
        setTooltip(tip);
        accessibleTextProperty().bind(tip.textProperty());
        getStyleClass().add("comment-badge");
        // a small speech bubble before the number: drawn, so no font needs the sign
        javafx.scene.shape.SVGPath bubble = new javafx.scene.shape.SVGPath();
        bubble.setContent("M0 0h11v7.5H5L2 10.5V7.5H0z");
        bubble.getStyleClass().add("comment-badge-icon");
        setGraphic(bubble);
        setGraphicTextGap(3);
        setMinWidth(Region.USE_PREF_SIZE);
        setCursor(Cursor.HAND);
        setOnMouseClicked(e -> {
            wb.reviewing.set(null); // the same element twice must open the panel again
            wb.reviewing.set(target.get());
            e.consume();
        });
    }

    /** Shows the open comments on {@code kind} {@code id} (null: none, as in an empty list cell). */
    public void show(Kind kind, UUID id) {
        target.set(kind == null ? null : CommentTarget.of(kind, id));
        setId(kind == null ? null : "comment-badge-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + id);
    }
}
