package org.kondens.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.core.TestProjects.importInterview;
import static org.kondens.core.TestProjects.newProject;
import static org.kondens.core.TestProjects.unit;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.CommentTarget.Kind;
import org.kondens.core.model.Language;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.ReviewRound;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.kondens.core.sample.SampleStudy;
import org.kondens.core.stc.StcProject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * The review document read back as the importer will read it: each element's bookmark holds
 * exactly its text, open comments and their replies are Word comments, and the first section
 * lists what changed since the last round.
 */
class ReviewDocumentTest {

    @TempDir
    Path dir;

    @Test
    void everyElementOfTheSampleSitsInItsBookmarkWithExactlyItsText() throws Exception {
        Path file = dir.resolve("eksempel.kondens");
        SampleStudy.build(ThesisExportsTest.STUDY, file);
        try (StcProject p = StcProject.open(file)) {
            ProjectSnapshot s = p.snapshot();
            Analysis a = new Analysis(s);
            Map<String, String> marks = bookmarks(export(p, List.of("Veileder")));
            assertEquals(s.project().title(), marks.get(CommentTarget.project().bookmark()));
            int units = 0;
            int written = 0;
            for (CodeGroup g : a.groups()) {
                String group = marks.get(mark(Kind.CODE_GROUP, g.id()));
                assertTrue(group.startsWith(Analysis.name(g) + "\n"), group);
                if (!Labels.blank(g.analyticIntro())) {
                    assertTrue(group.endsWith("\n" + g.analyticIntro()), "the intro closes the group's bookmark: " + group);
                }
                for (Quote q : a.quotes(g, null)) {
                    assertEquals("«" + a.quoteText(q) + "» (" + a.quoteLabel(q) + ")", marks.get(mark(Kind.QUOTE, q.id())));
                }
                for (Subgroup sub : a.subgroups(g)) {
                    assertEquals(sub.name(), marks.get(mark(Kind.SUBGROUP, sub.id())));
                    // an empty text says "not written yet" outside any bookmark: comments on it go to the subgroup
                    assertEquals(Labels.blank(sub.condensate()) ? null : sub.condensate(), marks.get(mark(Kind.CONDENSATE, sub.id())));
                    assertEquals(Labels.blank(sub.analyticText()) ? null : sub.analyticText(), marks.get(mark(Kind.ANALYTIC_TEXT, sub.id())));
                    written += Labels.blank(sub.condensate()) ? 0 : 1;
                    for (Quote q : a.quotes(g, sub)) {
                        assertEquals("«" + a.quoteText(q) + "» (" + a.quoteLabel(q) + ")", marks.get(mark(Kind.QUOTE, q.id())));
                    }
                }
            }
            for (MeaningUnit u : s.meaningUnits()) {
                if (!u.isUnsorted()) {
                    assertEquals(s.textOf(u), marks.get(mark(Kind.MEANING_UNIT, u.id())), "unit text exactly as stored");
                    units++;
                }
            }
            assertTrue(written > 5, "the sample's condensates are in the document: " + written);
            assertTrue(units > 20, "the sample has its units in the document: " + units);
            s.themes().forEach(t -> assertTrue(marks.get(mark(Kind.PRELIMINARY_THEME, t.id())).startsWith(t.name())));
            assertTrue(marks.keySet().stream().allMatch(n -> CommentTarget.fromBookmark(n).isPresent()), "only our bookmarks");
        }
    }

    @Test
    void openCommentsAndTheirRepliesAreWordCommentsOnTheirElement() throws Exception {
        Small x = small();
        MeaningUnit u = x.p().snapshot().meaningUnits().getFirst();
        var reviews = x.p().reviews();
        Comment open = reviews.comment(CommentTarget.of(Kind.CONDENSATE, x.s().id()), "Kari Veileder", "Er dette «jeg»-form? 😀\nSjekk.");
        Comment reply = reviews.reply(open.id(), "Student", "Ja, endret.");
        Comment done = reviews.comment(CommentTarget.of(Kind.MEANING_UNIT, u.id()), "Kari Veileder", "Løst allerede");
        reviews.resolve(done.id(), true);
        Comment onTranscript = reviews.comment(CommentTarget.of(Kind.TRANSCRIPT, x.t().id()), "Ola", "Hele intervjuet: fint.");
        int at = x.t().text().indexOf("nøkkel\ntil");
        reviews.comment(new CommentTarget(Kind.MEANING_UNIT, u.id(), new org.kondens.core.model.Span(x.t().id(), at, at + 10), "nøkkel\ntil",
                ""), "Ola", "Ordvalg?");
        Path out = export(x.p(), List.of("Kari Veileder"));

        Map<String, String> marks = bookmarks(out);
        assertEquals("Det var tøft 😀 – men jeg fikk nøkkel\ntil egen leilighet", marks.get(mark(Kind.MEANING_UNIT, u.id())),
                "a unit over a (CRLF) line break: one paragraph per line, emoji and æøå kept");
        assertEquals(x.p().snapshot().textOf(u), marks.get(mark(Kind.MEANING_UNIT, u.id())));
        try (XWPFDocument d = docx(out)) {
            List<XWPFComment> comments = List.of(d.getDocComments().getComments().toArray(XWPFComment[]::new));
            assertEquals(List.of("Er dette «jeg»-form? 😀\nSjekk.", "Ja, endret.", "Ordvalg?", "Hele intervjuet: fint."),
                    comments.stream().map(c -> c.getText().strip()).toList(), "open threads with replies; the resolved one is left out");
            assertEquals("Kari Veileder", comments.get(0).getAuthor());
            assertEquals(open.time().getEpochSecond(), comments.get(0).getDate().toInstant().getEpochSecond(), "the comment's own time");
            Map<String, String> anchored = commentBookmarks(d);
            assertEquals(mark(Kind.CONDENSATE, x.s().id()), anchored.get(comments.get(0).getId()), "on the condensate it is about");
            assertEquals(mark(Kind.CONDENSATE, x.s().id()), anchored.get(comments.get(1).getId()), "the reply on the same place");
            assertEquals(mark(Kind.MEANING_UNIT, u.id()), anchored.get(comments.get(2).getId()));
            assertEquals("nøkkel\ntil", commented(d).get(comments.get(2).getId()), "a comment on some words of a unit sits on those words");
            assertEquals(CommentTarget.project().bookmark(), anchored.get(comments.get(3).getId()),
                    "a comment whose element is not in the document sits on the project's title");
            String[] paraIds = comments.stream().map(c -> lastParaId(c)).toArray(String[]::new);
            String extended = part(out, "word/commentsExtended.xml");
            assertTrue(extended.contains("w15:paraId=\"" + paraIds[1] + "\" w15:paraIdParent=\"" + paraIds[0] + "\""),
                    "the reply is linked to its thread: " + extended);
            assertFalse(extended.contains("w15:paraId=\"" + paraIds[3] + "\" w15:paraIdParent"), "a first comment has no parent");
            assertEquals("Jeg ble sett som et menneske.", commented(d).get(comments.get(0).getId()), "on the whole condensate");
        }
        assertTrue(part(out, "word/_rels/document.xml.rels").contains("commentsExtended.xml"));
        assertTrue(part(out, "[Content_Types].xml").contains("commentsExtended+xml"));
        assertNull(onTranscript.parentId());
    }

    @Test
    void theFirstSectionListsWhatChangedSinceTheLastRoundAndOnlyThat() throws Exception {
        Small x = small();
        org.junit.jupiter.api.Assertions.assertThrows(org.kondens.core.KondensException.class, () -> ReviewDocument.export(x.p().snapshot(),
                ExportOptions.DEFAULT, dir.resolve("feil.kondens"), () -> x.p().reviews().sendForReview(List.of("Kari"), "")));
        assertEquals(List.of(), x.p().snapshot().review().rounds(), "no round is recorded when the document could not be written");
        Path first = dir.resolve("runde1.docx");
        ReviewRound r1 = ReviewDocument.export(x.p().snapshot(), ExportOptions.DEFAULT, first,
                () -> x.p().reviews().sendForReview(List.of("Kari"), ""));
        assertTrue(text(first).contains("Dette er første veiledningsrunde"), "Norwegian labels for a bokmål project");
        assertEquals(List.of(r1), x.p().snapshot().review().rounds(), "exporting records the round");

        x.p().renameCodeGroup(x.g().id(), "Å bli møtt");
        x.p().setCondensate(x.s().id(), "Jeg ble møtt som et menneske, ikke som en diagnose.", null);
        Path second = dir.resolve("runde2.docx");
        ReviewDocument.export(x.p().snapshot(), ExportOptions.DEFAULT, second, () -> x.p().reviews().sendForReview(List.of("Kari"), ""));
        String two = text(second);
        assertTrue(two.contains("Endringer siden forrige veiledning"), two);
        assertTrue(two.contains("Siden forrige veiledning " + day(r1) + " (sendt til Kari):"), two);
        assertTrue(two.contains("Gi kodegruppe nytt navn: Å bli sett → Å bli møtt"), two);
        List<List<String>> table = table(second);
        assertEquals(List.of("Tekst", "Før", "Etter"), table.get(0));
        assertEquals(List.of("Kondensat – Å bli møtt / Som menneske", "Jeg ble sett som et menneske.",
                "Jeg ble møtt som et menneske, ikke som en diagnose."), table.get(1));
        assertEquals(List.of("Jeg ble [-sett-] som et [-menneske.-]", "Jeg ble {+møtt+} som et {+menneske, ikke som en diagnose.+}"),
                marked(second), "words gone are struck through, new words underlined");

        x.p().setAnalyticText(x.s().id(), "Deltakerne beskrev å bli møtt.");
        x.p().setLanguage(Language.EN);
        Path third = dir.resolve("round3.docx");
        ReviewDocument.export(x.p().snapshot(), ExportOptions.DEFAULT, third, () -> x.p().reviews().sendForReview(List.of(), ""));
        String three = text(third);
        assertTrue(three.contains("Changes since the last review"), "English labels for an English project");
        assertFalse(three.contains("Rename code group"), "the rename was in the round before: " + three);
        assertEquals(List.of("Analytic text – Å bli møtt / Som menneske", "(empty)", "Deltakerne beskrev å bli møtt."), table(third).get(1));
        assertEquals(2, table(third).size(), "only what changed after the last round");
        assertEquals(3, x.p().snapshot().review().rounds().size());
    }

    @Test
    void changesAreListedByKindInTheProjectsLanguageWithoutOffsets() throws Exception {
        Small x = small();
        CodeGroup other = x.p().addCodeGroup("Hjelpere", "#cc3366", List.of());
        Subgroup kept = x.p().addSubgroup(other.id(), "Ansatte");
        x.p().reviews().sendForReview(List.of(), "");
        MeaningUnit u = x.p().snapshot().meaningUnits().getLast();
        x.p().moveMeaningUnit(u.id(), x.g().id(), other.id(), kept.id());
        CodeGroup third = x.p().addCodeGroup("Sosialt nettverk", "#33cc66", List.of());
        x.p().mergeCodeGroups(other.id(), third.id());
        x.p().deleteSubgroup(kept.id());
        x.p().undo();
        x.p().setCondensate(x.s().id(), "Jeg ble sett.", null);
        String text = text(export(x.p(), List.of()));
        String changes = text.substring(text.indexOf("Endringer siden forrige veiledning"), text.indexOf("Å bli sett\n"));
        String since = "Siden forrige veiledning " + day(x.p().snapshot().review().rounds().getFirst()) + ":\n";
        assertTrue(changes.contains(since), "no reviewers named: " + changes);
        for (String line : new String[] {"Opprettet\n–\tLegg til kodegruppe: Sosialt nettverk",
            "Slått sammen\n–\tSlå sammen kodegrupper: Sosialt nettverk → Hjelpere",
            "Flyttet\n–\tFlytt meningsbærende enhet: «De så meg som et menneske.» → Hjelpere / Ansatte",
            "Slettet\n–\tSlett subgruppe: Ansatte", "Angret og gjort om\n–\tAngret: Slett subgruppe: Ansatte"}) {
            assertTrue(changes.contains(line), line + " in:\n" + changes);
        }
        assertFalse(changes.contains("Rediger kondensat"), "a rewritten condensate is shown before → after, not as its edit lines");
        assertFalse(changes.matches("(?s).*\\[\\d+–\\d+\\].*"), "no character offsets: " + changes);
    }

    @Test
    void theProjectsLevelNamesAreUsedThroughout() throws Exception {
        Small x = small();
        x.p().setLevelNames("Tema", "Subtema");
        MeaningUnit loose = unit(x.p(), x.t(), "Hva betydde de ansatte for deg?", new Membership(x.g().id(), null));
        x.p().reviews().sendForReview(List.of(), "");
        x.p().renameCodeGroup(x.g().id(), "Å bli møtt");
        Path out = dir.resolve("tema.docx");
        Path template = NorwegianTemplate.write(dir.resolve("mal.docx"), false);
        Exports.write(x.p().snapshot(), ExportFormat.REVIEW_DOCX, ExportOptions.DEFAULT.withTemplate(template), out);
        assertTrue(text(out).contains("Gi tema nytt navn: Å bli sett → Å bli møtt"), text(out));
        assertTrue(text(out).contains("\nUten subtema\n"), "a unit in no subgroup, under the project's level name: " + text(out));
        try (XWPFDocument d = docx(out)) {
            assertEquals("Overskrift1", d.getParagraphs().stream().filter(p -> p.getText().equals("Å bli møtt")).findFirst().orElseThrow()
                    .getStyle(), "a university template's own heading style");
        }
        assertEquals("Å bli møtt", bookmarks(out).get(mark(Kind.CODE_GROUP, x.g().id())));
        assertEquals("Hva betydde de ansatte for deg?", bookmarks(out).get(mark(Kind.MEANING_UNIT, loose.id())));
        assertEquals(1, x.p().snapshot().review().rounds().size(), "Exports.write alone records no round");
    }

    // ---- a small project with an interview written on Windows (CRLF, emoji, æøå)

    private record Small(StcProject p, Transcript t, CodeGroup g, Subgroup s) {
    }

    private Small small() {
        StcProject p = newProject(dir);
        Transcript t = importInterview(p, dir);
        CodeGroup g = p.addCodeGroup("Å bli sett", "#3366cc", List.of());
        Subgroup s = p.addSubgroup(g.id(), "Som menneske");
        unit(p, t, "Det var tøft 😀 – men jeg fikk nøkkel\ntil egen leilighet", new Membership(g.id(), s.id()));
        unit(p, t, "De så meg som et menneske.", new Membership(g.id(), s.id()));
        p.setCondensate(s.id(), "Jeg ble sett som et menneske.", null);
        return new Small(p, t, g, s);
    }

    private Path export(StcProject p, List<String> reviewers) {
        Path out = dir.resolve("gjennomlesning-" + System.nanoTime() + ".docx");
        ReviewDocument.export(p.snapshot(), ExportOptions.DEFAULT, out, () -> p.reviews().sendForReview(reviewers, ""));
        return out;
    }

    /** The day a round was sent, as the document prints it (the machine's time zone). */
    static String day(ReviewRound round) {
        return round.time().atZone(java.time.ZoneId.systemDefault()).toLocalDate().toString();
    }

    static String mark(Kind kind, java.util.UUID id) {
        return CommentTarget.of(kind, id).bookmark();
    }

    static XWPFDocument docx(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    static String text(Path file) throws Exception {
        try (XWPFDocument d = docx(file)) {
            return String.join("\n", d.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        }
    }

    static List<List<String>> table(Path file) throws Exception {
        try (XWPFDocument d = docx(file)) {
            return d.getTables().getFirst().getRows().stream().map(r -> r.getTableCells().stream().map(c -> c.getText()).toList()).toList();
        }
    }

    /** The before and after cells of the first rewritten text: struck-through runs as [-…-], underlined as {+…+}. */
    static List<String> marked(Path file) throws Exception {
        try (XWPFDocument d = docx(file)) {
            var row = d.getTables().getFirst().getRow(1);
            List<String> cells = new ArrayList<>();
            for (int c = 1; c <= 2; c++) {
                StringBuilder b = new StringBuilder();
                for (XWPFRun r : row.getCell(c).getParagraphs().getFirst().getRuns()) {
                    b.append(r.isStrikeThrough() ? "[-" + r.text() + "-]"
                            : r.getUnderline() != org.apache.poi.xwpf.usermodel.UnderlinePatterns.NONE ? "{+" + r.text() + "+}" : r.text());
                }
                cells.add(b.toString());
            }
            return cells;
        }
    }

    static String part(Path file, String name) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Each bookmark's text as the importer reads it: the runs between its start and its end, a
     * "\n" where a paragraph ends inside it. Fails on a bookmark name used twice.
     */
    static Map<String, String> bookmarks(Path file) throws Exception {
        try (XWPFDocument d = docx(file)) {
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, StringBuilder> open = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            walk(d, (p, node, cur) -> {
                switch (node) {
                    case "p" -> open.values().forEach(b -> b.append('\n'));
                    case "bookmarkStart" -> {
                        String name = cur.getAttributeText(new javax.xml.namespace.QName(W, "name"));
                        assertFalse(texts.containsKey(name) || names.containsValue(name), "bookmark used twice: " + name);
                        names.put(cur.getAttributeText(new javax.xml.namespace.QName(W, "id")), name);
                        open.put(name, new StringBuilder());
                    }
                    case "bookmarkEnd" -> {
                        String name = names.get(cur.getAttributeText(new javax.xml.namespace.QName(W, "id")));
                        texts.put(name, open.remove(name).toString());
                    }
                    case "r" -> {
                        String t = new XWPFRun((CTR) cur.getObject(), p).text();
                        open.values().forEach(b -> b.append(t));
                    }
                    default -> {
                    }
                }
            });
            assertTrue(open.isEmpty(), "every bookmark ends: " + open.keySet());
            return texts;
        }
    }

    /** The innermost bookmark each Word comment's range starts in, by comment id. */
    static Map<String, String> commentBookmarks(XWPFDocument d) {
        Map<String, String> at = new HashMap<>();
        List<String> open = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        walk(d, (p, node, cur) -> {
            String id = cur.getAttributeText(new javax.xml.namespace.QName(W, "id"));
            switch (node) {
                case "bookmarkStart" -> {
                    names.put(id, cur.getAttributeText(new javax.xml.namespace.QName(W, "name")));
                    open.add(names.get(id));
                }
                case "bookmarkEnd" -> open.remove(names.get(id));
                case "commentRangeStart" -> at.put(id, open.isEmpty() ? null : open.getLast());
                default -> {
                }
            }
        });
        return at;
    }

    /** The text each Word comment's range covers, by comment id ("\n" between paragraphs). */
    static Map<String, String> commented(XWPFDocument d) {
        Map<String, String> texts = new HashMap<>();
        Map<String, StringBuilder> open = new HashMap<>();
        walk(d, (p, node, cur) -> {
            String id = cur.getAttributeText(new javax.xml.namespace.QName(W, "id"));
            switch (node) {
                case "p" -> open.values().forEach(b -> b.append('\n'));
                case "commentRangeStart" -> open.put(id, new StringBuilder());
                case "commentRangeEnd" -> texts.put(id, open.remove(id).toString());
                case "r" -> {
                    String t = new XWPFRun((CTR) cur.getObject(), p).text();
                    open.values().forEach(b -> b.append(t));
                }
                default -> {
                }
            }
        });
        return texts;
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private interface Visitor {
        void visit(XWPFParagraph p, String node, XmlCursor cur);
    }

    /** The body's paragraphs' children in document order; "p" before a paragraph's first child. */
    private static void walk(XWPFDocument d, Visitor v) {
        boolean first = true;
        for (XWPFParagraph p : d.getParagraphs()) {
            try (XmlCursor cur = p.getCTP().newCursor()) {
                if (!first) {
                    v.visit(p, "p", cur);
                }
                first = false;
                if (cur.toFirstChild()) {
                    do {
                        v.visit(p, cur.getName().getLocalPart(), cur);
                    } while (cur.toNextSibling());
                }
            }
        }
    }

    private static String lastParaId(XWPFComment c) {
        XWPFParagraph p = c.getParagraphs().getLast();
        try (XmlCursor cur = p.getCTP().newCursor()) {
            return cur.getAttributeText(new javax.xml.namespace.QName(ReviewMarks.W14, "paraId"));
        }
    }
}
