package org.kondens.app.gui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * The workbench's way to the FX thread during start-up: the project opens on its own thread while
 * the window is made, and what it brings waits here until the window's first frame is drawn, so
 * the first window never waits for the project and the project never waits for the window.
 */
final class FirstFrameGate implements Executor {

    private List<Runnable> waiting = new ArrayList<>();

    @Override
    public void execute(Runnable work) {
        synchronized (this) {
            if (waiting != null) {
                waiting.add(work);
                return;
            }
        }
        Platform.runLater(work);
    }

    /** The first frame is drawn: what waited goes to the FX thread in order, and everything after it goes straight there. */
    void open() {
        List<Runnable> ready;
        synchronized (this) {
            ready = waiting;
            waiting = null;
        }
        if (ready != null) {
            ready.forEach(Platform::runLater);
        }
    }
}
