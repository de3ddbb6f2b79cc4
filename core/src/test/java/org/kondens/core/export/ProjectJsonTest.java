package org.kondens.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.stc.StcProject;

class ProjectJsonTest {

    @TempDir
    Path dir;
    Path projectFile;

    @BeforeEach
    void buildRichProject() throws IOException {
        projectFile = RichProject.build(dir);
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
                    "De så meg som et menneske. Ikke som en diagnose.", "Bare 𐍈 for «hus»."), passages);
            assertTrue(text.contains("Nei.\tBare 𐍈"), "tabs and letters outside the BMP are kept");
            assertEquals("😀", text.substring(s.themes().get(1).anchors().get(0).start(), s.themes().get(1).anchors().get(0).end()),
                    "a span that covers exactly one surrogate pair is kept");
        }
        String written = Files.readString(json, StandardCharsets.UTF_8);
        assertTrue(written.contains("😀") && written.contains("nøkkel"), "JSON is UTF-8 text, not escapes");
        assertFalse(written.contains("\r"), "line ends are LF on every platform");
    }

    @Test
    void partsInAnotherOrderAfterAByteOrderMarkRestoreTheSameProject() throws IOException {
        // A file edited by another program may reorder the parts (JSON objects have no order) and start with a BOM.
        Path json = exported();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode tree = (ObjectNode) mapper.readTree(json.toFile());
        ObjectNode content = (ObjectNode) tree.get("content");
        List<String> names = new java.util.ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        java.util.Collections.reverse(names);
        ObjectNode reversed = mapper.createObjectNode();
        names.forEach(name -> reversed.set(name, content.get(name)));
        ObjectNode moved = mapper.createObjectNode();
        moved.set("content", reversed);
        moved.set("version", tree.get("version"));
        moved.set("format", tree.get("format"));
        byte[] body = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(moved);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(json, withBom);
        assertEquals("review", names.get(0), "the review, which refers to transcripts and units, comes first");

        Path restored = dir.resolve("restored.kondens");
        ProjectJson.restore(json, restored);
        try (StcProject original = StcProject.open(projectFile); StcProject p = StcProject.open(restored)) {
            assertEquals(original.snapshot(), p.snapshot());
        }
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithOneLine() throws IOException {
        Path json = exported();
        Files.writeString(json, Files.readString(json), StandardCharsets.UTF_16);
        Path out = dir.resolve("o.kondens");
        KondensException e = assertThrows(KondensException.class, () -> ProjectJson.restore(json, out));
        assertEquals("export.json is not UTF-8 text; a Kondens JSON project is UTF-8, as JSON files exchanged between programs "
                + "should be.", e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void malformedJsonIsRefusedAndNoProjectIsLeft() throws IOException {
        Path json = dir.resolve("broken.json");
        Files.writeString(json, "{\"format\": \"kondens-project\", \"version\": 1, \"content\": {");
        Path out = dir.resolve("out.kondens");
        KondensException e = assertThrows(KondensException.class, () -> ProjectJson.restore(json, out));
        assertEquals("broken.json: $.content: not valid JSON at line 1, column 57 (Unexpected end-of-input: expected close "
                + "marker for Object).", e.getMessage());
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
        assertTrue(e.getMessage().matches("export\\.json: \\$\\.content\\.meaningUnits\\[0]\\.end: 999999 is past the end of "
                + "transcript \"intervju1\" \\(\\d+ characters\\)\\."), e.getMessage());
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
        // Point the first reference to that group (a subgroup's) at a code group that does not exist.
        Files.writeString(json, text.replaceFirst("\"codeGroupId\" : \"" + groupId + "\"",
                "\"codeGroupId\" : \"00000000-0000-0000-0000-000000000000\""));
        Path out = dir.resolve("o.kondens");
        KondensException e = assertThrows(KondensException.class, () -> ProjectJson.restore(json, out));
        assertTrue(e.getMessage().matches("export\\.json: \\$\\.content\\.subgroups\\[0]\\.codeGroupId: "
                + "refers to code group 00000000-0000-0000-0000-000000000000, which is not in the file\\."), e.getMessage());
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
