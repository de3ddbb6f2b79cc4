package org.kondens.app.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app: one window over one project. */
public final class KondensApp extends Application {

    /** Opened when no project is named, so a new user sees a real analysis at once. */
    static final Path SAMPLE = Path.of("samples", "sample.kondens");

    private MainViewModel model;

    public static void launchGui(String[] args) {
        try {
            Application.launch(KondensApp.class, args);
        } catch (RuntimeException e) {
            // Typically "Unable to open DISPLAY" on a machine without a desktop.
            System.err.println("kondens: cannot open a window (" + e.getMessage() + "). "
                    + "The command line works without one: java -jar kondens.jar --help");
            System.exit(1);
        }
    }

    @Override
    public void start(Stage stage) {
        model = new MainViewModel();
        MainWindow window = new MainWindow(model);
        stage.setScene(window.scene());
        stage.titleProperty().bind(model.windowTitleProperty());
        stage.setWidth(1100);
        stage.setHeight(720);
        stage.show();
        List<String> args = getParameters().getRaw();
        Path project = !args.isEmpty() ? Path.of(args.get(0)) : Files.exists(SAMPLE) ? SAMPLE : null;
        if (project != null) {
            model.open(project);
        }
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
    }
}
