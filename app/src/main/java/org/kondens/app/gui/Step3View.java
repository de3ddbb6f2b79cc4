package org.kondens.app.gui;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** Placeholder: replaced by the real view. */
final class Step3View implements WorkView {

    private final Label node;

    Step3View(Workbench wb) {
        node = new Label("Step3View");
    }

    @Override
    public Node node() {
        return node;
    }
}
