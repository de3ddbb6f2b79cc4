package org.kondens.core.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.export.ExportFormat;
import org.kondens.core.export.ExportOptions;
import org.kondens.core.export.Exports;
import org.kondens.core.importer.TranscriptFiles;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Language;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.kondens.core.sample.SampleStudy;
import org.kondens.core.stc.StcProject;

/** Kondens → .qdpx → Kondens keeps every entity and offset; every export passes the schemas. */
class QdpxRoundTripTest {

    /** CRLF, æøå, emoji (surrogate pairs, also a ZWJ sequence) and a combining ring that NFC composes. */
    static final String RAW = "I: Hvordan var det å komme hjem?\r\n"
            + "EK1: Det var tøft 😀 – jeg fikk nøkkel til egen leilighet, og a\u030Arene etterpå ble bedre.\r\n"
            + "I: Hva betydde ansatte for deg? 👩‍⚕️\r\n"
            + "EK1: De så meg som et menneske 🙏. Ikke som en diagnose.\r\n";

    @TempDir
    Path dir;
    Path projectFile;

    @BeforeEach
    void buildRichProject() throws IOException {
        projectFile = dir.resolve("rik.kondens");
        Path txt = dir.resolve("intervju1.txt");
        Files.write(txt, RAW.getBytes(StandardCharsets.UTF_8));
        Path emoji = dir.resolve("emoji.txt");
        Files.writeString(emoji, "I: Og nå? 🤔\nEK2: 🎉🎉 Endelig egen bolig! Æ, ø og å 🏠.\n", StandardCharsets.UTF_8);
        try (StcProject p = StcProject.create(projectFile, "Bolig og ettervern – «æøå» 😀", Language.NB)) {
            p.setResearchQuestion("Hva hjelper?");
            p.setResearchQuestion("Hva opplever brukere som hjelpsomt i ettervernet?");
            p.setSubQuestions(List.of("Bolig?", "Relasjoner?"));
            p.setInterviewGuide("1. Fortell …\n2. Hva …");
            p.setProjectNotes("Prosjektnotat 📝");
            p.setLevelNames("Tema", "Subtema");
            Transcript t = p.importTranscript(TranscriptFiles.read(txt), List.of());
            Transcript t2 = p.importTranscript(TranscriptFiles.read(emoji), List.of());
            Informant ek1 = p.findInformant("EK1");
            p.setInformantAttribute(ek1.id(), "alder", "30–39");
            p.setInformantAttribute(ek1.id(), "kjønn", "kvinne");
            p.addTranscriptNote(t.id(), 60, "Sterkt inntrykk: nøkkelen 🔑");
            p.addTranscriptNote(t2.id(), null, "Hele intervjuet var kort.");
            PreliminaryTheme bolig = p.addTheme("Bolig", "Å ha et sted");
            PreliminaryTheme respekt = p.addTheme("Respekt", "");
            p.anchorTheme(bolig.id(), new Span(t.id(), 40, 60));
            CodeGroup trygg = p.addCodeGroup("Trygg bolig", null, List.of(bolig.id()));
            CodeGroup likeverd = p.addCodeGroup("Likeverd", "#aa3300", List.of(respekt.id()));
            p.describeCodeGroup(trygg.id(), "Om å ha et hjem");
            Subgroup nokkel = p.addSubgroup(trygg.id(), "Egen nøkkel");
            Subgroup menneske = p.addSubgroup(likeverd.id(), "Et menneske, ikke en diagnose");
            p.linkTheme(respekt.id(), menneske.id());
            MeaningUnit u1 = p.addMeaningUnit(t.id(), "jeg fikk nøkkel til egen leilighet,",
                    List.of(new Membership(trygg.id(), nokkel.id()), new Membership(likeverd.id(), null)));
            MeaningUnit u2 = p.addMeaningUnit(t.id(), "De så meg som et menneske 🙏. Ikke som en diagnose.",
                    List.of(new Membership(likeverd.id(), menneske.id())));
            p.addMeaningUnit(t.id(), "Det var tøft 😀", List.of());
            MeaningUnit u4 = p.addMeaningUnit(t2.id(), "🎉🎉 Endelig egen bolig!", List.of(new Membership(trygg.id(), nokkel.id())));
            p.setCondensate(nokkel.id(), "Jeg fikk min egen nøkkel, og det betydde at jeg hørte til et sted.", List.of(u4.id()));
            p.setCondensate(menneske.id(), "Jeg ble sett som et menneske.", List.of(u2.id()));
            p.setAnalyticText(menneske.id(), "Flere informanter beskrev …");
            p.setGroupAnalyticText(likeverd.id(), "Innledning.");
            p.setFinalName(likeverd.id(), "Å bli møtt som likeverdig");
            String passage = "som et menneske 🙏";
            int qs = p.snapshot().transcript(t.id()).orElseThrow().text().indexOf(passage);
            p.addQuote(u2.id(), likeverd.id(), menneske.id(), qs, qs + passage.length(), "(…) som et menneske 🙏", null);
            p.addQuote(u1.id(), trygg.id(), null, null, null, null, "EK1, 34 år");
            p.addQuote(u4.id(), trygg.id(), nokkel.id(), null, null, null, null);
            p.setMeaningUnitNote(u1.id(), "viktig");
        }
    }

    @Test
    void richProjectSurvivesTheRoundTripWithEveryEntityAndOffset() throws IOException {
        ProjectSnapshot original = snapshot(projectFile);
        Path qdpx = dir.resolve("rik.qdpx");
        QdpxWriter.write(original, qdpx);
        assertValid(qdpx);
        Path restored = dir.resolve("tilbake.kondens");
        ImportReport report = QdpxReader.importProject(qdpx, restored, Language.EN);
        assertTrue(report.fromKondens());
        assertEquals(List.of(), report.notCarried());
        assertEquals(List.of(), report.notices());
        ProjectSnapshot back = snapshot(restored);
        assertEquals(original, back, "the restored project holds exactly the same entities");
        assertEquals(original.meaningUnits().stream().map(original::textOf).toList(), back.meaningUnits().stream().map(back::textOf).toList());
    }

    @Test
    void sourcesAreTheStoredTextAsUtf8WithoutBomAndPositionsAreCodePoints() throws IOException {
        ProjectSnapshot s = snapshot(projectFile);
        Path qdpx = dir.resolve("p.qdpx");
        QdpxWriter.write(s, qdpx);
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            for (Transcript t : s.transcripts()) {
                byte[] bytes = zip.getInputStream(zip.getEntry("sources/" + t.id() + ".txt")).readAllBytes();
                assertArrayEquals(t.text().getBytes(StandardCharsets.UTF_8), bytes);
                assertFalse(bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF, "no BOM");
            }
            String qde = new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(), StandardCharsets.UTF_8);
            MeaningUnit u = s.meaningUnits().stream().filter(x -> s.textOf(x).startsWith("De så meg")).findFirst().orElseThrow();
            String text = s.transcript(u.transcriptId()).orElseThrow().text();
            int cpStart = text.codePointCount(0, u.start());
            assertTrue(cpStart < u.start(), "the emoji before the unit count once in code points");
            String selection = java.util.regex.Pattern.compile("<PlainTextSelection [^>]*guid=\"" + u.id() + "\"[^>]*>")
                    .matcher(qde).results().map(java.util.regex.MatchResult::group).findFirst().orElseThrow();
            assertTrue(selection.contains(" endPosition=\"" + text.codePointCount(0, u.end()) + "\"")
                    && selection.contains(" startPosition=\"" + cpStart + "\""), selection);
            assertTrue(qde.contains("plainTextPath=\"internal://"), "plain-text sources");
            assertFalse(qde.contains("richTextPath"), "never a richTextPath pointing at a .txt");
            assertTrue(qde.contains("name=\"" + QdpxWriter.QUOTE_SET_NAME + "\""), "quotes are marked by a set");
        }
    }

    @Test
    void twoExportsAreByteIdenticalAndGuidsAreTheProjectsUuids() throws IOException {
        ProjectSnapshot s = snapshot(projectFile);
        Path a = dir.resolve("a.qdpx");
        Path b = dir.resolve("b.qdpx");
        Exports.write(s, ExportFormat.QDPX, ExportOptions.DEFAULT, a);
        Exports.write(s, ExportFormat.QDPX, ExportOptions.DEFAULT, b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        String qde = new String(QdpxWriter.projectXml(s), StandardCharsets.UTF_8);
        s.codeGroups().forEach(g -> assertTrue(qde.contains("guid=\"" + g.id() + "\""), g.workingName()));
        s.informants().forEach(i -> assertTrue(qde.contains("guid=\"" + i.id() + "\""), i.label()));
    }

    @Test
    void codebookExportPassesTheCodebookSchema() throws IOException {
        ProjectSnapshot s = snapshot(projectFile);
        Path qdc = dir.resolve("kodebok.qdc");
        Exports.write(s, ExportFormat.QDC, ExportOptions.DEFAULT, qdc);
        byte[] xml = Files.readAllBytes(qdc);
        assertEquals(Optional.empty(), QdaSchemas.checkCodebook(xml));
        String text = new String(xml, StandardCharsets.UTF_8);
        assertTrue(text.contains("name=\"Egen nøkkel\"") && text.contains("color=\"#AA3300\""), text);
        assertEquals(".qdc", ExportFormat.QDC.extension());
        assertEquals(".qdpx", ExportFormat.QDPX.extension());
    }

    @Test
    void anEmptyProjectExportsValidFiles() {
        Path empty = dir.resolve("tom.kondens");
        try (StcProject p = StcProject.create(empty, "Tom", Language.NB)) {
            ProjectSnapshot s = p.snapshot();
            assertEquals(Optional.empty(), QdaSchemas.checkProject(QdpxWriter.projectXml(s)));
            assertEquals(Optional.empty(), QdaSchemas.checkCodebook(CodebookWriter.codebookXml(s)));
        }
    }

    @Test
    void theSampleStudySurvivesTheRoundTrip() throws IOException {
        Path sample = dir.resolve("eksempel.kondens");
        SampleStudy.build(Path.of("..", "samples", "study"), sample);
        ProjectSnapshot original = snapshot(sample);
        assertTrue(original.meaningUnits().size() > 10 && !original.quotes().isEmpty(), "the sample has an analysis");
        Path qdpx = dir.resolve("eksempel.qdpx");
        QdpxWriter.write(original, qdpx);
        assertValid(qdpx);
        assertEquals(Optional.empty(), QdaSchemas.checkCodebook(CodebookWriter.codebookXml(original)));
        Path restored = dir.resolve("eksempel-tilbake.kondens");
        QdpxReader.importProject(qdpx, restored, Language.NB);
        assertEquals(original, snapshot(restored));
    }

    /** A corpus's import holds a few texts and reads the others again from the archive: the project is the same. */
    @Test
    void theSampleStudyComesBackTheSameWhenEveryTextIsReadAgainFromTheArchive() throws IOException {
        Path sample = dir.resolve("eksempel.kondens");
        SampleStudy.build(Path.of("..", "samples", "study"), sample);
        ProjectSnapshot original = snapshot(sample);
        Path qdpx = dir.resolve("eksempel.qdpx");
        QdpxWriter.write(original, qdpx);
        Path restored = dir.resolve("eksempel-tilbake.kondens");
        ImportReport report = QdpxReader.importProject(qdpx, restored, Language.NB, 1, 1);
        assertEquals(List.of(), report.notCarried());
        assertEquals(List.of(), report.notices());
        ProjectSnapshot back = snapshot(restored);
        assertEquals(original, back);
        assertEquals(original.meaningUnits().stream().map(original::textOf).toList(), back.meaningUnits().stream().map(back::textOf).toList());
        assertEquals(original.turns(), back.turns());
    }

    static void assertValid(Path qdpx) throws IOException {
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            byte[] qde = zip.getInputStream(zip.getEntry("project.qde")).readAllBytes();
            assertEquals(Optional.empty(), QdaSchemas.checkProject(qde), "project.qde follows Project-mrt2019.xsd");
        }
    }

    static ProjectSnapshot snapshot(Path file) {
        try (StcProject p = StcProject.open(file)) {
            return p.snapshot();
        }
    }
}
