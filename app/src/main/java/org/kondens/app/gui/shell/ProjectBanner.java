package org.kondens.app.gui.shell;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.Message;
import org.kondens.core.Problem;

/**
 * A strip under the menus for what the user must know about the open project: read-only,
 * damaged (with the backup to restore), no backup could be made. Shown until closed or until
 * another project is opened; a damaged project offers "Restore from backup…" at once.
 */
final class ProjectBanner {

    private final HBox box = new HBox(12);
    private final Label text = new Label();

    ProjectBanner(Workbench wb, Runnable restore) {
        I18n t = wb.text();
        text.setId("project-banner-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button restoreButton = new Button(t.get("menu.restore"));
        restoreButton.setId("banner-restore");
        restoreButton.setOnAction(e -> restore.run());
        Button dismiss = new Button("×");
        dismiss.setId("banner-close");
        dismiss.getStyleClass().add("flat");
        dismiss.setAccessibleText(t.get("banner.close"));
        dismiss.setOnAction(e -> show(false));
        box.setId("project-banner");
        box.getChildren().addAll(text, restoreButton, dismiss);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 10, 6, 10));
        box.getStyleClass().add("project-banner");
        wb.warningsProperty().addListener((o, was, now) -> update(t, now, restoreButton));
        update(t, wb.warningsProperty().get(), restoreButton);
    }

    private void update(I18n t, List<Message> warnings, Button restoreButton) {
        text.setText(String.join("\n", warnings.stream().map(w -> w.text(t.locale())).toList()));
        restoreButton.setVisible(warnings.stream().anyMatch(w -> w.code() == Problem.DAMAGED));
        restoreButton.setManaged(restoreButton.isVisible());
        show(!warnings.isEmpty());
    }

    private void show(boolean visible) {
        box.setVisible(visible);
        box.setManaged(visible);
    }

    Node node() {
        return box;
    }
}
