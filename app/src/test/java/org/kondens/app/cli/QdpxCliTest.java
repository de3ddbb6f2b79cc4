package org.kondens.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.app.cli.CliTest.kondens;
import static org.kondens.app.cli.CliTest.ok;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kondens export --format qdpx|qdc and kondens import-qdpx on the sample study. */
class QdpxCliTest {

    @TempDir
    Path dir;

    @Test
    void exportAndImportQdpx() throws Exception {
        String p = dir.resolve("eksempel.kondens").toString();
        ok("sample-project", p, "--study", SampleAndCorpusCliTest.STUDY.toString());
        Path qdpx = dir.resolve("eksempel.qdpx");
        ok("export", p, "--format", "qdpx", "--out", qdpx.toString());
        Path qdc = dir.resolve("eksempel.qdc");
        ok("export", p, "--format", "qdc", "--out", qdc.toString());
        assertTrue(Files.size(qdpx) > 1000 && Files.size(qdc) > 100);

        Path back = dir.resolve("tilbake.kondens");
        var r = ok("import-qdpx", qdpx.toString(), "--out", back.toString(), "--json");
        assertTrue(r.json().get("fromKondens").asBoolean());
        assertEquals(0, r.json().get("notCarried").size());
        var info = ok("info", back.toString(), "--json");
        var orig = ok("info", p, "--json");
        assertEquals(orig.json(), info.json(), "the same project comes back");
    }

    @Test
    void aBrokenFileGivesOneLineAndNoProject() throws Exception {
        Path junk = dir.resolve("junk.qdpx");
        Files.writeString(junk, "not a zip");
        Path out = dir.resolve("x.kondens");
        var r = kondens("import-qdpx", junk.toString(), "--out", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("kondens: junk.qdpx: not a valid REFI-QDA project"), r.err());
        assertFalse(Files.exists(out));
        assertEquals(2, kondens("import-qdpx", junk.toString(), "--out", out.toString(), "--language", "xx").code());
    }
}
