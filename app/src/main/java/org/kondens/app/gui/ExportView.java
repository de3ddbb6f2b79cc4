package org.kondens.app.gui;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** Placeholder: replaced by the real view. */
final class ExportView implements WorkView {

    private final Label node;

    ExportView(Workbench wb) {
        node = new Label("ExportView");
    }

    @Override
    public Node node() {
        return node;
    }
}
