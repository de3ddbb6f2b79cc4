package org.kondens.core.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.kondens.core.KondensException;

/**
 * Database and file failures in plain words, one sentence naming the project file. The user
 * sees the sentence; the exception keeps the cause for the log.
 */
final class StoreFailures {

    private StoreFailures() {
    }

    /**
     * A failure while the project is open: the change was rolled back, the file is as it was.
     * Conditions of the disk or the file become one sentence for the user; anything else (a
     * constraint, an SQL error) is a bug or a conflict the caller may handle, and stays a
     * {@link StoreException}.
     */
    static RuntimeException inUse(Path file, Exception e) {
        int code = sqliteCode(e);
        return switch (code) {
            case 13 -> new KondensException(file + ": the disk is full, so the last change was not saved; "
                    + "the project is as it was before it. Free some space and try again.", e);
            case 8 -> new KondensException(file + " cannot be written (it is read-only); the last change was not saved.", e);
            case 11, 26 -> new KondensException(Backups.damagedMessage(file, null), e);
            case 5, 6 -> new KondensException(file + " is busy in another Kondens window or process; try again.", e);
            case 10 -> new KondensException(file + ": a disk read or write failed, so the last change was not saved; "
                    + "the project is as it was before it.", e);
            default -> e instanceof StoreException se ? se : new StoreException("database work on " + file + " failed", e);
        };
    }

    /** A failure while opening: the file was not changed. */
    static KondensException onOpen(Path file, Exception e) {
        int code = sqliteCode(e);
        return switch (code) {
            case 11, 26 -> new KondensException(Backups.damagedMessage(file, null), e);
            case 5, 6 -> ProjectDatabase.alreadyOpen(file);
            default -> new KondensException("Cannot open " + file + ": " + plain(e) + ".", e);
        };
    }

    /** The problem in a few plain words, without class names. */
    static String plain(Throwable e) {
        int code = sqliteCode(e);
        if (code > 0) {
            return plain(code, e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException a) {
                return "permission denied for " + a.getFile();
            }
            if (t instanceof NoSuchFileException n) {
                return n.getFile() + " does not exist";
            }
            if (t instanceof FileSystemException f && f.getReason() != null) {
                return reason(f.getReason());
            }
            if (t instanceof IOException && t.getMessage() != null) {
                return reason(t.getMessage());
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    /** SQLite's primary result code in words ({@code e} may add detail, may be null). */
    static String plain(int code, Throwable e) {
        return switch (code & 0xff) {
            case 13 -> "the disk is full";
            case 8 -> "the file or its folder is read-only";
            case 14 -> "the file cannot be opened (a folder that is missing or read-only, or no permission)";
            case 10 -> "a disk read or write failed";
            case 11 -> "the file is damaged";
            case 26 -> "the file is not a database or is damaged";
            case 5, 6 -> "the file is busy in another program";
            case 23 -> "permission denied";
            default -> e != null && e.getMessage() != null ? e.getMessage() : "SQLite error " + code;
        };
    }

    private static String reason(String message) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("no space left")) {
            return "the disk is full";
        }
        if (m.contains("read-only file system")) {
            return "the disk is read-only";
        }
        if (m.contains("permission denied")) {
            return "permission denied";
        }
        return message;
    }

    /** SQLite's primary result code anywhere in the cause chain, or 0. */
    static int sqliteCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() > 0) {
                return s.getErrorCode() & 0xff;
            }
        }
        return 0;
    }
}
