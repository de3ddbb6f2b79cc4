package org.kondens.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.core.importer.Fixtures.docx;
import static org.kondens.core.importer.Fixtures.p;
import static org.kondens.core.importer.Fixtures.utf8;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.TestProjects;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.stc.StcProject;
import org.kondens.core.stc.TranscriptImport;
import org.kondens.core.stc.TranscriptImport.FileResult;

/**
 * Every kind of bad file gets a one-line message that names the file and the problem, and the
 * project stays exactly as it was: no transcript, no session, no informant, no audit line.
 */
class BadInputTest {

    @TempDir
    Path dir;
    StcProject project;

    @BeforeEach
    void open() {
        project = TestProjects.newProject(dir);
        TestProjects.importInterview(project, dir);
    }

    @AfterEach
    void close() {
        project.close();
    }

    /** Imports {@code file} alone and checks the refusal and that the project is untouched. */
    private String refused(Path file, String... reasonParts) {
        ProjectSnapshot before = project.snapshot();
        List<FileResult> results = TranscriptImport.importAll(project, List.of(file), List.of(), (d, t, c) -> { }, () -> false);
        assertEquals(1, results.size());
        FileResult result = results.get(0);
        assertFalse(result.ok(), file + " was imported");
        assertNull(result.transcript());
        String message = result.error();
        assertTrue(message.startsWith(file.getFileName().toString() + ": "), "names the file: " + message);
        assertFalse(message.contains("\n"), "one line: " + message);
        for (String part : reasonParts) {
            assertTrue(message.contains(part), "'" + message + "' should say '" + part + "'");
        }
        assertEquals(before, project.snapshot(), "the project is exactly as before");
        return message;
    }

    @Test
    void emptyFilesOfEveryKind() throws Exception {
        for (String ext : List.of("txt", "docx", "odt", "pdf")) {
            refused(Files.createFile(dir.resolve("tom." + ext)), "empty");
        }
        refused(Files.write(dir.resolve("blank.txt"), utf8(" \r\n\t\n")), "no text");
        refused(docx(dir.resolve("blank.docx"), p("  ")), "no text");
    }

    @Test
    void binaryFileRenamedToDocxOdtPdfOrTxt() throws Exception {
        byte[] noise = new byte[50_000];
        new Random(7).nextBytes(noise);
        noise[0] = 1;
        refused(Files.write(dir.resolve("bilde.docx"), noise), "not a Word document", "not a zip archive");
        refused(Files.write(dir.resolve("bilde.odt"), noise), "not a zip archive");
        refused(Files.write(dir.resolve("bilde.pdf"), noise), "not a PDF");
        refused(Files.write(dir.resolve("bilde.txt"), noise), "binary");
    }

    @Test
    void aWordFileSavedAsTxtIsNotReadAsText() throws Exception {
        Path realDocx = docx(dir.resolve("x.docx"), p("I: Hei"));
        refused(Files.copy(realDocx, dir.resolve("feil.txt")), "binary document");
    }

    @Test
    void truncatedOrCorruptZip() throws Exception {
        Path whole = docx(dir.resolve("hel.docx"), Fixtures.paragraphs("I: Hei\nInformant 1: Hallo ".repeat(200)));
        byte[] bytes = Files.readAllBytes(whole);
        refused(Files.write(dir.resolve("halv.docx"), Arrays.copyOf(bytes, bytes.length / 2)), "damaged");
        byte[] flipped = bytes.clone();
        for (int i = 60; i < 400; i++) {
            flipped[i] ^= 0x5A; // inside the first entry's compressed data
        }
        refused(Files.write(dir.resolve("skadet.docx"), flipped), "damaged");
    }

    @Test
    void zipWithoutWordOrOpenDocumentParts() {
        refused(Fixtures.zip(dir.resolve("arkiv.docx"), Map.of("notes.txt", utf8("hei"))), "not a Word document");
        refused(Fixtures.zip(dir.resolve("arkiv.odt"), Map.of("notes.txt", utf8("hei"))), "no content.xml");
    }

    @Test
    void zipBombIsStoppedWhileInflating() throws Exception {
        // 101 MB of zeros inflate from about 100 KB: the part is cut off at the cap, never held whole.
        Path bomb = dir.resolve("bombe.docx");
        Map<String, byte[]> parts = Fixtures.docxParts(p("I: Hei"));
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                if (!e.getKey().equals("word/document.xml")) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                }
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 101; i++) {
                zip.write(zeros);
            }
        }
        assertTrue(Files.size(bomb) < 1024 * 1024, "the bomb itself is small");
        refused(bomb, "zip bomb");
    }

    @Test
    void zipSlipEntryNamesAreRefused() {
        Map<String, byte[]> parts = new LinkedHashMap<>(Fixtures.docxParts(p("I: Hei")));
        parts.put("../../etc/evil.sh", utf8("rm -rf /"));
        refused(Fixtures.zip(dir.resolve("slip.docx"), parts), "outside", "unsafe");
    }

    @Test
    void xmlExternalEntitiesAreRefusedInDocxAndOdt() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "HEMMELIG");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document xmlns:w=\"" + Fixtures.W_NS + "\"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
        Map<String, byte[]> parts = new LinkedHashMap<>(Fixtures.docxParts(""));
        parts.put("word/document.xml", utf8(xxe));
        String message = refused(Fixtures.zip(dir.resolve("xxe.docx"), parts), "DTD", "unsafe");
        assertFalse(message.contains("HEMMELIG"));
        String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE office:document-content [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + Fixtures.odtContent("", "<text:p>&b;</text:p>").substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length());
        Map<String, byte[]> odt = new LinkedHashMap<>();
        odt.put("mimetype", utf8("application/vnd.oasis.opendocument.text"));
        odt.put("content.xml", utf8(billionLaughs));
        refused(Fixtures.zip(dir.resolve("latter.odt"), odt), "DTD");
    }

    @Test
    void malformedXmlInsideAValidZip() {
        Map<String, byte[]> parts = new LinkedHashMap<>(Fixtures.docxParts(""));
        parts.put("word/document.xml", utf8("<w:document xmlns:w=\"" + Fixtures.W_NS + "\"><w:body><w:p>"));
        refused(Fixtures.zip(dir.resolve("brutt.docx"), parts), "damaged");
    }

    @Test
    void passwordProtectedWordAndPdf() throws Exception {
        Path plain = docx(dir.resolve("klar.docx"), p("I: Hemmelig intervju"));
        Path locked = dir.resolve("låst.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("passord");
            try (OPCPackage opc = OPCPackage.open(plain.toFile()); OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        refused(locked, "password-protected");

        Path lockedPdf = dir.resolve("låst.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eier", "bruker", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(lockedPdf.toFile());
        }
        refused(lockedPdf, "password-protected");

        Map<String, byte[]> odt = new LinkedHashMap<>();
        odt.put("mimetype", utf8("application/vnd.oasis.opendocument.text"));
        odt.put("META-INF/manifest.xml", utf8("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/></manifest:file-entry>"
                + "</manifest:manifest>"));
        odt.put("content.xml", new byte[] {1, 2, 3});
        refused(Fixtures.zip(dir.resolve("låst.odt"), odt), "password-protected");
    }

    @Test
    void anOldDocRenamedToDocx() throws Exception {
        Path doc = dir.resolve("gammel.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(doc)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        refused(doc, "Word 97–2003", "save it as .docx");
    }

    @Test
    void scannedPdfWithoutText() throws Exception {
        Path scan = dir.resolve("skannet.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(scan.toFile());
        }
        refused(scan, "no text layer");
        refused(Files.write(dir.resolve("brutt.pdf"), utf8("%PDF-1.7\n1 0 obj <<")), "damaged");
    }

    @Test
    void aHugeTextFileIsRefusedWithoutReadingIt() throws Exception {
        Path huge = dir.resolve("enorm.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024); // sparse: no 200 MB written to the test disk
        }
        refused(huge, "200 MB", "refused");
    }

    @Test
    void unsupportedFormatsSayWhatToDo() throws Exception {
        refused(Files.writeString(dir.resolve("intervju.rtf"), "{\\rtf1 hei}"), "save it as .docx");
        refused(Files.writeString(dir.resolve("intervju.doc"), "x"), "save it as .docx");
        refused(Files.writeString(dir.resolve("intervju.mp3"), "x"), ".mp3", ".docx, .odt, .txt and .pdf");
        refused(dir.resolve("finnes-ikke.txt"), "no such file");
        refused(Files.createDirectory(dir.resolve("mappe.txt")), "folder");
    }

    @Test
    void theSameTextTwiceIsRefusedByContentEvenUnderAnotherName() throws Exception {
        Path again = Files.writeString(dir.resolve("kopi med nytt navn.txt"), TestProjects.INTERVIEW);
        refused(again, "already in the project", "intervju-ek1");
    }

    @Test
    void oddFileNamesWorkAndAppearInMessages() throws Exception {
        Path odd = Files.writeString(dir.resolve("Intervju «3» – æøå 😀 #1 (endelig) 'v2'.txt"), "I: Hei\nInformant 3: Hallo igjen");
        List<FileResult> ok = TranscriptImport.importAll(project, List.of(odd), List.of(), (d, t, c) -> { }, () -> false);
        assertTrue(ok.get(0).ok(), ok.get(0).error());
        assertEquals("Intervju «3» – æøå 😀 #1 (endelig) 'v2'", ok.get(0).transcript().title());
        refused(Files.createFile(dir.resolve("tom «æøå» 😀.docx")), "empty");
    }

    @Test
    void oneBadFileDoesNotStopTheOthersAndEachGetsItsResult() throws Exception {
        Path good1 = Files.writeString(dir.resolve("a.txt"), "I: En\nInformant 5: To");
        Path bad = Files.createFile(dir.resolve("b.docx"));
        Path good2 = docx(dir.resolve("c.docx"), p("I: Tre") + p("Informant 6: Fire"));
        int before = project.snapshot().transcripts().size();
        List<Integer> progress = new java.util.ArrayList<>();
        List<FileResult> results = TranscriptImport.importAll(project, List.of(good1, bad, good2), List.of(),
                (done, total, current) -> progress.add(done), () -> false);
        assertEquals(List.of(true, false, true), results.stream().map(FileResult::ok).toList());
        assertEquals(List.of(0, 1, 2, 3), progress);
        assertEquals(before + 2, project.snapshot().transcripts().size());
    }

    @Test
    void cancellingStopsBeforeTheNextFile() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "I: En\nInformant 5: To");
        Path b = Files.writeString(dir.resolve("b.txt"), "I: Tre\nInformant 6: Fire");
        int[] asked = {0}; // the user presses Cancel while the first file is being imported
        List<FileResult> results = TranscriptImport.importAll(project, List.of(a, b), List.of(),
                (done, total, current) -> { }, () -> asked[0]++ >= 1);
        assertTrue(results.get(0).ok());
        assertTrue(results.get(1).error().contains("cancelled"));
    }

}
