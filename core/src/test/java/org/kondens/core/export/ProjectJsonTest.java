package org.kondens.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
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
import org.kondens.core.stc.StcProject;

class ProjectJsonTest {

    /** CRLF line ends, æøå, an emoji (a surrogate pair) and a combining ring (NFC makes it å). */
    static final String RAW = "I: Hvordan var det å komme hjem?\r\n"
            + "EK1: Det var tøft 😀 – jeg fikk nøkkel til egen leilighet, og a\u030Arene etterpå ble bedre.\r\n"
            + "I: Hva betydde ansatte for deg?\r\n"
            + "EK1: De så meg som et menneske. Ikke som en diagnose.\r\n";

    @TempDir
    Path dir;
    Path projectFile;

    @BeforeEach
    void buildRichProject() throws IOException {
        projectFile = dir.resolve("rik.kondens");
        Path txt = dir.resolve("intervju1.txt");
        Files.write(txt, RAW.getBytes(StandardCharsets.UTF_8));
        try (StcProject p = StcProject.create(projectFile, "Bolig og ettervern – «æøå» 😀", Language.NB)) {
            p.setResearchQuestion("Hva hjelper?");
            p.setResearchQuestion("Hva opplever brukere som hjelpsomt i ettervernet?");
            p.setSubQuestions(List.of("Bolig?", "Relasjoner?"));
            p.setInterviewGuide("1. Fortell …\n2. Hva …");
            p.setLevelNames("Tema", "Subtema");
            Transcript t = p.importTranscript(TranscriptFiles.read(txt), List.of());
            Informant ek1 = p.findInformant("EK1");
            p.setInformantAttribute(ek1.id(), "alder", "30–39");
            p.setInformantAttribute(ek1.id(), "kjønn", "kvinne");
            p.addTranscriptNote(t.id(), 10, "Sterkt inntrykk: nøkkelen 🔑");
            PreliminaryTheme bolig = p.addTheme("Bolig", "Å ha et sted");
            PreliminaryTheme respekt = p.addTheme("Respekt", "");
            p.anchorTheme(bolig.id(), new Span(t.id(), 40, 60));
            CodeGroup trygg = p.addCodeGroup("Trygg bolig", null, List.of(bolig.id()));
            CodeGroup likeverd = p.addCodeGroup("Likeverd", "#aa3300", List.of(respekt.id()));
            Subgroup nokkel = p.addSubgroup(trygg.id(), "Egen nøkkel");
            Subgroup menneske = p.addSubgroup(likeverd.id(), "Et menneske, ikke en diagnose");
            p.linkTheme(respekt.id(), menneske.id());
            MeaningUnit u1 = p.addMeaningUnit(t.id(), "jeg fikk nøkkel til egen leilighet,",
                    List.of(new Membership(trygg.id(), nokkel.id()), new Membership(likeverd.id(), null)));
            MeaningUnit u2 = p.addMeaningUnit(t.id(), "De så meg som et menneske. Ikke som en diagnose.",
                    List.of(new Membership(likeverd.id(), menneske.id())));
            p.addMeaningUnit(t.id(), "Det var tøft 😀", List.of());
            p.setCondensate(nokkel.id(), "Jeg fikk min egen nøkkel, og det betydde at jeg hørte til et sted.", null);
            p.setCondensate(menneske.id(), "Jeg ble sett som et menneske.", List.of(u2.id()));
            p.setAnalyticText(menneske.id(), "Flere informanter beskrev …");
            p.setGroupAnalyticText(likeverd.id(), "Innledning.");
            p.setFinalName(likeverd.id(), "Å bli møtt som likeverdig");
            p.addQuote(u2.id(), likeverd.id(), menneske.id(), null, null, "De så meg som et menneske. (…)", null);
            p.addQuote(u1.id(), trygg.id(), null, null, null, null, "EK1, 34 år");
            p.setMeaningUnitNote(u1.id(), "viktig");
        }
    }

    @Test
    void exportImportExportIsByteIdentical() throws IOException {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        Path restored = dir.resolve("restored.kondens");
        ProjectSnapshot original;
        try (StcProject p = StcProject.open(projectFile)) {
            original = p.snapshot();
            ProjectJson.write(original, first);
        }
        ProjectJson.restore(first, restored);
        try (StcProject p = StcProject.open(restored)) {
            assertEquals(original, p.snapshot(), "the restored project holds exactly the same entities");
            ProjectJson.write(p.snapshot(), second);
        }
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void offsetsSurviveTheRoundTripWithCrlfEmojiAndNfc() throws IOException {
        Path json = dir.resolve("p.json");
        Path restored = dir.resolve("restored.kondens");
        try (StcProject p = StcProject.open(projectFile)) {
            ProjectJson.write(p.snapshot(), json);
        }
        ProjectJson.restore(json, restored);
        try (StcProject p = StcProject.open(restored)) {
            ProjectSnapshot s = p.snapshot();
            String text = s.transcripts().get(0).text();
            assertFalse(text.contains("\r"), "CRLF was normalised to LF once, at import");
            assertTrue(text.contains("årene"), "a + combining ring became one NFC character");
            List<String> passages = s.meaningUnits().stream().map(s::textOf).toList();
            assertEquals(List.of("Det var tøft 😀", "jeg fikk nøkkel til egen leilighet,",
                    "De så meg som et menneske. Ikke som en diagnose."), passages);
        }
        String written = Files.readString(json, StandardCharsets.UTF_8);
        assertTrue(written.contains("😀") && written.contains("nøkkel"), "JSON is UTF-8 text, not escapes");
        assertFalse(written.contains("\r"), "line ends are LF on every platform");
    }

    @Test
    void malformedJsonIsRefusedAndNoProjectIsLeft() throws IOException {
        Path json = dir.resolve("broken.json");
        Files.writeString(json, "{\"format\": \"kondens-project\", \"version\": 1, \"content\": {");
        Path out = dir.resolve("out.kondens");
        KondensException e = assertThrows(KondensException.class, () -> ProjectJson.restore(json, out));
        assertTrue(e.getMessage().startsWith("broken.json is not a valid Kondens JSON project"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void otherJsonIsRefused() throws IOException {
        Path json = dir.resolve("other.json");
        Files.writeString(json, "{\"name\": \"not ours\"}");
        KondensException e = assertThrows(KondensException.class, () -> ProjectJson.restore(json, dir.resolve("o.kondens")));
        assertTrue(e.getMessage().contains("not a Kondens project"), e.getMessage());
    }

    @Test
    void newerFormatVersionIsRefused() throws IOException {
        Path json = exported();
        Files.writeString(json, Files.readString(json).replaceFirst("\"version\" : 1", "\"version\" : 99"));
        KondensException e = assertThrows(KondensException.class, () -> ProjectJson.restore(json, dir.resolve("o.kondens")));
        assertTrue(e.getMessage().contains("newer Kondens"), e.getMessage());
    }

    @Test
    void aMeaningUnitOutsideItsTranscriptIsRefusedAndNoProjectIsLeft() throws IOException {
        Path json = exported();
        String text = Files.readString(json);
        Files.writeString(json, text.replaceFirst("\"end\" : (\\d+),\n      \"informantId\"", "\"end\" : 999999,\n      \"informantId\""));
        Path out = dir.resolve("o.kondens");
        KondensException e = assertThrows(KondensException.class, () -> ProjectJson.restore(json, out));
        assertTrue(e.getMessage().contains("outside its transcript"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aDanglingReferenceIsRefusedAndNoProjectIsLeft() throws IOException {
        Path json = exported();
        String text = Files.readString(json);
        String groupId;
        try (StcProject p = StcProject.open(projectFile)) {
            groupId = p.snapshot().codeGroups().get(0).id().toString();
        }
        // Point a membership at a code group that does not exist.
        Files.writeString(json, text.replaceFirst("\"codeGroupId\" : \"" + groupId + "\"",
                "\"codeGroupId\" : \"00000000-0000-0000-0000-000000000000\""));
        Path out = dir.resolve("o.kondens");
        KondensException e = assertThrows(KondensException.class, () -> ProjectJson.restore(json, out));
        assertTrue(e.getMessage().startsWith(json.getFileName() + " could not be imported"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void restoreNeverOverwritesAnExistingFile() throws IOException {
        Path json = exported();
        byte[] before = Files.readAllBytes(projectFile);
        assertThrows(KondensException.class, () -> ProjectJson.restore(json, projectFile));
        assertArrayEquals(before, Files.readAllBytes(projectFile));
    }

    private Path exported() {
        Path json = dir.resolve("export.json");
        try (StcProject p = StcProject.open(projectFile)) {
            ProjectJson.write(p.snapshot(), json);
        }
        return json;
    }
}
