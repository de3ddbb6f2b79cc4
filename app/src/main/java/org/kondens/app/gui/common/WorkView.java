package org.kondens.app.gui.common;

import javafx.scene.Node;

/** One work area of the main window (a step, search, overview, export). Built per window and language. */
public interface WorkView {

    Node node();

    /** Called when the view is shown, for example to focus its main control. */
    default void shown() {
    }
}
