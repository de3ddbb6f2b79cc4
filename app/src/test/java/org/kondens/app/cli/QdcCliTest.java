package org.kondens.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.app.cli.CliTest.kondens;
import static org.kondens.app.cli.CliTest.ok;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kondens import-qdc: a codebook alone (Taguette, ATLAS.ti) added to a project, as one undo step; import-qdpx --group-level. */
class QdcCliTest {

    @TempDir
    Path dir;

    @Test
    void aCodebookIsAddedToTheProjectAndOneUndoTakesItBack() throws Exception {
        String p = dir.resolve("studie.kondens").toString();
        ok("new", p, "--title", "Studie");
        Path qdc = Files.writeString(dir.resolve("kodebok.qdc"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"ATLAS.ti 23\"><Codes>"
                + "<Code guid=\"00000000-0000-4000-8000-000000000001\" name=\"Mestring::Hjelp\" isCodable=\"true\" color=\"#FF0000\">"
                + "<Description>Hjelp fra andre</Description></Code>"
                + "<Code guid=\"00000000-0000-4000-8000-000000000002\" name=\"tillit\" isCodable=\"true\"/></Codes></CodeBook>");
        var r = ok("import-qdc", p, qdc.toString());
        assertEquals("kodebok.qdc: 2 code groups and 1 subgroups added", r.out().strip());
        var json = ok("import-qdc", p, qdc.toString(), "--json").json();
        assertEquals(0, json.get("codeGroups").asInt(), "the same codebook again adds nothing");
        assertEquals(3, json.get("notices").size(), json.toString());
        assertEquals(2, ok("info", p, "--json").json().get("step2").get("codeGroups").asInt());
        String log = ok("import-log", p).out();
        assertTrue(log.contains("kodebok.qdc (qdc)") && log.contains("  kodebok.qdc: 2 "), "the report is kept: " + log);
        ok("undo", p);
        assertEquals("Nothing was imported from another tool into this project.", ok("import-log", p).out().strip());
        assertEquals(0, ok("info", p, "--json").json().get("step2").get("codeGroups").asInt(), "one undo step, and the second import made none");
    }

    @Test
    void aProjectArchiveGivenAsCodebookIsOneLine() throws Exception {
        String p = dir.resolve("studie.kondens").toString();
        ok("new", p, "--title", "Studie");
        Path notXml = Files.write(dir.resolve("x.qdc"), new byte[] {'P', 'K', 3, 4, 0, 0});
        var r = kondens("import-qdc", p, notXml.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("kondens: x.qdc") && r.err().strip().lines().count() == 1, r.err());
    }

    @Test
    void aGroupLevelBelowOneIsAUsageError() throws Exception {
        Path junk = Files.writeString(dir.resolve("x.qdpx"), "x");
        var r = kondens("import-qdpx", junk.toString(), "--out", dir.resolve("y.kondens").toString(), "--group-level", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--group-level is 1 or more"), r.err());
    }
}
