package org.kondens.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.CommentTarget.Kind;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Subgroup;

/**
 * Test builder: a review document of a project that follows the exporter's contract (each element
 * in the bookmark {@link CommentTarget#bookmark()} names, a unit's text exactly as stored,
 * condensates and analytic texts as paragraphs), to which a test adds what a reviewer does in
 * Word: comments on words, replies, "resolved" marks and tracked changes. Written with POI's
 * package API, the parts as Word writes them (comments.xml with w14:paraId, commentsExtended.xml).
 */
final class ReviewDocs {

    sealed interface Tok permits Text, BStart, BEnd, CStart, CEnd, CRef {
    }

    record Change(boolean inserted, String author, String date) {
    }

    record Text(String s, Change change) implements Tok {
    }

    record BStart(int id, String name) implements Tok {
    }

    record BEnd(int id) implements Tok {
    }

    record CStart(int id) implements Tok {
    }

    record CEnd(int id) implements Tok {
    }

    record CRef(int id) implements Tok {
    }

    record Note(int id, String author, String date, String text, Integer parent, boolean done) {
        String paraId() {
            return String.format("%08X", 0x1A2B0000 + id);
        }
    }

    private final List<List<Tok>> paragraphs = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private final java.util.Map<Integer, Change> paragraphMarks = new java.util.HashMap<>();
    private int bookmarks;
    private int changes;

    /** The review document of {@code s}: code groups, their subgroups with condensate, analytic text and meaning units. */
    static ReviewDocs of(ProjectSnapshot s) {
        ReviewDocs d = new ReviewDocs();
        d.para(new Text(s.project().title(), null));
        Set<java.util.UUID> printed = new HashSet<>();
        for (CodeGroup g : s.codeGroups()) {
            int gb = d.open(CommentTarget.of(Kind.CODE_GROUP, g.id()), "Code group: " + g.workingName());
            for (Subgroup sub : s.subgroupsOf(g.id())) {
                int sb = d.open(CommentTarget.of(Kind.SUBGROUP, sub.id()), "Subgroup: " + sub.name());
                d.para(new Text("Condensate", null));
                d.text(CommentTarget.of(Kind.CONDENSATE, sub.id()), sub.condensate());
                d.para(new Text("Analytic text", null));
                d.text(CommentTarget.of(Kind.ANALYTIC_TEXT, sub.id()), sub.analyticText());
                for (MeaningUnit u : s.meaningUnits()) {
                    if (u.isIn(g.id(), sub.id()) && printed.add(u.id())) {
                        int ub = d.bookmarks++;
                        d.para(new Text("EK1: ", null), new BStart(ub, CommentTarget.of(Kind.MEANING_UNIT, u.id()).bookmark()),
                                new Text(s.textOf(u), null), new BEnd(ub));
                    }
                }
                d.paragraphs.getLast().add(new BEnd(sb));
            }
            d.paragraphs.getLast().add(new BEnd(gb));
        }
        return d;
    }

    private int open(CommentTarget t, String heading) {
        int id = bookmarks++;
        para(new BStart(id, t.bookmark()), new Text(heading, null));
        return id;
    }

    /** A text of several paragraphs inside one bookmark. */
    private void text(CommentTarget t, String text) {
        int id = bookmarks++;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            List<Tok> p = new ArrayList<>();
            if (i == 0) {
                p.add(new BStart(id, t.bookmark()));
            }
            p.add(new Text(lines[i], null));
            if (i == lines.length - 1) {
                p.add(new BEnd(id));
            }
            paragraphs.add(p);
        }
    }

    private void para(Tok... toks) {
        paragraphs.add(new ArrayList<>(List.of(toks)));
    }

    // ---- what a reviewer does

    /** A comment on {@code words} (occurring once in the document's plain text runs). */
    int comment(String words, String author, String text) {
        int id = notes.size();
        int[] at = split(words);
        List<Tok> p = paragraphs.get(at[0]);
        p.add(at[1] + 1, new CEnd(id));
        p.add(at[1] + 2, new CRef(id));
        p.add(at[1], new CStart(id));
        notes.add(new Note(id, author, "2026-11-30T10:0" + id % 10 + ":00Z", text, null, false));
        return id;
    }

    /** A comment from the start of {@code from} to the end of {@code to}, across elements. */
    int commentAcross(String from, String to, String author, String text) {
        int id = notes.size();
        int[] a = split(from);
        paragraphs.get(a[0]).add(a[1], new CStart(id));
        int[] b = split(to);
        paragraphs.get(b[0]).add(b[1] + 1, new CEnd(id));
        paragraphs.get(b[0]).add(b[1] + 2, new CRef(id));
        notes.add(new Note(id, author, "2026-11-30T11:0" + id % 10 + ":00Z", text, null, false));
        return id;
    }

    /** A reply in Word: a comment anchored where its parent is, its parent named in commentsExtended. */
    int reply(int parent, String author, String text) {
        int id = notes.size();
        for (List<Tok> p : paragraphs) {
            for (int i = 0; i < p.size(); i++) {
                if (p.get(i) instanceof CStart c && c.id() == parent) {
                    p.add(i + 1, new CStart(id));
                    i++;
                } else if (p.get(i) instanceof CEnd c && c.id() == parent) {
                    p.add(i + 1, new CEnd(id));
                    p.add(i + 3, new CRef(id));
                    i += 3;
                }
            }
        }
        notes.add(new Note(id, author, "2026-11-30T12:0" + id % 10 + ":00Z", text, parent, false));
        return id;
    }

    /** Marks comment {@code id} done (Word's "Resolve"). */
    void resolve(int id) {
        Note n = notes.get(id);
        notes.set(id, new Note(n.id(), n.author(), n.date(), n.text(), n.parent(), true));
    }

    /** A tracked insertion of {@code text} right after {@code words}. */
    void insertAfter(String words, String text, String author) {
        int[] at = split(words);
        paragraphs.get(at[0]).add(at[1] + 1, new Text(text, new Change(true, author, "2026-11-30T13:00:00Z")));
        changes++;
    }

    /** A tracked deletion of {@code words}. */
    void delete(String words, String author) {
        int[] at = split(words);
        paragraphs.get(at[0]).set(at[1], new Text(words, new Change(false, author, "2026-11-30T13:00:00Z")));
        changes++;
    }

    /** A tracked deletion of the paragraph mark after {@code words}: the reviewer joined two paragraphs. */
    void joinAfter(String words, String author) {
        paragraphMarks.put(split(words)[0], new Change(false, author, "2026-11-30T13:00:00Z"));
    }

    /** Splits the one plain run holding {@code words} so they are a run of their own; its paragraph and index. */
    private int[] split(String words) {
        int[] found = null;
        int count = 0;
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            List<Tok> p = paragraphs.get(pi);
            for (int i = 0; i < p.size(); i++) {
                if (p.get(i) instanceof Text t && t.change() == null && t.s().contains(words)) {
                    count += t.s().split(java.util.regex.Pattern.quote(words), -1).length - 1;
                    found = new int[] {pi, i};
                }
            }
        }
        assertEquals(1, count, "the words to mark occur once: " + words);
        List<Tok> p = paragraphs.get(found[0]);
        String s = ((Text) p.get(found[1])).s();
        int at = s.indexOf(words);
        p.remove(found[1]);
        int i = found[1];
        if (at > 0) {
            p.add(i++, new Text(s.substring(0, at), null));
        }
        p.add(i, new Text(words, null));
        if (at + words.length() < s.length()) {
            p.add(i + 1, new Text(s.substring(at + words.length()), null));
        }
        return new int[] {found[0], i};
    }

    // ---- writing

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";

    void write(Path file) throws Exception {
        try (OPCPackage pkg = OPCPackage.create(file.toFile())) {
            PackagePartName main = PackagingURIHelper.createPartName("/word/document.xml");
            PackagePart doc = part(pkg, main, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", document());
            pkg.addRelationship(main, TargetMode.INTERNAL, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument");
            if (!notes.isEmpty()) {
                PackagePartName c = PackagingURIHelper.createPartName("/word/comments.xml");
                part(pkg, c, "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml", comments());
                doc.addRelationship(c, TargetMode.INTERNAL, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments");
                PackagePartName x = PackagingURIHelper.createPartName("/word/commentsExtended.xml");
                part(pkg, x, "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml", extended());
                doc.addRelationship(x, TargetMode.INTERNAL, "http://schemas.microsoft.com/office/2011/relationships/commentsExtended");
            }
        }
    }

    private static PackagePart part(OPCPackage pkg, PackagePartName name, String type, String xml) throws Exception {
        PackagePart p = pkg.createPart(name, type);
        try (OutputStream out = p.getOutputStream()) {
            out.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    String document() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W
                + "\" xmlns:w14=\"" + W14 + "\"><w:body>");
        int change = 0;
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            List<Tok> p = paragraphs.get(pi);
            b.append("<w:p>");
            Change mark = paragraphMarks.get(pi);
            if (mark != null) {
                // Word marks a deleted paragraph mark in the paragraph's own run properties.
                b.append("<w:pPr><w:rPr><w:del w:id=\"").append(90 + pi).append("\" w:author=\"").append(esc(mark.author()))
                        .append("\" w:date=\"").append(mark.date()).append("\"/></w:rPr></w:pPr>");
            }
            for (Tok t : p) {
                switch (t) {
                    case Text x when x.change() == null -> b.append(run(x.s(), "t"));
                    case Text x -> b.append("<w:").append(x.change().inserted() ? "ins" : "del").append(" w:id=\"").append(100 + change++)
                            .append("\" w:author=\"").append(esc(x.change().author())).append("\" w:date=\"").append(x.change().date())
                            .append("\">").append(run(x.s(), x.change().inserted() ? "t" : "delText"))
                            .append("</w:").append(x.change().inserted() ? "ins" : "del").append(">");
                    case BStart s -> b.append("<w:bookmarkStart w:id=\"").append(s.id()).append("\" w:name=\"").append(s.name()).append("\"/>");
                    case BEnd e -> b.append("<w:bookmarkEnd w:id=\"").append(e.id()).append("\"/>");
                    case CStart s -> b.append("<w:commentRangeStart w:id=\"").append(s.id()).append("\"/>");
                    case CEnd e -> b.append("<w:commentRangeEnd w:id=\"").append(e.id()).append("\"/>");
                    case CRef r -> b.append("<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"")
                            .append(r.id()).append("\"/></w:r>");
                }
            }
            b.append("</w:p>");
        }
        return b.append("<w:sectPr/></w:body></w:document>").toString();
    }

    /** A run as Word writes it: line breaks as w:br, tabs as w:tab. */
    private static String run(String s, String textElement) {
        StringBuilder b = new StringBuilder("<w:r>");
        String[] lines = s.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                b.append("<w:br/>");
            }
            String[] cells = lines[i].split("\t", -1);
            for (int j = 0; j < cells.length; j++) {
                if (j > 0) {
                    b.append("<w:tab/>");
                }
                if (!cells[j].isEmpty()) {
                    b.append("<w:").append(textElement).append(" xml:space=\"preserve\">").append(esc(cells[j])).append("</w:")
                            .append(textElement).append(">");
                }
            }
        }
        return b.append("</w:r>").toString();
    }

    private String comments() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"" + W
                + "\" xmlns:w14=\"" + W14 + "\">");
        for (Note n : notes) {
            b.append("<w:comment w:id=\"").append(n.id()).append("\" w:author=\"").append(esc(n.author())).append("\" w:date=\"")
                    .append(n.date()).append("\" w:initials=\"R\">");
            String[] lines = n.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                // Word's paraId of the comment's last paragraph is the one commentsExtended names.
                String para = i == lines.length - 1 ? n.paraId() : String.format("%08X", 0x2B3C0000 + n.id() * 16 + i);
                b.append("<w:p w14:paraId=\"").append(para).append("\" w14:textId=\"77777777\"><w:pPr><w:pStyle w:val=\"CommentText\"/></w:pPr>");
                if (i == 0) {
                    b.append("<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:annotationRef/></w:r>");
                }
                b.append(run(lines[i], "t")).append("</w:p>");
            }
            b.append("</w:comment>");
        }
        return b.append("</w:comments>").toString();
    }

    private String extended() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w15:commentsEx xmlns:w15=\""
                + W15 + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" mc:Ignorable=\"w15\">");
        for (Note n : notes) {
            b.append("<w15:commentEx w15:paraId=\"").append(n.paraId()).append("\"");
            if (n.parent() != null) {
                b.append(" w15:paraIdParent=\"").append(notes.get(n.parent()).paraId()).append("\"");
            }
            b.append(" w15:done=\"").append(n.done() ? 1 : 0).append("\"/>");
        }
        return b.append("</w15:commentsEx>").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
