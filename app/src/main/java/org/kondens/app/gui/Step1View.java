package org.kondens.app.gui;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** Placeholder: replaced by the real view. */
final class Step1View implements WorkView {

    private final Label node;

    Step1View(Workbench wb) {
        node = new Label("Step1View");
    }

    @Override
    public Node node() {
        return node;
    }
}
