package org.kondens.app.gui;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/** The states kondens.css styles, and switching a style class on or off: the app sets no inline styles. */
final class Css {

    /** The chosen one (a subgroup's column or section, a unit card). */
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** Under a drag that may drop here. */
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private Css() {
    }

    /** Adds {@code styleClass} to {@code node} (once) or removes it. */
    static void set(Node node, String styleClass, boolean on) {
        if (!on) {
            node.getStyleClass().removeAll(styleClass);
        } else if (!node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        }
    }
}
