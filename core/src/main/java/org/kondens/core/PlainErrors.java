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
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 20; t = t.getCause()) {
            String words = t instanceof SQLException s ? sqlite(s.getErrorCode() & 0xff)
                    : t instanceof IOException io ? file(io) : null;
            if (words != null) {
                return Optional.of(words);
            }
        }
        return Optional.empty();
    }

    /** True when {@code e} (or a cause) says the disk is full. */
    public static boolean isDiskFull(Throwable e) {
        return of(e).filter(DISK_FULL::equals).isPresent();
    }

    /** SQLite's primary result codes (sqlite.org/rescode.html). */
    private static String sqlite(int code) {
        return switch (code) {
            case 13 -> DISK_FULL; // SQLITE_FULL
            case 8 -> "the project is read-only"; // SQLITE_READONLY
            case 11, 26 -> "the project file is damaged"; // SQLITE_CORRUPT, SQLITE_NOTADB
            case 14 -> "the project file cannot be opened"; // SQLITE_CANTOPEN
            case 10 -> "the disk could not be read or written"; // SQLITE_IOERR
            case 5, 6 -> "the project is already open in another Kondens window or process"; // SQLITE_BUSY, SQLITE_LOCKED
            case 3 -> "permission denied"; // SQLITE_PERM
            default -> null;
        };
    }

    private static String file(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the file or folder does not exist";
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (r.contains("no space left") || r.contains("not enough space") || r.contains("disk quota")) {
            return DISK_FULL;
        }
        if (r.contains("read-only file system")) {
            return "the disk is read-only";
        }
        if (r.contains("permission denied") || r.contains("operation not permitted") || r.contains("access is denied")) {
            return "permission denied";
        }
        if (r.contains("is a directory")) {
            return "it is a folder";
        }
        if (r.contains("being used by another process")) {
            return "the file is open in another program";
        }
        if (r.contains("input/output error")) {
            return "the disk could not be read or written";
        }
        return null;
    }
}
