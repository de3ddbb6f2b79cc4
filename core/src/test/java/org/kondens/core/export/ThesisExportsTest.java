package org.kondens.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.sample.SampleStudy;
import org.kondens.core.stc.StcProject;

/**
 * Every thesis export of the sample study, reopened with POI: the exact cells, heading styles
 * and quote paragraphs a student will paste into the thesis.
 */
class ThesisExportsTest {

    static final Path STUDY = Path.of("..", "samples", "study");
    static final String A = "«En dør som er min» – trygg bolig som grunnmur for alt annet";
    static final String B = "Å bli sett, båret og trodd på";
    static final String C = "Noen venter på meg klokka ni – mening, struktur og håp";
    static final String D = "Sårbarhet i mellomtida – ensomhet, sprekk og et system som venter";

    @TempDir
    static Path dir;
    static StcProject project;
    static ProjectSnapshot sample;

    @BeforeAll
    static void sampleProject() {
        Path file = dir.resolve("eksempel.kondens");
        SampleStudy.build(STUDY, file);
        project = StcProject.open(file);
        sample = project.snapshot();
    }

    @AfterAll
    static void close() {
        project.close();
    }

    static Path export(ProjectSnapshot s, ExportFormat f, ExportOptions o) {
        Path out = dir.resolve(f.id() + "-" + System.nanoTime() + f.extension());
        Exports.write(s, f, o, out);
        return out;
    }

    static XWPFDocument docx(ExportFormat f, ExportOptions o) throws Exception {
        return docx(export(sample, f, o));
    }

    static XWPFDocument docx(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    static List<String> row(XWPFTable t, int r) {
        return t.getRow(r).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    static List<String> styled(XWPFDocument d, String style) {
        return d.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void findingsTableHasOneColumnPerCodeGroupWithItsSubgroupsBelow() throws Exception {
        XWPFDocument d = docx(ExportFormat.FINDINGS_DOCX, ExportOptions.DEFAULT);
        assertEquals(List.of("Tabell 1: Kodegrupper og subgrupper"), styled(d, "Caption"));
        XWPFTable t = d.getTables().get(0);
        assertEquals(List.of(A, B, C, D), row(t, 0), "final names, in the researcher's order");
        assertEquals(List.of("Egen dør og nøkkel – noe som er mitt", "Hjelpere som ser mennesket", "Å være til nytte og god til noe",
                "Tomhet og ensomhet"), row(t, 1));
        assertEquals(List.of("Å gjøre boligen til et nytt sted", "Familie og tillit som må gjenvinnes", "Håp i små skritt",
                "Et system som venter og bytter"), row(t, 3));
        assertEquals(4, t.getNumberOfRows());
        assertTrue(t.getRow(0).isRepeatHeader());
        assertEquals("TableGrid", t.getStyleID());
    }

    @Test
    void findingsInRowsMergeTheCodeGroupCellDown() throws Exception {
        XWPFTable t = docx(ExportFormat.FINDINGS_DOCX, ExportOptions.DEFAULT.withRowsLayout(true)).getTables().get(0);
        assertEquals(List.of("Kodegruppe", "Subgruppe"), row(t, 0));
        assertEquals(List.of(A, "Egen dør og nøkkel – noe som er mitt"), row(t, 1));
        assertEquals(List.of("", "Et trygt sted å komme til ved utskrivning"), row(t, 2));
        assertEquals(List.of(B, "Hjelpere som ser mennesket"), row(t, 4));
        assertEquals("restart", t.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal().toString());
        assertEquals("continue", t.getRow(2).getCell(0).getCTTc().getTcPr().getVMerge().getVal().toString());
        assertEquals(13, t.getNumberOfRows());
    }

    @Test
    void levelNamesAndLanguageChangeHeadersAndCaptions() throws Exception {
        try (StcProject copy = StcProject.open(copyOfSample("nivaa.kondens"))) {
            copy.setLevelNames("Tema", "Subtema");
            XWPFDocument d = docx(export(copy.snapshot(), ExportFormat.FINDINGS_DOCX, ExportOptions.DEFAULT.withRowsLayout(true)));
            assertEquals(List.of("Tabell 1: Temaer og subtemaer"), styled(d, "Caption"));
            assertEquals(List.of("Tema", "Subtema"), row(d.getTables().get(0), 0));
            copy.setLevelNames("", "");
            copy.setLanguage(org.kondens.core.model.Language.EN);
            XWPFDocument en = docx(export(copy.snapshot(), ExportFormat.PROCESS_DOCX, ExportOptions.DEFAULT));
            assertEquals(List.of("Table 2: Example of the analysis process"), styled(en, "Caption"));
            assertEquals(List.of("Step 1: Preliminary theme", "Step 2: Meaning unit", "Step 3: Condensate", "Step 4: Analytic text"),
                    row(en.getTables().get(0), 0));
        }
    }

    @Test
    void processTableShowsTheFourStepsOfOneSubgroupPerCodeGroup() throws Exception {
        XWPFTable t = docx(ExportFormat.PROCESS_DOCX, ExportOptions.DEFAULT).getTables().get(0);
        assertEquals(List.of("Trinn 1: Foreløpig tema", "Trinn 2: Meningsbærende enhet", "Trinn 3: Kondensat", "Trinn 4: Analytisk tekst"),
                row(t, 0));
        assertEquals(5, t.getNumberOfRows(), "one row per code group");
        List<String> first = row(t, 1);
        assertEquals("Nøkkelen og døra – å ha noe eget", first.get(0));
        assertEquals("«Jeg har hatt mange nøkler i livet, men aldri en nøkkel som ingen kunne ta fra meg.» (Kari)", first.get(1));
        assertTrue(first.get(2).startsWith("Da jeg fikk nøkkelen, var det første gang på mange år"), first.get(2));
        assertTrue(first.get(3).startsWith("Deltakerne beskrev nøkkelen og den egne døra"), first.get(3));

        var tomhet = sample.subgroups().stream().filter(s -> s.name().equals("Tomhet og ensomhet")).findFirst().orElseThrow();
        XWPFTable chosen = docx(ExportFormat.PROCESS_DOCX, ExportOptions.DEFAULT.withSubgroups(List.of(tomhet.id()))).getTables().get(0);
        assertEquals(2, chosen.getNumberOfRows());
        assertEquals("Ensomhet, tomme kvelder og sprekk", row(chosen, 1).get(0));
    }

    @Test
    void resultsDraftUsesRealHeadingsAndBlockQuotesWithLabels() throws Exception {
        XWPFDocument d = docx(ExportFormat.RESULTS_DOCX, ExportOptions.DEFAULT);
        assertEquals(List.of("Resultater"), styled(d, "Title"));
        assertEquals(List.of(A, B, C, D), styled(d, "Heading1"));
        List<String> h2 = styled(d, "Heading2");
        assertEquals(12, h2.size());
        assertEquals("Egen dør og nøkkel – noe som er mitt", h2.get(0));
        List<String> quotes = styled(d, "Quote");
        assertEquals(15, quotes.size(), "every illustrative quote of the sample");
        assertEquals("Jeg har hatt mange nøkler i livet, men aldri en nøkkel som ingen kunne ta fra meg. (Kari)", quotes.get(0));
        assertTrue(quotes.contains("Men hvordan har du det? (…) Hvordan har du det? (Deltaker 4)"), "edited display text: " + quotes);
        String intro = d.getParagraphs().get(1).getText();
        assertTrue(intro.startsWith("Analysen resulterte i 4 kodegrupper: " + A + ", «" + B + "», "), intro);
        assertTrue(d.getStyles().getStyle("Heading1").getCTStyle().getPPr().isSetOutlineLvl(),
                "outline level: Word's navigation pane and table of contents see the headings");
        int firstSubHeading = indexOf(d, "Heading2", "Egen dør og nøkkel – noe som er mitt");
        assertTrue(d.getParagraphs().get(firstSubHeading + 1).getText().startsWith("Deltakerne beskrev nøkkelen"), "analytic text under it");
        assertTrue(d.getParagraphs().stream().anyMatch(p -> p.getText().equals("(ikke skrevet ennå)")),
                "a subgroup without analytic text says so in the draft");
    }

    private static int indexOf(XWPFDocument d, String style, String text) {
        List<XWPFParagraph> ps = d.getParagraphs();
        for (int i = 0; i < ps.size(); i++) {
            if (style.equals(ps.get(i).getStyle()) && ps.get(i).getText().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void codebookCountsMeaningUnitsAndInformantsPerSubgroup() throws Exception {
        XWPFDocument d = docx(ExportFormat.CODEBOOK_DOCX, ExportOptions.DEFAULT);
        assertEquals(List.of(A, B, C, D), styled(d, "Heading1"));
        XWPFTable a = d.getTables().get(0);
        assertEquals(List.of("Subgruppe", "Foreløpige temaer", "Meningsbærende enheter", "Informanter"), row(a, 0));
        assertEquals(List.of("Egen dør og nøkkel – noe som er mitt", "Nøkkelen og døra – å ha noe eget", "5",
                String.valueOf(informants("Egen dør og nøkkel – noe som er mitt"))), row(a, 1));
        assertEquals(List.of("Totalt", "", "17", "7"), row(a, 4));

        try (XSSFWorkbook wb = xlsx(ExportFormat.CODEBOOK_XLSX)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals(A, s.getRow(1).getCell(0).getStringCellValue());
            assertTrue(s.getRow(1).getCell(0).getCellStyle().getFont().getBold(), "code group rows stand out");
            assertEquals(17.0, s.getRow(1).getCell(4).getNumericCellValue(), "a number Excel can sum");
            assertEquals("Egen dør og nøkkel – noe som er mitt", s.getRow(2).getCell(1).getStringCellValue());
        }
    }

    /** Distinct informants among the subgroup's units, counted here from the snapshot itself. */
    private static long informants(String subgroup) {
        var sub = sample.subgroups().stream().filter(s -> s.name().equals(subgroup)).findFirst().orElseThrow();
        return sample.meaningUnits().stream().filter(u -> u.isIn(sub.codeGroupId(), sub.id())).map(u -> u.informantId()).distinct().count();
    }

    static XSSFWorkbook xlsx(ExportFormat f) throws Exception {
        try (InputStream in = Files.newInputStream(export(sample, f, ExportOptions.DEFAULT))) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void unitsSheetListsEveryMeaningUnitWithAFrozenFilterableHeader() throws Exception {
        try (XSSFWorkbook wb = xlsx(ExportFormat.UNITS_XLSX)) {
            XSSFSheet s = wb.getSheetAt(0);
            Row header = s.getRow(0);
            assertEquals("Id", header.getCell(0).getStringCellValue());
            assertEquals("Alder", header.getCell(3).getStringCellValue(), "informant attributes follow the informant");
            assertTrue(s.getPaneInformation().isFreezePane());
            assertTrue(s.getCTWorksheet().isSetAutoFilter());
            int memberships = sample.meaningUnits().stream().mapToInt(u -> Math.max(1, u.memberships().size())).sum();
            assertEquals(memberships, s.getLastRowNum(), "one row per unit and code group");
            int textCol = columnOf(header, "Tekst");
            Row first = s.getRow(1);
            assertEquals("Nøkkelen lå i hånda mi som en stein. Det var første gang på tjue år at noe var mitt.",
                    first.getCell(textCol).getStringCellValue());
            assertEquals("Informant 1", first.getCell(2).getStringCellValue());
            assertEquals("Ettervern etter rusbehandling", sample.project().title());
            int start = (int) first.getCell(columnOf(header, "Start")).getNumericCellValue();
            int end = (int) first.getCell(columnOf(header, "Slutt")).getNumericCellValue();
            assertEquals(first.getCell(textCol).getStringCellValue(), sample.transcripts().get(0).text().substring(start, end),
                    "offsets point at the text");
            long quoted = java.util.stream.IntStream.rangeClosed(1, s.getLastRowNum())
                    .filter(r -> s.getRow(r).getCell(columnOf(header, "Illustrerende sitat")).getStringCellValue().equals("ja")).count();
            assertTrue(quoted >= 15, "rows of quoted units: " + quoted);
        }
    }

    private static int columnOf(Row header, String name) {
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (header.getCell(c).getStringCellValue().equals(name)) {
                return c;
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void matrixCountsUnitsPerSubgroupAndInformantWithTotals() throws Exception {
        try (XSSFWorkbook wb = xlsx(ExportFormat.MATRIX_XLSX)) {
            XSSFSheet s = wb.getSheetAt(0);
            Row header = s.getRow(0);
            assertEquals("Kodegruppe", header.getCell(0).getStringCellValue());
            assertEquals("Informant 1", header.getCell(2).getStringCellValue());
            int informants = header.getLastCellNum() - 4;
            assertEquals(10, informants, "every informant with meaning units");
            Row first = s.getRow(1);
            assertEquals(A, first.getCell(0).getStringCellValue());
            assertEquals("Egen dør og nøkkel – noe som er mitt", first.getCell(1).getStringCellValue());
            double rowSum = 0;
            int supported = 0;
            for (int c = 2; c < 2 + informants; c++) {
                rowSum += first.getCell(c).getNumericCellValue();
                supported += first.getCell(c).getNumericCellValue() > 0 ? 1 : 0;
            }
            assertEquals(5.0, rowSum);
            assertEquals(rowSum, first.getCell(2 + informants).getNumericCellValue());
            assertEquals(supported + " / 10", first.getCell(3 + informants).getStringCellValue());
            Row totals = s.getRow(s.getLastRowNum());
            assertEquals("Totalt", totals.getCell(0).getStringCellValue());
            int memberships = sample.meaningUnits().stream().mapToInt(u -> u.memberships().size()).sum();
            assertEquals(memberships, (int) totals.getCell(2 + informants).getNumericCellValue());
        }
    }

    @Test
    void csvHasABomSemicolonsAndTheSameRowsAsTheSheet() throws Exception {
        byte[] bytes = Files.readAllBytes(export(sample, ExportFormat.UNITS_CSV, ExportOptions.DEFAULT));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3), "UTF-8 BOM for Excel");
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(csv.startsWith("Id;Transkripsjon;Informant;Alder;"), csv.substring(0, 60));
        assertTrue(csv.contains("Nøkkelen lå i hånda mi som en stein."));
        int memberships = sample.meaningUnits().stream().mapToInt(u -> Math.max(1, u.memberships().size())).sum();
        assertEquals(memberships + 1, csv.split("\r\n").length);
        String matrix = new String(Files.readAllBytes(export(sample, ExportFormat.MATRIX_CSV, ExportOptions.DEFAULT)), StandardCharsets.UTF_8);
        assertTrue(matrix.contains("\r\nTotalt;;"), "totals row");
    }

    @Test
    void condensateSheetPutsEachSubgroupsUnitsBesideItsCondensate() throws Exception {
        XWPFDocument d = docx(ExportFormat.CONDENSATES_DOCX, ExportOptions.DEFAULT);
        assertEquals(12, d.getTables().size(), "one table per subgroup");
        XWPFTable first = d.getTables().get(0);
        assertEquals(List.of("Meningsbærende enheter", "Kondensat"), row(first, 0));
        XWPFTableCell units = first.getRow(1).getCell(0);
        assertEquals(5, units.getParagraphs().size(), "the subgroup's five units, one paragraph each");
        assertEquals("«Nøkkelen lå i hånda mi som en stein. Det var første gang på tjue år at noe var mitt.» (Informant 1)",
                units.getParagraphs().get(0).getText());
        assertTrue(first.getRow(1).getCell(1).getText().startsWith("Da jeg fikk nøkkelen"));
    }

    @Test
    void participantTableGroupsTheFocusGroupAndCountsPages() throws Exception {
        XWPFDocument d = docx(ExportFormat.PARTICIPANTS_DOCX, ExportOptions.DEFAULT.withAttributes(List.of("Alder", "Kjønn")));
        assertEquals(List.of("Tabell 1: Deltakere"), styled(d, "Caption"));
        XWPFTable t = d.getTables().get(0);
        assertEquals(List.of("Informant", "Alder", "Kjønn", "Intervju", "Dato", "Varighet (min)", "Sider"), row(t, 0));
        assertEquals(11, t.getNumberOfRows(), "ten informants in seven sessions");
        List<String> first = row(t, 1);
        assertEquals(List.of("Informant 1", "50–59", "Mann", "Individuelt intervju", "2025-02-04", "33"), first.subList(0, 6));
        assertTrue(Integer.parseInt(first.get(6)) >= 6, "about 500 words a page: " + first.get(6));
        List<String> focus = row(t, 7);
        assertEquals(List.of("FG-Deltaker 1", "30–39", "Kvinne", "Fokusgruppe", "2025-04-09", "42"), focus.subList(0, 6));
        assertEquals(List.of("FG-Deltaker 2", "", ""), List.of(row(t, 8).get(0), row(t, 8).get(3), row(t, 8).get(4)),
                "the session is given once for the group");
        assertEquals("continue", t.getRow(8).getCell(3).getCTTc().getTcPr().getVMerge().getVal().toString());
    }

    @Test
    void aUniversityTemplateGivesItsStylesEvenFromANorwegianWord() throws Exception {
        Path template = NorwegianTemplate.write(dir.resolve("mal.docx"), false);
        XWPFDocument d = docx(ExportFormat.RESULTS_DOCX, ExportOptions.DEFAULT.withTemplate(template));
        assertEquals(List.of(A, B, C, D), styled(d, "Overskrift1"), "the template's own heading style, found by its built-in name");
        assertFalse(d.getParagraphs().stream().anyMatch(p -> p.getText().contains(NorwegianTemplate.SAMPLE_TEXT)),
                "the template's sample text is not kept");
        assertEquals("Georgia", d.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).getAscii());
        Path dotx = NorwegianTemplate.write(dir.resolve("mal.dotx"), true);
        XWPFDocument fromDotx = docx(ExportFormat.FINDINGS_DOCX, ExportOptions.DEFAULT.withTemplate(dotx));
        assertEquals(List.of(A, B, C, D), row(fromDotx.getTables().get(0), 0));
    }

    @Test
    void badTemplatesAndEmptyProjectsGetAClearMessageAndLeaveTheOldFile() throws Exception {
        Path out = dir.resolve("funn.docx");
        Files.writeString(out, "the previous export");
        Path notWord = Files.writeString(dir.resolve("mal.txt"), "x");
        KondensException e = assertThrows(KondensException.class,
                () -> Exports.write(sample, ExportFormat.FINDINGS_DOCX, ExportOptions.DEFAULT.withTemplate(notWord), out));
        assertTrue(e.getMessage().startsWith("mal.txt: a template must be a Word .docx or .dotx"), e.getMessage());
        Path broken = Files.write(dir.resolve("ødelagt.docx"), new byte[] {'P', 'K', 3, 4, 1, 2});
        e = assertThrows(KondensException.class,
                () -> Exports.write(sample, ExportFormat.RESULTS_DOCX, ExportOptions.DEFAULT.withTemplate(broken), out));
        assertTrue(e.getMessage().startsWith("ødelagt.docx: cannot use this template"), e.getMessage());
        try (StcProject empty = StcProject.create(dir.resolve("tom.kondens"), "Tom", org.kondens.core.model.Language.NB)) {
            e = assertThrows(KondensException.class, () -> Exports.write(empty.snapshot(), ExportFormat.FINDINGS_DOCX, ExportOptions.DEFAULT, out));
            assertTrue(e.getMessage().contains("no kodegrupper yet"), e.getMessage());
        }
        assertEquals("the previous export", Files.readString(out), "a failed export leaves the last good file");
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith(".kondens-export-")), "no temporary files left");
        }
    }

    @Test
    void theSameProjectGivesTheSameDocumentContent() throws Exception {
        for (ExportFormat f : List.of(ExportFormat.RESULTS_DOCX, ExportFormat.MATRIX_XLSX, ExportFormat.UNITS_CSV)) {
            Path one = export(sample, f, ExportOptions.DEFAULT);
            Path two = export(sample, f, ExportOptions.DEFAULT);
            if (f.extension().equals(".csv")) {
                assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
            } else {
                assertEquals(entries(one), entries(two), f.id() + ": every part has the same bytes");
            }
        }
    }

    /** Each zip part's name and content, ignoring the zip entries' own timestamps. */
    private static java.util.Map<String, String> entries(Path file) throws Exception {
        java.util.Map<String, String> parts = new java.util.TreeMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    parts.put(e.getName(), java.util.HexFormat.of().formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
                }
            }
        }
        return parts;
    }

    private static Path copyOfSample(String name) throws Exception {
        Path copy = dir.resolve(name);
        ProjectJson.write(sample, dir.resolve(name + ".json"));
        ProjectJson.restore(dir.resolve(name + ".json"), copy);
        return copy;
    }

    @Test
    void thePreviewShowsExactlyTheRowsTheExportWrites() throws Exception {
        for (var c : List.of(List.of(ExportFormat.FINDINGS_DOCX, ExportOptions.DEFAULT),
                List.of(ExportFormat.FINDINGS_DOCX, ExportOptions.DEFAULT.withRowsLayout(true)),
                List.of(ExportFormat.PROCESS_DOCX, ExportOptions.DEFAULT),
                List.of(ExportFormat.PARTICIPANTS_DOCX, ExportOptions.DEFAULT))) {
            ExportFormat f = (ExportFormat) c.get(0);
            ExportOptions o = (ExportOptions) c.get(1);
            ExportPreview preview = Exports.preview(sample, f, o);
            XWPFTable written = docx(f, o).getTables().get(0);
            assertEquals(written.getNumberOfRows(), preview.rows().size(), f.id());
            for (int r = 0; r < preview.rows().size(); r++) {
                assertEquals(preview.rows().get(r), row(written, r), f.id() + " row " + r);
            }
            assertEquals(styled(docx(f, o), "Caption").get(0), preview.caption());
        }
        assertTrue(Exports.preview(sample, ExportFormat.JSON, ExportOptions.DEFAULT).isEmpty());
    }
}
