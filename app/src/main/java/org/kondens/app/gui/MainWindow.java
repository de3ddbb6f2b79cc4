package org.kondens.app.gui;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The main window's layout: the step bar across the top, the work area, the status bar.
 * (The full workbench comes with the GUI issue; this is its frame.)
 */
final class MainWindow {

    private final Scene scene;

    MainWindow(MainViewModel model) {
        ToggleGroup steps = new ToggleGroup();
        HBox stepBar = new HBox(4);
        stepBar.setPadding(new Insets(8));
        for (String step : new String[] {"① Total impression", "② Meaning units", "③ Condensation", "④ Synthesis", "Export"}) {
            ToggleButton b = new ToggleButton(step);
            b.setToggleGroup(steps);
            stepBar.getChildren().add(b);
        }
        steps.selectToggle(steps.getToggles().get(0));

        Label title = new Label();
        title.setId("project-title");
        title.textProperty().bind(model.projectTitleProperty());
        title.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        ListView<String> summary = new ListView<>(model.stepSummaries());
        summary.setId("step-summaries");
        VBox work = new VBox(12, title, summary);
        work.setPadding(new Insets(16));

        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        HBox statusBar = new HBox(status);
        statusBar.setPadding(new Insets(4, 8, 4, 8));
        statusBar.setStyle("-fx-border-color: #ccc transparent transparent transparent;");

        BorderPane root = new BorderPane(work, stepBar, null, statusBar, null);
        scene = new Scene(root);
    }

    Scene scene() {
        return scene;
    }
}
