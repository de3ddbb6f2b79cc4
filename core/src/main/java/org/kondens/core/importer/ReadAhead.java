package org.kondens.core.importer;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.model.TextHash;

/**
 * Reads transcript files ({@link TranscriptFiles#read}) on a few threads while the caller stores
 * the ones before, handing them out in the order given. At most {@code window} files are read
 * ahead, so what is held does not grow with the corpus. Decoding, normalising, speaker detection,
 * hashing and counting words all happen here, off the thread that writes the project.
 */
public final class ReadAhead implements AutoCloseable {

    /** One file as read: the transcript with its text's hash and word count, or why it was refused. */
    public record Read(Path file, ImportedTranscript transcript, String hash, int words, KondensException refusal) {
    }

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final List<Path> files;
    private final ExecutorService pool;
    private final ArrayDeque<Future<Read>> ahead = new ArrayDeque<>();
    private final int window;
    private int submitted;

    public ReadAhead(List<Path> files, int threads) {
        this.files = files;
        this.window = 2 * threads;
        int pool = POOLS.incrementAndGet();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "kondens-import-read-" + pool);
            t.setDaemon(true); // never keeps a finished command alive
            return t;
        });
    }

    /** Reader threads for this machine: a few, but not more than it has cores (at least two, to overlap with disk waits). */
    public static int threads() {
        return Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** The next file, in order, waiting for it if it is not read yet. */
    public Read next() {
        while (submitted < files.size() && ahead.size() < window) {
            Path file = files.get(submitted++);
            ahead.add(pool.submit(() -> read(file)));
        }
        Future<Read> head = ahead.poll();
        if (head == null) {
            throw new IllegalStateException("no more files");
        }
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading transcripts", e);
        } catch (ExecutionException e) {
            // read() turns every exception into a refusal: what is left is an Error, such as running out of memory
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Read read(Path file) {
        try {
            ImportedTranscript t = TranscriptFiles.read(file);
            return new Read(file, t, TextHash.of(t.text()), t.words(), null);
        } catch (KondensException e) {
            return new Read(file, null, null, 0, e);
        } catch (RuntimeException e) {
            // A reader's own failure (a malformed document it did not foresee): this file is refused, the others go on.
            return new Read(file, null, null, 0, new KondensException(e, Problem.IMPORT_CANNOT_READ, file.getFileName().toString(),
                    String.valueOf(e.getMessage())));
        }
    }

    /** Stops the readers; files not handed out yet are dropped. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
