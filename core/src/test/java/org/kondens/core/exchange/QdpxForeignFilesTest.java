package org.kondens.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.model.Language;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Transcript;

/**
 * Files shaped like other tools' real exports (issue 16, items 2, 6, 7): NVivo counting positions
 * in UTF-16 units, ATLAS.ti counting a CRLF as one character, QualCoder 1.x paths without
 * {@code internal://} and nameless sources, and GUIDs used twice. The fixtures are ours, built here.
 */
class QdpxForeignFilesTest {

    /** An interview with an emoji and a non-BMP letter early, CRLF line ends as on Windows. */
    static final String NVIVO_TEXT = "I: Fortell om den første tiden 😀 etter diagnosen.\r\n"
            + "EK1: Det var 𐍈 rart, alt gikk fort.\r\n"
            + "I: Hvem hjalp deg?\r\n"
            + "EK1: Sykepleieren ringte hver uke og spurte hvordan det gikk.\r\n"
            + "I: Og familien?\r\n"
            + "EK1: Søsteren min kom på besøk 😀 nesten hver dag.\r\n"
            + "I: Hva var vanskeligst?\r\n"
            + "EK1: Ventetiden før svarene kom, og at ingen sa noe.\r\n"
            + "I: Noe du savnet?\r\n"
            + "EK1: Noen å snakke med om natten, når tankene kom.\r\n";
    static final List<String> NVIVO_PHRASES = List.of("første tiden", "etter diagnosen", "alt gikk fort",
            "Sykepleieren ringte hver uke", "spurte hvordan det gikk", "Søsteren min kom på besøk", "nesten hver dag",
            "Ventetiden før svarene kom", "ingen sa noe", "Noen å snakke med", "om natten", "når tankene kom");

    static final String ATLAS_TEXT = "Intervjuer: Hva skjedde da du kom inn?\r\n"
            + "Deltaker: 🙂 Jeg ble møtt med respekt av alle.\r\n"
            + "Intervjuer: Og siden?\r\n"
            + "Deltaker: Ventetiden var lang, men legen forklarte godt.\r\n"
            + "Intervjuer: Hva tenker du nå?\r\n"
            + "Deltaker: At jeg ville gjort det samme igjen.\r\n";
    static final List<String> ATLAS_PHRASES = List.of("Hva skjedde", "møtt med respekt", "Og siden", "Ventetiden var lang",
            "legen forklarte godt", "Hva tenker du", "gjort det samme igjen");

    static final UUID CODE = uuid("code");

    @TempDir
    Path dir;

    @Test
    void nvivoPositionsInUtf16UnitsAreDetectedAndEveryUnitHoldsItsWords() throws IOException {
        Imported r = nvivoLike("NVivo 12.6");
        assertEquals(NVIVO_PHRASES, texts(r.snapshot));
        assertTrue(r.report.notices().contains("positions are counted in UTF-16 units, as NVivo does: 12 of 12 selections fit "
                + "(6 match their selected text, 6 of the others lie on word boundaries); counted in code points, 2 of 12 would"),
                r.report.notices().toString());
        assertEquals(List.of(), r.report.notCarried());
    }

    /** A tool that says nothing of its counting: the selections decide. */
    @Test
    void withoutAHintTheSelectionsShowTheCounting() throws IOException {
        Imported r = nvivoLike("Ukjent verktøy 2.0");
        assertEquals(NVIVO_PHRASES, texts(r.snapshot));
        assertTrue(r.report.notices().contains("positions are counted in UTF-16 units, as the selections show: 12 of 12 selections "
                + "fit (6 match their selected text, 6 of the others lie on word boundaries); counted in code points, 2 of 12 would"),
                r.report.notices().toString());
    }

    private Imported nvivoLike(String origin) throws IOException {
        StringBuilder sels = new StringBuilder();
        int from = 0;
        for (int i = 0; i < NVIVO_PHRASES.size(); i++) {
            String p = NVIVO_PHRASES.get(i);
            int at = NVIVO_TEXT.indexOf(p, from);
            from = at + p.length();
            // NVivo counts UTF-16 units, so a Java String index is exactly what it writes.
            sels.append(selection("nvivo-" + i, at, at + p.length(), i % 2 == 0 ? p : null));
        }
        UUID src = uuid("nvivo-src");
        String qde = project(origin, source(src, "Intervju 1", "internal://" + src + ".txt", sels.toString()));
        return importIt(qde, Map.of("sources/" + src + ".txt", NVIVO_TEXT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void atlasCountsACrlfAsOneCharacter() throws IOException {
        StringBuilder sels = new StringBuilder();
        int from = 0;
        for (int i = 0; i < ATLAS_PHRASES.size(); i++) {
            String p = ATLAS_PHRASES.get(i);
            int at = ATLAS_TEXT.indexOf(p, from);
            from = at + p.length();
            sels.append(selection("atlas-" + i, crlfAsOne(ATLAS_TEXT, at), crlfAsOne(ATLAS_TEXT, at + p.length()), null));
        }
        UUID src = uuid("atlas-src");
        String qde = project("ATLAS.ti 23", source(src, "Intervju A", "internal://" + src + ".txt", sels.toString()));
        Imported r = importIt(qde, Map.of("Sources/" + src + ".txt", ATLAS_TEXT.getBytes(StandardCharsets.UTF_8)));

        assertEquals(ATLAS_PHRASES, texts(r.snapshot));
        assertTrue(r.report.notices().contains("positions are counted in code points with a line break (CRLF) as one, as ATLAS.ti "
                + "does: 7 of 7 selections fit (0 match their selected text, 7 of the others lie on word boundaries); "
                + "counted in code points, 1 of 7 would"), r.report.notices().toString());
        assertEquals(List.of(), r.report.notCarried());
    }

    @Test
    void whenNoReadingFitsClearlyTheStandardIsUsedAndTheReportSaysSo() throws IOException {
        // Selections that start and end inside words, as no tool would write for a real coding.
        String text = "abcdefgh 😀 ijklmnop qrstuvwx\n";
        String sels = selection("odd-0", 2, 5, null) + selection("odd-1", 14, 17, null) + selection("odd-2", 22, 26, null);
        UUID src = uuid("odd-src");
        String qde = project("NVivo 12.7", source(src, "Rart", "internal://" + src + ".txt", sels));
        Imported r = importIt(qde, Map.of("sources/" + src + ".txt", text.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("cde", "lmn", "stuv"), texts(r.snapshot), "code points, as the standard says");
        assertTrue(r.report.notices().contains("no way of counting positions fits this file clearly, so they are counted in code "
                + "points as the standard says: 0 of 3 selections fit counted so, at best 0 of 3 counted otherwise; "
                + "check the meaning units"), r.report.notices().toString());
    }

    @Test
    void kondensOwnFilesAndAStandardFileAreNotReinterpreted() throws IOException {
        // The standard: code points, CRLF as two; the selections fit so, and the report says which.
        String sels = "";
        int from = 0;
        for (int i = 0; i < 4; i++) {
            String p = NVIVO_PHRASES.get(i * 3);
            int at = NVIVO_TEXT.indexOf(p, from);
            from = at + p.length();
            sels += selection("std-" + i, NVIVO_TEXT.codePointCount(0, at), NVIVO_TEXT.codePointCount(0, at + p.length()), null);
        }
        UUID src = uuid("std-src");
        String qde = project("MAXQDA 2022", source(src, "Intervju S", "internal://" + src + ".txt", sels));
        Imported r = importIt(qde, Map.of("sources/" + src + ".txt", NVIVO_TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("første tiden", "Sykepleieren ringte hver uke", "nesten hver dag", "Noen å snakke med"), texts(r.snapshot));
        assertTrue(r.report.notices().stream().anyMatch(n -> n.startsWith("positions are counted in code points, as the standard says: "
                + "4 of 4 selections fit")), r.report.notices().toString());
    }

    @Test
    void qualCoderPlainPathsAndNamelessSources() throws IOException {
        String board = "Styremøtet gikk greit.\nVi ble enige om budsjettet.\n";
        String visit = "Besøket var kort.\nHun virket sliten, men glad.\n";
        String qde = project("QualCoder 1.9",
                source(uuid("board"), "", "board.txt", selection("q-0", board.indexOf("Vi ble"), board.length() - 1, null))
                + source(uuid("visit"), "", "sources/visit.txt", selection("q-1", visit.indexOf("Hun"), visit.indexOf(","), null)
                        + selection("q-2", visit.indexOf("glad"), visit.indexOf("glad") + 4, null))
                + source(uuid("third"), "", "internal://{" + uuid("third") + "}.txt", "")
                + source(uuid("far"), "", "../secret.txt", "")
                + source(uuid("abs"), "Absolutt", "/etc/passwd", ""));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("board.txt", board.getBytes(StandardCharsets.UTF_8));
        files.put("sources/visit.txt", visit.getBytes(StandardCharsets.UTF_8));
        files.put("sources/{" + uuid("third") + "}.txt", "Tredje samtale.\n".getBytes(StandardCharsets.UTF_8));
        Imported r = importIt(qde, files);

        assertEquals(List.of("board", "visit", "Source 3"), r.snapshot.transcripts().stream().map(Transcript::title).toList(),
                "named from their files, unless the file name is only a GUID");
        assertEquals(List.of("Vi ble enige om budsjettet.", "Hun virket sliten", "glad"), texts(r.snapshot));
        assertEquals(List.of("source 'secret' is an external file (../secret.txt) and was not imported",
                "source 'Absolutt' is an external file (/etc/passwd) and was not imported"), r.report.notCarried());
    }

    @Test
    void aSelectionGuidUsedTwiceIsRekeyedWithANotice() throws IOException {
        String text = "Jeg ble møtt med respekt. Ventetiden var lang.\n";
        String twice = "{AAAAAAAA-0000-4000-8000-00000000000A}";
        String sels = selectionWithGuid(twice, uuid("c1"), 8, 24) + selectionWithGuid(twice, uuid("c2"), 26, 45);
        UUID src = uuid("dup-src");
        String qde = project("NVivo 12.6", source(src, "Intervju D", "internal://" + src + ".txt", sels));
        Imported r = importIt(qde, Map.of("sources/" + src + ".txt", text.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("møtt med respekt", "Ventetiden var lang"), texts(r.snapshot));
        assertEquals(2, r.snapshot.meaningUnits().stream().map(u -> u.id()).distinct().count());
        assertEquals(List.of(), r.report.notCarried(), "both codings are carried");
        assertTrue(r.report.notices().contains("GUID aaaaaaaa-0000-4000-8000-00000000000a is used by <PlainTextSelection> and again by "
                + "<PlainTextSelection>; the second was given a new GUID, and the references that can only mean it follow it"), r.report.notices().toString());
    }

    @Test
    void selectionsWithoutAGuidEachGetTheirOwn() throws IOException {
        String text = "Jeg ble møtt med respekt. Ventetiden var lang.\n";
        String sels = selectionWithGuid("", uuid("c3"), 8, 24) + selectionWithGuid("", uuid("c4"), 26, 45);
        UUID src = uuid("noguid-src");
        String qde = project("MAXQDA 2020", source(src, "Intervju F", "internal://" + src + ".txt", sels));
        Imported r = importIt(qde, Map.of("sources/" + src + ".txt", text.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("møtt med respekt", "Ventetiden var lang"), texts(r.snapshot));
        assertTrue(r.report.notices().contains("2 <PlainTextSelection> elements have no GUID; each was given a new one"),
                r.report.notices().toString());
    }

    /** A case and a note share a GUID; the source's NoteRef can only mean the note, so the case is re-keyed. */
    @Test
    void theElementAReferenceCannotMeanIsTheOneRekeyed() throws IOException {
        String twice = uuid("shared").toString();
        UUID src = uuid("shared-src");
        String text = "Jeg ble møtt med respekt.\n";
        String qde = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Studie\" "
                + "origin=\"NVivo 12.6\"><CodeBook><Codes><Code guid=\"" + CODE + "\" name=\"Erfaring\" isCodable=\"true\"/></Codes>"
                + "</CodeBook><Cases><Case guid=\"" + twice + "\" name=\"EK1\"><SourceRef targetGUID=\"" + src + "\"/></Case></Cases>"
                + "<Sources><TextSource guid=\"" + src + "\" name=\"Intervju G\" plainTextPath=\"internal://" + src + ".txt\">"
                + selection("g-0", 8, 24, null) + "<NoteRef targetGUID=\"" + twice + "\"/></TextSource></Sources>"
                + "<Notes><Note guid=\"" + twice + "\" name=\"Notat\"><PlainTextContent>Notat om intervjuet</PlainTextContent></Note>"
                + "</Notes></Project>";
        Imported r = importIt(qde, Map.of("sources/" + src + ".txt", text.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("møtt med respekt"), texts(r.snapshot));
        assertEquals(List.of("EK1"), r.snapshot.informants().stream().map(i -> i.label()).toList());
        assertEquals(List.of("Notat om intervjuet"), r.snapshot.notes().stream().map(n -> n.text()).toList());
        assertTrue(r.report.notices().contains("GUID " + twice + " is used by <Case name='EK1'> and again by <Note name='Notat'>; "
                + "the first was given a new GUID, and the references that can only mean it follow it"), r.report.notices().toString());
    }

    /** A code and a source share a GUID; codings mean the code, the case's SourceRef the source, which is re-keyed. */
    @Test
    void referencesFollowTheElementOfTheirKind() throws IOException {
        String twice = CODE.toString();
        String text = "Jeg ble møtt med respekt.\n";
        String qde = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Studie\" "
                + "origin=\"MAXQDA 2022\"><CodeBook><Codes><Code guid=\"" + CODE + "\" name=\"Erfaring\" isCodable=\"true\"/></Codes>"
                + "</CodeBook><Cases><Case guid=\"" + uuid("ek1") + "\" name=\"EK1\"><SourceRef targetGUID=\"" + twice + "\"/></Case>"
                + "</Cases><Sources><TextSource guid=\"" + twice + "\" name=\"Intervju H\" plainTextPath=\"internal://h.txt\">"
                + selection("h-0", 8, 24, null) + "</TextSource></Sources></Project>";
        Imported r = importIt(qde, Map.of("sources/h.txt", text.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("møtt med respekt"), texts(r.snapshot));
        assertEquals(List.of("Erfaring"), r.snapshot.codeGroups().stream().map(g -> g.workingName()).toList());
        assertEquals(uuid("ek1"), r.snapshot.meaningUnits().get(0).informantId(), "the case still points at its source");
        assertTrue(r.report.notices().contains("GUID " + twice + " is used by <Code name='Erfaring'> and again by "
                + "<TextSource name='Intervju H'>; the second was given a new GUID, and the references that can only mean it follow it"),
                r.report.notices().toString());
    }

    @Test
    void aReferencedGuidUsedTwiceIsRefusedInOneLineNamingBoth() throws IOException {
        String codes = "<Code guid=\"" + CODE + "\" name=\"Møte\" isCodable=\"true\"/>"
                + "<Code guid=\"" + CODE + "\" name=\"Venting\" isCodable=\"true\"/>";
        String text = "Jeg ble møtt med respekt.\n";
        UUID src = uuid("dup-code-src");
        String qde = project("ATLAS.ti 9", codes, source(src, "Intervju E", "internal://" + src + ".txt", selection("e-0", 8, 24, null)));
        Path qdpx = zip(qde, Map.of("sources/" + src + ".txt", text.getBytes(StandardCharsets.UTF_8)));
        Path out = dir.resolve("refused.kondens");
        KondensException e = assertThrows(KondensException.class, () -> QdpxReader.importProject(qdpx, out, Language.NB));
        assertEquals(qdpx.getFileName() + ": GUID " + CODE + " is used by both <Code name='Møte'> and <Code name='Venting'>, "
                + "and the file refers to it, so which one is meant cannot be told; the file was not imported.", e.getMessage());
        assertFalse(e.getMessage().toLowerCase().contains("sql"));
        assertFalse(Files.exists(out));
    }

    // --- fixture building -----------------------------------------------------------------------

    record Imported(ProjectSnapshot snapshot, ImportReport report) {
    }

    private Imported importIt(String qde, Map<String, byte[]> files) throws IOException {
        Path out = dir.resolve(UUID.randomUUID() + ".kondens");
        ImportReport report = QdpxReader.importProject(zip(qde, files), out, Language.NB);
        return new Imported(QdpxRoundTripTest.snapshot(out), report);
    }

    /** The units' texts, transcripts in file order, units in text order. */
    private static List<String> texts(ProjectSnapshot s) {
        List<UUID> order = s.transcripts().stream().map(Transcript::id).toList();
        return s.meaningUnits().stream().sorted(Comparator.comparingInt((MeaningUnit u) -> order.indexOf(u.transcriptId()))
                .thenComparingInt(MeaningUnit::start)).map(s::textOf).toList();
    }

    /** The code point index of UTF-16 offset {@code at}, a CRLF counted as one (as ATLAS.ti counts). */
    static int crlfAsOne(String text, int at) {
        return text.codePointCount(0, at) - (text.substring(0, at).split("\r\n", -1).length - 1);
    }

    static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    static String project(String origin, String sources) {
        return project(origin, "<Code guid=\"" + CODE + "\" name=\"Erfaring\" isCodable=\"true\"/>", sources);
    }

    static String project(String origin, String codes, String sources) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Studie\" origin=\""
                + origin + "\"><CodeBook><Codes>" + codes + "</Codes></CodeBook><Sources>" + sources + "</Sources></Project>";
    }

    static String source(UUID guid, String name, String path, String selections) {
        return "<TextSource guid=\"" + guid + "\"" + (name.isEmpty() ? "" : " name=\"" + name + "\"") + " plainTextPath=\"" + path
                + "\">" + selections + "</TextSource>";
    }

    static String selection(String key, int start, int end, String name) {
        return "<PlainTextSelection guid=\"" + uuid(key) + "\"" + (name == null ? "" : " name=\"" + name + "\"")
                + " startPosition=\"" + start + "\" endPosition=\"" + end + "\"><Coding guid=\"" + uuid(key + "-coding")
                + "\"><CodeRef targetGUID=\"" + CODE + "\"/></Coding></PlainTextSelection>";
    }

    static String selectionWithGuid(String guid, UUID coding, int start, int end) {
        return "<PlainTextSelection guid=\"" + guid + "\" startPosition=\"" + start + "\" endPosition=\"" + end
                + "\"><Coding guid=\"" + coding + "\"><CodeRef targetGUID=\"" + CODE + "\"/></Coding></PlainTextSelection>";
    }

    private Path zip(String qde, Map<String, byte[]> files) throws IOException {
        Path file = Files.createTempFile(dir, "fixture-", ".qdpx");
        try (OutputStream o = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(o)) {
            z.putNextEntry(new ZipEntry("project.qde"));
            z.write(qde.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return file;
    }
}
