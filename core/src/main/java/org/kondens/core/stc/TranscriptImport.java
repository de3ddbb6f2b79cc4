package org.kondens.core.stc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.kondens.core.KondensException;
import org.kondens.core.Localizable;
import org.kondens.core.Message;
import org.kondens.core.Problem;
import org.kondens.core.importer.ImportedTranscript;
import org.kondens.core.importer.ReadAhead;
import org.kondens.core.model.Transcript;

/**
 * Imports many transcript files into a project. Each file is its own undo step, stored whole or
 * not at all, so one bad file never stops the others nor leaves half a transcript; the result
 * tells every file what happened to it.
 *
 * <p>Built for a research group's thousand files as much as for one: files are read, decoded
 * and split into speaker turns on other threads ({@link ReadAhead}) while the ones before are
 * stored, and stored in batches of one transaction each (a savepoint per file), so the disk is
 * waited for once a batch, not once a file. Nothing holds the whole corpus: a file's text is
 * let go once its result has been handed on.
 */
public final class TranscriptImport {

    /** A batch ends after this many characters of text, or files, or this long, whichever comes first. */
    static final long BATCH_CHARS = 4_000_000;
    static final int BATCH_FILES = 100;
    static final long BATCH_NANOS = 1_000_000_000L;

    /** What became of one file: the transcript and what was read, or the reason it was refused. */
    public record FileResult(Path file, ImportedTranscript read, Transcript transcript, Localizable refusal, int words) {

        public FileResult(Path file, ImportedTranscript read, Transcript transcript, Localizable refusal) {
            this(file, read, transcript, refusal, read == null ? 0 : read.words());
        }

        public boolean ok() {
            return refusal == null;
        }

        /** Why the file was not imported, in English (the CLI); null when it was. */
        public String error() {
            return error(Locale.ROOT);
        }

        /** Why the file was not imported, in {@code locale}'s language; null when it was. */
        public String error(Locale locale) {
            return refusal == null ? null : refusal.text(locale);
        }
    }

    /** How many files were imported and refused, and the words imported. */
    public record Summary(int imported, int refused, long words) {
    }

    /** Told before each file and once at the end (done == total). */
    public interface Progress {
        void update(int done, int total, Path current);
    }

    private TranscriptImport() {
    }

    /**
     * Imports {@code files} and returns every file's result, in order. The results hold the
     * texts: for a dialog's files; a large corpus goes through {@link #importEach}.
     *
     * @param informants the informant label for each file, in order; empty to take them from
     *                   the speaker labels
     * @param cancelled  checked between files; files not reached are reported as not imported
     */
    public static List<FileResult> importAll(StcProject project, List<Path> files, List<String> informants, Progress progress,
            BooleanSupplier cancelled) {
        List<FileResult> results = new ArrayList<>();
        importEach(project, files, informants, progress, cancelled, results::add);
        return results;
    }

    /**
     * Imports {@code files}, handing each file's result to {@code each}, in order, once it is on
     * disk; keep from it only what is needed, and memory stays flat however many files there are.
     */
    public static Summary importEach(StcProject project, List<Path> files, List<String> informants, Progress progress,
            BooleanSupplier cancelled, Consumer<FileResult> each) {
        if (!informants.isEmpty() && informants.size() != files.size()) {
            throw new KondensException(Problem.INFORMANTS_NOT_FILES, files.size(), informants.size());
        }
        Run run = new Run(project, files, informants, progress, cancelled, each);
        try (ReadAhead reads = new ReadAhead(files, ReadAhead.threads())) {
            while (run.next < files.size() && !run.stopped) {
                run.batch(reads);
            }
        }
        run.cancelRest();
        progress.update(files.size(), files.size(), null);
        return new Summary(run.imported, run.refused, run.words);
    }

    /** One import under way: where it is, and what it has told. */
    private static final class Run {
        private final StcProject project;
        private final List<Path> files;
        private final List<String> informants;
        private final Progress progress;
        private final BooleanSupplier cancelled;
        private final Consumer<FileResult> each;
        private int next;
        private boolean stopped;
        private int imported;
        private int refused;
        private long words;

        Run(StcProject project, List<Path> files, List<String> informants, Progress progress, BooleanSupplier cancelled,
                Consumer<FileResult> each) {
            this.project = project;
            this.files = files;
            this.informants = informants;
            this.progress = progress;
            this.cancelled = cancelled;
            this.each = each;
        }

        /** Stores files until the batch is full, in one transaction; then tells their results. */
        void batch(ReadAhead reads) {
            List<FileResult> done = new ArrayList<>();
            try {
                project.importBatch(batch -> {
                    long chars = 0;
                    long started = System.nanoTime();
                    while (next < files.size() && done.size() < BATCH_FILES && chars < BATCH_CHARS
                            && System.nanoTime() - started < BATCH_NANOS) {
                        if (cancelled.getAsBoolean()) {
                            stopped = true;
                            return;
                        }
                        Path file = files.get(next);
                        progress.update(next, files.size(), file);
                        List<String> label = informants.isEmpty() ? List.of() : List.of(informants.get(next));
                        next++; // this file is done with, whatever happens below
                        ReadAhead.Read read;
                        try {
                            read = reads.next();
                        } catch (RuntimeException e) { // the reading itself was stopped (interrupted): as a cancel
                            next--;
                            stopped = true;
                            return;
                        }
                        if (read.refusal() != null) {
                            done.add(new FileResult(read.file(), null, null, read.refusal(), 0));
                            continue;
                        }
                        try {
                            Transcript t = batch.add(read.transcript(), read.hash(), label);
                            done.add(new FileResult(read.file(), read.transcript(), t, null, read.words()));
                            chars += read.transcript().text().length();
                        } catch (KondensException e) {
                            done.add(new FileResult(read.file(), null, null, e, 0));
                        } catch (org.kondens.core.store.ProjectDatabase.BatchFailed e) {
                            if (e.failure() instanceof KondensException k) {
                                done.add(new FileResult(read.file(), null, null, k, 0)); // reported with the batch below
                            }
                            throw e;
                        }
                    }
                });
            } catch (KondensException e) {
                // The batch could not be committed (a full disk): none of its files is in the project.
                done.replaceAll(r -> new FileResult(r.file(), null, null, r.ok() ? e : r.refusal(), 0));
            }
            done.forEach(this::tell);
        }

        void cancelRest() {
            for (; next < files.size(); next++) {
                Path file = files.get(next);
                tell(new FileResult(file, null, null, Message.of(Problem.IMPORT_CANCELLED, file.getFileName()), 0));
            }
        }

        private void tell(FileResult r) {
            if (r.ok()) {
                imported++;
                words += r.words();
            } else {
                refused++;
            }
            each.accept(r);
        }
    }
}
