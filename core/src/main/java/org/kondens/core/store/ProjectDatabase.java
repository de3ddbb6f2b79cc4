package org.kondens.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.kondens.core.KondensException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;

/**
 * One open project file: the single writer, its transactions, the lock and the undo log.
 *
 * <p><b>Journal mode.</b> We use SQLite's rollback journal ({@code DELETE}) with
 * {@code synchronous=FULL}, not WAL: a project must stay one file that users can copy, mail to a
 * supervisor or put on a USB stick at any moment, and WAL keeps recent commits in a side file
 * that such a copy would miss. Edits are small and human-paced, so the extra fsync per commit
 * costs nothing noticeable, and every commit is on disk before the call returns.
 *
 * <p><b>Lock.</b> {@code locking_mode=EXCLUSIVE} plus a write at open makes SQLite hold an
 * exclusive lock until close. A second process (or window) opening the same file gets a clear
 * "already open" error instead of two writers racing; the lock dies with the process, so a
 * crash never leaves a stale lock behind.
 *
 * <p>All access goes through {@link #read} and {@link #write}, serialised on this object.
 */
public final class ProjectDatabase implements AutoCloseable {

    /** How to open: backups are made at most once per {@code minBackupInterval}. */
    public record OpenOptions(boolean backup, Duration minBackupInterval, Clock clock) {
        public static OpenOptions defaults() {
            return new OpenOptions(true, Duration.ofMinutes(10), Clock.systemUTC());
        }
    }

    /** A unit of database work inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Sql sql);
    }

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /**
     * The files open in this JVM, by file identity. SQLite's lock is a POSIX lock, which the
     * process loses when it closes <em>any</em> descriptor of the file: so a file open here must
     * never be read by our own code (not even to check its header) while it is open.
     */
    private static final Set<Object> OPEN_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final Connection connection;
    private final Sql sql;
    private final Clock clock;
    private Object openKey;

    private ProjectDatabase(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.sql = new Sql(connection, new java.util.concurrent.ConcurrentHashMap<>());
        this.clock = clock;
    }

    /** Creates a new, empty project file; refuses to overwrite anything. */
    public static ProjectDatabase create(Path file) {
        if (Files.exists(file)) {
            throw new KondensException(file + " already exists; choose a new file name.");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new KondensException("Folder " + parent + " does not exist.");
            }
            ProjectDatabase db = connect(file, Clock.systemUTC());
            db.lockAndMigrate(true);
            db.openKey = keyOf(file);
            OPEN_HERE.add(db.openKey);
            return db;
        } catch (SQLException | IOException e) {
            throw new KondensException("Cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    public static ProjectDatabase open(Path file) {
        return open(file, OpenOptions.defaults());
    }

    public static ProjectDatabase open(Path file, OpenOptions options) {
        if (!Files.isRegularFile(file)) {
            throw new KondensException("No project at " + file + ".");
        }
        Object key;
        try {
            key = keyOf(file);
        } catch (IOException e) {
            throw new KondensException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!OPEN_HERE.add(key)) {
            throw alreadyOpen(file);
        }
        ProjectDatabase db = null;
        try {
            checkLooksLikeSqlite(file);
            db = connect(file, options.clock());
            // Read-only checks first: a file we refuse is never written, not even its header.
            db.checkIsKondens();
            db.checkVersionReadable();
            db.acquireLock();
            if (options.backup()) {
                db.backupOnOpen(options);
            }
            db.lockAndMigrate(false);
            db.openKey = key;
            return db;
        } catch (SQLException e) {
            OPEN_HERE.remove(key);
            closeQuietly(db);
            if (isBusy(e)) {
                throw alreadyOpen(file);
            }
            throw new KondensException("Cannot open " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            OPEN_HERE.remove(key);
            closeQuietly(db);
            if (e.getCause() instanceof SQLException se && isBusy(se)) {
                throw alreadyOpen(file);
            }
            throw e;
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

    public synchronized <T> T read(Work<T> work) {
        return inTransaction(work);
    }

    /**
     * Runs one user action as one transaction: the change, its audit line and (if
     * {@code undoable}) its undo step all commit together, before this method returns.
     */
    public synchronized <T> T write(String action, String detail, boolean undoable, Work<T> work) {
        return inTransaction(s -> {
            String now = clock.instant().toString();
            if (undoable) {
                UndoLog.begin(s, action, detail, now);
            }
            T result = work.run(s);
            if (undoable) {
                UndoLog.end(s);
            }
            s.update("INSERT INTO audit(time, action, detail) VALUES (?, ?, ?)", now, action, detail);
            return result;
        });
    }

    /**
     * Writes without an audit line or undo step. Only for restoring a whole project (JSON
     * import) into a new file: the restored audit trail is the project's history.
     */
    public synchronized <T> T restore(Work<T> work) {
        return inTransaction(work);
    }

    /**
     * Writes {@code project} (every id kept) into the new file {@code out}, for JSON and REFI-QDA
     * imports. Either the whole project is written or, on any problem, no file is left behind;
     * {@code source} names the imported file in messages.
     */
    public static void createFrom(Path out, org.kondens.core.model.ProjectSnapshot project, String source) {
        if (Files.exists(out)) {
            throw new KondensException(out + " already exists; choose a new file name.");
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
            throw new KondensException(source + " could not be imported: " + root.getMessage(), e);
        } finally {
            if (!done) {
                for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                    try {
                        Files.deleteIfExists(out.resolveSibling(out.getFileName() + suffix));
                    } catch (java.io.IOException ignored) {
                        // best effort: the error that stopped the import is what the user needs to see
                    }
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
        return inTransaction(s -> (undo ? UndoLog.nextUndo(s) : UndoLog.nextRedo(s)).map(step -> {
            // Rows come back in the reverse order they left; check references once, at commit.
            s.update("PRAGMA defer_foreign_keys = ON");
            if (undo) {
                UndoLog.undo(s, step);
            } else {
                UndoLog.redo(s, step);
            }
            s.update("INSERT INTO audit(time, action, detail) VALUES (?, ?, ?)",
                    clock.instant().toString(), (undo ? "Undo " : "Redo ") + step.action(), step.detail());
            return step;
        }));
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

    /** A consistent copy of the whole project (SQLite backup API), for "Save a copy as…" and backups. */
    public synchronized void copyTo(Path target) {
        try {
            int rc = ((SQLiteConnection) connection).getDatabase().backup("main", target.toString(), null);
            if (rc != 0) {
                throw new KondensException("Could not copy the project to " + target + " (SQLite error " + rc + ").");
            }
        } catch (SQLException e) {
            throw new KondensException("Could not copy the project to " + target + ": " + e.getMessage(), e);
        }
    }

    public synchronized int schemaVersion() {
        return inTransaction(ProjectDatabase::versionOf);
    }

    /** Runs {@code PRAGMA integrity_check}; "ok" for a sound file. */
    public synchronized String integrityCheck() {
        return inTransaction(s -> String.join("; ", s.list("PRAGMA integrity_check", rs -> rs.getString(1))));
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
            if (openKey != null) {
                OPEN_HERE.remove(openKey);
                openKey = null;
            }
        } catch (SQLException e) {
            throw new StoreException("closing " + file + " failed", e);
        }
    }

    // --- opening --------------------------------------------------------------------------

    private static Connection openConnection(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        // No journal_mode here: switching a WAL file would write to it before we know it is ours.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        config.setBusyTimeout(250);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        c.setAutoCommit(false);
        return c;
    }

    private static ProjectDatabase connect(Path file, Clock clock) throws SQLException {
        return new ProjectDatabase(file, openConnection(file), clock);
    }

    /** A write makes SQLite take the exclusive lock that {@code locking_mode=EXCLUSIVE} then keeps. */
    private void acquireLock() throws SQLException {
        setJournalModeDelete();
        sql.update("PRAGMA user_version = " + currentUserVersion());
        connection.commit();
    }

    /** Rollback journal, not WAL (see the class comment); outside a transaction, as SQLite requires. */
    private void setJournalModeDelete() throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
        try {
            sql.first("PRAGMA journal_mode = DELETE", rs -> rs.getString(1));
        } finally {
            connection.setAutoCommit(false);
        }
    }

    private int currentUserVersion() {
        return sql.first("PRAGMA user_version", rs -> rs.getInt(1)).orElse(0);
    }

    private void checkIsKondens() throws SQLException {
        int appId = sql.first("PRAGMA application_id", rs -> rs.getInt(1)).orElse(0);
        connection.commit();
        if (appId != Schema.APPLICATION_ID) {
            throw new KondensException(file + " is an SQLite database, but not a Kondens project.");
        }
    }

    private void lockAndMigrate(boolean creating) throws SQLException {
        try {
            if (creating) {
                setJournalModeDelete();
                sql.update("PRAGMA application_id = " + Schema.APPLICATION_ID);
                sql.script("CREATE TABLE schema_version (version INTEGER NOT NULL)");
                sql.update("INSERT INTO schema_version VALUES (0)");
            }
            int version = versionOf(sql);
            if (version > Schema.currentVersion()) {
                throw newerVersion(version);
            }
            if (version < Schema.currentVersion()) {
                for (int v = version; v < Schema.currentVersion(); v++) {
                    sql.script(Schema.MIGRATIONS.get(v));
                }
                sql.update("UPDATE schema_version SET version = ?", Schema.currentVersion());
                UndoLog.installTriggers(sql);
            }
            connection.commit();
        } catch (RuntimeException | SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    private void checkVersionReadable() throws SQLException {
        int version = versionOf(sql);
        connection.commit();
        if (version > Schema.currentVersion()) {
            throw newerVersion(version);
        }
    }

    private KondensException newerVersion(int version) {
        return new KondensException(file + " was saved by a newer Kondens (file format " + version
                + "; this version reads up to " + Schema.currentVersion() + "). Update Kondens to open it.");
    }

    /** The file's identity (device and inode where the OS has them), read without opening it. */
    private static Object keyOf(Path file) throws IOException {
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        return key != null ? key : file.toRealPath();
    }

    private static int versionOf(Sql s) {
        return s.first("SELECT version FROM schema_version", rs -> rs.getInt(1))
                .orElseThrow(() -> new KondensException("The project file has no schema version."));
    }

    private void backupOnOpen(OpenOptions options) {
        try {
            Path target = Backups.next(file, options.clock(), options.minBackupInterval());
            if (target != null) {
                copyTo(target);
                Backups.prune(file);
            }
        } catch (IOException e) {
            // A failed backup must not stop the user from working; the next open tries again.
            System.err.println("Kondens: could not make a backup of " + file + ": " + e.getMessage());
        }
    }

    private static void checkLooksLikeSqlite(Path file) {
        byte[] head = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n == 0) {
                throw new KondensException(file + " is empty, not a Kondens project.");
            }
            if (n < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
                throw new KondensException(file + " is not a Kondens project (not an SQLite database).");
            }
        } catch (IOException e) {
            throw new KondensException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private <T> T inTransaction(Work<T> work) {
        try {
            T result = work.run(sql);
            connection.commit();
            return result;
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } catch (SQLException e) {
            rollback();
            throw new StoreException("commit failed for " + file, e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is the one worth reporting.
        }
    }

    private static boolean isBusy(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code;
    }

    private static KondensException alreadyOpen(Path file) {
        return new KondensException(file + " is already open in another Kondens window or process. "
                + "Close it there first.");
    }

    private static void closeQuietly(ProjectDatabase db) {
        if (db != null) {
            try {
                db.connection.close();
            } catch (SQLException ignored) {
                // Opening already failed; that is the error to report.
            }
        }
    }
}
