package org.kondens.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.app.cli.CliTest.kondens;
import static org.kondens.app.cli.CliTest.ok;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.stc.StcProject;

/** kondens review import / merge: the report in a few lines, a fault in one. */
class ReviewCliTest {

    @TempDir
    Path dir;

    @Test
    void importAndMergePrintWhatArrivedAndWhere() throws Exception {
        String p = dir.resolve("studie.kondens").toString();
        ok("new", p, "--title", "Ettervern", "--language", "en");
        Path docx = dir.resolve("lest.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(docx))) {
            put(z, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
            put(z, "word/document.xml", "<w:document " + w + "><w:body><w:p><w:r><w:t xml:space=\"preserve\">Ettervern </w:t></w:r>"
                    + "<w:commentRangeStart w:id=\"0\"/><w:r><w:t>i kommunen</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
                    + "<w:r><w:commentReference w:id=\"0\"/></w:r></w:p></w:body></w:document>");
            put(z, "word/comments.xml", "<w:comments " + w + "><w:comment w:id=\"0\" w:author=\"Veileder\" w:date=\"2026-11-30T10:00:00Z\">"
                    + "<w:p><w:r><w:t>Hvilken kommune?</w:t></w:r></w:p></w:comment></w:comments>");
        }
        var r = ok("review", "import", p, docx.toString());
        assertEquals("lest.docx: 1 new comment, no replies, no resolutions, no suggested edits.\n  the project (Ettervern): 1\n", r.out());
        assertEquals("lest.docx: no new comments, no replies, no resolutions, no suggested edits; 1 already in the project.\n",
                ok("review", "import", p, docx.toString()).out(), "a second import adds nothing");

        Path copy = dir.resolve("kopi.kondens");
        Files.copy(Path.of(p), copy);
        try (StcProject reviewer = StcProject.open(copy)) {
            reviewer.reviews().comment(CommentTarget.project(), "Medveileder", "Se også kapittel 2.");
        }
        var merged = ok("review", "merge", p, copy.toString(), "--json");
        assertEquals(1, merged.json().get("comments").asInt());
        assertEquals(1, merged.json().get("alreadyThere").asInt());

        Path junk = Files.writeString(dir.resolve("tull.docx"), "ikke en zip");
        var bad = kondens("review", "import", p, junk.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("kondens: tull.docx: ") && bad.err().strip().lines().count() == 1, bad.err());
    }

    private static void put(ZipOutputStream z, String name, String xml) throws Exception {
        z.putNextEntry(new ZipEntry(name));
        z.write(xml.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }
}
