package org.kondens.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kondens.core.PrivateFiles;

/**
 * The single-writer guarantee: an OS lock on a small file beside the project
 * ({@code .studie.kondens.lock}) that only Kondens opens.
 *
 * <p>SQLite's own locks are POSIX locks on the project file, and a process loses every POSIX
 * lock on a file the moment it closes <em>any</em> descriptor of that file — a file dialog, a
 * thumbnailer or our own header check is enough (SQLite documents this hazard). Nothing but this
 * class ever opens the lock file, so no other open or close can drop it. The lock dies with the
 * process: a crash never leaves a stale lock. The file itself is left in place (deleting it
 * while another process waits for it would let two writers lock two different files).
 */
final class ProjectLock implements AutoCloseable {

    /**
     * Lock files held in this JVM. A second channel on a held file must never even be opened:
     * closing it would drop this process's lock (the same POSIX rule, now on our own file).
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** How long an open waits for another process's short command (a script's) to finish. */
    private static final long PATIENCE_MILLIS = 2000;

    /**
     * Takes the lock of {@code project}, waiting up to two seconds for another process that
     * holds it (two commands of a script started together); null when it is still held then.
     */
    static ProjectLock acquire(Path project) throws IOException {
        long deadline = System.nanoTime() + PATIENCE_MILLIS * 1_000_000;
        while (true) {
            ProjectLock lock = tryAcquire(project);
            if (lock != null || isHeldHere(project) || System.nanoTime() > deadline) {
                return lock;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    static Path fileOf(Path project) {
        return project.resolveSibling("." + project.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code project}, or returns null when another Kondens window or process
     * holds it.
     *
     * @throws IOException when the lock file cannot be made (a read-only folder, a full disk)
     */
    static ProjectLock tryAcquire(Path project) throws IOException {
        Path file = fileOf(project);
        if (!Files.exists(file)) {
            try {
                PrivateFiles.createFile(file);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another process made it a moment ago: lock it like any other
            }
        }
        Path key = file.toRealPath();
        if (!HELD.add(key)) {
            return null;
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new ProjectLock(key, channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // held through a path we did not recognise as the same file: refuse like any holder
        } catch (IOException | RuntimeException e) {
            HELD.remove(key);
            closeQuietly(channel);
            throw e;
        }
        HELD.remove(key);
        closeQuietly(channel);
        return null;
    }

    /** True when this JVM holds the lock of {@code project}. */
    static boolean isHeldHere(Path project) {
        try {
            return HELD.contains(fileOf(project).toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was locked through it
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock in any case.
        } finally {
            HELD.remove(key);
        }
    }
}
