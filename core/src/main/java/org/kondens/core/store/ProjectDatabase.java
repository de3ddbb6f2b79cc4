package org.kondens.core.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kondens.core.KondensException;
import org.kondens.core.Localizable;
import org.kondens.core.Message;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.ThreadGuard;
import org.kondens.core.model.ProjectChange;

/**
 * One open project file: the single writer, its transactions, the lock and the undo log.
 *
 * <p><b>Journal mode.</b> We use SQLite's rollback journal ({@code DELETE}) with
 * {@code synchronous=FULL}, not WAL: every commit is on disk in the project file itself before
 * the call returns. After a crash in the middle of a transaction the file needs its
 * {@code -journal} beside it to roll back, so a project is copied safely only when it is closed,
 * or with "Save a copy" ({@link #copyTo}, SQLite's backup API), never by copying the bare file
 * while Kondens has it open.
 *
 * <p><b>Lock.</b> One writer per project: {@link ProjectLock} holds an OS lock on a lock file
 * beside the project that nothing else opens (SQLite's own POSIX locks vanish when any descriptor
 * of the project file closes in the process). Readers ({@link Access#READ}) take no lock: they
 * open the file read-only, so {@code info}, {@code search} and exports never change a byte of
 * it, and they may run while the app has the project open.
 *
 * <p><b>Read-only.</b> A project whose file or folder is read-only, or that fails its check
 * before a backup, opens read-only: reading, searching and exporting work, every edit is refused
 * in one sentence, and {@link #warnings()} says why.
 *
 * <p>All access goes through {@link #read} and {@link #write}, serialised on this object.
 */
public final class ProjectDatabase implements AutoCloseable {

    /** Whether the caller means to change the project, or only to look at it. */
    public enum Access { WRITE, READ }

    /** How to open: backups are made at most once per {@code minBackupInterval}. */
    public record OpenOptions(boolean backup, Duration minBackupInterval, Clock clock, Access access, boolean backupLater) {
        public OpenOptions(boolean backup, Duration minBackupInterval, Clock clock) {
            this(backup, minBackupInterval, clock, Access.WRITE);
        }

        public OpenOptions(boolean backup, Duration minBackupInterval, Clock clock, Access access) {
            this(backup, minBackupInterval, clock, access, false);
        }

        /**
         * As these, but the check and backup of the file wait until its first write, or until
         * {@link ProjectDatabase#backUpIfPending} (the app runs it as soon as the window shows):
         * a research group's project opens without waiting to be copied. A file to be migrated
         * is still backed up first.
         */
        public OpenOptions withBackupLater() {
            return new OpenOptions(backup, minBackupInterval, clock, access, true);
        }

        public static OpenOptions defaults() {
            return new OpenOptions(true, Duration.ofMinutes(10), Clock.systemUTC());
        }

        /** For commands that only read: no lock, no backup, not a byte written. */
        public static OpenOptions readOnly() {
            return new OpenOptions(false, Duration.ZERO, Clock.systemUTC(), Access.READ);
        }
    }

    /** A unit of database work inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Sql sql);
    }

    static {
        NativeLibrary.keepOutOfTempFolder();
    }

    private final Path file;
    private final Connection connection;
    private final Sql sql;
    private final TranscriptTexts texts = new TranscriptTexts(TranscriptTexts.through(this::readPart));
    /** Transactions under way on the thread that holds this object's lock (a text read inside one joins it). */
    private int depth;
    private boolean closed;
    private final Clock clock;
    private final List<Message> warnings = new ArrayList<>();
    private boolean readOnly;
    private Localizable readOnlyReason = Term.OPENED_TO_READ;
    private ProjectLock lock;
    private Object openKey;
    /** What the writes since the last {@link #takeChange()} changed; a new file or open: everything. */
    private ProjectChange pending = ProjectChange.EVERYTHING;

    ProjectDatabase(Path file, Connection connection, Clock clock, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.sql = new Sql(connection, texts);
        this.clock = clock;
        this.readOnly = readOnly;
    }

    /** Creates a new, empty project file (owner-only); refuses to overwrite anything. */
    public static ProjectDatabase create(Path file) {
        return ProjectOpening.create(file);
    }

    public static ProjectDatabase open(Path file) {
        return open(file, OpenOptions.defaults());
    }

    public static ProjectDatabase open(Path file, OpenOptions options) {
        return ProjectOpening.open(file, options);
    }

    /** True when {@code file} (any path to it) is a project open in this JVM. */
    public static boolean isOpenHere(Path file) {
        return OpenHere.contains(file);
    }

    public Path file() {
        return file;
    }

    public Clock clock() {
        return clock;
    }

    /** True when edits are refused: see {@link #warnings()} for why. */
    public synchronized boolean isReadOnly() {
        return readOnly;
    }

    /**
     * What the user should know about this open, one sentence each: read-only, no backup could
     * be made, the file is damaged. Empty for a normal open.
     */
    public synchronized List<String> warnings() {
        return warnings.stream().map(Message::toString).toList();
    }

    /** The same warnings, each to be told in its reader's language. */
    public synchronized List<Message> warningMessages() {
        return List.copyOf(warnings);
    }

    public synchronized <T> T read(Work<T> work) {
        return inTransaction(work);
    }

    /**
     * Keeps the texts of {@code transcripts} in memory (those the screen shows), reading those not
     * there yet; other texts are read when asked for and only a bounded number stays.
     */
    public void keepTexts(java.util.Set<java.util.UUID> transcripts) {
        texts.keepOnly(transcripts);
    }

    /** Keeps the passages of {@code units} in memory (steps 2-4 list them), reading those not there yet. */
    public void keepPassages(java.util.List<org.kondens.core.model.MeaningUnit> units) {
        texts.keepPassagesOf(units);
    }

    /** Characters of meaning units' passages kept in memory now. */
    public long passageCharsInMemory() {
        return texts.passageCharsInMemory();
    }

    /** Characters of transcript text in memory now. */
    public long textCharsInMemory() {
        return texts.charsInMemory();
    }

    /**
     * A transcript's text or turns from the file: in the transaction under way on this thread,
     * else in one of its own. A snapshot may outlive its open file (an export after the command
     * closed it): then they are read with a connection of its own that only reads (they never
     * change after import).
     */
    private synchronized <T> T readPart(Work<T> work) {
        if (!closed) {
            return depth > 0 ? work.run(sql) : inTransaction(work);
        }
        ThreadGuard.check();
        try (Connection c = ProjectOpening.openConnection(file, true)) {
            return work.run(new Sql(c));
        } catch (SQLException | RuntimeException e) {
            throw StoreFailures.inUse(file, e);
        }
    }

    /**
     * Runs one user action as one transaction: the change, its audit line and (if
     * {@code undoable}) its undo step all commit together, before this method returns.
     */
    public synchronized <T> T write(String action, String detail, boolean undoable, Work<T> work) {
        refuseIfReadOnly();
        ProjectChange[] change = {ProjectChange.EVERYTHING};
        T written = inTransaction(s -> action(s, action, detail, undoable, work, change));
        // Only once committed: a refused write changed nothing.
        pending = pending.and(change[0]);
        return written;
    }

    /** One user action inside {@link #writeSteps}: as {@link #write} with {@code undoable}, in a savepoint of its own. */
    public interface Steps {
        <T> T write(String action, String detail, Work<T> work);
    }

    /**
     * Runs many user actions in one transaction, each as {@link #write} would (its audit line and
     * undo step) but inside a savepoint of its own, so a refused action leaves nothing behind and
     * the others go on. One commit, one wait for the disk, for all: an import of a thousand files
     * would otherwise wait for a thousand. They are on disk when this method returns; if the
     * commit fails, none is.
     */
    public synchronized void writeSteps(java.util.function.Consumer<Steps> actions) {
        refuseIfReadOnly();
        ProjectChange[] changes = {ProjectChange.NOTHING};
        inTransaction(s -> {
            actions.accept(new Steps() {
                @Override
                public <T> T write(String action, String detail, Work<T> work) {
                    ProjectChange[] change = {ProjectChange.EVERYTHING};
                    s.update("SAVEPOINT kondens_step");
                    try {
                        T result = action(s, action, detail, true, work, change);
                        s.update("RELEASE kondens_step");
                        changes[0] = changes[0].and(change[0]);
                        return result;
                    } catch (Error e) {
                        throw e; // the whole transaction is rolled back (inTransaction)
                    } catch (RuntimeException e) {
                        RuntimeException failure = e instanceof KondensException ? e : StoreFailures.inUse(file, e);
                        try {
                            s.update("ROLLBACK TO kondens_step");
                            s.update("RELEASE kondens_step");
                        } catch (RuntimeException gone) {
                            // After a full disk SQLite may have rolled back the whole transaction:
                            // the batch ends here, with the first failure, and none of it is kept.
                            throw new BatchFailed(failure);
                        }
                        throw failure;
                    }
                }
            });
            return null;
        });
        pending = pending.and(changes[0]);
    }

    /** A step of {@link #writeSteps} failed so that the whole transaction is lost: nothing of the batch is kept. */
    public static final class BatchFailed extends RuntimeException {
        private final RuntimeException failure;

        BatchFailed(RuntimeException failure) {
            super(failure);
            this.failure = failure;
        }

        /** The failure that ended the batch, a one-line {@link KondensException} for conditions of the disk ("the disk is full"). */
        public RuntimeException failure() {
            return failure;
        }
    }

    private <T> T action(Sql s, String action, String detail, boolean undoable, Work<T> work, ProjectChange[] change) {
        String now = clock.instant().toString();
        if (undoable) {
            UndoLog.begin(s, action, detail, now);
        }
        T result = work.run(s);
        if (undoable) {
            change[0] = StepChanges.of(s, UndoLog.end(s));
        }
        s.update("INSERT INTO audit(time, action, detail) VALUES (?, ?, ?)", now, action, detail);
        return result;
    }

    /**
     * What the writes, undos and redos since the last call changed (ids and parts), and starts
     * collecting afresh. The first call after opening says everything.
     */
    public synchronized ProjectChange takeChange() {
        ProjectChange c = pending;
        pending = ProjectChange.NOTHING;
        return c;
    }

    /**
     * Writes without an audit line or undo step. Only for restoring a whole project (JSON
     * import) into a new file: the restored audit trail is the project's history.
     */
    public synchronized <T> T restore(Work<T> work) {
        refuseIfReadOnly();
        T result = inTransaction(work);
        pending = ProjectChange.EVERYTHING;
        return result;
    }

    /**
     * Writes {@code project} (every id kept) into the new file {@code out}, for JSON and REFI-QDA
     * imports. Either the whole project is written or, on any problem, no file is left behind;
     * {@code source} names the imported file in messages.
     */
    public static void createFrom(Path out, org.kondens.core.model.ProjectSnapshot project, String source) {
        ImportedProjectFile.write(out, project, source, null);
    }

    /** As {@link #createFrom(Path, org.kondens.core.model.ProjectSnapshot, String)}, keeping the import's report in the import log. */
    public static void createFrom(Path out, org.kondens.core.model.ProjectSnapshot project, String source,
            org.kondens.core.model.ImportRecord record) {
        ImportedProjectFile.write(out, project, source, record);
    }

    /**
     * As {@link #createFrom(Path, org.kondens.core.model.ProjectSnapshot, String)}, writing what
     * {@code insert} inserts a part at a time, so that an import need not hold the whole project.
     */
    public static void createFrom(Path out, String source, java.util.function.Consumer<ProjectRepository> insert) {
        ImportedProjectFile.write(out, source, insert);
    }

    /** Undoes the newest step; empty when there is nothing to undo. */
    public synchronized Optional<UndoLog.Step> undo() {
        return replay(true);
    }

    /** Redoes the oldest undone step; empty when there is nothing to redo. */
    public synchronized Optional<UndoLog.Step> redo() {
        return replay(false);
    }

    private Optional<UndoLog.Step> replay(boolean undo) {
        refuseIfReadOnly();
        ProjectChange[] change = {ProjectChange.NOTHING};
        Optional<UndoLog.Step> replayed = inTransaction(s -> (undo ? UndoLog.nextUndo(s) : UndoLog.nextRedo(s)).map(step -> {
            // Rows come back in the reverse order they left; check references once, at commit.
            s.update("PRAGMA defer_foreign_keys = ON");
            if (undo) {
                UndoLog.undo(s, step);
            } else {
                UndoLog.redo(s, step);
            }
            s.update("INSERT INTO audit(time, action, detail) VALUES (?, ?, ?)",
                    clock.instant().toString(), (undo ? "Undo " : "Redo ") + step.action(), step.detail());
            change[0] = StepChanges.of(s, step.id());
            return step;
        }));
        pending = pending.and(change[0]);
        return replayed;
    }

    /**
     * Drops every undo and redo step (the audit trail stays): for a project built by a program,
     * such as the sample study, whose building steps are not the user's to undo.
     */
    public synchronized void forgetUndoHistory() {
        refuseIfReadOnly();
        inTransaction(s -> {
            UndoLog.forgetAll(s);
            return null;
        });
    }

    public synchronized Optional<UndoLog.Step> peekUndo() {
        return inTransaction(UndoLog::nextUndo);
    }

    public synchronized Optional<UndoLog.Step> peekRedo() {
        return inTransaction(UndoLog::nextRedo);
    }

    public synchronized List<UndoLog.Step> undoSteps() {
        return inTransaction(UndoLog::steps);
    }

    /**
     * "Save a copy as…": a consistent copy of the whole project (SQLite's backup API) in the new
     * file {@code target}, owner-only. Never overwrites: a half copy is removed.
     */
    public synchronized void copyTo(Path target) {
        ProjectCopy.saveAs(this, target);
    }

    public synchronized int schemaVersion() {
        return inTransaction(FileFormat::versionOf);
    }

    /** Runs {@code PRAGMA integrity_check}; "ok" for a sound file. */
    public synchronized String integrityCheck() {
        return inTransaction(s -> String.join("; ", s.list("PRAGMA integrity_check", rs -> rs.getString(1))));
    }

    /** Runs {@code PRAGMA quick_check}: "ok", or the first problems found. */
    synchronized String quickCheck() {
        return inTransaction(s -> String.join("; ", s.list("PRAGMA quick_check(3)", rs -> rs.getString(1))));
    }

    @Override
    public synchronized void close() {
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("closing " + file + " failed", e);
        } finally {
            if (openKey != null) {
                OpenHere.remove(openKey);
                openKey = null;
            }
            if (lock != null) {
                lock.close();
                lock = null;
            }
        }
    }

    // --- what opening decided (see ProjectOpening) -------------------------------------------

    Connection connection() {
        return connection;
    }

    Sql sql() {
        return sql;
    }

    void hold(ProjectLock lock) {
        this.lock = lock;
    }

    void openedAs(Object key) {
        this.openKey = key;
    }

    /** Refuses every edit from now on, for {@code why}; the lock goes (another window may write). */
    void readOnlyBecause(Localizable why, Message warning) {
        readOnly = true;
        readOnlyReason = why;
        warnings.add(warning);
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    void warn(Message warning) {
        warnings.add(warning);
    }

    /** Closes a file whose opening failed: that failure is the error to report. */
    void abandon() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Opening already failed; that is the error to report.
        }
        if (lock != null) {
            lock.close();
        }
    }

    /** The check and backup an open left for later ({@link OpenOptions#withBackupLater}); null once run. */
    private Runnable backupFirst;

    void backUpBeforeFirstWrite(Runnable checkAndBackup) {
        backupFirst = checkAndBackup;
    }

    /**
     * Checks and backs up the file now if its open left that for later: a damaged file then
     * becomes read-only (see {@link #warningMessages}). Every write runs it first.
     */
    public synchronized void backUpIfPending() {
        Runnable run = backupFirst;
        backupFirst = null;
        if (run != null) {
            run.run();
        }
    }

    private void refuseIfReadOnly() {
        backUpIfPending(); // a backup of the file as it was opened, before anything changes it
        if (readOnly) {
            throw new KondensException(Problem.CHANGE_NOT_SAVED_READ_ONLY, file, readOnlyReason);
        }
    }

    private <T> T inTransaction(Work<T> work) {
        ThreadGuard.check();
        try {
            T result;
            depth++;
            try {
                result = work.run(sql);
            } finally {
                depth--;
            }
            connection.commit();
            return result;
        } catch (KondensException e) {
            rollback();
            throw e;
        } catch (BatchFailed e) {
            rollback();
            throw e.failure();
        } catch (RuntimeException | SQLException e) {
            rollback();
            throw StoreFailures.inUse(file, e);
        } catch (Error e) {
            // Out of memory on the way: nothing of this transaction may ride along with the next one.
            rollback();
            throw e;
        }
    }

    /**
     * Ends a failed transaction. After a full disk or an I/O error SQLite has often rolled back
     * already, so our rollback fails and the driver does not begin the next transaction (it
     * begins one after each commit or rollback): then we begin it by hand.
     */
    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            try (java.sql.Statement st = connection.createStatement()) {
                st.execute("BEGIN");
            } catch (SQLException ignored) {
                // The original failure is the one worth reporting.
            }
        }
    }
}
