package org.kondens.core.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.kondens.core.KondensException;
import org.kondens.core.Message;
import org.kondens.core.Problem;

/**
 * PDF transcripts, where the PDF has a text layer (Apache PDFBox). The text keeps the PDF's
 * line breaks; a scanned PDF (images only) is refused with a clear message.
 */
final class PdfReader {

    private PdfReader() {
    }

    static ImportedTranscript read(Path file) {
        String name = file.getFileName().toString();
        String raw;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setSortByPosition(true);
            raw = stripper.getText(pdf);
        } catch (InvalidPasswordException e) {
            throw new KondensException(e, Problem.IMPORT_PDF_PASSWORD, name);
        } catch (IOException | RuntimeException e) {
            throw new KondensException(e, Problem.IMPORT_PDF_DAMAGED, name, e.getMessage());
        }
        String text = TextNormalizer.normalize(raw);
        if (text.isBlank()) {
            throw new KondensException(Problem.IMPORT_SCANNED, name);
        }
        return ImportedTranscript.of(name, text, SpeakerDetector.detect(text),
                List.of(Message.of(Problem.NOTICE_PDF_LINES)));
    }
}
