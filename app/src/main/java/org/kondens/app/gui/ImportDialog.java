package org.kondens.app.gui;

import javafx.stage.Window;

/** Placeholder: replaced by the real import dialog. */
final class ImportDialog {

    private ImportDialog() {
    }

    static void show(Window owner, Workbench wb) {
    }
}
