package org.kondens.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.importer.SafeZip;
import org.w3c.dom.Element;

/** A source's REFI-QDA positions (code points of the text as written) mapped to Kondens offsets. */
class QdpxSourceTextTest {

    @Test
    void positionsCountTheWrittenTextAfterTheBomAndLandInTheNormalisedText() {
        SourceTexts.SourceText t = SourceTexts.SourceText.of("\uFEFFI: Ja?\r\nEK1: 😀 bra\r\n");
        assertEquals("I: Ja?\nEK1: 😀 bra\n", t.text());
        assertEquals(20, t.length(Positions.Counting.CODE_POINTS), "the BOM is not counted, the CR is");
        assertEquals(18, t.length(Positions.Counting.CODE_POINTS_CRLF_AS_ONE), "a CRLF counted as one");
        int start = t.offset(13);
        int end = t.offset(18);
        assertEquals("😀 bra", t.text().substring(start, end), "after CRLF and an emoji");
        assertEquals(t.text().length(), t.offset(20));
        assertEquals(-1, t.offset(21), "outside the text");
        assertEquals(-1, t.offset(-1));
    }

    @TempDir
    Path dir;

    /**
     * A corpus's sources are not all held: a text let go is read again from the archive, with the
     * same text and positions, and a notice about its bytes is given once, not at every read.
     */
    @Test
    void aTextLetGoIsReadAgainFromTheArchiveTheSame() throws Exception {
        byte[] crlf = "\uFEFFI: Ja?\r\nEK1: 😀 bra, a\u030Arene\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin = "P: Bl\u00E5b\u00E6r.\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Path qdpx = QdeFixture.zip(dir.resolve("t.qdpx"), Map.of("sources/a.txt", crlf, "sources/b.txt", latin));
        ImportLog log = new ImportLog();
        try (SafeZip zip = SafeZip.open(qdpx, Term.QDPX_PROJECT)) {
            SourceTexts texts = new SourceTexts("t.qdpx", zip, log, 1);
            SourceTexts.SourceText a = texts.sourceOf(source("internal://a.txt"), "A");
            String text = a.text();
            int start = a.offset(13);
            SourceTexts.SourceText b = texts.sourceOf(source("b.txt"), "B");
            assertFalse(a.held(), "the older text is let go when another is read");
            assertTrue(b.held());
            assertEquals("P: Blåbær.\n", b.text());

            assertEquals("I: Ja?\nEK1: 😀 bra, årene\n", a.text(), "read again: normalised as the first time");
            assertEquals(start, a.offset(13));
            assertEquals("😀 bra", text.substring(a.offset(13), a.offset(18)));
            assertFalse(b.held());
            assertEquals("P: Blåbær.\n", b.text(), "read again as Windows-1252");
        }
        assertEquals(List.of(Problem.QDPX_NOT_UTF8), log.notices().stream().map(m -> m.code()).toList(),
                "the notice about B's bytes is given once");
    }

    private static Element source(String path) throws Exception {
        Element e = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument().createElement("TextSource");
        e.setAttribute("plainTextPath", path);
        return e;
    }
}
