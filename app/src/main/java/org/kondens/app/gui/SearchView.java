package org.kondens.app.gui;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** Placeholder: replaced by the real view. */
final class SearchView implements WorkView {

    private final Label node;

    SearchView(Workbench wb) {
        node = new Label("SearchView");
    }

    /** Runs {@code query} (from the quick-search box). */
    void search(String query) {
    }

    @Override
    public Node node() {
        return node;
    }
}
