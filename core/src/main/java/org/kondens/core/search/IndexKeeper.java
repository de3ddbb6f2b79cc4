package org.kondens.core.search;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.lucene.store.FSDirectory;
import org.kondens.core.KondensException;
import org.kondens.core.model.Language;
import org.kondens.core.model.ProjectSnapshot;

/**
 * Keeps one project's search index fit to search: the one place that decides when to open it,
 * whether it is current, when to sync, when to rebuild and when to fall back. The GUI and the
 * CLI both search through it.
 *
 * <p>Index work runs on the caller's thread (the GUI's index thread, never the project thread,
 * so an edit never waits behind indexing); {@link #cancel()}, {@link #status()} and
 * {@link #close()} may be called from any thread. A sync reports its progress to the listener
 * and can be cancelled: the index keeps what it indexed, and the next {@link #keepUp} goes on
 * from there. An index that cannot be updated is rebuilt once; if that fails too, a temporary
 * index in memory takes its place and the status says so.
 */
public final class IndexKeeper implements AutoCloseable {

    public enum State { IDLE, BUILDING, READY, CANCELLED, FAILED }

    /**
     * Where the index stands: while building, {@code done} of {@code total} transcripts are
     * indexed; {@code notice} is what the user should know (rebuilt, temporary), or null.
     */
    public record Status(State state, int done, int total, String notice) {
    }

    private final Path cacheRoot;
    private final SearchIndex.Directories directories;
    private final Consumer<Status> listener;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private volatile boolean closed;
    private volatile Status status = new Status(State.IDLE, 0, 0, null);
    private SearchIndex index;
    private UUID projectId;

    /** A keeper for indexes under {@code cacheRoot}; {@code listener} hears every change of status (on the index thread). */
    public IndexKeeper(Path cacheRoot, Consumer<Status> listener) {
        this(cacheRoot, FSDirectory::open, listener);
    }

    IndexKeeper(Path cacheRoot, SearchIndex.Directories directories, Consumer<Status> listener) {
        this.cacheRoot = cacheRoot;
        this.directories = directories;
        this.listener = listener;
    }

    public Status status() {
        return status;
    }

    /**
     * Brings the index up to date with {@code snapshot}: opens it (again, for another project or
     * language), syncs what changed, rebuilds it once if it fails, else falls back to memory.
     */
    public synchronized Status keepUp(ProjectSnapshot snapshot) {
        if (closed) {
            return status;
        }
        try {
            SearchIndex i = indexFor(snapshot);
            if (!i.isCurrent(snapshot)) {
                int total = snapshot.transcripts().size();
                show(new Status(State.BUILDING, 0, total, i.notice()));
                sync(snapshot);
            }
            SearchIndex now = index;
            return show(now.isCurrent(snapshot) ? new Status(State.READY, 0, 0, now.notice())
                    : new Status(State.CANCELLED, status.done(), status.total(), now.notice()));
        } catch (RuntimeException e) {
            show(new Status(State.FAILED, 0, 0, e.getMessage()));
            throw e;
        } finally {
            cancel.set(false);
        }
    }

    /** Searches {@code snapshot}, keeping the index up first; a cancelled build searches what is indexed so far. */
    public SearchResult search(ProjectSnapshot snapshot, String query, SearchFilter filter, int limit) {
        return search(snapshot, query, filter, 0, limit);
    }

    /** One page of a search: the {@code limit} matching passages from the {@code offset}-th; see {@link SearchIndex#search}. */
    public synchronized SearchResult search(ProjectSnapshot snapshot, String query, SearchFilter filter, int offset, int limit) {
        if (closed) {
            throw new IllegalStateException("the search index is closed");
        }
        keepUp(snapshot);
        return index.search(snapshot, query, filter, offset, limit);
    }

    /** Stops a sync under way after the transcript in hand; it goes on at the next {@link #keepUp}. */
    public void cancel() {
        if (status.state() == State.BUILDING) {
            cancel.set(true);
        }
    }

    private void sync(ProjectSnapshot snapshot) {
        SearchIndex.Progress progress = (done, total) -> show(new Status(State.BUILDING, done, total, index.notice()));
        try {
            index.sync(snapshot, progress, this::stopping);
        } catch (KondensException failed) {
            try {
                // A failed sync leaves the index marked for a rebuild: one more try from scratch.
                index.sync(snapshot, progress, this::stopping);
            } catch (KondensException again) {
                index.close();
                index = SearchIndex.temporary(snapshot.project().language(), again.getMessage() + " Searching a temporary index.");
                index.sync(snapshot, progress, this::stopping);
            }
        }
    }

    private boolean stopping() {
        return cancel.get() || closed;
    }

    private SearchIndex indexFor(ProjectSnapshot s) {
        UUID id = s.project().id();
        Language language = s.project().language();
        if (index != null && (!id.equals(projectId) || index.language() != language)) {
            // Another project, or a new language: words are analysed differently, so a new index.
            index.close();
            index = null;
        }
        if (index == null) {
            index = SearchIndex.open(cacheRoot, id, language, directories);
            projectId = id;
        }
        return index;
    }

    private Status show(Status s) {
        status = s;
        listener.accept(s);
        return s;
    }

    /**
     * Stops for good, at once and from any thread: a sync under way ends after the transcript in
     * hand and later calls do nothing, so closing a project never waits for a long build.
     */
    public void stop() {
        closed = true;
    }

    /** Stops and closes the index. */
    @Override
    public void close() {
        stop();
        closeIndex();
    }

    private synchronized void closeIndex() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
