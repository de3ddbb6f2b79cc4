package org.kondens.app.gui.common;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;

/**
 * The labels and text boxes every work area sets up alike: a label with its style classes, a
 * label that wraps over as many lines as it needs, a text box named for tests and screen readers
 * by its prompt. One place, so the areas' layout code says only what differs.
 */
public final class Styled {

    private Styled() {
    }

    /** A label with {@code styleClasses} (kondens.css or AtlantaFX's, e.g. "title-4", "text-muted"). */
    public static Label label(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    /** A label that wraps and is never squeezed below the height its lines need. */
    public static Label wrapped(String text, String... styleClasses) {
        Label l = label(text, styleClasses);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** Gives {@code box} its id and {@code prompt} as both the grey hint and what a screen reader says. */
    public static <T extends TextInputControl> T prompted(T box, String id, String prompt) {
        box.setId(id);
        box.setPromptText(prompt);
        box.setAccessibleText(prompt);
        return box;
    }

    /** A wrapping text area of {@code rows} rows, prompted as {@link #prompted}. */
    public static TextArea area(TextArea area, String id, String prompt, int rows) {
        prompted(area, id, prompt);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        return area;
    }
}
