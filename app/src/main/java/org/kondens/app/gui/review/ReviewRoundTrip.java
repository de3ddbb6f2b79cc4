package org.kondens.app.gui.review;

import java.nio.file.Path;
import java.util.List;
import org.kondens.core.KondensException;
import org.kondens.core.model.ReviewRound;
import org.kondens.core.stc.StcProject;

/**
 * The review document's way out and back in, as core writes and reads it: the shell hands the
 * Review panel the real pair. Both run on the project thread.
 *
 * @param export writes the document for {@code reviewers} to {@code out} and records the round
 * @param importer brings in a reviewed document's comments and suggested edits; returns the report line
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

    /** Until the document's writer and reader are part of the build: both say so in a sentence. */
    public static final ReviewRoundTrip NOT_AVAILABLE = new ReviewRoundTrip(
            (p, reviewers, out) -> {
                throw new KondensException("Review documents are not part of this build yet.");
            },
            (p, docx) -> {
                throw new KondensException("Review documents are not part of this build yet.");
            });
}
