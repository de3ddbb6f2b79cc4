package org.kondens.app.gui.common;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.search.IndexKeeper;

/**
 * The open project's search index, on a thread of its own ("kondens-index") so an edit never
 * waits behind indexing: kept up to date with each published snapshot once the frame showing it
 * is drawn, searched there, stopped and closed with the project. It works from published
 * snapshots only and never touches the database.
 */
final class ProjectIndex {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kondens-index");
        t.setDaemon(true);
        return t;
    });
    private final Path cacheRoot;
    private final Consumer<IndexKeeper.Status> status;
    /** How index work waits for the frame that shows a change (the app: its next drawn frame; tests: not at all). */
    private Consumer<Runnable> afterFrame = Runnable::run;
    private volatile IndexKeeper keeper;

    /** {@code status} is told on the index thread each time the keeper's state changes. */
    ProjectIndex(Path cacheRoot, Consumer<IndexKeeper.Status> status) {
        this.cacheRoot = cacheRoot;
        this.status = status;
    }

    /** The thread searches run on. */
    ExecutorService thread() {
        return thread;
    }

    /** The keeper of the open project's index; null when no project is open. */
    IndexKeeper keeper() {
        return keeper;
    }

    /** A keeper for a project just opened (the index itself is opened at the first sync). */
    void open() {
        keeper = new IndexKeeper(cacheRoot, status);
    }

    /** Index work for a published change starts only when {@code afterFrame} runs it. */
    void afterFrame(Consumer<Runnable> afterFrame) {
        this.afterFrame = afterFrame;
    }

    /** Brings the index up to date with {@code s} on the index thread, after the frame that shows it. */
    void keepUp(ProjectSnapshot s) {
        IndexKeeper k = keeper;
        if (k == null) {
            return;
        }
        afterFrame.accept(() -> thread.submit(() -> {
            try {
                k.keepUp(s);
            } catch (RuntimeException e) {
                // the keeper's status (failed) is shown; search says why when it is asked
            }
        }));
    }

    /** Stops a long build (it goes on at the next search or transcript change). */
    void cancel() {
        IndexKeeper k = keeper;
        if (k != null) {
            k.cancel();
        }
    }

    /** With the project: a build under way stops at once, then the index is closed on its own thread. */
    void close() {
        IndexKeeper k = keeper;
        keeper = null;
        if (k != null) {
            k.stop(); // closing never waits for a build
            try {
                thread.submit(k::close).get();
            } catch (Exception e) {
                // the index is a cache: a failed close costs at most a rebuild
            }
        }
    }

    void shutdown() {
        thread.shutdown();
    }
}
