package org.kondens.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.app.cli.CliTest.kondens;
import static org.kondens.app.cli.CliTest.ok;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kondens export and kondens levels on the sample study. */
class ExportCliTest {

    @TempDir
    static Path dir;
    static String p;

    @BeforeAll
    static void sampleProject() {
        p = dir.resolve("eksempel.kondens").toString();
        ok("sample-project", p, "--study", SampleAndCorpusCliTest.STUDY.toString());
    }

    @Test
    void everyFormatWritesAFile() throws Exception {
        for (String f : new String[] {"findings-docx", "process-docx", "results-docx", "codebook-docx", "codebook-xlsx",
            "condensates-docx", "participants-docx", "units-xlsx", "units-csv", "matrix-xlsx", "matrix-csv", "json"}) {
            Path out = dir.resolve("ut").resolve(f + "." + f.substring(f.lastIndexOf('-') + 1));
            var r = ok("export", p, "--format", f, "--out", out.toString(), "--json");
            assertEquals(f, r.json().get("format").asText());
            assertTrue(Files.size(out) > 500, f + " is " + Files.size(out) + " bytes");
        }
    }

    @Test
    void levelNamesRowsLayoutAndChosenSubgroupsReachTheDocument() throws Exception {
        Path copy = dir.resolve("tema.kondens");
        ok("export", p, "--format", "json", "--out", dir.resolve("tema.json").toString());
        ok("import-json", dir.resolve("tema.json").toString(), "--out", copy.toString());
        ok("levels", copy.toString(), "Hovedtema", "Undertema");
        Path out = dir.resolve("funn-rader.docx");
        ok("export", copy.toString(), "--format", "findings-docx", "--layout", "rows", "--out", out.toString());
        try (InputStream in = Files.newInputStream(out); XWPFDocument d = new XWPFDocument(in)) {
            assertEquals("Tabell 1: Hovedtemaer og undertemaer", d.getParagraphs().get(0).getText());
            assertEquals("Hovedtema", d.getTables().get(0).getRow(0).getCell(0).getText());
        }
        Path process = dir.resolve("prosess.docx");
        ok("export", p, "--format", "process-docx", "--subgroup", "Håp i små skritt", "--subgroup", "Tomhet og ensomhet",
                "--out", process.toString());
        try (InputStream in = Files.newInputStream(process); XWPFDocument d = new XWPFDocument(in)) {
            assertEquals(3, d.getTables().get(0).getNumberOfRows(), "header and the two chosen subgroups");
        }
    }

    @Test
    void mistakesGiveOneLineAndTheRightExitCode() {
        var unknown = kondens("export", p, "--format", "pdf", "--out", dir.resolve("x.pdf").toString());
        assertEquals(2, unknown.code(), "an unknown format is bad usage");
        assertTrue(unknown.err().contains("Unknown export format 'pdf'; available: findings-docx"), unknown.err());
        var template = kondens("export", p, "--format", "results-docx", "--template", dir.resolve("finnes-ikke.docx").toString(),
                "--out", dir.resolve("r.docx").toString());
        assertEquals(1, template.code());
        assertTrue(template.err().startsWith("kondens: finnes-ikke.docx: cannot use this template"), template.err());
        assertEquals(2, kondens("export", p, "--format", "findings-docx", "--layout", "diagonal", "--out", "x.docx").code());
        var sub = kondens("export", p, "--format", "process-docx", "--subgroup", "Finnes ikke", "--out", dir.resolve("y.docx").toString());
        assertEquals(1, sub.code());
        assertTrue(sub.err().contains("No subgroup named 'Finnes ikke'"), sub.err());
    }

    @Test
    void aReviewDocumentRecordsItsRoundAndTheNextListsWhatChangedSince() throws Exception {
        String copy = dir.resolve("veiledning.kondens").toString();
        ok("sample-project", copy, "--study", SampleAndCorpusCliTest.STUDY.toString());
        Path first = dir.resolve("runde1.docx");
        var r = ok("export", copy, "--format", "review-docx", "--reviewer", "Kari", "--reviewer", "Ola", "--note", "før jul",
                "--out", first.toString(), "--json");
        assertEquals(1, r.json().get("round").asInt());
        assertEquals("Kari", r.json().get("reviewers").get(0).asText());
        assertTrue(text(first).contains("Dette er første veiledningsrunde"), "the sample is in bokmål");

        String group = "Trygg bolig som fundament";
        ok("group", "rename", copy, group, "--working", "Trygg bolig som grunnmur");
        Path second = dir.resolve("runde2.docx");
        var again = ok("export", copy, "--format", "review-docx", "--reviewer", "Kari", "--out", second.toString());
        assertTrue(again.out().contains("review round 2 recorded for Kari"), again.out());
        String two = text(second);
        assertTrue(two.contains("Siden forrige veiledning") && two.contains("(sendt til Kari og Ola)"), two);
        assertTrue(two.contains("Gi kodegruppe nytt navn: " + group + " → Trygg bolig som grunnmur"), two);

        var wrong = kondens("export", copy, "--format", "findings-docx", "--reviewer", "Kari", "--out", dir.resolve("f.docx").toString());
        assertEquals(2, wrong.code(), "a reviewer belongs to the review document only");
        assertTrue(wrong.err().contains("--reviewer and --note are for --format review-docx"), wrong.err());
    }

    private static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            return String.join("\n", d.getParagraphs().stream().map(x -> x.getText()).toList());
        }
    }
}
