package org.kondens.app.gui.shell;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * {@code --startup-probe[=MODE]}: starts the window, prints how long after JVM start something was
 * on screen, and exits; {@code kondens bench --startup} and the AOT training run use it.
 * Modes: none (the first window), {@code step2} (the sample's step 2 fully drawn: the reader shows
 * text and the group list is filled), {@code open:PATH} (that project's reader showing text),
 * {@code train} (the sample opened and every work area visited, for the AOT cache).
 */
record StartupProbe(Mode mode, Path project) {

    static final String ARG = "--startup-probe";

    enum Mode { FIRST_WINDOW, STEP2, OPEN, USABLE, TRAIN }

    private static final long TIMEOUT_MS = 180_000;
    private static final long AREA_MS = 400;

    /** The probe the arguments ask for, if any. */
    static Optional<StartupProbe> of(List<String> args) {
        for (String a : args) {
            if (a.equals(ARG)) {
                return Optional.of(new StartupProbe(Mode.FIRST_WINDOW, null));
            }
            if (a.startsWith(ARG + "=")) {
                String m = a.substring(ARG.length() + 1);
                if (m.startsWith("open:")) {
                    return Optional.of(new StartupProbe(Mode.OPEN, Path.of(m.substring("open:".length()))));
                }
                if (m.startsWith("usable:")) {
                    return Optional.of(new StartupProbe(Mode.USABLE, Path.of(m.substring("usable:".length()))));
                }
                return Optional.of(new StartupProbe(switch (m) {
                    case "step2" -> Mode.STEP2;
                    case "train" -> Mode.TRAIN;
                    default -> throw new IllegalArgumentException("unknown probe " + m + " (step2, train, open:PATH, usable:PATH)");
                }, null));
            }
        }
        return Optional.empty();
    }

    /** What the probe opens once the window is drawn. */
    StartupChoice choice() {
        return switch (mode) {
            case FIRST_WINDOW -> new StartupChoice(StartupChoice.Kind.NOTHING, null);
            case STEP2, TRAIN -> new StartupChoice(StartupChoice.Kind.SAMPLE, null);
            case OPEN, USABLE -> new StartupChoice(StartupChoice.Kind.PROJECT, project);
        };
    }

    /** Settings of their own, so a probe run neither reads nor changes the user's (bounds, recent projects). */
    static void ownSettings() {
        if (System.getProperty("kondens.prefs") == null) {
            System.setProperty("kondens.prefs", "org/kondens-probe");
        }
    }

    /** Arms the probe on {@code stage} before it is shown: the first window is timed as {@code StartupFloor} times its own. */
    void arm(Stage stage) {
        stage.setOnShown(e -> Platform.runLater(() -> {
            System.out.println("First window shown " + sinceStart() + " ms after JVM start");
            if (mode == Mode.FIRST_WINDOW) {
                Platform.exit();
            }
        }));
    }

    /** Once the first window is drawn (the probe's project opening since the start): shows step 2 and times it drawn. */
    void afterFirstFrame(AppShell shell) {
        if (mode == Mode.FIRST_WINDOW) {
            return;
        }
        Scene scene = shell.window().scene();
        BooleanSupplier drawn;
        if (mode == Mode.USABLE) {
            // Issue 17's "usable window": the area the project opens in shows its transcript's text.
            drawn = () -> anyReaderShowsText(scene);
        } else {
            shell.window().show(MainWindow.Area.STEP2);
            drawn = mode == Mode.OPEN ? () -> readerShowsText(scene) : () -> readerShowsText(scene) && groupsFilled(scene);
        }
        whenDrawn(drawn, () -> {
            if (mode == Mode.TRAIN) {
                visitAll(shell, 0);
            } else {
                System.out.println((mode == Mode.STEP2 ? "Step 2 drawn " : mode == Mode.USABLE ? "Project usable " : "Project shown ")
                        + sinceStart() + " ms after JVM start");
                Platform.exit();
            }
        });
    }

    /** Checks each frame; runs {@code then} one frame after {@code drawn} holds, so that frame was drawn. */
    private static void whenDrawn(BooleanSupplier drawn, Runnable then) {
        long start = System.currentTimeMillis();
        new AnimationTimer() {
            private boolean ready;

            @Override
            public void handle(long now) {
                if (ready) {
                    stop();
                    then.run();
                } else if (drawn.getAsBoolean()) {
                    ready = true;
                } else if (System.currentTimeMillis() - start > TIMEOUT_MS) {
                    stop();
                    System.err.println("kondens: the start-up probe timed out");
                    System.exit(1);
                }
            }
        }.start();
    }

    /** The training run: every work area once, each given time to build and draw. */
    private static void visitAll(AppShell shell, int i) {
        MainWindow.Area[] areas = MainWindow.Area.values();
        if (i == areas.length) {
            System.out.println("Trained on " + areas.length + " work areas, " + sinceStart() + " ms after JVM start");
            Platform.exit();
            return;
        }
        shell.window().show(areas[i]);
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(AREA_MS));
        pause.setOnFinished(e -> visitAll(shell, i + 1));
        pause.play();
    }

    private static boolean readerShowsText(Scene scene) {
        Node step2 = scene.lookup("#step2");
        Node reader = step2 == null ? null : step2.lookup("#transcript-reader");
        return reader instanceof GenericStyledArea<?, ?, ?> area && area.getLength() > 0;
    }

    private static boolean anyReaderShowsText(Scene scene) {
        return scene.getRoot().lookupAll("#transcript-reader").stream()
                .anyMatch(n -> n.isVisible() && n.getScene() != null && n instanceof GenericStyledArea<?, ?, ?> area && area.getLength() > 0);
    }

    private static boolean groupsFilled(Scene scene) {
        return scene.lookup("#step2-groups") instanceof ListView<?> groups && !groups.getItems().isEmpty();
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
