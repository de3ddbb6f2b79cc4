package org.kondens.app.gui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.kondens.core.KondensException;
import org.kondens.core.Message;
import org.kondens.core.model.Language;
import org.kondens.core.model.Part;
import org.kondens.core.model.ProjectChange;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.search.SearchFilter;
import org.kondens.core.search.IndexKeeper;
import org.kondens.core.search.SearchResult;
import org.kondens.core.stc.StcProject;
import org.kondens.core.model.Backup;
import org.kondens.core.stc.ProjectBackups;

/**
 * The app's view model root: the open project and what the views share. Every database call
 * runs on the project thread and every index call on the index thread (in order, never on the FX
 * thread); results and the fresh snapshot come back on the FX thread. Views read {@link #snapshotProperty()} and change
 * the project only through {@link #edit}.
 */
public final class Workbench {

    private final ReadOnlyObjectWrapper<ProjectSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Update> update = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Message>> warnings = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    /** Review mode ({@code --review}): the analysis is read only, review comments can be added. */
    private final ReadOnlyBooleanWrapper reviewOnly = new ReadOnlyBooleanWrapper();
    private volatile boolean reviewMode;
    /** The transcript the reader shows. */
    public final ObjectProperty<UUID> transcript = new SimpleObjectProperty<>();
    /** {@link #transcript} for the project thread, which keeps its text at hand. */
    private volatile UUID shownTranscript;
    /** The code group steps 2–4 work on. */
    public final ObjectProperty<UUID> codeGroup = new SimpleObjectProperty<>();
    /** The subgroup steps 3–4 work on. */
    public final ObjectProperty<UUID> subgroup = new SimpleObjectProperty<>();
    /** A passage to show in context (set by "jump to the interview"); the reader scrolls to it. */
    public final ObjectProperty<Span> reveal = new SimpleObjectProperty<>();
    /** An element whose review comments to show (set by a comment badge); the Review panel opens filtered to it. */
    public final ObjectProperty<org.kondens.core.model.CommentTarget> reviewing = new SimpleObjectProperty<>();

    private volatile I18n text;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kondens-project");
        t.setDaemon(true);
        return t;
    });
    private final List<Runnable> beforeClose = new ArrayList<>();
    private Consumer<Throwable> errors = e -> { };
    private volatile StcProject project;
    /** The snapshot last read, brought up to date by each change (project thread only). */
    private ProjectSnapshot shown;
    /** The project the published snapshot was read from (FX thread). */
    private StcProject published;
    private final ProjectIndex index;

    /** What the FX thread shows of the project, all read on the project thread, and the open project it was read from. */
    private record State(ProjectSnapshot snapshot, String undoName, String redoName, ProjectChange change, StcProject from) {
    }

    /**
     * One published change: the project as it is now and what the operation changed. View models
     * listen to {@link #updateProperty()} and refresh only when {@code change} touches what they show.
     */
    public record Update(ProjectSnapshot snapshot, ProjectChange change) {
        public boolean touches(Part... parts) {
            return change.touches(parts);
        }

        /** Each publish is news of its own: never compared by content (which could read turns from disk). */
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** Where results are handed to the screen: the FX thread in the app, the caller's thread in view-model tests. */
    private final java.util.concurrent.Executor ui;
    private final IndexStatus indexStatus;
    private final StatusLine status;

    public Workbench(I18n text, Path cacheRoot) {
        this(text, cacheRoot, Platform::runLater);
    }

    /**
     * A workbench that completes its work through {@code ui}: {@code Platform::runLater} in the
     * app; a view-model test passes {@code Runnable::run} and needs no JavaFX toolkit.
     */
    public Workbench(I18n text, Path cacheRoot, java.util.concurrent.Executor ui) {
        this.text = text;
        this.ui = ui;
        this.indexStatus = new IndexStatus(text);
        this.index = new ProjectIndex(cacheRoot, st -> ui.execute(() -> indexStatus.show(st)));
        this.status = new StatusLine(text);
        transcript.addListener((o, a, id) -> shownTranscript = id);
    }

    public I18n text() {
        return text;
    }

    /** Switches the UI language (the main window is rebuilt with it). */
    public void setText(I18n text) {
        this.text = text;
        status.setText(text);
        indexStatus.setText(text);
    }

    /** Where failed background work is reported (the main window shows a dialog). */
    public void onError(Consumer<Throwable> handler) {
        this.errors = handler;
    }

    // ---- opening and closing

    public CompletableFuture<ProjectSnapshot> open(Path path) {
        return openWith(path, () -> StcProject.openBackingUpLater(path));
    }

    public CompletableFuture<ProjectSnapshot> create(Path path, String title, Language language) {
        return openWith(path, () -> StcProject.create(path, title, language));
    }

    /** Opens the sample project, building it from the sample study first if needed. */
    public CompletableFuture<ProjectSnapshot> openSample(Path samples) {
        Path path = samples.resolve(Samples.PROJECT);
        return openWith(path, () -> {
            Samples.ensureBuilt(samples);
            return StcProject.openBackingUpLater(path);
        });
    }

    private CompletableFuture<ProjectSnapshot> openWith(Path path, java.util.function.Supplier<StcProject> opener) {
        status.show("status.opening", path.getFileName());
        return call(() -> {
            closeProject();
            StcProject p = opener.get();
            project = p;
            index.open();
            return readState();
        }).thenApply(state -> {
            ProjectSnapshot s = state.snapshot();
            snapshot.set(null); // the other file's is not shown with this one's transcript and group (see publish)
            file.set(path);
            showWarnings();
            transcript.set(s.transcripts().isEmpty() ? null : s.transcripts().get(0).id());
            codeGroup.set(s.codeGroups().isEmpty() ? null : s.codeGroups().get(0).id());
            subgroup.set(null);
            publish(state);
            RecentProjects.add(path);
            checkAndBackUp();
            return s;
        });
    }

    /**
     * The open's check and backup, run as soon as the project is on screen: the window does not
     * wait for a research group's file to be copied, and an edit made meanwhile waits for it on
     * the project thread. A file found damaged turns read-only, and says so.
     */
    private void checkAndBackUp() {
        StcProject opened = project;
        status.show("status.backingUp", file.get() == null ? "" : file.get().getFileName());
        call(() -> {
            opened.backUpIfPending();
            return null;
        }).thenRun(() -> {
            if (project == opened) {
                showWarnings();
                status.show(readOnly.get() ? "status.readOnly" : "status.saved");
            }
        });
    }

    /**
     * Index work for a published change starts only when {@code afterFrame} runs it: the window
     * passes "after the next drawn frame", so on two cores the index never competes with drawing
     * the change (at start-up that frame is the project on screen).
     */
    public void indexAfter(Consumer<Runnable> afterFrame) {
        index.afterFrame(afterFrame);
    }

    /** Stops a long index build (it goes on at the next search or transcript change); edits never wait for it anyway. */
    public void cancelIndexing() {
        index.cancel();
    }

    /**
     * Builds the new project {@code out} from a REFI-QDA project (NVivo, ATLAS.ti, MAXQDA,
     * QualCoder, Kondens) and opens it, the codes at level {@code groupLevel} (1 = the top) as code
     * groups; the report lists what could not be carried over.
     */
    public CompletableFuture<org.kondens.core.exchange.ImportReport> importQdpx(Path qdpx, Path out, Language language, int groupLevel) {
        status.show("status.opening", qdpx.getFileName());
        return call(() -> org.kondens.core.exchange.QdpxReader.importProject(qdpx, out, language, groupLevel))
                .thenCompose(report -> open(out).thenApply(s -> report));
    }

    /** The open project's backups, newest first, each checked (read on the project thread). */
    public CompletableFuture<List<Backup>> backups() {
        Path current = file.get();
        return call(() -> ProjectBackups.list(current));
    }

    /**
     * Puts {@code backup} in the place of the open project: pending text is saved, the project
     * closed, the backup restored (the current file kept in the backups folder) and the project
     * opened again. If the restore fails, the project is reopened as it was.
     *
     * @return where the replaced file was kept
     */
    public CompletableFuture<Path> restore(Path backup) {
        Path current = file.get();
        beforeClose.forEach(Runnable::run);
        return call(() -> {
            closeProject();
            try {
                return ProjectBackups.restore(current, backup);
            } catch (RuntimeException e) {
                project = StcProject.open(current);
                index.open();
                throw e;
            }
        }).thenCompose(aside -> open(current).thenApply(s -> aside));
    }

    private void showWarnings() {
        StcProject p = project;
        warnings.set(p == null ? List.of() : p.warningMessages());
        readOnly.set(p != null && p.isReadOnly());
    }

    public boolean isOpen() {
        return project != null;
    }

    /** Runs every registered "save what you are typing" hook, then closes the project. */
    public void close() {
        beforeClose.forEach(Runnable::run);
        try {
            worker.submit(this::closeProject).get();
        } catch (Exception e) {
            // closing on exit: nothing more to do
        }
        worker.shutdown();
        index.shutdown();
    }

    /** On the project thread; a sync under way stops, then the index is closed on its own thread. */
    private void closeProject() {
        index.close();
        shown = null;
        if (project != null) {
            project.close();
            project = null;
        }
    }

    /** Editors register here to save pending text on close. */
    public void beforeClose(Runnable flush) {
        beforeClose.add(flush);
    }

    public CompletableFuture<Void> saveCopy(Path target) {
        return call(() -> {
            project.saveCopy(target);
            return null;
        });
    }

    // ---- editing

    /**
     * Applies a change through core on the project thread; the snapshot is refreshed and the
     * future completes on the FX thread. A refused change ({@link KondensException}) is shown
     * to the user and the project is unchanged.
     */
    public <T> CompletableFuture<T> edit(Function<StcProject, T> change) {
        return change(() -> {
            if (reviewMode) {
                throw new KondensException(text.get("review.mode.refused"));
            }
            return change.apply(requireProject());
        });
    }

    /**
     * A change of the review comments only (comment, reply, resolve, delete): as {@link #edit},
     * and allowed in review mode, where the analysis itself is read only.
     */
    public <T> CompletableFuture<T> review(Function<org.kondens.core.stc.Reviews, T> change) {
        return change(() -> change.apply(requireProject().reviews()));
    }

    /** Runs {@code work} on the project thread, then publishes what it changed; completes with its result. */
    private <T> CompletableFuture<T> change(java.util.concurrent.Callable<T> work) {
        status.show("status.saving");
        return call(() -> {
            T result = work.call();
            return new Object[] {result, readState()};
        }).thenApply(pair -> {
            publish((State) pair[1]);
            @SuppressWarnings("unchecked")
            T result = (T) pair[0];
            return result;
        });
    }

    /** Review mode: from now on only {@link #review} changes the project; every other edit (and undo) is refused. */
    public void reviewOnly(boolean on) {
        reviewMode = on;
        reviewOnly.set(on);
    }

    public ReadOnlyBooleanProperty reviewOnlyProperty() {
        return reviewOnly.getReadOnlyProperty();
    }

    public CompletableFuture<Void> editVoid(Consumer<StcProject> change) {
        return edit(p -> {
            change.accept(p);
            return null;
        });
    }

    /** Publishes the project again, as if everything changed (after the window was rebuilt). */
    public void refresh() {
        call(() -> {
            State s = readState();
            return new State(s.snapshot(), s.undoName(), s.redoName(), ProjectChange.EVERYTHING, s.from());
        }).thenAccept(this::publish);
    }

    public void undo() {
        edit(StcProject::undo);
    }

    public void redo() {
        edit(StcProject::redo);
    }

    /**
     * One page of a search, the {@code limit} matching passages from the {@code offset}-th (the
     * list asks for more on scroll): the published snapshot searched on the index thread, never
     * behind an edit on the project thread (only a text of the page not yet in memory is read,
     * between two edits).
     */
    public CompletableFuture<SearchResult> search(String query, SearchFilter filter, int offset, int limit) {
        ProjectSnapshot s = snapshot.get();
        IndexKeeper k = index.keeper();
        return on(index.thread(), () -> {
            if (s == null || k == null) {
                throw new KondensException(text.get("error.noProject"));
            }
            return k.search(s, query, filter, offset, limit);
        });
    }

    /**
     * Brings the text of transcript {@code id} into memory on the project thread, to be shown by
     * the reader: a snapshot carries no texts, and the FX thread never waits for the disk.
     */
    public CompletableFuture<Void> bringText(UUID id) {
        shownTranscript = id;
        return call(() -> {
            if (project != null && shown != null) { // the project thread's newest snapshot; the units' passages are kept already
                project.keepTextShown(shown, id);
            }
            return null;
        });
    }

    /** Reads from the open project on the project thread: nothing changes, nothing is published. */
    public <T> CompletableFuture<T> read(Function<StcProject, T> query) {
        return call(() -> query.apply(requireProject()));
    }

    /** Runs {@code work} on the project thread; completes on the FX thread; errors go to the error handler. */
    public <T> CompletableFuture<T> call(java.util.concurrent.Callable<T> work) {
        return on(worker, work);
    }

    private <T> CompletableFuture<T> on(ExecutorService thread, java.util.concurrent.Callable<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        thread.submit(() -> {
            try {
                T value = work.call();
                ui.execute(() -> done.complete(value));
            } catch (Throwable e) {
                ui.execute(() -> {
                    if (e instanceof KondensException) {
                        status.show((KondensException) e);
                    } else {
                        status.show("status.failed");
                    }
                    errors.accept(e);
                    done.completeExceptionally(e);
                });
            }
        });
        return done;
    }

    private StcProject requireProject() {
        if (project == null) {
            throw new KondensException(text.get("error.noProject"));
        }
        return project;
    }

    /**
     * On the project thread: the last snapshot brought up to date by what changed since (only
     * the changed parts are read again), and the Edit menu's names.
     */
    private State readState() {
        StcProject p = requireProject();
        ProjectChange change = p.takeChange();
        shown = p.refreshed(shown, change);
        // The reader's transcript; when it has none of this project (just opened), the first, which it opens on.
        UUID reader = shownTranscript != null && shown.transcript(shownTranscript).isPresent() ? shownTranscript
                : shown.transcripts().isEmpty() ? null : shown.transcripts().get(0).id();
        p.keepTextsShown(shown, reader);
        return new State(shown, p.undoName(text.locale()).orElse(null), p.redoName(text.locale()).orElse(null), change, p);
    }

    /** On the FX thread: shows a state read on the project thread; no database or index work here. */
    private void publish(State state) {
        if (state.from() != published) {
            // Another file's snapshot (an open, a restore, a reopen after a failed restore) goes first:
            // two files' speaker turns compare only by reading them, which setting the new one in its
            // place would do here, on the FX thread.
            snapshot.set(null);
            published = state.from();
        }
        snapshot.set(state.snapshot());
        update.set(new Update(state.snapshot(), state.change()));
        undoName.set(state.undoName());
        redoName.set(state.redoName());
        status.show(readOnly.get() ? "status.readOnly" : "status.saved");
        if (state.change().touches(Part.TRANSCRIPTS, Part.PROJECT)) {
            index.keepUp(state.snapshot());
        }
    }

    // ---- properties

    public ReadOnlyObjectProperty<ProjectSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ProjectSnapshot snapshot() {
        return snapshot.get();
    }

    /** Each publish sets a new {@link Update}: the snapshot with what changed. */
    public ReadOnlyObjectProperty<Update> updateProperty() {
        return update.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.lineProperty();
    }

    /** The search index's line, progress and whether a build can be stopped, for the status bar. */
    public IndexStatus indexStatus() {
        return indexStatus;
    }

    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    /** What the open said (read-only, damaged, no backup made): one sentence each, shown in a banner. */
    public ReadOnlyObjectProperty<List<Message>> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }
}
