package org.kondens.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Our .qdpx carries everything QualCoder's importer reads without a default, so QualCoder reads
 * it to the end. The requirements come from reading {@code src/qualcoder/refi.py} (ccbogel/QualCoder,
 * commit c3204641, class RefiImport); the line numbers below are that file's:
 * <ul>
 * <li>{@code parse_project_tag} (l. 1963–1967): Project@origin, upper-cased unless basePath is set;</li>
 * <li>{@code parse_users} (l. 1985): User@guid and @name; creatingUser GUIDs are resolved against
 *     them everywhere (l. 843–849, 1685–1691, 1773–1779), else the owner is "default" and after the
 *     import (l. 440–442) the first user's name becomes the coder whose codings QualCoder shows;</li>
 * <li>{@code import_project} (l. 349): the first child of CodeBook is Codes; {@code sub_codes}
 *     (l. 235–258): Code@name (a nameless code is skipped with all its codings), Code@guid, @color;</li>
 * <li>{@code parse_variables} (l. 602–603): Variable@name, @typeOfVariable; {@code parse_cases}
 *     (l. 670–673): Case@name (a nameless case is taken for file variables);</li>
 * <li>{@code name_creating_user_create_date_source_path_helper} (l. 826, 869–871): TextSource@name,
 *     @plainTextPath with "internal:/" when there is no @path; dates fall back to now (l. 850–856);</li>
 * <li>{@code load_codings_for_text} (l. 1676–1708): PlainTextSelection@startPosition and @endPosition,
 *     and the first child of Coding is a CodeRef with @targetGUID;</li>
 * <li>{@code parse_notes} (l. 1767–1772): Note@creationDateTime, or else @modifiedDateTime; with
 *     neither the import stops with an AttributeError (the failure of issue 16, item 1);</li>
 * <li>{@code insert_annotation} (l. 1842–1860): a Note referenced from a TextSource becomes an
 *     annotation only with PlainTextContent and a PlainTextSelection inside the Note.</li>
 * </ul>
 * A second open importer, {@code REFIQDAReader} of qualitative-coding ("qc", cproctor), validates
 * against the schema and then reads User@name and @guid, Code@name and @guid, the source's
 * @guid and @plainTextPath, PlainTextSelection@startPosition and Coding@creatingUser without a
 * default (a Coding without a creator stops it with a KeyError); the same assertions cover those.
 * With {@code -Dkondens.qualcoder.out=FILE} the test also leaves the export there, for the
 * headless run of QualCoder's importer (see resources/org/kondens/core/exchange/qualcoder).
 */
class QdpxForQualCoderTest {

    static final String RAW = "I: Hvordan var det å komme hjem?\r\n"
            + "EK1: Det var tøft 😀 – jeg fikk nøkkel til egen leilighet, og årene etterpå ble bedre.\r\n"
            + "I: Hva betydde ansatte for deg?\r\n"
            + "EK1: De så meg som et menneske 🙏. Ikke som en diagnose.\r\n"
            + "I: Noe mer?\r\n"
            + "EK1: Nei.\tBare 𐍈 for «hus».\r\n";

    @TempDir
    Path dir;
    ProjectSnapshot snapshot;
    Document qde;

    @BeforeEach
    void exportRichProject() throws Exception {
        Path projectFile = dir.resolve("rik.kondens");
        Path txt = dir.resolve("intervju1.txt");
        Files.write(txt, RAW.getBytes(StandardCharsets.UTF_8));
        try (StcProject p = StcProject.create(projectFile, "Bolig og ettervern – «æøå» 😀", Language.NB)) {
            p.setResearchQuestion("Hva opplever brukere som hjelpsomt i ettervernet?");
            Transcript t = p.importTranscript(TranscriptFiles.read(txt), List.of());
            Informant ek1 = p.findInformant("EK1");
            p.setInformantAttribute(ek1.id(), "alder", "30–39");
            p.setInformantAttribute(ek1.id(), "kjønn", "kvinne");
            p.addTranscriptNote(t.id(), 60, "Sterkt inntrykk: nøkkelen 🔑");
            PreliminaryTheme bolig = p.addTheme("Bolig", "Å ha et sted");
            p.anchorTheme(bolig.id(), new Span(t.id(), 40, 60));
            CodeGroup trygg = p.addCodeGroup("Trygg bolig", "#3366cc", List.of(bolig.id()));
            CodeGroup likeverd = p.addCodeGroup("Likeverd", "#aa3300", List.of());
            Subgroup nokkel = p.addSubgroup(trygg.id(), "Egen nøkkel");
            Subgroup sted = p.addSubgroup(trygg.id(), "Et sted å være");
            Subgroup menneske = p.addSubgroup(likeverd.id(), "Et menneske, ikke en diagnose");
            MeaningUnit u1 = p.addMeaningUnit(t.id(), "jeg fikk nøkkel til egen leilighet,",
                    List.of(new Membership(trygg.id(), nokkel.id()), new Membership(likeverd.id(), null)));
            MeaningUnit u2 = p.addMeaningUnit(t.id(), "De så meg som et menneske 🙏. Ikke som en diagnose.",
                    List.of(new Membership(likeverd.id(), menneske.id())));
            p.addMeaningUnit(t.id(), "Bare 𐍈 for «hus».", List.of(new Membership(trygg.id(), sted.id())));
            p.setCondensate(nokkel.id(), "Jeg fikk min egen nøkkel.", null);
            p.setCondensate(menneske.id(), "Jeg ble sett som et menneske.", List.of(u2.id()));
            p.addQuote(u2.id(), likeverd.id(), menneske.id(), null, null, null, "EK1");
            p.addQuote(u2.id(), likeverd.id(), menneske.id(), null, null, "Ikke som en diagnose.", null);
            p.setMeaningUnitNote(u1.id(), "viktig");
            p.setMeaningUnitNote(u2.id(), "også viktig 🙏");
            snapshot = p.snapshot();
        }
        Path qdpx = dir.resolve("rik.qdpx");
        QdpxWriter.write(snapshot, qdpx);
        String keep = System.getProperty("kondens.qualcoder.out");
        if (keep != null) {
            Files.copy(qdpx, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        qde = f.newDocumentBuilder().parse(new ByteArrayInputStream(QdpxWriter.projectXml(snapshot)));
    }

    @Test
    void everyNoteHasADateSoTheImportRunsToTheCasesAndSets() {
        List<Element> notes = all("Note");
        assertFalse(notes.isEmpty());
        for (Element n : notes) {
            assertTrue(n.hasAttribute("creationDateTime") || n.hasAttribute("modifiedDateTime"), n.getAttribute("name"));
            assertTrue(n.hasAttribute("creationDateTime"), "creationDateTime on " + n.getAttribute("name"));
            assertTrue(n.hasAttribute("modifiedDateTime"), "modifiedDateTime on " + n.getAttribute("name"));
            assertKnownUser(n);
        }
    }

    @Test
    void everythingCreatedNamesAUserKondensFirst() {
        List<Element> users = all("User");
        assertEquals(List.of("Kondens", "Kondens (2)"), users.stream().map(u -> u.getAttribute("name")).toList(),
                "the second of two quotes of one passage has a second owner");
        assertEquals("Users", firstChild(qde.getDocumentElement()).getLocalName(), "Users come first in the Project");
        assertEquals(users.get(0).getAttribute("guid"), qde.getDocumentElement().getAttribute("creatingUserGUID"));
        for (String kind : List.of("TextSource", "PlainTextSelection", "Coding", "Note")) {
            assertFalse(all(kind).isEmpty(), kind);
            all(kind).forEach(this::assertKnownUser);
        }
    }

    /**
     * QualCoder makes an annotation of every uncoded selection (load_codings_for_text, l. 1729–1733)
     * and of a note's place (insert_annotation, l. 1817–1869), and its annotation table is unique on
     * (source, start, end, owner) (__main__.py, new_project): a repeat stops the import.
     */
    @Test
    void noTwoUncodedPassagesOfOneSourceShareAnOwner() {
        List<String> passages = uncodedPassages();
        assertEquals(4, passages.size(), passages.toString());
        assertEquals(passages.size(), new HashSet<>(passages).size(), passages.toString());
    }

    /** The sample study (samples/study) meets the same requirements; {@code -Dkondens.qualcoder.sample=FILE} keeps its export. */
    @Test
    void theSampleStudyMeetsTheSameRequirements() throws Exception {
        Path sample = dir.resolve("eksempel.kondens");
        org.kondens.core.sample.SampleStudy.build(Path.of("..", "samples", "study"), sample);
        snapshot = QdpxRoundTripTest.snapshot(sample);
        Path qdpx = dir.resolve("eksempel.qdpx");
        QdpxWriter.write(snapshot, qdpx);
        String keep = System.getProperty("kondens.qualcoder.sample");
        if (keep != null) {
            Files.copy(qdpx, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        qde = f.newDocumentBuilder().parse(new ByteArrayInputStream(QdpxWriter.projectXml(snapshot)));
        everyNoteHasADateSoTheImportRunsToTheCasesAndSets();
        List<String> passages = uncodedPassages();
        assertFalse(passages.isEmpty());
        assertEquals(passages.size(), new HashSet<>(passages).size(), passages.toString());
        List<String> journals = all("Note").stream().filter(n -> n.hasAttribute("plainTextPath")).map(n -> n.getAttribute("name")).toList();
        assertFalse(journals.isEmpty());
        assertEquals(journals.size(), new HashSet<>(journals).size(), journals.toString());
    }

    /** Source, positions and owner of every passage QualCoder makes an annotation of. */
    private List<String> uncodedPassages() {
        List<String> passages = new ArrayList<>();
        for (Element src : all("TextSource")) {
            for (Element sel : children(src, "PlainTextSelection")) {
                if (children(sel, "Coding").isEmpty()) {
                    passages.add(src.getAttribute("guid") + " " + sel.getAttribute("startPosition") + "-"
                            + sel.getAttribute("endPosition") + " " + sel.getAttribute("creatingUser"));
                }
            }
        }
        for (Element n : all("Note")) {
            for (Element sel : children(n, "PlainTextSelection")) {
                String src = snapshot.notes().stream().filter(x -> x.id().toString().equals(n.getAttribute("guid")))
                        .findFirst().orElseThrow().transcriptId().toString();
                passages.add(src + " " + sel.getAttribute("startPosition") + "-" + sel.getAttribute("endPosition") + " "
                        + n.getAttribute("creatingUser"));
            }
        }
        return passages;
    }

    @Test
    void theProjectNamesItsOrigin() {
        assertTrue(qde.getDocumentElement().getAttribute("origin").startsWith("Kondens"));
    }

    @Test
    void sourcesCarryNamePathAndDates() {
        Transcript t = snapshot.transcripts().get(0);
        Element src = all("TextSource").get(0);
        assertEquals(t.title(), src.getAttribute("name"));
        assertEquals("internal://" + t.id() + ".txt", src.getAttribute("plainTextPath"));
        assertEquals(t.imported().toString(), src.getAttribute("creationDateTime"));
        assertTrue(src.hasAttribute("modifiedDateTime"));
    }

    @Test
    void selectionsCarryPositionsDatesAndTheirTextAsName() {
        Transcript t = snapshot.transcripts().get(0);
        Map<String, MeaningUnit> units = snapshot.meaningUnits().stream()
                .collect(Collectors.toMap(u -> u.id().toString(), Function.identity()));
        int seen = 0;
        for (Element sel : all("PlainTextSelection")) {
            assertTrue(sel.hasAttribute("creationDateTime") && sel.hasAttribute("modifiedDateTime"), sel.getAttribute("guid"));
            int start = Integer.parseInt(sel.getAttribute("startPosition"));
            int end = Integer.parseInt(sel.getAttribute("endPosition"));
            String cp = new String(t.text().codePoints().skip(start).limit(end - start).toArray(), 0, end - start);
            assertEquals(cp, sel.getAttribute("name"), "the name is the selected text, code points as the positions");
            MeaningUnit u = units.get(sel.getAttribute("guid"));
            if (u != null) {
                assertEquals(snapshot.textOf(u), sel.getAttribute("name"));
                assertEquals(u.created().toString(), sel.getAttribute("creationDateTime"));
                seen++;
            }
        }
        assertEquals(snapshot.meaningUnits().size(), seen);
        assertTrue(all("PlainTextSelection").stream().anyMatch(s -> s.getAttribute("name").contains("🙏")));
    }

    @Test
    void codingsStartWithTheirCodeRefToANamedCode() {
        Set<String> codes = all("Code").stream().filter(c -> !c.getAttribute("name").isBlank())
                .map(c -> c.getAttribute("guid")).collect(Collectors.toSet());
        assertEquals("Codes", firstChild(all("CodeBook").get(0)).getLocalName());
        for (Element c : all("Coding")) {
            Element first = firstChild(c);
            assertEquals("CodeRef", first.getLocalName());
            assertTrue(codes.contains(first.getAttribute("targetGUID")));
            assertTrue(c.hasAttribute("creationDateTime"));
        }
    }

    @Test
    void casesAndVariablesAreNamed() {
        assertFalse(all("Case").isEmpty());
        all("Case").forEach(c -> assertFalse(c.getAttribute("name").isBlank()));
        for (Element v : all("Variable")) {
            assertFalse(v.getAttribute("name").isBlank());
            assertEquals("Text", v.getAttribute("typeOfVariable"));
        }
    }

    @Test
    void anAnchoredTranscriptNoteHoldsItsPlaceSoItArrivesAsAnAnnotation() {
        Transcript t = snapshot.transcripts().get(0);
        Element note = all("Note").stream().filter(n -> n.getAttribute("guid").equals(snapshot.notes().get(0).id().toString()))
                .findFirst().orElseThrow();
        List<Element> inside = children(note, "PlainTextSelection");
        assertEquals(1, inside.size());
        int at = t.text().codePointCount(0, 60);
        assertEquals(Integer.toString(at), inside.get(0).getAttribute("startPosition"));
        assertEquals(1, children(note, "PlainTextContent").size());
        assertTrue(all("TextSource").get(0).getElementsByTagNameNS(QdpxWriter.NS, "NoteRef").getLength() > 0);
    }

    @Test
    void eachSubgroupHasItsOwnColourNearItsGroupsAndTheGroupsKeepTheirs() {
        Map<String, Element> byName = all("Code").stream().collect(Collectors.toMap(c -> c.getAttribute("name"), Function.identity()));
        for (CodeGroup g : snapshot.codeGroups()) {
            assertEquals(g.color(), byName.get(g.workingName()).getAttribute("color"), "a group keeps its own colour");
        }
        Set<String> colours = new HashSet<>();
        for (Element c : all("Code")) {
            assertTrue(c.getAttribute("color").matches("#[0-9A-Fa-f]{6}"), c.getAttribute("name"));
            assertTrue(colours.add(c.getAttribute("color").toLowerCase()), "one colour per code: " + c.getAttribute("name"));
        }
        assertNotEquals(byName.get("Egen nøkkel").getAttribute("color"), byName.get("Et sted å være").getAttribute("color"));
    }

    @Test
    void theExportStillPassesTheSchemaAndComesBackExactly() throws IOException {
        assertEquals(Optional.empty(), QdaSchemas.checkProject(QdpxWriter.projectXml(snapshot)));
        assertEquals(Optional.empty(), QdaSchemas.checkCodebook(CodebookWriter.codebookXml(snapshot)));
        assertEquals(List.of(), all("Code").stream().filter(c -> !c.hasAttribute("color")).toList());
        Path back = dir.resolve("tilbake.kondens");
        ImportReport report = QdpxReader.importProject(dir.resolve("rik.qdpx"), back, Language.NB);
        assertEquals(List.of(), report.notices());
        assertEquals(List.of(), report.notCarried());
        ProjectSnapshot restored = QdpxRoundTripTest.snapshot(back);
        assertEquals(snapshot.codeGroups(), restored.codeGroups(), "the groups' own colours come back");
        assertEquals(snapshot, restored, "and everything else, the notes moved to files included");
    }

    @Test
    void memoNotesAreFilesWithNamesQualCoderCanTellApartTranscriptNotesStayInline() throws IOException {
        Map<String, String> kinds = all("Note").stream().collect(Collectors.toMap(n -> n.getAttribute("guid"), QdeXml::description));
        Set<String> fileNames = new HashSet<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(dir.resolve("rik.qdpx").toFile())) {
            for (Element n : all("Note")) {
                String kind = kinds.get(n.getAttribute("guid"));
                boolean inline = !children(n, "PlainTextContent").isEmpty();
                assertTrue(inline != n.hasAttribute("plainTextPath"), "text inline or in a file, not both: " + n.getAttribute("name"));
                if (inline) {
                    assertTrue(kind.equals(QdpxWriter.TRANSCRIPT_NOTE) || kind.equals(KondensExtension.MARKER), n.getAttribute("name"));
                    continue;
                }
                assertTrue(fileNames.add(n.getAttribute("name")), "one journal name once: " + n.getAttribute("name"));
                String path = n.getAttribute("plainTextPath");
                assertEquals("internal://" + n.getAttribute("guid") + ".txt", path);
                String text = new String(zip.getInputStream(zip.getEntry("sources/" + path.substring("internal://".length())))
                        .readAllBytes(), StandardCharsets.UTF_8);
                if (kind.equals(QdpxWriter.UNIT_NOTE)) {
                    assertTrue(Set.of("viktig", "også viktig 🙏").contains(text), text);
                }
            }
        }
        assertTrue(fileNames.containsAll(Set.of("Bolig", "Note on meaning unit", "Note on meaning unit (2)")), fileNames.toString());
        assertEquals(2, all("Note").stream().filter(n -> kinds.get(n.getAttribute("guid")).equals(QdpxWriter.QUOTE)
                && n.hasAttribute("plainTextPath")).map(n -> n.getAttribute("name")).distinct().count());
    }

    private void assertKnownUser(Element e) {
        Set<String> users = all("User").stream().map(u -> u.getAttribute("guid")).collect(Collectors.toSet());
        assertTrue(users.contains(e.getAttribute("creatingUser")), e.getLocalName() + " " + e.getAttribute("guid"));
    }

    private List<Element> all(String name) {
        NodeList list = qde.getElementsByTagNameNS(QdpxWriter.NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static Element firstChild(Element e) {
        for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                return c;
            }
        }
        throw new AssertionError("no child in " + e.getLocalName());
    }

    private static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && name.equals(c.getLocalName())) {
                out.add(c);
            }
        }
        return out;
    }
}
