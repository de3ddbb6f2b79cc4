package org.kondens.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.importer.TranscriptFiles;
import org.kondens.core.model.Language;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Transcript;
import org.kondens.core.search.SearchFilter;
import org.kondens.core.search.SearchHit;
import org.kondens.core.search.SearchIndex;
import org.kondens.core.stc.StcProject;

/**
 * A JSON project is checked whole before anything is written: every kind of problem is refused
 * with one line naming the file, the JSON path and the problem, and no project file appears.
 * Each case starts from a real export of {@link RichProject}, edited as a tree.
 */
class ProjectJsonRefusalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path projectFile;
    ProjectSnapshot original;
    Path json;
    Path out;

    @BeforeEach
    void export() throws IOException {
        projectFile = RichProject.build(dir);
        try (StcProject p = StcProject.open(projectFile)) {
            original = p.snapshot();
        }
        json = dir.resolve("backup.json");
        out = dir.resolve("new.kondens");
    }

    // --- the transcript's identity ------------------------------------------------------------

    @Test
    void anEditedTranscriptGetsTheHashOfItsNewTextSoSearchFindsTheNewWords() throws IOException {
        Path cache = dir.resolve("cache");
        try (SearchIndex index = SearchIndex.open(cache, original.project().id(), Language.NB)) {
            index.sync(original);
        }
        ObjectNode tree = exported();
        ObjectNode t = (ObjectNode) content(tree).withArray("transcripts").get(0);
        String oldHash = t.get("hash").asText();
        // Same length, so every offset stays valid; the file still claims the old hash.
        t.put("text", t.get("text").asText().replace("tøft", "kult"));
        write(tree);

        ProjectJson.restore(json, out);
        ProjectSnapshot restored;
        try (StcProject p = StcProject.open(out)) {
            restored = p.snapshot();
        }
        Transcript edited = restored.transcripts().get(0);
        assertNotEquals(oldHash, edited.hash());
        assertEquals(hashOfAFreshImport(edited.text()), edited.hash(), "the same hash an import of that text gives");
        // The restored project keeps its id, so it meets the index built for the original.
        try (SearchIndex index = SearchIndex.open(cache, restored.project().id(), Language.NB)) {
            index.sync(restored);
            List<SearchHit> hits = index.search(restored, "kult", SearchFilter.NONE, 10).hits();
            assertEquals(1, hits.size(), "the new word is found: " + hits);
            assertEquals("kult", edited.text().substring(hits.get(0).start(), hits.get(0).end()));
            assertEquals(0, index.search(restored, "tøft", SearchFilter.NONE, 10).passages(), "the old word is gone");
        }
    }

    @Test
    void aMissingOrWrongHashIsIgnored() throws IOException {
        ObjectNode tree = exported();
        ArrayNode transcripts = content(tree).withArray("transcripts");
        ((ObjectNode) transcripts.get(0)).remove("hash");
        write(tree);
        ProjectJson.restore(json, out);
        try (StcProject p = StcProject.open(out)) {
            assertEquals(original.transcripts(), p.snapshot().transcripts());
        }
    }

    // --- offsets ------------------------------------------------------------------------------

    @Test
    void anOffsetPastTheEndOfItsTranscript() throws IOException {
        ObjectNode tree = exported();
        int length = original.transcripts().get(0).text().length();
        unit(tree, "De så meg som et menneske. Ikke som en diagnose.").put("end", length + 5);
        assertEquals("backup.json: $.content.meaningUnits[2].end: " + (length + 5) + " is past the end of transcript "
                + "\"intervju1\" (" + length + " characters).", refused(tree));
    }

    @Test
    void aSpanThatDoesNotEndAfterItsStart() throws IOException {
        ObjectNode tree = exported();
        ObjectNode anchor = (ObjectNode) content(tree).withArray("themes").get(0).withArray("anchors").get(0);
        anchor.put("end", 30).put("start", 35);
        assertEquals("backup.json: $.content.themes[0].anchors[0].end: 30 is not after start 35; a passage needs at least "
                + "one character.", refused(tree));
    }

    @Test
    void aNegativeOffset() throws IOException {
        ObjectNode tree = exported();
        unit(tree, "jeg fikk nøkkel til egen leilighet,").put("start", -1);
        assertEquals("backup.json: $.content.meaningUnits[1].start: -1 is negative; offsets count UTF-16 code units from 0.",
                refused(tree));
    }

    @Test
    void anOffsetBetweenTheHalvesOfAnEmoji() throws IOException {
        ObjectNode tree = exported();
        ObjectNode unit = unit(tree, "Det var tøft 😀");
        unit.put("end", unit.get("end").asInt() - 1);
        assertEquals("backup.json: $.content.meaningUnits[0].end: " + unit.get("end").asInt() + " falls between the two halves "
                + "of one character (a surrogate pair, such as an emoji) in transcript \"intervju1\".", refused(tree));
    }

    @Test
    void aNoteAnchorOutsideItsTranscript() throws IOException {
        ObjectNode tree = exported();
        ((ObjectNode) content(tree).withArray("notes").get(0)).put("anchor", 100_000);
        assertTrue(refused(tree).startsWith("backup.json: $.content.notes[0].anchor: 100000 is past the end of transcript"));
    }

    @Test
    void aSpeakerTurnOutsideItsTranscript() throws IOException {
        ObjectNode tree = exported();
        String id = original.transcripts().get(0).id().toString();
        ArrayNode turns = turns(tree, id);
        ((ObjectNode) turns.get(turns.size() - 1)).put("end", 100_000);
        assertTrue(refused(tree).startsWith("backup.json: $.content.turns[\"" + id + "\"][" + (turns.size() - 1)
                + "].end: 100000 is past the end of transcript \"intervju1\""));
    }

    @Test
    void twoSpeakerTurnsStartingAtTheSameOffset() throws IOException {
        ObjectNode tree = exported();
        ArrayNode turns = turns(tree, original.transcripts().get(0).id().toString());
        ((ObjectNode) turns.get(1)).put("start", turns.get(0).get("start").asInt());
        assertTrue(refused(tree).contains("[1].start: another turn of this transcript starts at 0 too"));
    }

    @Test
    void aQuoteOutsideItsMeaningUnit() throws IOException {
        ObjectNode tree = exported();
        ObjectNode quote = (ObjectNode) content(tree).withArray("quotes").get(0);
        quote.put("start", quote.get("start").asInt() - 3);
        assertTrue(refused(tree).startsWith("backup.json: $.content.quotes[0].start: " + quote.get("start").asInt()
                + " is before the start (" + (quote.get("start").asInt() + 3) + ") of its meaning unit ($.content.meaningUnits["));
    }

    // --- ids and references ---------------------------------------------------------------------

    @Test
    void anIdUsedTwice() throws IOException {
        ObjectNode tree = exported();
        ArrayNode groups = content(tree).withArray("codeGroups");
        String first = groups.get(0).get("id").asText();
        ((ObjectNode) groups.get(1)).put("id", first);
        assertEquals("backup.json: $.content.codeGroups[1].id: the id " + first + " is used twice (also by the code group at "
                + "$.content.codeGroups[0]).", refused(tree));
    }

    @Test
    void anIdThatIsNotAWellFormedUuid() throws IOException {
        ObjectNode tree = exported();
        // java.util.UUID.fromString takes this as 00000001-0001-0001-0001-000000000001.
        ((ObjectNode) content(tree).withArray("quotes").get(1)).put("id", "1-1-1-1-1");
        assertEquals("backup.json: $.content.quotes[1].id: \"1-1-1-1-1\" is not a UUID of the form "
                + "123e4567-e89b-12d3-a456-426614174000.", refused(tree));
    }

    @Test
    void aReferenceToSomethingNotInTheFile() throws IOException {
        String nowhere = UUID.randomUUID().toString();
        ObjectNode tree = exported();
        ((ObjectNode) content(tree).withArray("transcripts").get(0)).put("sessionId", nowhere);
        assertEquals("backup.json: $.content.transcripts[0].sessionId: refers to session " + nowhere
                + ", which is not in the file.", refused(tree));

        tree = exported();
        ((ArrayNode) content(tree).withArray("subgroups").get(1).withArray("condensateSources")).set(0, nowhere);
        assertEquals("backup.json: $.content.subgroups[1].condensateSources[0]: refers to meaning unit " + nowhere
                + ", which is not in the file.", refused(tree));

        tree = exported();
        ((ArrayNode) content(tree).withArray("codeGroups").get(0).withArray("grewFrom")).set(0, nowhere);
        assertEquals("backup.json: $.content.codeGroups[0].grewFrom[0]: refers to theme " + nowhere
                + ", which is not in the file.", refused(tree));

        tree = exported();
        unit(tree, "Det var tøft 😀").put("informantId", nowhere);
        assertEquals("backup.json: $.content.meaningUnits[0].informantId: refers to informant " + nowhere
                + ", which is not in the file.", refused(tree));
    }

    @Test
    void aMembershipInASubgroupOfAnotherCodeGroup() throws IOException {
        ObjectNode tree = exported();
        String otherGroupsSubgroup = subgroupId("Et menneske, ikke en diagnose");
        ObjectNode membership = (ObjectNode) unit(tree, "jeg fikk nøkkel til egen leilighet,").withArray("memberships").get(0);
        membership.put("subgroupId", otherGroupsSubgroup);
        String message = refused(tree);
        assertTrue(message.startsWith("backup.json: $.content.meaningUnits[1].memberships[0].subgroupId: subgroup "
                + otherGroupsSubgroup + " ($.content.subgroups[1]) belongs to code group "), message);
    }

    @Test
    void aUnitInTheSameCodeGroupTwice() throws IOException {
        ObjectNode tree = exported();
        ArrayNode memberships = unit(tree, "jeg fikk nøkkel til egen leilighet,").withArray("memberships");
        memberships.add(memberships.get(0).deepCopy());
        assertTrue(refused(tree).startsWith("backup.json: $.content.meaningUnits[1].memberships[2].codeGroupId: the unit is "
                + "already in code group "));
    }

    @Test
    void aQuoteFromAUnitThatIsNotInItsCodeGroup() throws IOException {
        ObjectNode tree = exported();
        String likeverdOnlyUnit = unit(tree, "De så meg som et menneske. Ikke som en diagnose.").get("id").asText();
        ArrayNode quotes = content(tree).withArray("quotes");
        int i = 0;
        while (!quotes.get(i).get("meaningUnitId").asText().equals(likeverdOnlyUnit)) {
            i++;
        }
        ((ObjectNode) quotes.get(i)).put("codeGroupId", original.codeGroups().get(0).id().toString()).putNull("subgroupId");
        assertTrue(refused(tree).startsWith("backup.json: $.content.quotes[" + i + "].codeGroupId: its meaning unit "
                + "($.content.meaningUnits[2]) is not in code group "));
    }

    @Test
    void twoInformantsWithTheSameLabelIgnoringCase() throws IOException {
        ObjectNode tree = exported();
        ArrayNode informants = content(tree).withArray("informants");
        informants.add(JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("label", "ek1")
                .set("attributes", JSON.createObjectNode()));
        assertEquals("backup.json: $.content.informants[1].label: \"ek1\" is also the label of the informant at "
                + "$.content.informants[0]; labels must differ (ignoring case).", refused(tree));
    }

    @Test
    void twoTranscriptsWithTheSameText() throws IOException {
        ObjectNode tree = exported();
        ObjectNode copy = content(tree).withArray("transcripts").get(0).deepCopy();
        copy.put("id", UUID.randomUUID().toString()).put("title", "kopi");
        content(tree).withArray("transcripts").add(copy);
        assertEquals("backup.json: $.content.transcripts[1].text: the same text as the transcript at "
                + "$.content.transcripts[0]; a project holds each text once.", refused(tree));
    }

    // --- values ---------------------------------------------------------------------------------

    @Test
    void aColourThatIsNotRrggbb() throws IOException {
        for (String colour : List.of("red", "#abc", "#12345G", " #123456")) {
            ObjectNode tree = exported();
            ((ObjectNode) content(tree).withArray("codeGroups").get(1)).put("color", colour);
            assertEquals("backup.json: $.content.codeGroups[1].color: \"" + colour + "\" is not a colour of the form #RRGGBB.",
                    refused(tree));
        }
    }

    @Test
    void aControlCharacterInAName() throws IOException {
        ObjectNode tree = exported();
        ((ObjectNode) content(tree).withArray("codeGroups").get(0)).put("workingName", "Trygg\u0000bolig");
        assertEquals("backup.json: $.content.codeGroups[0].workingName: contains the control character U+0000 at position 5; "
                + "it must be one line of plain text.", refused(tree));
    }

    @Test
    void reviewCommentsAreCheckedLikeTheRest() throws IOException {
        ObjectNode tree = exported();
        ObjectNode review = (ObjectNode) content(tree).get("review");
        ObjectNode comment = (ObjectNode) review.withArray("comments").get(0);
        ((ObjectNode) comment.get("target").get("span")).put("end", 1_000_000);
        assertTrue(refused(tree).startsWith("backup.json: $.content.review.comments[0].target.span.end: 1000000 is"),
                "a commented passage outside its transcript is refused");

        tree = exported();
        review = (ObjectNode) content(tree).get("review");
        var comments = review.withArray("comments");
        String reply = comments.get(comments.size() - 1).get("id").asText();
        ObjectNode second = comments.get(comments.size() - 1).deepCopy();
        second.put("id", "11111111-1111-4111-8111-111111111111");
        second.put("parentId", reply);
        comments.add(second);
        assertEquals("backup.json: $.content.review.comments[" + (comments.size() - 1) + "].parentId: answers a reply; "
                + "a reply answers the first comment of its thread.", refused(tree));

        tree = exported();
        ((ObjectNode) content(tree).get("review").withArray("suggestions").get(0).get("target")).put("kind", "QUOTE");
        assertTrue(refused(tree).contains("$.content.review.suggestions[0].target.kind"), "a suggestion is for texts only");
    }

    @Test
    void aFileWithoutReviewFromBeforeSupervisionStillImports() throws IOException {
        ObjectNode tree = exported();
        content(tree).remove("review");
        write(tree);
        ProjectJson.restore(json, out);
        try (var p = org.kondens.core.stc.StcProject.open(out)) {
            assertEquals(org.kondens.core.model.Review.NONE, p.snapshot().review());
        }
    }

    @Test
    void aLineBreakInATitle() throws IOException {
        ObjectNode tree = exported();
        ((ObjectNode) content(tree).withArray("transcripts").get(0)).put("title", "intervju\n1");
        assertEquals("backup.json: $.content.transcripts[0].title: contains the control character U+000A at position 8; "
                + "it must be one line of plain text.", refused(tree));
    }

    @Test
    void aControlCharacterOtherThanTabOrLineFeedInALongText() throws IOException {
        ObjectNode tree = exported();
        ObjectNode t = (ObjectNode) content(tree).withArray("transcripts").get(0);
        t.put("text", t.get("text").asText().replaceFirst("\n", "\r"));
        String message = refused(tree);
        assertTrue(message.startsWith("backup.json: $.content.transcripts[0].text: contains the control character U+000D at "
                + "position "), message);
        assertTrue(message.endsWith("; only tab and line feed are allowed."), message);
    }

    @Test
    void halfASurrogatePairInAText() throws IOException {
        ObjectNode tree = exported();
        ((ObjectNode) content(tree).withArray("notes").get(0)).put("text", "nøkkelen HALF");
        // Jackson will not write half a pair; a hand-edited file holds it as an escape.
        Files.writeString(json, JSON.writeValueAsString(tree).replace("HALF", "\\uD83D"), StandardCharsets.UTF_8);
        assertEquals("backup.json: $.content.notes[0].text: contains half a character (the unpaired surrogate U+D83D) at "
                + "position 9.", refused());
    }

    @Test
    void aMissingField() throws IOException {
        ObjectNode tree = exported();
        ((ObjectNode) content(tree).withArray("transcripts").get(0)).remove("text");
        assertEquals("backup.json: $.content.transcripts[0].text: missing; every Kondens JSON project has this field.",
                refused(tree));
    }

    @Test
    void aNullWhereAValueIsRequired() throws IOException {
        ObjectNode tree = exported();
        ((ObjectNode) content(tree).withArray("transcripts").get(0)).putNull("text");
        assertEquals("backup.json: $.content.transcripts[0].text: null, but text is required here.", refused(tree));

        tree = exported();
        ((ObjectNode) content(tree).withArray("codeGroups").get(0)).putNull("workingName");
        assertEquals("backup.json: $.content.codeGroups[0].workingName: null, but text is required here.", refused(tree));
    }

    @Test
    void aValueOfTheWrongType() throws IOException {
        ObjectNode tree = exported();
        unit(tree, "Det var tøft 😀").put("start", "13");
        assertEquals("backup.json: $.content.meaningUnits[0].start: should be a whole number, not the text \"13\".", refused(tree));

        tree = exported();
        unit(tree, "Det var tøft 😀").put("start", 13.5);
        assertEquals("backup.json: $.content.meaningUnits[0].start: should be a whole number, not the number 13.5.", refused(tree));

        tree = exported();
        content(tree).set("quotes", JSON.createObjectNode());
        assertEquals("backup.json: $.content.quotes: should be a list, not an object.", refused(tree));
    }

    @Test
    void aFieldThatIsNotInTheFormat() throws IOException {
        ObjectNode tree = exported();
        ((ObjectNode) content(tree).withArray("sessions").get(0)).put("colour", "#123456");
        assertEquals("backup.json: $.content.sessions[0].colour: not a field of the Kondens JSON format.", refused(tree));
    }

    // --- the file as a whole -------------------------------------------------------------------

    @Test
    void aKeyGivenTwice() throws IOException {
        String text = exportedText();
        int at = text.indexOf("\"title\" :");
        Files.writeString(json, text.substring(0, at) + "\"title\" : \"Annen tittel\",\n      " + text.substring(at));
        assertEquals("backup.json: $.content.project.title: not valid JSON at line 8, column 14 (Duplicate field 'title').",
                refused());
    }

    @Test
    void textAfterTheDocument() throws IOException {
        Files.writeString(json, exportedText() + "{\"format\" : \"kondens-project\"}\n");
        assertTrue(refused().startsWith("backup.json: $: not valid JSON at line "));
    }

    @Test
    void anEmptyFile() throws IOException {
        Files.write(json, new byte[0]);
        assertEquals("backup.json is empty, not a Kondens JSON project.", refused());
        Files.writeString(json, " \n\t\n");
        assertEquals("backup.json holds only white space, not a Kondens JSON project.", refused());
    }

    @Test
    void aHugeFileIsRefusedUnread() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(json.toFile(), "rw")) {
            f.setLength(ProjectJson.MAX_BYTES + 1); // sparse: takes no disk space
        }
        assertEquals("backup.json is 4097 MB; JSON projects over 4096 MB are refused (is it really a Kondens export?).", refused());
    }

    @Test
    void contentOfTheWrongShape() throws IOException {
        ObjectNode tree = exported();
        tree.set("content", JSON.createArrayNode());
        assertEquals("backup.json: $.content: should be an object, not a list.", refused(tree));
    }

    @Test
    void aPartThatIsANumber() throws IOException {
        ObjectNode tree = exported();
        ObjectNode content = (ObjectNode) tree.get("content");
        content.put("questionHistory", 5);
        assertEquals("backup.json: $.content.questionHistory: should be a list, not the number 5.", refused(tree));
        content.set("questionHistory", JSON.createArrayNode());
        content.put("turns", 5);
        assertEquals("backup.json: $.content.turns: should be an object, not the number 5.", refused(tree));
    }

    @Test
    void aVersionThatIsNotANumber() throws IOException {
        ObjectNode tree = exported();
        tree.put("version", "1");
        assertEquals("backup.json: $.version: should be a whole number, not the text \"1\".", refused(tree));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private String exportedText() throws IOException {
        ProjectJson.write(original, json);
        return Files.readString(json, StandardCharsets.UTF_8);
    }

    private ObjectNode exported() throws IOException {
        return (ObjectNode) JSON.readTree(exportedText());
    }

    private static ObjectNode content(ObjectNode tree) {
        return (ObjectNode) tree.get("content");
    }

    private static ArrayNode turns(ObjectNode tree, String transcriptId) {
        return (ArrayNode) content(tree).get("turns").get(transcriptId);
    }

    /** The meaning unit covering exactly {@code passage}. */
    private ObjectNode unit(ObjectNode tree, String passage) {
        String id = original.meaningUnits().stream().filter(u -> original.textOf(u).equals(passage)).findFirst()
                .orElseThrow().id().toString();
        for (var u : content(tree).withArray("meaningUnits")) {
            if (u.get("id").asText().equals(id)) {
                return (ObjectNode) u;
            }
        }
        throw new AssertionError("no unit " + passage);
    }

    private String subgroupId(String name) {
        return original.subgroups().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id().toString();
    }

    private void write(ObjectNode tree) throws IOException {
        Files.writeString(json, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree), StandardCharsets.UTF_8);
    }

    private String refused(ObjectNode tree) throws IOException {
        write(tree);
        return refused();
    }

    /** Imports {@code json}, which must be refused with one line and leave the folder as it was. */
    private String refused() throws IOException {
        Set<Path> before = files();
        KondensException e = assertThrows(KondensException.class, () -> ProjectJson.restore(json, out));
        assertFalse(Files.exists(out), "no project file is created");
        assertEquals(before, files(), "nothing is left behind");
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    private Set<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.collect(Collectors.toSet());
        }
    }

    private String hashOfAFreshImport(String text) throws IOException {
        Path txt = dir.resolve("same.txt");
        Files.writeString(txt, text, StandardCharsets.UTF_8);
        try (StcProject p = StcProject.create(dir.resolve("fresh.kondens"), "Fresh", Language.NB)) {
            return p.importTranscript(TranscriptFiles.read(txt), List.of()).hash();
        }
    }
}
