package org.kondens.app.gui.common;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;

/** The states kondens.css styles, and switching a style class on or off: the app sets no inline styles. */
public final class Css {

    /** The chosen one (a subgroup's column or section, a unit card). */
    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** Under a drag that may drop here. */
    public static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    /** kondens.css, for scenes and popups of the app's own. */
    public static final String STYLESHEET = Css.class.getResource("/org/kondens/app/gui/kondens.css").toExternalForm();

    private Css() {
    }

    /** Adds {@code styleClass} to {@code node} (once) or removes it. */
    public static void set(Node node, String styleClass, boolean on) {
        if (!on) {
            node.getStyleClass().removeAll(styleClass);
        } else if (!node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        }
    }

    /** Adds the app's stylesheet to {@code scene} (once). */
    public static void style(Scene scene) {
        if (scene != null && !scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }
}
