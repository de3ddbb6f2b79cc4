package org.kondens.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kondens.core.KondensException;
import org.kondens.core.Localizable;
import org.kondens.core.Message;
import org.kondens.core.PrivateFiles;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.ThreadGuard;
import org.kondens.core.model.ProjectChange;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

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
    public record OpenOptions(boolean backup, Duration minBackupInterval, Clock clock, Access access) {
        public OpenOptions(boolean backup, Duration minBackupInterval, Clock clock) {
            this(backup, minBackupInterval, clock, Access.WRITE);
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

    /**
     * The files open in this JVM, by file identity. A file open here is never read by our own
     * code with plain Java IO (not even to check its header) while it is open.
     */
    private static final Set<Object> OPEN_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final Connection connection;
    private final Sql sql;
    private final Clock clock;
    private final List<Message> warnings = new ArrayList<>();
    private boolean readOnly;
    private Localizable readOnlyReason = Term.OPENED_TO_READ;
    private ProjectLock lock;
    private Object openKey;
    /** What the writes since the last {@link #takeChange()} changed; a new file or open: everything. */
    private ProjectChange pending = ProjectChange.EVERYTHING;

    private ProjectDatabase(Path file, Connection connection, Clock clock, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.sql = new Sql(connection, new ConcurrentHashMap<>());
        this.clock = clock;
        this.readOnly = readOnly;
    }

    /** Creates a new, empty project file (owner-only); refuses to overwrite anything. */
    public static ProjectDatabase create(Path file) {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new KondensException(Problem.FILE_EXISTS, file);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new KondensException(Problem.FOLDER_MISSING, parent);
        }
        ProjectLock lock = null;
        boolean created = false;
        try {
            PrivateFiles.createFile(file);
            created = true;
            lock = ProjectLock.tryAcquire(file);
            if (lock == null) {
                throw alreadyOpen(file);
            }
            ProjectDatabase db = new ProjectDatabase(file, openConnection(file, false), Clock.systemUTC(), false);
            db.lock = lock;
            FileFormat.prepare(file, db.connection, db.sql, true);
            db.openKey = keyOf(file);
            OPEN_HERE.add(db.openKey);
            return db;
        } catch (SQLException | IOException | RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            if (created) {
                deleteQuietly(file);
            }
            if (e instanceof KondensException k) {
                throw k;
            }
            throw new KondensException(e, Problem.CANNOT_CREATE, file, StoreFailures.reason(e));
        }
    }

    public static ProjectDatabase open(Path file) {
        return open(file, OpenOptions.defaults());
    }

    public static ProjectDatabase open(Path file, OpenOptions options) {
        if (!Files.isRegularFile(file)) {
            throw new KondensException(Problem.NO_PROJECT_AT, file);
        }
        Object key;
        try {
            key = keyOf(file);
        } catch (IOException e) {
            throw new KondensException(e, Problem.CANNOT_READ, file, StoreFailures.reason(e));
        }
        if (!OPEN_HERE.add(key)) {
            throw alreadyOpen(file);
        }
        ProjectLock lock = null;
        ProjectDatabase db = null;
        try {
            FileFormat.checkLooksLikeSqlite(file);
            boolean readOnly = options.access() == Access.READ;
            Localizable readOnlyWhy = readOnly ? null : readOnlyReason(file);
            if (readOnlyWhy == null && !readOnly) {
                try {
                    lock = ProjectLock.acquire(file);
                } catch (IOException e) {
                    readOnlyWhy = Term.LOCK_NOT_WRITABLE.of(StoreFailures.reason(e));
                }
                if (lock == null && readOnlyWhy == null) {
                    throw alreadyOpen(file);
                }
            }
            readOnly = readOnly || readOnlyWhy != null;
            db = new ProjectDatabase(file, openConnection(file, readOnly), options.clock(), readOnly);
            db.lock = lock;
            lock = null;
            if (readOnlyWhy != null) {
                db.readOnlyReason = readOnlyWhy;
                db.warnings.add(Message.of(Problem.READ_ONLY_WARNING, file.getFileName(), readOnlyWhy));
            }
            // Read-only checks first: a file we refuse is never written, not even its header.
            FileFormat.checkIsKondens(file, db.connection, db.sql);
            FileFormat.checkVersionReadable(file, db.connection, db.sql);
            if (!db.readOnly && options.backup()) {
                db.backupOnOpen(options);
            }
            if (db.readOnly && FileFormat.isOld(db.connection, db.sql)) {
                ProjectDatabase copy = new ProjectDatabase(file, FileFormat.migratedCopyInMemory(file), db.clock, true);
                copy.warnings.addAll(db.warnings);
                closeQuietly(db);
                db = copy;
            } else if (!db.readOnly) {
                FileFormat.prepare(file, db.connection, db.sql, false);
            }
            db.openKey = key;
            return db;
        } catch (SQLException | RuntimeException e) {
            OPEN_HERE.remove(key);
            if (lock != null) {
                lock.close();
            }
            closeQuietly(db);
            if (e instanceof KondensException k) {
                throw k;
            }
            throw StoreFailures.onOpen(file, e);
        }
    }

    /** True when {@code file} (any path to it) is a project open in this JVM. */
    public static boolean isOpenHere(Path file) {
        try {
            return Files.exists(file) && OPEN_HERE.contains(keyOf(file));
        } catch (IOException e) {
            return false;
        }
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
     * Runs one user action as one transaction: the change, its audit line and (if
     * {@code undoable}) its undo step all commit together, before this method returns.
     */
    public synchronized <T> T write(String action, String detail, boolean undoable, Work<T> work) {
        refuseIfReadOnly();
        ProjectChange[] change = {ProjectChange.EVERYTHING};
        T written = inTransaction(s -> {
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
        });
        // Only once committed: a refused write changed nothing.
        pending = pending.and(change[0]);
        return written;
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
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new KondensException(Problem.FILE_EXISTS, out);
        }
        boolean done = false;
        try (ProjectDatabase db = create(out)) {
            db.restore(sql -> {
                new ProjectRepository(sql).insertAll(project);
                return null;
            });
            done = true;
        } catch (RuntimeException e) {
            if (e instanceof KondensException) {
                throw e;
            }
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new KondensException(e, Problem.NOT_IMPORTED, source, root.getMessage());
        } finally {
            if (!done) {
                for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                    deleteQuietly(out.resolveSibling(out.getFileName() + suffix));
                }
            }
        }
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
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new KondensException(Problem.COPY_TARGET_EXISTS, target);
        }
        boolean done = false;
        try {
            PrivateFiles.createFile(target);
            copyInto(target);
            done = true;
        } catch (IOException e) {
            throw new KondensException(e, Problem.COPY_FAILED, target, plainReason(e));
        } finally {
            if (!done) {
                deleteQuietly(target);
                deleteQuietly(target.resolveSibling(target.getFileName() + "-journal"));
            }
        }
    }

    /**
     * Copies the project into the existing empty file {@code target} (SQLite's backup API).
     *
     * @throws IOException with the problem in plain words
     */
    synchronized void copyInto(Path target) throws IOException {
        try {
            int rc = ((SQLiteConnection) connection).getDatabase().backup("main", target.toString(), null);
            if (rc != 0) {
                throw new IOException(StoreFailures.copyFailed(rc));
            }
        } catch (SQLException e) {
            throw new IOException(StoreFailures.plain(e), e);
        }
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
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("closing " + file + " failed", e);
        } finally {
            if (openKey != null) {
                OPEN_HERE.remove(openKey);
                openKey = null;
            }
            if (lock != null) {
                lock.close();
                lock = null;
            }
        }
    }

    // --- opening --------------------------------------------------------------------------

    private static Connection openConnection(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setReadOnly(readOnly);
        // No journal_mode here: switching a WAL file would write to it before we know it is ours.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        // The lock file keeps out other writers; readers wait at most this long for a commit.
        config.setBusyTimeout(3000);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        c.setAutoCommit(false);
        return c;
    }

    /** Why we must not write {@code file}, or null when we may. */
    private static Localizable readOnlyReason(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (Files.getFileStore(file).isReadOnly()) {
                return Term.DISK_READ_ONLY;
            }
        } catch (IOException e) {
            // the checks below still apply
        }
        if (PrivateFiles.isReadOnly(file)) {
            return Term.FILE_WRITE_PROTECTED;
        }
        if (folder != null && PrivateFiles.isReadOnly(folder)) {
            return Term.FOLDER_WRITE_PROTECTED.of(folder);
        }
        return null;
    }

    private void refuseIfReadOnly() {
        if (readOnly) {
            throw new KondensException(Problem.CHANGE_NOT_SAVED_READ_ONLY, file, readOnlyReason);
        }
    }

    /** The file's identity (device and inode where the OS has them), read without opening it. */
    private static Object keyOf(Path file) throws IOException {
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        return key != null ? key : file.toRealPath();
    }

    /**
     * Checks the file, then backs it up. A file that fails the check is not backed up (its
     * damage would push the good backups out) and is opened read-only; a backup that cannot
     * be made is a warning, never a reason to stop the user.
     */
    private void backupOnOpen(OpenOptions options) {
        if (!Backups.due(file, options.clock(), options.minBackupInterval())) {
            return;
        }
        String check;
        try {
            check = quickCheck();
        } catch (KondensException e) {
            check = null; // SQLite could not even read it through
        }
        if (!"ok".equals(check)) {
            readOnly = true;
            readOnlyReason = Term.IT_IS_DAMAGED;
            warnings.add(Backups.damaged(file, check == null ? null
                    : Term.SQLITE_CHECK.of(check.length() > 200 ? check.substring(0, 200) + " …" : check)));
            if (lock != null) {
                lock.close();
                lock = null;
            }
            return;
        }
        try {
            Backups.make(this, options.clock());
        } catch (IOException | RuntimeException e) {
            warnings.add(Message.of(Problem.NO_BACKUP_WARNING, file.getFileName(), Backups.folderOf(file), plainReason(e)));
        }
    }

    private <T> T inTransaction(Work<T> work) {
        ThreadGuard.check();
        try {
            T result = work.run(sql);
            connection.commit();
            return result;
        } catch (KondensException e) {
            rollback();
            throw e;
        } catch (RuntimeException | SQLException e) {
            rollback();
            throw StoreFailures.inUse(file, e);
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

    /** An I/O problem's own plain words (ours carry them as the message), or SQLite's in plain words. */
    private static Object plainReason(Exception e) {
        return e.getClass() == IOException.class && e.getCause() == null && e.getMessage() != null ? e.getMessage()
                : StoreFailures.reason(e);
    }

    static KondensException alreadyOpen(Path file) {
        return new KondensException(Problem.ALREADY_OPEN, file);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort: the error that stopped us is what the user needs to see
        }
    }

    private static void closeQuietly(ProjectDatabase db) {
        if (db != null) {
            try {
                db.connection.close();
            } catch (SQLException ignored) {
                // Opening already failed; that is the error to report.
            }
            if (db.lock != null) {
                db.lock.close();
            }
        }
    }
}
