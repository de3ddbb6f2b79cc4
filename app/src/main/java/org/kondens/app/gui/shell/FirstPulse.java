package org.kondens.app.gui.shell;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs work once the window's first frame has been laid out, so the first window never waits for it. */
final class FirstPulse {

    private FirstPulse() {
    }

    /** Runs {@code work} on the FX thread right after the first pulse of {@code scene} (its first drawn frame). */
    static void then(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // after the listener, so the pulse finishes and the frame goes to the screen first
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
