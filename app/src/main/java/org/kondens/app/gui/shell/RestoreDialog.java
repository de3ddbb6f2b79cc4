package org.kondens.app.gui.shell;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.Backup;
import org.kondens.core.stc.ProjectBackups;

/**
 * File › Restore from backup…: the backups, newest first, with what each holds; a damaged one
 * cannot be chosen. Restoring keeps the current file in the backups folder.
 */
final class RestoreDialog {

    private RestoreDialog() {
    }

    static void show(Window owner, Workbench wb) {
        if (!wb.isOpen()) {
            return;
        }
        wb.backups().thenAccept(backups -> choose(owner, wb, backups));
    }

    private static void choose(Window owner, Workbench wb, List<Backup> backups) {
        I18n t = wb.text();
        if (backups.isEmpty()) {
            Alert none = new Alert(Alert.AlertType.INFORMATION, t.get("restore.none", ProjectBackups.folderOf(wb.fileProperty().get())));
            none.initOwner(owner);
            none.setHeaderText(t.get("restore.title"));
            none.show();
            return;
        }
        ListView<Backup> list = new ListView<>();
        list.setId("backup-list");
        list.getItems().setAll(backups);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Backup b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : describe(t, b));
                setDisable(b != null && !b.sound());
            }
        });
        backups.stream().filter(Backup::sound).findFirst().ifPresent(list.getSelectionModel()::select);
        list.setPrefHeight(200);
        list.setPrefWidth(520);

        Dialog<Backup> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(t.get("restore.title"));
        dialog.setHeaderText(t.get("restore.header", wb.fileProperty().get().getFileName()));
        ButtonType restore = new ButtonType(t.get("restore.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, NewProjectDialog.cancel(t));
        dialog.getDialogPane().lookupButton(restore).disableProperty().bind(
                list.getSelectionModel().selectedItemProperty().isNull());
        Label explain = new Label(t.get("restore.explain"));
        explain.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, list, explain));
        dialog.setResultConverter(b -> b == restore ? list.getSelectionModel().getSelectedItem() : null);
        dialog.showAndWait().filter(Backup::sound).ifPresent(b -> restore(owner, wb, b));
    }

    private static void restore(Window owner, Workbench wb, Backup b) {
        wb.restore(b.file()).thenAccept(aside -> {
            Alert done = new Alert(Alert.AlertType.INFORMATION, aside == null ? "" : wb.text().get("restore.kept", aside));
            done.initOwner(owner);
            done.setHeaderText(wb.text().get("restore.done", b.shownTime()));
            done.show();
        });
    }

    static String describe(I18n t, Backup b) {
        return b.sound() ? t.get("restore.item", b.shownTime(), b.transcripts(), b.meaningUnits(), b.codeGroups())
                : t.get("restore.damaged", b.shownTime());
    }
}
