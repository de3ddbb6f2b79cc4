package org.kondens.app.gui.shell;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up floor for {@code kondens bench --startup}: an empty JavaFX window with one label,
 * timed the same way as Kondens's {@code --startup-probe}. Run from the same jar:
 * {@code java -cp kondens.jar org.kondens.app.gui.shell.StartupFloor}. (A plain main class, as
 * {@code Launcher}: the java launcher refuses an Application subclass from a class path.)
 */
public final class StartupFloor {

    private StartupFloor() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1280, 800));
            stage.setOnShown(e -> Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("First window shown " + ms + " ms after JVM start");
                Platform.exit();
            }));
            stage.show();
        }
    }
}

