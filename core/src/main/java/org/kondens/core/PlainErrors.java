package org.kondens.core;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * What went wrong, in plain words, for the failures a user can do something about: a full or
 * read-only disk, a damaged project, a project open elsewhere. Read from the cause chain (SQLite
 * result codes, file-system exceptions), so the CLI and the GUI say the same sentence.
 */
public final class PlainErrors {

    public static final String DISK_FULL = "the disk is full";

    private PlainErrors() {
    }

    /** The problem in plain words (lower case, no full stop), or empty when it is not one we know. */
    public static Optional<String> of(Throwable e) {
        return reason(e).map(t -> t.text(Locale.ROOT));
    }

    /** The problem as a {@link Term}, to be told in the reader's language; empty when it is not one we know. */
    public static Optional<Term> reason(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 20; t = t.getCause()) {
            Term words = t instanceof SQLException s ? sqlite(s.getErrorCode() & 0xff)
                    : t instanceof IOException io ? file(io) : null;
            if (words != null) {
                return Optional.of(words);
            }
        }
        return Optional.empty();
    }

    /** True when {@code e} (or a cause) says the disk is full. */
    public static boolean isDiskFull(Throwable e) {
        return reason(e).filter(Term.DISK_FULL::equals).isPresent();
    }

    /** SQLite's primary result codes (sqlite.org/rescode.html). */
    private static Term sqlite(int code) {
        return switch (code) {
            case 13 -> Term.DISK_FULL; // SQLITE_FULL
            case 8 -> Term.PROJECT_READ_ONLY; // SQLITE_READONLY
            case 11, 26 -> Term.PROJECT_DAMAGED; // SQLITE_CORRUPT, SQLITE_NOTADB
            case 14 -> Term.PROJECT_CANNOT_OPEN; // SQLITE_CANTOPEN
            case 10 -> Term.DISK_FAILED; // SQLITE_IOERR
            case 5, 6 -> Term.PROJECT_OPEN_ELSEWHERE; // SQLITE_BUSY, SQLITE_LOCKED
            case 3 -> Term.PERMISSION_DENIED; // SQLITE_PERM
            default -> null;
        };
    }

    private static Term file(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Term.PERMISSION_DENIED;
        }
        if (e instanceof NoSuchFileException) {
            return Term.NO_SUCH_FILE;
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (r.contains("no space left") || r.contains("not enough space") || r.contains("disk quota")) {
            return Term.DISK_FULL;
        }
        if (r.contains("read-only file system")) {
            return Term.DISK_READ_ONLY;
        }
        if (r.contains("permission denied") || r.contains("operation not permitted") || r.contains("access is denied")) {
            return Term.PERMISSION_DENIED;
        }
        if (r.contains("is a directory")) {
            return Term.IS_A_FOLDER;
        }
        if (r.contains("being used by another process")) {
            return Term.OPEN_IN_OTHER_PROGRAM;
        }
        if (r.contains("input/output error")) {
            return Term.DISK_FAILED;
        }
        return null;
    }
}
