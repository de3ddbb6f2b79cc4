package org.kondens.core.stc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.kondens.core.KondensException;
import org.kondens.core.Localizable;
import org.kondens.core.Message;
import org.kondens.core.Problem;
import org.kondens.core.importer.ImportedTranscript;
import org.kondens.core.importer.TranscriptFiles;
import org.kondens.core.model.Transcript;

/**
 * Imports many transcript files into a project. Each file is read and stored on its own (one
 * transaction each), so one bad file never stops the others nor leaves half a transcript; the
 * result lists every file with what happened to it.
 */
public final class TranscriptImport {

    /** What became of one file: the transcript and what was read, or the reason it was refused. */
    public record FileResult(Path file, ImportedTranscript read, Transcript transcript, Localizable refusal) {

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

    /** Told before each file and once at the end (done == total). */
    public interface Progress {
        void update(int done, int total, Path current);
    }

    private TranscriptImport() {
    }

    /**
     * @param informants the informant label for each file, in order; empty to take them from
     *                   the speaker labels
     * @param cancelled  checked between files; files not reached are reported as not imported
     */
    public static List<FileResult> importAll(StcProject project, List<Path> files, List<String> informants, Progress progress,
            BooleanSupplier cancelled) {
        if (!informants.isEmpty() && informants.size() != files.size()) {
            throw new KondensException(Problem.INFORMANTS_NOT_FILES, files.size(), informants.size());
        }
        List<FileResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (cancelled.getAsBoolean()) {
                results.add(new FileResult(file, null, null, Message.of(Problem.IMPORT_CANCELLED, file.getFileName())));
                continue;
            }
            progress.update(i, files.size(), file);
            try {
                ImportedTranscript read = TranscriptFiles.read(file);
                Transcript t = project.importTranscript(read, informants.isEmpty() ? List.of() : List.of(informants.get(i)));
                results.add(new FileResult(file, read, t, null));
            } catch (KondensException e) {
                results.add(new FileResult(file, null, null, e));
            }
        }
        progress.update(files.size(), files.size(), null);
        return results;
    }
}
