package org.kondens.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.kondens.core.PrivateFiles;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Transcript;
import org.kondens.core.store.WriteTargets;

/**
 * Writes an export. The file appears whole or not at all: it is written next to the target
 * and moved into place, so a failed export never leaves half a document (or clobbers the last
 * good one).
 */
public final class Exports {

    private Exports() {
    }

    /** The table {@code format} would write, to show before saving (the same rows the export uses). */
    /**
     * True when {@link #preview} of {@code format} reads no transcript text from disk: the
     * participant table counts every transcript's words; the others show meaning units' passages,
     * which the screen keeps at hand.
     */
    public static boolean previewNeedsNoDisk(ProjectSnapshot snapshot, ExportFormat format) {
        return format != ExportFormat.PARTICIPANTS_DOCX || snapshot.transcripts().stream().allMatch(Transcript::textAtHand);
    }

    public static ExportPreview preview(ProjectSnapshot snapshot, ExportFormat format, ExportOptions options) {
        return Previews.of(new Analysis(snapshot), format, options);
    }

    /**
     * Writes {@code format} to {@code out}, making its folder if needed. Refuses (before writing
     * anything) a target that is a project, its backups or side files, or a read-only file.
     */
    public static void write(ProjectSnapshot snapshot, ExportFormat format, ExportOptions options, Path out) {
        WriteTargets.checkExport(out);
        Path dir = out.toAbsolutePath().getParent();
        try {
            PrivateFiles.createFolder(dir);
        } catch (IOException e) {
            throw WriteTargets.cannotWrite(out, e);
        }
        Analysis a = format == ExportFormat.JSON ? null : new Analysis(snapshot);
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, ".kondens-export-", ".tmp");
            try (OutputStream o = Files.newOutputStream(temp)) {
                switch (format) {
                    case JSON -> ProjectJson.write(snapshot, o);
                    case FINDINGS_DOCX -> WordExports.findings(a, options).write(o);
                    case PROCESS_DOCX -> WordExports.process(a, options).write(o);
                    case RESULTS_DOCX -> WordExports.results(a, options).write(o);
                    case CODEBOOK_DOCX -> WordExports.codebook(a, options).write(o);
                    case CONDENSATES_DOCX -> WordExports.condensates(a, options).write(o);
                    case PARTICIPANTS_DOCX -> WordExports.participants(a, options).write(o);
                    case REVIEW_DOCX -> ReviewDocument.build(a, options).write(o);
                    case CODEBOOK_XLSX -> Sheets.xlsx("Codebook", Tables.codebook(a), a.time(), o);
                    case UNITS_XLSX -> Sheets.xlsx(a.labels.get("units"), Tables.units(a), a.time(), o);
                    case MATRIX_XLSX -> Sheets.xlsx("Matrix", Tables.matrix(a), a.time(), o);
                    case UNITS_CSV -> Sheets.csv(Tables.units(a), a.labels.english() ? ',' : ';', o);
                    case MATRIX_CSV -> Sheets.csv(Tables.matrix(a), a.labels.english() ? ',' : ';', o);
                    case QDPX -> org.kondens.core.exchange.QdpxWriter.write(snapshot, o);
                    case QDC -> org.kondens.core.exchange.CodebookWriter.write(snapshot, o);
                    default -> throw new IllegalStateException(format.id());
                }
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw WriteTargets.cannotWrite(out, e);
        } catch (UncheckedIOException e) {
            throw WriteTargets.cannotWrite(out, e.getCause());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a stray temporary file is harmless
                }
            }
        }
    }
}
