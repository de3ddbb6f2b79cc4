package org.kondens.app.gui;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** Placeholder: replaced by the real view. */
final class Step2View implements WorkView {

    private final Label node;

    Step2View(Workbench wb) {
        node = new Label("Step2View");
    }

    @Override
    public Node node() {
        return node;
    }
}
