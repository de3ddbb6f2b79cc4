package org.kondens.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.core.importer.Fixtures.bold;
import static org.kondens.core.importer.Fixtures.docx;
import static org.kondens.core.importer.Fixtures.odt;
import static org.kondens.core.importer.Fixtures.p;
import static org.kondens.core.importer.Fixtures.paragraphs;
import static org.kondens.core.importer.Fixtures.r;
import static org.kondens.core.importer.Fixtures.utf8;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.TestProjects;
import org.kondens.core.model.Membership;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.Transcript;
import org.kondens.core.stc.StcProject;

/** Each format gives exactly the expected text, so offsets into it are the same whatever the source. */
class ImportFormatsTest {

    /** The transcript every format holds, as stored after import (LF, NFC). */
    static final String TEXT = """
            Intervju 3 – Bergen, mars
            I: Hvordan var det å få nøkkelen?
            Informant 3: Det var … eh, rart. Jeg sto der med «nøkkelen» i hånda 😀.
            I: Og etterpå?
            Informant 3: Etterpå ble det bedre – mye bedre. Ærlig talt, søsteren min hjalp.""";
    /** Phrases whose offsets every format must reproduce. */
    static final List<String> PHRASES = List.of("«nøkkelen» i hånda", "Ærlig talt, søsteren min hjalp", "Og etterpå?");

    @TempDir
    Path dir;

    private void assertSameText(String expected, ImportedTranscript in) {
        assertEquals(expected, in.text());
        for (String phrase : PHRASES) {
            assertEquals(expected.indexOf(phrase), in.text().indexOf(phrase), phrase);
        }
        assertEquals(List.of("I", "Informant 3", "I", "Informant 3"), in.turns().stream().map(DetectedTurn::speaker).toList());
        assertEquals(Map.of("I", 2L, "Informant 3", 2L), in.speakers());
        DetectedTurn first = in.turns().get(1);
        assertEquals(SpeakerRole.INFORMANT, first.role());
        assertEquals(expected.indexOf("Informant 3: Det var"), first.start());
        assertEquals(expected.indexOf("i hånda 😀.") + "i hånda 😀.".length(), first.end(), "a turn ends before the line break");
    }

    // --- plain text in every encoding --------------------------------------------------------

    @Test
    void utf8WithAndWithoutBomAndUtf16WithBomGiveTheSameText() throws Exception {
        String crlf = TEXT.replace("\n", "\r\n");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path plain = Files.write(dir.resolve("a.txt"), utf8(crlf));
        Path withBom = dir.resolve("b.txt");
        Files.write(withBom, concat(bom, utf8(crlf)));
        Path le = dir.resolve("c.txt");
        Files.write(le, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, crlf.getBytes(StandardCharsets.UTF_16LE)));
        Path be = dir.resolve("d.txt");
        Files.write(be, concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, crlf.getBytes(StandardCharsets.UTF_16BE)));
        for (Path file : List.of(plain, withBom, le, be)) {
            assertSameText(TEXT, TranscriptFiles.read(file));
        }
    }

    @Test
    void windows1252AndLatin1AreRecognisedAndÆøåComeOutRight() throws Exception {
        String noEmoji = TEXT.replace(" 😀", "");
        Path cp1252 = Files.write(dir.resolve("win.txt"), noEmoji.replace("\n", "\r\n").getBytes(Charset.forName("windows-1252")));
        String latin = noEmoji.replace("…", "...").replace("–", "-");
        Path latin1 = Files.write(dir.resolve("latin.txt"), latin.getBytes(StandardCharsets.ISO_8859_1));
        ImportedTranscript win = TranscriptFiles.read(cp1252);
        assertEquals(noEmoji, win.text());
        assertTrue(win.notices().get(0).contains("Windows-1252"), win.notices().toString());
        assertEquals(latin, TranscriptFiles.read(latin1).text());
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsZeroBytes() throws Exception {
        Path file = Files.write(dir.resolve("u16.txt"), TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertSameText(TEXT, TranscriptFiles.read(file));
    }

    @Test
    void lineEndsAreNormalisedOnceWhateverTheMix() throws Exception {
        Path file = Files.write(dir.resolve("mix.txt"), utf8("I: En\r\nInformant 3: To\rI: Tre\nInformant 3: Fire\r\n"));
        assertEquals("I: En\nInformant 3: To\nI: Tre\nInformant 3: Fire\n", TranscriptFiles.read(file).text());
    }

    @Test
    void decomposedLettersAreComposedAndInvisibleCharactersHandled() throws Exception {
        // "å" as a + combining ring, a non-breaking space, a soft hyphen inside a word.
        Path file = Files.write(dir.resolve("nfc.txt"), utf8("I: Ga\u030A\u00A0hjem?\nInformant 3: Ja, til lei\u00ADligheten."));
        String text = TranscriptFiles.read(file).text();
        assertEquals("I: Gå hjem?\nInformant 3: Ja, til leiligheten.", text);
    }

    // --- Word ------------------------------------------------------------------------------

    @Test
    void docxParagraphsBecomeLines() {
        Path file = docx(dir.resolve("intervju.docx"), paragraphs(TEXT));
        ImportedTranscript in = TranscriptFiles.read(file);
        assertSameText(TEXT, in);
        assertEquals("intervju", in.title());
        assertTrue(in.notices().isEmpty(), in.notices().toString());
    }

    @Test
    void docxTrackedChangesAreTakenAsAcceptedAndFieldCodesLeftOut() {
        String body = "<w:p>" + r("Informant 3: Jeg ")
                + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>hatet</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"A\">" + r("likte") + "</w:ins>" + r(" det. Side ")
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("3")
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + r(".") + "</w:p>";
        assertEquals("Informant 3: Jeg likte det. Side 3.", TranscriptFiles.read(docx(dir.resolve("t.docx"), body)).text());
    }

    @Test
    void docxTablesTabsBreaksAndSpecialCharacters() {
        String body = p("Tid\tTekst")
                + "<w:p><w:r><w:t>Linje én</w:t><w:br/><w:t>linje to</w:t><w:tab/><w:t>R&amp;D «sitat» \u2019x\u2019</w:t></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc>" + p("00:01") + "</w:tc><w:tc>" + p("I: Hei") + p("og velkommen") + "</w:tc></w:tr>"
                + "<w:tr><w:tc>" + p("00:02") + "</w:tc><w:tc>" + p("Informant 3: Takk\u00A0skal du ha") + "</w:tc></w:tr></w:tbl>"
                + p("Slutt");
        String text = TranscriptFiles.read(docx(dir.resolve("tabell.docx"), body)).text();
        assertEquals("Tid\tTekst\nLinje én\nlinje to\tR&D «sitat» \u2019x\u2019\n00:01\tI: Hei og velkommen\n"
                + "00:02\tInformant 3: Takk skal du ha\nSlutt", text);
    }

    @Test
    void docxHeadersFootersCommentsAndFootnotesAreLeftOutWithANotice() {
        Map<String, byte[]> parts = new LinkedHashMap<>(Fixtures.docxParts(
                "<w:p>" + r("I: Hei.") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"
                        + "<w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"));
        parts.put("word/header1.xml", utf8("<w:hdr xmlns:w=\"" + Fixtures.W_NS + "\">" + p("KONFIDENSIELT") + "</w:hdr>"));
        parts.put("word/footer1.xml", utf8("<w:ftr xmlns:w=\"" + Fixtures.W_NS + "\">" + p("Side 1") + "</w:ftr>"));
        parts.put("word/comments.xml", utf8("<w:comments xmlns:w=\"" + Fixtures.W_NS + "\"/>"));
        parts.put("word/footnotes.xml", utf8("<w:footnotes xmlns:w=\"" + Fixtures.W_NS + "\"/>"));
        ImportedTranscript in = TranscriptFiles.read(Fixtures.zip(dir.resolve("notater.docx"), parts));
        assertEquals("I: Hei.", in.text());
        assertEquals(List.of("Not imported: headers, footers, comments, footnotes (only the body text is part of the transcript)."),
                in.notices());
    }

    @Test
    void boldSpeakerNamesInWordStartTurnsEvenWithoutAColon() {
        String body = p("Intervju med Kari, mai")
                + "<w:p>" + bold("Intervjuer") + r(" Hvordan var flyttingen?") + "</w:p>"
                + "<w:p>" + bold("Kari") + r(" Tung. Men jeg klarte det.") + "</w:p>"
                + p("Det tok tid.")
                + "<w:p>" + bold("Intervjuer") + r(" Og nå?") + "</w:p>"
                + "<w:p>" + bold("Kari:") + r(" Nå er det bra.") + "</w:p>"
                + "<w:p>" + bold("Viktig poeng.") + r(" Ikke en taler.") + "</w:p>";
        ImportedTranscript in = TranscriptFiles.read(docx(dir.resolve("fet.docx"), body));
        assertEquals(List.of("Intervjuer", "Kari", "Intervjuer", "Kari"), in.turns().stream().map(DetectedTurn::speaker).toList());
        assertEquals(SpeakerRole.INTERVIEWER, in.turns().get(0).role());
        DetectedTurn kari = in.turns().get(1);
        assertEquals("Kari Tung. Men jeg klarte det.\nDet tok tid.", in.text().substring(kari.start(), kari.end()));
        DetectedTurn last = in.turns().get(3);
        assertTrue(in.text().substring(last.start(), last.end()).endsWith("Ikke en taler."), "a bold phrase does not start a turn");
    }

    // --- LibreOffice ------------------------------------------------------------------------

    @Test
    void odtParagraphsGiveTheSameText() {
        StringBuilder xml = new StringBuilder();
        for (String line : TEXT.split("\n")) {
            xml.append("<text:p>").append(Fixtures.xml(line)).append("</text:p>");
        }
        assertSameText(TEXT, TranscriptFiles.read(odt(dir.resolve("intervju.odt"), "", xml.toString())));
    }

    @Test
    void odtSpacesTabsBreaksBoldSpeakersNotesAndTrackedChanges() {
        String styles = "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>";
        String xml = "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><text:p>slettet</text:p>"
                + "</text:deletion></text:changed-region></text:tracked-changes>"
                + "<text:h>Intervju</text:h>"
                + "<text:p><text:span text:style-name=\"T1\">Moderator</text:span> Velkommen,<text:s text:c=\"2\"/>alle."
                + "<text:note text:note-class=\"footnote\"><text:note-body><text:p>fotnote</text:p></text:note-body></text:note></text:p>"
                + "<text:p><text:span text:style-name=\"T1\">Deltaker 2</text:span> Takk.<text:tab/>Ja<text:line-break/>nei."
                + "<office:annotation><text:p>kommentar</text:p></office:annotation></text:p>"
                + "<text:list><text:list-item><text:p>Moderator: Neste.</text:p></text:list-item></text:list>"
                + "<table:table><table:table-row><table:table-cell><text:p>a</text:p></table:table-cell>"
                + "<table:table-cell><text:p>b</text:p></table:table-cell></table:table-row></table:table>";
        ImportedTranscript in = TranscriptFiles.read(odt(dir.resolve("fg.odt"), styles, xml));
        assertEquals("Intervju\nModerator Velkommen,  alle.\nDeltaker 2 Takk.\tJa\nnei.\nModerator: Neste.\na\tb", in.text());
        assertEquals(List.of("Moderator", "Deltaker 2", "Moderator"), in.turns().stream().map(DetectedTurn::speaker).toList());
        assertEquals(List.of("Not imported: footnotes (only the body text is part of the transcript).",
                "Not imported: comments (only the body text is part of the transcript)."), in.notices());
    }

    // --- PDF ---------------------------------------------------------------------------------

    @Test
    void pdfWithATextLayerIsRead() {
        String noEmoji = TEXT.replace(" 😀", "");
        ImportedTranscript in = TranscriptFiles.read(Fixtures.pdf(dir.resolve("intervju.pdf"), List.of(noEmoji.split("\n"))));
        assertEquals(noEmoji, in.text().strip());
        for (String phrase : PHRASES) {
            assertEquals(noEmoji.indexOf(phrase), in.text().indexOf(phrase), phrase);
        }
        assertEquals(List.of("I", "Informant 3", "I", "Informant 3"), in.turns().stream().map(DetectedTurn::speaker).toList());
        assertFalse(in.notices().isEmpty(), "the user is told that PDF line breaks are the PDF's own");
    }

    // --- offsets survive the project ----------------------------------------------------------

    @Test
    void meaningUnitsFoundByQuoteInEveryFormatPointAtTheSameOffsetsAfterReopening() {
        StringBuilder odtXml = new StringBuilder();
        for (String line : TEXT.split("\n")) {
            odtXml.append("<text:p>").append(Fixtures.xml(line)).append("</text:p>");
        }
        List<Path> files = List.of(
                TestProjects.writeUtf8(dir.resolve("a.txt"), TEXT.replace("\n", "\r\n") + "\r\n"),
                docx(dir.resolve("b.docx"), paragraphs(TEXT) + p("(slutt b)")),
                odt(dir.resolve("c.odt"), "", odtXml + "<text:p>(slutt c)</text:p>"));
        Path projectFile;
        try (StcProject project = TestProjects.newProject(dir)) {
            projectFile = project.database().file();
            var group = project.addCodeGroup("Bolig", "#336699", List.of());
            for (Path file : files) {
                Transcript t = project.importTranscript(TranscriptFiles.read(file), List.of());
                project.addMeaningUnit(t.id(), "«nøkkelen» i\nhånda 😀", List.of(new Membership(group.id(), null)));
            }
        }
        try (StcProject project = TestProjects.reopen(projectFile)) {
            var snap = project.snapshot();
            assertEquals(3, snap.meaningUnits().size());
            snap.meaningUnits().forEach(mu -> {
                Transcript t = snap.transcripts().stream().filter(x -> x.id().equals(mu.transcriptId())).findFirst().orElseThrow();
                assertEquals(TEXT.indexOf("«nøkkelen»"), mu.start());
                assertEquals("«nøkkelen» i hånda 😀", t.text().substring(mu.start(), mu.end()));
            });
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
