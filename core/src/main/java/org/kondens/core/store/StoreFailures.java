package org.kondens.core.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.kondens.core.KondensException;
import org.kondens.core.PlainErrors;
import org.kondens.core.Problem;

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
            case 13 -> new KondensException(e, Problem.DISK_FULL, file);
            case 8 -> new KondensException(e, Problem.FILE_READ_ONLY, file);
            case 11, 26 -> new KondensException(e, Backups.damaged(file, null));
            case 5, 6 -> new KondensException(e, Problem.FILE_BUSY, file);
            case 10 -> new KondensException(e, Problem.DISK_FAILED, file);
            default -> e instanceof StoreException se ? se : new StoreException("database work on " + file + " failed", e);
        };
    }

    /** A failure while opening: the file was not changed. */
    static KondensException onOpen(Path file, Exception e) {
        int code = sqliteCode(e);
        return switch (code) {
            case 11, 26 -> new KondensException(e, Backups.damaged(file, null));
            case 5, 6 -> OpenHere.alreadyOpen(file);
            default -> new KondensException(e, Problem.CANNOT_OPEN, file, reason(e));
        };
    }

    /** The problem in a few plain words, without class names. */
    static String plain(Throwable e) {
        return PlainErrors.of(e).orElseGet(() -> {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        });
    }

    /** The same, told in the reader's language when it is one we know. */
    static Object reason(Throwable e) {
        return PlainErrors.reason(e).<Object>map(t -> t).orElseGet(() -> plain(e));
    }

    /** A copy SQLite could not write ({@code rc} from its backup API), in plain words. */
    static String copyFailed(int rc) {
        return switch (rc & 0xff) {
            case 14 -> "the copy cannot be created there (a missing or read-only folder)";
            default -> PlainErrors.of(new SQLException("SQLite error " + rc, null, rc)).orElse("SQLite error " + rc);
        };
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

    /** An I/O problem's own plain words (ours carry them as the message), or SQLite's in plain words. */
    static Object plainReason(Exception e) {
        return e.getClass() == IOException.class && e.getCause() == null && e.getMessage() != null ? e.getMessage()
                : reason(e);
    }
}
