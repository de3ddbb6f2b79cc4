package org.kondens.core.exchange;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget.Kind;
import org.kondens.core.model.Span;
import org.kondens.core.stc.ReviewImport;

/**
 * A review document another program wrote: made by {@link ReviewDocs}, commented in LibreOffice's
 * own format and converted back to .docx by LibreOffice (see the README beside the fixture).
 * Every comment lands where the reviewer put it.
 */
class ReviewLibreOfficeTest {

    private static final Pattern OURS = Pattern.compile("w:name=\"(k[A-Z]_[0-9a-f]{32})\"");

    @TempDir
    Path dir;

    @Test
    void everyCommentLandsWhereItWasPut() throws Exception {
        ReviewImportTest.Study s = ReviewImportTest.study(dir);
        // The fixture's bookmarks name the elements of the project it was made from; name this one's instead.
        Path file = renamedFor(fixture("review-libreoffice.docx"), ReviewDocs.of(s.p().snapshot()).document());

        ReviewReport r = ReviewImport.importReview(s.p(), file);
        assertEquals(5, r.comments(), r.lines().toString());

        Comment unit = only(s, "Hvem ga nøkkelen?");
        int at = s.u1().start() + ReviewImportTest.UNIT1.indexOf("men jeg fikk nøkkel");
        assertEquals(new Span(s.t().id(), at, at + "men jeg fikk nøkkel".length()), unit.target().span());
        assertTrue(unit.target().is(Kind.MEANING_UNIT, s.u1().id()));
        assertEquals(Instant.parse("2026-11-30T10:00:00Z"), unit.time());

        Comment analytic = only(s, "Sterkt ord – belegg?");
        assertTrue(analytic.target().is(Kind.ANALYTIC_TEXT, s.s1().id()));
        assertEquals("vendepunkt", analytic.target().quoted());
        assertTrue(analytic.resolved(), "LibreOffice's resolved mark arrives");

        Comment condensate = only(s, "Hvem så deg?");
        assertTrue(condensate.target().is(Kind.CONDENSATE, s.s2().id()));
        assertEquals("ble sett som", condensate.target().quoted());
        assertEquals("Medveileder", condensate.author());

        // LibreOffice 7.4 drops the reply link when it writes .docx: the reply is a comment at its point.
        Comment point = only(s, "Svar: se EK1.");
        assertTrue(point.target().is(Kind.ANALYTIC_TEXT, s.s1().id()));
        assertFalse(point.isReply());

        Comment title = only(s, "Tittelen er lang.");
        assertEquals(Kind.PROJECT, title.target().kind());
        assertEquals("Overgang til egen bolig", title.target().quoted());

        assertEquals(0, ReviewImport.importReview(s.p(), file).total(), "a second import adds nothing");
    }

    /** The same, on the document our exporter writes (review-libreoffice-export.docx; see the README). */
    @Test
    void everyCommentOnOurOwnReviewDocumentLandsWhereItWasPut() throws Exception {
        ReviewImportTest.Study s = ReviewImportTest.study(dir);
        Path ours = dir.resolve("review.docx");
        org.kondens.core.export.ReviewDocument.export(s.p().snapshot(), org.kondens.core.export.ExportOptions.DEFAULT, ours,
                () -> s.p().reviews().sendForReview(List.of("Kari"), ""));
        Path file = renamedFor(fixture("review-libreoffice-export.docx"), part(ours));

        ReviewReport r = ReviewImport.importReview(s.p(), file);
        assertEquals(5, r.comments(), r.lines().toString());
        Comment unit = only(s, "Hvem ga nøkkelen?");
        int at = s.u1().start() + ReviewImportTest.UNIT1.indexOf("men jeg fikk nøkkel");
        assertTrue(unit.target().is(Kind.MEANING_UNIT, s.u1().id()));
        assertEquals(new Span(s.t().id(), at, at + "men jeg fikk nøkkel".length()), unit.target().span(),
                "the commented words, exactly, after an emoji");
        Comment analytic = only(s, "Sterkt ord – belegg?");
        assertTrue(analytic.target().is(Kind.ANALYTIC_TEXT, s.s1().id()));
        assertTrue(analytic.resolved(), "LibreOffice's resolved mark arrives");
        Comment condensate = only(s, "Hvem så deg?");
        assertTrue(condensate.target().is(Kind.CONDENSATE, s.s2().id()));
        assertEquals("Medveileder", condensate.author());
        assertEquals(Kind.PROJECT, only(s, "Tittelen er lang.").target().kind());
        assertTrue(only(s, "Godt navn – deres ord?").target().is(Kind.CODE_GROUP, s.g2().id()));
        assertEquals(0, ReviewImport.importReview(s.p(), file).total(), "a second import adds nothing");
    }

    private Path fixture(String name) throws Exception {
        Path fixture = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, fixture);
        }
        return fixture;
    }

    /** The fixture with its bookmark names replaced, in order, by those of {@code ourDocumentXml}. */
    private Path renamedFor(Path fixture, String ourDocumentXml) throws Exception {
        String xml = part(fixture);
        List<String> theirs = names(xml);
        List<String> mine = names(ourDocumentXml);
        assertEquals(mine.size(), theirs.size(), "LibreOffice kept every bookmark");
        for (int i = 0; i < mine.size(); i++) {
            assertEquals(mine.get(i).substring(0, 3), theirs.get(i).substring(0, 3), "in the same order");
            xml = xml.replace(theirs.get(i), mine.get(i));
        }
        return ReviewImportTest.rewrite(fixture, dir.resolve("gjennomlest.docx"), "word/document.xml", xml);
    }

    private static String part(Path docx) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> names(String documentXml) {
        List<String> out = new ArrayList<>();
        Matcher m = OURS.matcher(documentXml);
        while (m.find()) {
            if (!out.contains(m.group(1))) {
                out.add(m.group(1)); // LibreOffice writes an empty bookmark twice
            }
        }
        return out;
    }

    private static Comment only(ReviewImportTest.Study s, String text) {
        List<Comment> found = s.p().snapshot().review().comments().stream().filter(c -> c.text().equals(text)).toList();
        assertEquals(1, found.size(), text);
        return found.getFirst();
    }
}
