package org.kondens.app.gui.common;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The quiet words of the work areas: a small hint under a title, and the placeholder of an empty
 * list or column. One place, so every step shows them alike.
 */
public final class MutedText {

    private MutedText() {
    }

    /** A small muted hint that wraps and is never cut. */
    public static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("text-muted", "text-small");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** What an empty list shows: muted, wrapped, with room around it. */
    public static Label placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        l.setPadding(new Insets(8));
        return l;
    }
}
