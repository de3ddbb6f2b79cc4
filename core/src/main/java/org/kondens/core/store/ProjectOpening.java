package org.kondens.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import org.kondens.core.KondensException;
import org.kondens.core.Localizable;
import org.kondens.core.Message;
import org.kondens.core.PrivateFiles;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.store.ProjectDatabase.Access;
import org.kondens.core.store.ProjectDatabase.OpenOptions;
import org.sqlite.SQLiteConfig;

/**
 * Creating and opening a project file: the decisions taken before the first edit. Is it ours
 * and readable, may we write it (lock, write-protected file or folder, disk), is it sound enough
 * to back up, and must an older file be migrated (in place, or in memory when read-only).
 */
final class ProjectOpening {

    private ProjectOpening() {
    }

    /** Creates a new, empty project file (owner-only); refuses to overwrite anything. */
    static ProjectDatabase create(Path file) {
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
                throw OpenHere.alreadyOpen(file);
            }
            ProjectDatabase db = new ProjectDatabase(file, openConnection(file, false), Clock.systemUTC(), false);
            db.hold(lock);
            FileFormat.prepare(file, db.connection(), db.sql(), true);
            Object key = OpenHere.keyOf(file);
            db.openedAs(key);
            OpenHere.add(key);
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

    static ProjectDatabase open(Path file, OpenOptions options) {
        if (!Files.isRegularFile(file)) {
            throw new KondensException(Problem.NO_PROJECT_AT, file);
        }
        Object key;
        try {
            key = OpenHere.keyOf(file);
        } catch (IOException e) {
            throw new KondensException(e, Problem.CANNOT_READ, file, StoreFailures.reason(e));
        }
        if (!OpenHere.add(key)) {
            throw OpenHere.alreadyOpen(file);
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
                    throw OpenHere.alreadyOpen(file);
                }
            }
            readOnly = readOnly || readOnlyWhy != null;
            db = new ProjectDatabase(file, openConnection(file, readOnly), options.clock(), readOnly);
            db.hold(lock);
            lock = null;
            if (readOnlyWhy != null) {
                db.readOnlyBecause(readOnlyWhy, Message.of(Problem.READ_ONLY_WARNING, file.getFileName(), readOnlyWhy));
            }
            // Read-only checks first: a file we refuse is never written, not even its header.
            FileFormat.checkIsKondens(file, db.connection(), db.sql());
            FileFormat.checkVersionReadable(file, db.connection(), db.sql());
            if (!db.isReadOnly() && options.backup()) {
                if (options.backupLater() && !FileFormat.isOld(db.connection(), db.sql())) {
                    ProjectDatabase opened = db;
                    db.backUpBeforeFirstWrite(() -> backupOnOpen(opened, options));
                } else {
                    backupOnOpen(db, options); // a migration changes the file: backed up first
                }
            }
            if (db.isReadOnly() && FileFormat.isOld(db.connection(), db.sql())) {
                ProjectDatabase copy = new ProjectDatabase(file, FileFormat.migratedCopyInMemory(file), db.clock(), true);
                db.warningMessages().forEach(copy::warn);
                db.abandon();
                db = copy;
            } else if (!db.isReadOnly()) {
                FileFormat.prepare(file, db.connection(), db.sql(), false);
            }
            db.openedAs(key);
            return db;
        } catch (SQLException | RuntimeException e) {
            OpenHere.remove(key);
            if (lock != null) {
                lock.close();
            }
            if (db != null) {
                db.abandon();
            }
            if (e instanceof KondensException k) {
                throw k;
            }
            throw StoreFailures.onOpen(file, e);
        }
    }

    static Connection openConnection(Path file, boolean readOnly) throws SQLException {
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

    /**
     * Checks the file, then backs it up. A file that fails the check is not backed up (its
     * damage would push the good backups out) and is opened read-only; a backup that cannot
     * be made is a warning, never a reason to stop the user. Nothing is checked or copied while
     * the newest backup is younger than the interval; nothing is copied when the newest backup
     * already holds what the file holds (the check still runs: the file may have been damaged since).
     */
    private static void backupOnOpen(ProjectDatabase db, OpenOptions options) {
        Path file = db.file();
        if (!Backups.due(file, options.clock(), options.minBackupInterval())) {
            return;
        }
        String check;
        try {
            check = db.quickCheck();
        } catch (KondensException e) {
            check = null; // SQLite could not even read it through
        }
        if (!"ok".equals(check)) {
            db.readOnlyBecause(Term.IT_IS_DAMAGED, Backups.damaged(file, check == null ? null
                    : Term.SQLITE_CHECK.of(check.length() > 200 ? check.substring(0, 200) + " …" : check)));
            return;
        }
        try {
            if (Backups.newestHolds(db)) {
                return;
            }
            Backups.make(db, options.clock());
        } catch (IOException | RuntimeException e) {
            db.warn(Message.of(Problem.NO_BACKUP_WARNING, file.getFileName(), Backups.folderOf(file), StoreFailures.plainReason(e)));
        }
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort: the error that stopped us is what the user needs to see
        }
    }
}
