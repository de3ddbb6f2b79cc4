package org.kondens.core.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the uncommented review document of {@link ReviewImportTest#study} for the LibreOffice
 * fixture (see the README next to review-libreoffice.docx); runs only when asked:
 * {@code mvn -o -q test -pl core -Dtest=ReviewFixtureMaker -Dkondens.reviewFixture=/tmp/x}.
 */
class ReviewFixtureMaker {

    @Test
    @EnabledIfSystemProperty(named = "kondens.reviewFixture", matches = ".+")
    void writeTheReviewDocument() throws Exception {
        Path out = Path.of(System.getProperty("kondens.reviewFixture"));
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("fixture");
        ReviewDocs.of(ReviewImportTest.study(work).p().snapshot()).write(out.resolve("review.docx"));
        // The same study through the real exporter, for review-libreoffice-export.docx.
        var p = ReviewImportTest.study(Files.createTempDirectory("fixture-export")).p();
        org.kondens.core.export.ReviewDocument.export(p.snapshot(), org.kondens.core.export.ExportOptions.DEFAULT,
                out.resolve("review-export.docx"), () -> p.reviews().sendForReview(java.util.List.of("Kari"), ""));
    }
}
