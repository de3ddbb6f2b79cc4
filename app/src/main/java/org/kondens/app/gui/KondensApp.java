package org.kondens.app.gui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app: one window over one project. */
public final class KondensApp extends Application {


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
        if (!args.isEmpty()) {
            model.open(Path.of(args.get(0)));
        } else {
            // No project named: show the sample study, so a new user sees a real analysis at once.
            Samples.folder().ifPresent(model::openSample);
        }
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
    }
}
