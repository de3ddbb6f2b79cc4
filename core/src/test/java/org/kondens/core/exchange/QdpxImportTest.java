package org.kondens.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.importer.TextNormalizer;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Language;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;

/** Imports of hand-written fixtures shaped like other tools' exports, and hostile files. */
class QdpxImportTest {

    /** The NVivo-shaped source: a BOM and CRLF line ends, an emoji before a coded passage. */
    static final String NVIVO_TEXT = "I: Hvordan var det?\r\nEK1: Det var tøft 😀 og godt.\r\nI: Mer?\r\nEK1: Ja, jeg fikk hjelp.\r\n";
    static final String ATLAS_TEXT = "Intervjuer: Hva skjedde?\nDeltaker: Jeg ble møtt med respekt.\nDeltaker: Men ventetiden var lang.\n";

    @TempDir
    Path dir;

    @Test
    void nvivoNestedCodesBomCrlfBracesAndCases() throws IOException {
        Map<String, byte[]> sources = new LinkedHashMap<>();
        sources.put("sources/{77777777-7777-4777-8777-777777777777}.txt", withBom(NVIVO_TEXT));
        Path qdpx = qdpx("nvivo-nested", sources);
        Path out = dir.resolve("nvivo.kondens");
        ImportReport report = QdpxReader.importProject(qdpx, out, Language.NB);
        ProjectSnapshot s = QdpxRoundTripTest.snapshot(out);

        assertEquals("NVivo-studie", s.project().title());
        Transcript t = s.transcripts().get(0);
        assertEquals(TextNormalizer.normalize(NVIVO_TEXT), t.text(), "normalised like every Kondens transcript");
        assertEquals(UUID.fromString("77777777-7777-4777-8777-777777777777"), t.id(), "braces around GUIDs are accepted");
        assertEquals(List.of("tøft 😀 og godt", "jeg fikk hjelp"), s.meaningUnits().stream().map(s::textOf).toList(),
                "code point positions over CRLF, mapped through the normalisation");

        assertEquals(List.of("Mestring", "Følelser"), s.codeGroups().stream().map(CodeGroup::workingName).toList());
        CodeGroup mestring = s.codeGroups().get(0);
        assertEquals("#FF0000", mestring.color(), "#RGB is expanded");
        assertEquals("Hvordan informantene mestrer hverdagen", mestring.description());
        assertEquals(List.of("Hjelp fra andre"), s.subgroupsOf(mestring.id()).stream().map(Subgroup::name).toList());
        MeaningUnit hjelp = s.meaningUnits().get(1);
        assertTrue(hjelp.isIn(mestring.id(), s.subgroupsOf(mestring.id()).get(0).id()), "a level-3 coding lands in its subgroup");
        assertTrue(report.notices().stream().anyMatch(n -> n.contains("'Fra ansatte' (level 3) is folded")), report.notices().toString());

        Informant ek1 = s.informants().get(0);
        assertEquals("EK1", ek1.label());
        assertEquals(Map.of("Alder", "34"), ek1.attributes());
        assertEquals(ek1.id(), hjelp.informantId());
        assertTrue(s.project().notes().contains("Mestring rommer både egne grep og hjelp."), "the code memo is not lost");
        assertTrue(report.notCarried().stream().anyMatch(n -> n.startsWith("picture 'Tegning' with 1 selections and 1 codings")),
                report.notCarried().toString());
    }

    /** The GUI shows the report in the UI's language; the CLI keeps English. */
    @Test
    void theImportReportIsToldInNorwegian() throws IOException {
        Map<String, byte[]> sources = new LinkedHashMap<>();
        sources.put("sources/{77777777-7777-4777-8777-777777777777}.txt", withBom(NVIVO_TEXT));
        ImportReport report = QdpxReader.importProject(qdpx("nvivo-nested", sources), dir.resolve("nvivo.kondens"), Language.NB);
        List<String> bokmål = report.lines(org.kondens.core.Messages.NB);
        assertTrue(bokmål.get(0).contains(": 1 transkripsjon, 1 informant, 2 kodegrupper"), bokmål.get(0));
        assertTrue(bokmål.stream().anyMatch(l -> l.startsWith("  merk: koden «Fra ansatte» (nivå 3) er slått inn i subgruppen")), bokmål.toString());
        assertTrue(bokmål.stream().anyMatch(l -> l.startsWith("  ikke tatt med: bildet «Tegning» med 1 utvalg og 1 kodinger")),
                bokmål.toString());
        List<String> nynorsk = report.lines(org.kondens.core.Messages.NN);
        assertTrue(nynorsk.stream().anyMatch(l -> l.startsWith("  ikkje teke med: biletet «Tegning»")), nynorsk.toString());
        assertEquals(report.lines(), report.lines(java.util.Locale.ENGLISH));
        assertTrue(report.lines().get(0).contains(": 1 transcripts, 1 informants, 2 code groups"), report.lines().get(0));
        // The report is kept in the project's import log, in the project's language.
        try (org.kondens.core.stc.StcProject p = org.kondens.core.stc.StcProject.openReadOnly(dir.resolve("nvivo.kondens"))) {
            var log = p.importLog();
            assertEquals(1, log.size());
            assertTrue(log.getFirst().file().startsWith("fixture-") && log.getFirst().file().endsWith(".qdpx"), log.getFirst().file());
            assertEquals("qdpx", log.getFirst().kind());
            assertEquals(bokmål, log.getFirst().lines());
        }
    }

    @Test
    void atlasFlatNamesAndCapitalSources() throws IOException {
        Path qdpx = qdpx("atlas-flat", Map.of("Sources/b0000000-0000-4000-8000-000000000001.txt",
                ATLAS_TEXT.getBytes(StandardCharsets.UTF_8)));
        Path out = dir.resolve("atlas.kondens");
        ImportReport report = QdpxReader.importProject(qdpx, out, Language.NB);
        ProjectSnapshot s = QdpxRoundTripTest.snapshot(out);
        assertEquals(List.of("Møte med tjenesten"), s.codeGroups().stream().map(CodeGroup::workingName).toList());
        assertEquals("#3366CC", s.codeGroups().get(0).color());
        assertEquals(List.of("Respekt", "Venting"), s.subgroups().stream().map(Subgroup::name).toList());
        assertEquals(List.of("Jeg ble møtt med respekt.", "ventetiden var lang"), s.meaningUnits().stream().map(s::textOf).toList());
        Subgroup venting = s.subgroups().get(1);
        assertTrue(s.meaningUnits().get(1).isIn(venting.codeGroupId(), venting.id()), "Parent::child::grandchild folds into the child");
        assertTrue(report.notices().stream().anyMatch(n -> n.contains("deeper than two levels")), report.notices().toString());
        assertEquals(1, s.sessions().size(), "one session for the source");
        assertEquals(List.of(), s.informants(), "no cases, no informants");
    }

    @Test
    void maxqdaSelectionsWithoutCodingsBecomeNotesAndAudioIsReported() throws IOException {
        Path qdpx = qdpx("maxqda-uncoded", Map.of());
        Path out = dir.resolve("maxqda.kondens");
        ImportReport report = QdpxReader.importProject(qdpx, out, Language.NB);
        ProjectSnapshot s = QdpxRoundTripTest.snapshot(out);
        assertEquals(List.of("Jeg ble møtt med respekt."), s.meaningUnits().stream().map(s::textOf).toList());
        assertEquals(1, s.notes().size());
        assertTrue(s.notes().get(0).text().startsWith("«Hva skjedde?»") && s.notes().get(0).text().contains("Åpningsspørsmålet"),
                s.notes().get(0).text());
        assertEquals(12, s.notes().get(0).anchor());
        assertTrue(report.notCarried().stream().anyMatch(n -> n.startsWith("audio 'Lydopptak'")), report.notCarried().toString());
        assertTrue(report.notCarried().stream().anyMatch(n -> n.startsWith("set 'Viktige'")), report.notCarried().toString());
        assertNull(s.meaningUnits().get(0).informantId());
    }

    // --- hardening ----------------------------------------------------------------------------------

    @Test
    void zipSlipIsRefusedAndNoProjectIsLeft() throws IOException {
        Path qdpx = zip(Map.of("project.qde", minimal().getBytes(StandardCharsets.UTF_8), "../../evil.txt", new byte[] {1}));
        assertRefused(qdpx, "points outside it");
    }

    @Test
    void xmlExternalEntitiesAreRefused() throws IOException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>";
        assertRefused(zip(Map.of("project.qde", xxe.getBytes(StandardCharsets.UTF_8))), "refused as unsafe");
    }

    @Test
    void malformedXmlNamesTheFile() throws IOException {
        Path qdpx = zip(Map.of("project.qde", "<Project name=\"x\"><CodeBook>".getBytes(StandardCharsets.UTF_8)));
        KondensException e = assertRefused(qdpx, "project.qde is not well-formed XML");
        assertTrue(e.getMessage().startsWith(qdpx.getFileName().toString()), e.getMessage());
    }

    @Test
    void aSourceMissingFromTheArchiveIsAClearError() throws IOException {
        assertRefused(qdpx("atlas-flat", Map.of()), "the archive has no such file");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        Path qdpx = dir.resolve("bomb.qdpx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(qdpx))) {
            z.putNextEntry(new ZipEntry("project.qde"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i <= 100L * 1024 * 1024 / zeros.length /* beyond the 100 MB cap of a part */; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertTrue(Files.size(qdpx) < 2_000_000, "it really is small on disk");
        assertRefused(qdpx, "zip bomb");
    }

    @Test
    void notAZipAndNoProjectQde() throws IOException {
        Path junk = dir.resolve("junk.qdpx");
        Files.writeString(junk, "not a zip");
        assertRefused(junk, "not a valid REFI-QDA project");
        assertRefused(zip(Map.of("readme.txt", new byte[] {1})), "no project.qde");
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path out = dir.resolve("finnes.kondens");
        Files.writeString(out, "mine");
        assertThrows(KondensException.class, () -> QdpxReader.importProject(qdpx("maxqda-uncoded", Map.of()), out, Language.NB));
        assertEquals("mine", Files.readString(out));
    }

    private KondensException assertRefused(Path qdpx, String message) {
        Path out = dir.resolve("refused-" + UUID.randomUUID() + ".kondens");
        KondensException e = assertThrows(KondensException.class, () -> QdpxReader.importProject(qdpx, out, Language.NB));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertFalse(Files.exists(out), "no partial project");
        return e;
    }

    private static String minimal() {
        return "<?xml version=\"1.0\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>";
    }

    private static byte[] withBom(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[b.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(b, 0, out, 3, b.length);
        return out;
    }

    /** A .qdpx from a fixture's project.qde plus the given source files. */
    private Path qdpx(String fixture, Map<String, byte[]> sources) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/exchange/" + fixture + "/project.qde")) {
            entries.put("project.qde", in.readAllBytes());
        }
        entries.putAll(sources);
        return zip(entries);
    }

    private Path zip(Map<String, byte[]> entries) throws IOException {
        return QdeFixture.zip(Files.createTempFile(dir, "fixture-", ".qdpx"), entries);
    }
}
