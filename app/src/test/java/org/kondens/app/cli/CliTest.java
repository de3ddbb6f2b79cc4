package org.kondens.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a script would use it: exit codes, text and JSON output, one-line errors. */
class CliTest {

    record Result(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    @TempDir
    Path dir;
    String p;

    static Result kondens(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KondensCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    static Result ok(String... args) {
        Result r = kondens(args);
        assertEquals(0, r.code(), () -> String.join(" ", args) + " failed: " + r.err());
        return r;
    }

    @BeforeEach
    void studyWithOneInterview() throws Exception {
        p = dir.resolve("studie.kondens").toString();
        Path txt = dir.resolve("intervju 1 (æøå).txt");
        Files.write(txt, ("I: Hva hjalp deg?\r\nEK1: At noen så meg 😀, ikke bare diagnosen.\r\n"
                + "I: Og boligen?\r\nEK1: Jeg fikk nøkkel selv.\r\nDet betydde alt.\r\n").getBytes(StandardCharsets.UTF_8));
        ok("new", p, "--title", "Ettervern", "--language", "nb");
        Result imported = ok("import", p, txt.toString(), "--json");
        assertTrue(imported.json().get(0).get("ok").asBoolean());
        ok("theme", "add", p, "Respekt", "--description", "Å bli sett");
        ok("theme", "add", p, "Bolig");
        ok("group", "add", p, "Likeverd", "--from-theme", "Respekt", "--color", "#336699");
        ok("subgroup", "add", p, "Likeverd", "Sett som menneske");
    }

    @Test
    void aWholeAnalysisThroughTheCommandLine() throws Exception {
        Result mu = ok("mu", "add", p, "--transcript", "intervju 1 (æøå)", "--quote", "At noen så meg 😀, ikke bare diagnosen.",
                "--group", "likeverd", "--subgroup", "Sett som menneske", "--json");
        String unitId = mu.json().get("id").asText();
        assertEquals("EK1", mu.json().get("informant").asText(), "informant from the speaker turn");
        // Whitespace-insensitive across the line break between "selv." and "Det".
        ok("mu", "add", p, "--transcript", "intervju 1 (æøå).txt", "--quote", "nøkkel selv. Det betydde", "--group", "Likeverd");

        Result list = ok("mu", "list", p, "--group", "Likeverd", "--subgroup", "Sett som menneske", "--json");
        assertEquals(1, list.json().size());
        assertEquals("At noen så meg 😀, ikke bare diagnosen.", list.json().get(0).get("text").asText());
        assertEquals(2, ok("mu", "list", p, "--json").json().size());

        ok("condense", p, "Likeverd", "Sett som menneske", "--text", "Jeg ble sett som et menneske.");
        Result quote = ok("quote", p, "Likeverd", "Sett som menneske", "--mu", unitId.substring(0, 8), "--text", "At noen så meg (…)");
        assertEquals("«At noen så meg (…)» (EK1)", quote.out().strip());
        ok("analytic", p, "Likeverd", "Sett som menneske", "--text", "Informantene beskrev …");
        ok("analytic", p, "Likeverd", "--text", "Innledning til gruppen.");
        ok("group", "rename", p, "Likeverd", "--final", "Å bli møtt som likeverdig");

        JsonNode info = ok("info", p, "--json").json();
        assertEquals(2, info.at("/step2/meaningUnits").asInt());
        assertEquals(1, info.at("/step3/withCondensate").asInt());
        assertEquals(1, info.at("/step4/finalNames").asInt());
        assertTrue(ok("info", p).out().contains("Likeverd → Å bli møtt som likeverdig"));
    }

    @Test
    void undoRedoAndHistoryWorkAcrossSeparateCalls() throws Exception {
        ok("group", "rename", p, "Likeverd", "--working", "Likeverdighet");
        Result undone = ok("undo", p);
        assertEquals("Undone: Rename code group: Likeverd → Likeverdighet", undone.out().strip());
        assertEquals(0, kondens("mu", "list", p, "--group", "Likeverd").code(), "the old name is back after undo");
        assertEquals(1, kondens("mu", "list", p, "--group", "Likeverdighet").code());
        ok("redo", p);
        assertEquals(1, kondens("mu", "list", p, "--group", "Likeverd").code(), "the old name is gone again after redo");

        JsonNode history = ok("history", p, "--json").json();
        JsonNode audit = history.get("audit");
        assertEquals("Redo Rename code group", audit.get(audit.size() - 1).get("action").asText());
        assertEquals("Rename code group: Likeverd → Likeverdighet", history.get("nextUndo").asText());
        assertTrue(history.get("nextRedo").isNull());
    }

    @Test
    void userErrorsExitOneWithOneLineNamingTheProblem() {
        Result unknownGroup = kondens("subgroup", "add", p, "Finnes ikke", "X");
        assertEquals(1, unknownGroup.code());
        assertEquals("kondens: No code group named 'Finnes ikke'.", unknownGroup.err().strip());

        Result twice = kondens("mu", "add", p, "--transcript", "intervju 1 (æøå)", "--quote", "EK1", "--group", "Likeverd");
        assertEquals(1, twice.code());
        assertTrue(twice.err().contains("occurs 2 times"), twice.err());

        Result missing = kondens("info", dir.resolve("nope.kondens").toString());
        assertEquals(1, missing.code());
        assertEquals(1, missing.err().strip().lines().count());

        Result nothingToRedo = kondens("redo", p);
        assertEquals(1, nothingToRedo.code());
        assertEquals("kondens: Nothing to redo.", nothingToRedo.err().strip());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, kondens("group", "add", p).code(), "missing NAME");
        assertEquals(2, kondens("frobnicate").code(), "unknown command");
        assertEquals(2, kondens("mu", "add", p, "--transcript", "x", "--group", "g").code(), "neither --quote nor --start/--end");
        assertEquals(2, kondens("group", "rename", p, "Likeverd", "--final", "A", "--working", "B").code(), "both names");
        assertEquals(2, kondens("new", dir.resolve("x.kondens").toString(), "--title", "T", "--language", "de").code());
        assertEquals(2, kondens("export", p, "--format", "pdf", "--out", dir.resolve("x.pdf").toString()).code());
    }

    @Test
    void importReportsEachFileAndABadFileDoesNotStopTheOthers() throws Exception {
        Path good = dir.resolve("god.txt");
        Files.writeString(good, "I: Hei\nP2: Hei selv.\n");
        Path empty = dir.resolve("tom.txt");
        Files.write(empty, new byte[0]);
        Path docx = dir.resolve("intervju.docx");
        Files.write(docx, new byte[] {1, 2, 3});
        Result r = kondens("import", p, empty.toString(), good.toString(), docx.toString(), "--json");
        assertEquals(1, r.code(), "some files failed");
        JsonNode results = r.json();
        assertFalse(results.get(0).get("ok").asBoolean());
        assertTrue(results.get(0).get("error").asText().startsWith("tom.txt:"));
        assertTrue(results.get(1).get("ok").asBoolean());
        assertFalse(results.get(2).get("ok").asBoolean());
        assertEquals(2, ok("info", p, "--json").json().at("/material/transcripts").asInt());
        assertTrue(kondens("import", p, good.toString()).err().contains("already in the project"), "same text twice is refused");
    }

    @Test
    void jsonExportAndImportMakeTheSameProject() throws Exception {
        ok("mu", "add", p, "--transcript", "intervju 1 (æøå)", "--start", "22", "--end", "38", "--group", "Likeverd");
        Path json = dir.resolve("studie.json");
        Path json2 = dir.resolve("studie2.json");
        Path copy = dir.resolve("kopi.kondens");
        ok("export", p, "--format", "json", "--out", json.toString());
        ok("import-json", json.toString(), "--out", copy.toString());
        ok("export", copy.toString(), "--format", "json", "--out", json2.toString());
        assertArrayEquals(Files.readAllBytes(json), Files.readAllBytes(json2));
        Result again = kondens("import-json", json.toString(), "--out", copy.toString());
        assertEquals(1, again.code(), "never overwrites a project");
    }
}
