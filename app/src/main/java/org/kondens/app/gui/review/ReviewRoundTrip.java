package org.kondens.app.gui.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.kondens.core.export.ExportOptions;
import org.kondens.core.export.ReviewDocument;
import org.kondens.core.model.ReviewRound;
import org.kondens.core.stc.ReviewImport;
import org.kondens.core.stc.StcProject;

/**
 * The review document's way out and back in, as core writes and reads it: the shell hands the
 * Review panel the real pair. Both run on the project thread.
 *
 * @param export writes the document for {@code reviewers} to {@code out} and records the round
 * @param importer brings in a reviewed document's comments and suggested edits; returns the report (a line, then one
 *        line per element)
 */
public record ReviewRoundTrip(Export export, Import importer) {

    @FunctionalInterface
    public interface Export {
        ReviewRound export(StcProject project, List<String> reviewers, Path out);
    }

    @FunctionalInterface
    public interface Import {
        String importReview(StcProject project, Path docx);
    }

    /** Core's review document writer ({@link ReviewDocument}) and reader ({@link ReviewImport}); reports in {@code locale}. */
    public static ReviewRoundTrip core(Locale locale) {
        return new ReviewRoundTrip(
                (p, reviewers, out) -> ReviewDocument.export(p.snapshot(), ExportOptions.DEFAULT, out,
                        () -> p.reviews().sendForReview(reviewers, "")),
                (p, docx) -> String.join("\n", ReviewImport.importReview(p, docx).lines(locale)));
    }
}
