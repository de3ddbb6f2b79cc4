package org.kondens.app.gui;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** Placeholder: replaced by the real view. */
final class OverviewView implements WorkView {

    private final Label node;

    OverviewView(Workbench wb) {
        node = new Label("OverviewView");
    }

    @Override
    public Node node() {
        return node;
    }
}
