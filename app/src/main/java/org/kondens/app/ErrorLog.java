package org.kondens.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.kondens.core.CacheFolder;

/**
 * The error log: the full details (stack traces, library messages) behind a problem the user was
 * told about in one line, for a bug report. {@code kondens.log} in the user's cache folder, shared
 * by the CLI and the GUI; readable by the user only (a message may quote project text); at about
 * {@link #MAX_BYTES} it becomes {@code kondens.log.1} and a new one starts.
 */
public final class ErrorLog {

    static final long MAX_BYTES = 1 << 20;
    private static final Object LOCK = new Object();
    private static final Set<OpenOption> APPEND = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS);

    private ErrorLog() {
    }

    public static Path file() {
        return CacheFolder.root().resolve("kondens.log");
    }

    /** Appends a time stamp, {@code what} and the trace of {@code e}; the log file, or empty if it cannot be written. */
    public static Optional<Path> append(String what, Throwable e) {
        StringWriter text = new StringWriter();
        text.append(Instant.now().toString()).append(' ').append(what).append(System.lineSeparator());
        if (e != null) {
            e.printStackTrace(new PrintWriter(text));
        }
        return write(text.toString());
    }

    /** Appends {@code text} as it is (a library's log line). */
    static Optional<Path> write(String text) {
        Path file = file();
        synchronized (LOCK) {
            try {
                org.kondens.core.PrivateFiles.createFolder(file.getParent());
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) >= MAX_BYTES) {
                    Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
                }
                try (OutputStream out = open(file)) {
                    out.write(text.getBytes(StandardCharsets.UTF_8));
                }
                return Optional.of(file);
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // the log is a help, never a reason to fail
            }
        }
    }

    /** Created 0600 where the file system knows owners; never through a link. */
    private static OutputStream open(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Channels.newOutputStream(Files.newByteChannel(file, APPEND,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))));
        }
        return Channels.newOutputStream(Files.newByteChannel(file, APPEND));
    }
}
