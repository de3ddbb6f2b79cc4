package org.kondens.app.gui.shell;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs work once the window's next frame has been laid out: the first window, or a change on screen, never waits for it. */
final class FirstPulse {

    private FirstPulse() {
    }

    /** Runs {@code work} on the FX thread right after the next pulse of {@code scene} (its next drawn frame). */
    static void then(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // after the listener, so the pulse finishes and the frame goes to the screen first
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
