package org.kondens.core.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.core.importer.Fixtures.p;
import static org.kondens.core.importer.Fixtures.utf8;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.Term;

/** Archives that mean two things, or inflate like a bomb, are refused with one line naming the file. */
class SafeZipTest {

    @TempDir
    Path dir;

    @Test
    void twoEntriesWithTheSameNameAreRefused() throws IOException {
        // java.util.zip will not write a name twice: write a placeholder, then give it the same name.
        Map<String, byte[]> parts = new LinkedHashMap<>(Fixtures.docxParts(p("I: Det jeg sa")));
        parts.put("word/documenX.xml", Fixtures.docxParts(p("I: Noe annet")).get("word/document.xml"));
        Path docx = dir.resolve("to.docx");
        byte[] bytes = Files.readAllBytes(Fixtures.zip(docx, parts));
        Files.write(docx, replaced(bytes, "word/documenX.xml", "word/document.xml"));

        KondensException e = assertThrows(KondensException.class, () -> TranscriptFiles.read(docx));
        assertEquals("to.docx: the archive holds two entries for one part ('word/document.xml' and 'word/document.xml'); "
                + "refused as unsafe.", e.getMessage());
    }

    @Test
    void namesThatNameTheSamePartAreRefused() {
        for (String other : List.of("word\\document.xml", "Word/Document.XML", "word/./document.xml", "word//document.xml")) {
            Map<String, byte[]> parts = new LinkedHashMap<>(Fixtures.docxParts(p("I: Hei")));
            parts.put(other, utf8("<annet/>"));
            Path docx = Fixtures.zip(dir.resolve("likt.docx"), parts);
            KondensException e = assertThrows(KondensException.class, () -> SafeZip.open(docx, Term.WORD_DOCUMENT), other);
            assertEquals("likt.docx: the archive holds two entries for one part ('word/document.xml' and '" + other
                    + "'); refused as unsafe.", e.getMessage());
        }
    }

    @Test
    void differentPartsAndFoldersAreNotDuplicates() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("word/", new byte[0]);
        parts.put("word/document.xml", utf8("<a/>"));
        parts.put("word/document2.xml", utf8("<b/>"));
        parts.put("media/word/document.xml", utf8("<c/>"));
        try (SafeZip zip = SafeZip.open(Fixtures.zip(dir.resolve("ok.docx"), parts), Term.WORD_DOCUMENT)) {
            assertArrayEquals(utf8("<b/>"), zip.read("word/document2.xml").orElseThrow());
        }
    }

    @Test
    void aPartThatInflatesMoreThanAHundredfoldIsRefused() {
        // 2 MB of zeros pack into about 2 KB: far under the 100 MB part cap, but a thousandfold.
        Path bomb = Fixtures.zip(dir.resolve("bombe.odt"), Map.of("content.xml", new byte[2 * 1024 * 1024]));
        try (SafeZip zip = SafeZip.open(bomb, Term.ODT_DOCUMENT)) {
            KondensException e = assertThrows(KondensException.class, () -> zip.read("content.xml"));
            assertTrue(e.getMessage().matches("bombe\\.odt: the part content\\.xml expands more than 100 times its "
                    + "packed size \\(\\d+ bytes\\); refused as a possible zip bomb\\."), e.getMessage());
        }
    }

    @Test
    void smallPartsMayPackWellAndLargeOnesThatPackLikeTextAreRead() {
        byte[] small = new byte[900 * 1024]; // a thousandfold too, but under 1 MB
        byte[] text = new byte[3 * 1024 * 1024];
        Random random = new Random(12);
        for (int i = 0; i < text.length; i++) {
            text[i] = (byte) "aeiou nrstlkmgvdhpbfjyw.,\n".charAt(random.nextInt(26));
        }
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("styles.xml", small);
        parts.put("content.xml", text);
        try (SafeZip zip = SafeZip.open(Fixtures.zip(dir.resolve("stor.odt"), parts), Term.ODT_DOCUMENT)) {
            assertArrayEquals(small, zip.read("styles.xml").orElseThrow());
            assertArrayEquals(text, zip.read("content.xml").orElseThrow());
        }
    }

    /** An archive made to be read again and again ends in one line once its read-again budget is spent, not in a full disk or heap. */
    @Test
    void partsReadAgainPastTheirBudgetAreRefused() throws IOException {
        byte[] text = utf8("Jeg husker at det var tungt å be om hjelp. ".repeat(20_000)); // 0.9 MB, below the size from which the packing ratio counts
        Path qdpx = Fixtures.zip(dir.resolve("om-igjen.qdpx"), Map.of("Sources/kilde.txt", text));
        try (SafeZip zip = SafeZip.open(qdpx, Term.QDPX_PROJECT).withAgainBudget(3L * 1024 * 1024)) {
            java.util.zip.ZipEntry entry = zip.find("Sources/kilde.txt").orElseThrow();
            assertArrayEquals(text, zip.read(entry));
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(text, zip.readAgain(entry), "read again " + (i + 1) + " time(s), within the budget");
            }
            KondensException e = assertThrows(KondensException.class, () -> zip.readAgain(entry));
            assertEquals("om-igjen.qdpx: its texts had to be read again, more than 3 MB in all; refused as a possible zip bomb.",
                    e.getMessage());
        }
    }

    /** A part read again must be what was read first: bytes that do not match the archive's checksum are refused. */
    @Test
    void aPartWhoseBytesDoNotMatchItsChecksumIsRefused() throws IOException {
        Path odt = Fixtures.zip(dir.resolve("skadet.odt"), Map.of("content.xml", utf8("<tekst>Hei på deg</tekst>")));
        byte[] bytes = Files.readAllBytes(odt);
        int central = indexOf(bytes, new byte[] {0x50, 0x4B, 0x01, 0x02});
        bytes[central + 16] ^= 0x01; // the checksum in the central directory, which the reader goes by
        Files.write(odt, bytes);
        try (SafeZip zip = SafeZip.open(odt, Term.ODT_DOCUMENT)) {
            KondensException e = assertThrows(KondensException.class, () -> zip.read("content.xml"));
            assertEquals("skadet.odt: the part content.xml does not match its checksum; the archive is damaged, or was changed while it was read.", e.getMessage());
            e = assertThrows(KondensException.class, () -> zip.readAgain(zip.find("content.xml").orElseThrow()));
            assertEquals("skadet.odt: the part content.xml does not match its checksum; the archive is damaged, or was changed while it was read.", e.getMessage(),
                    "a part read again is checked the same way");
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not in the archive");
    }

    private static byte[] replaced(byte[] bytes, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        byte[] out = bytes.clone();
        for (int i = 0; i + f.length <= out.length; i++) {
            boolean match = true;
            for (int j = 0; j < f.length && match; j++) {
                match = out[i + j] == f[j];
            }
            if (match) {
                System.arraycopy(t, 0, out, i, t.length);
            }
        }
        return out;
    }
}
