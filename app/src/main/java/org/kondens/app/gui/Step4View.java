package org.kondens.app.gui;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** Placeholder: replaced by the real view. */
final class Step4View implements WorkView {

    private final Label node;

    Step4View(Workbench wb) {
        node = new Label("Step4View");
    }

    @Override
    public Node node() {
        return node;
    }
}
