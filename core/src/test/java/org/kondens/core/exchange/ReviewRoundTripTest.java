package org.kondens.core.exchange;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.export.ExportOptions;
import org.kondens.core.export.ReviewDocument;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.CommentTarget.Kind;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Suggestion;
import org.kondens.core.sample.SampleStudy;
import org.kondens.core.stc.ReviewImport;
import org.kondens.core.stc.StcProject;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The whole supervision round on the sample project, through the real review document: export,
 * a reviewer's comments, reply, "done" mark and tracked change added to it as Word writes them,
 * import, the student's reply, resolution and decision, and the next round's document listing
 * what changed since.
 */
class ReviewRoundTripTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";

    @TempDir
    Path dir;

    @Test
    void aRoundThroughWordLandsEveryCommentAndTheNextRoundShowsWhatChanged() throws Exception {
        Path file = dir.resolve("sample.kondens");
        SampleStudy.build(Path.of("..", "samples", "study"), file);
        try (StcProject p = StcProject.open(file)) {
            ProjectSnapshot s = p.snapshot();
            MeaningUnit unit = s.meaningUnits().stream().filter(u -> !u.memberships().isEmpty()).findFirst().orElseThrow();
            Subgroup sub = s.subgroups().stream().filter(x -> !x.condensate().isBlank()).findFirst().orElseThrow();
            Comment asked = p.reviews().comment(CommentTarget.of(Kind.CODE_GROUP, s.codeGroups().getFirst().id()), "Student",
                    "Er navnet for abstrakt?");

            Path round1 = dir.resolve("runde1.docx");
            ReviewDocument.export(p.snapshot(), ExportOptions.DEFAULT, round1, () -> p.reviews().sendForReview(List.of("Kari"), ""));

            // The reviewer, in Word: a comment on a meaning unit, a tracked change in a condensate, a reply
            // to the student's question, and that thread marked done.
            Path reviewed = dir.resolve("runde1-kari.docx");
            new WordReviewer(round1)
                    .comment(CommentTarget.of(Kind.MEANING_UNIT, unit.id()).bookmark(), 901, "Kari", "Bærer denne enheten mening alene? 😀")
                    .insert(CommentTarget.of(Kind.CONDENSATE, sub.id()).bookmark(), 902, "Kari", " Det ga trygghet.")
                    .replyToFirstAndMarkItDone(903, "Kari", "Ja – prøv informantenes egne ord.")
                    .save(reviewed);

            var report = ReviewImport.importReview(p, reviewed);
            assertEquals(1, report.comments(), report.lines().toString());
            assertEquals(1, report.replies(), report.lines().toString());
            assertEquals(1, report.resolutions(), report.lines().toString());
            assertEquals(1, report.suggestions(), report.lines().toString());

            var review = p.snapshot().review();
            Comment onUnit = review.threads().stream().filter(c -> c.target().kind() == Kind.MEANING_UNIT).findFirst().orElseThrow();
            assertEquals(unit.id(), onUnit.target().id(), "the comment landed on the unit it was put on");
            assertEquals("Bærer denne enheten mening alene? 😀", onUnit.text());
            assertEquals("Kari", onUnit.author());
            assertEquals(List.of("Ja – prøv informantenes egne ord."), review.repliesTo(asked.id()).stream().map(Comment::text).toList(),
                    "the reply joined the student's own thread");
            assertTrue(review.threads().stream().filter(c -> c.id().equals(asked.id())).findFirst().orElseThrow().resolved());
            Suggestion edit = review.suggestions().getFirst();
            assertEquals(sub.condensate(), edit.before());
            assertEquals(sub.condensate() + " Det ga trygghet.", edit.after());
            assertEquals(sub.condensate(), p.snapshot().subgroups().stream().filter(x -> x.id().equals(sub.id())).findFirst()
                    .orElseThrow().condensate(), "never applied by itself");

            assertEquals(0, ReviewImport.importReview(p, reviewed).total(), "the same file again adds nothing");

            // The student answers, resolves, accepts the edit and renames a group; the next document says so.
            p.reviews().reply(onUnit.id(), "Student", "Slått sammen med neste.");
            p.reviews().resolve(onUnit.id(), true);
            p.reviews().accept(edit.id());
            p.renameCodeGroup(s.codeGroups().getFirst().id(), "Å bli sett som menneske");
            Path round2 = dir.resolve("runde2.docx");
            ReviewDocument.export(p.snapshot(), ExportOptions.DEFAULT, round2, () -> p.reviews().sendForReview(List.of("Kari"), ""));
            String text = documentText(round2);
            assertTrue(text.contains("Å bli sett som menneske"), "the rename is in the changes");
            assertTrue(text.contains("Det ga trygghet."), "the condensate's new text is shown");
            assertEquals(2, p.snapshot().review().rounds().size());
        }
    }

    private static String documentText(Path docx) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(docx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                if (e.getName().equals("word/document.xml")) {
                    return parse(in.readAllBytes()).getDocumentElement().getTextContent();
                }
            }
        }
        throw new AssertionError("no word/document.xml in " + docx);
    }

    /** What a reviewer's Word adds to a document: comments with ranges, replies, "done" marks, tracked insertions. */
    private static final class WordReviewer {
        final Map<String, byte[]> parts = new LinkedHashMap<>();
        private final Document body;
        private Document comments;
        private Document extended;

        WordReviewer(Path docx) throws Exception {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(docx))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                    parts.put(e.getName(), in.readAllBytes());
                }
            }
            body = parse(parts.get("word/document.xml"));
            comments = parse(parts.get("word/comments.xml"));
            extended = parse(parts.get("word/commentsExtended.xml"));
        }

        /** A comment over the whole of the element in bookmark {@code mark}. */
        WordReviewer comment(String mark, int id, String author, String text) {
            Element start = bookmark(mark);
            Element end = bookmarkEnd(start.getAttributeNS(W, "id"));
            Element rangeStart = w("commentRangeStart", id);
            start.getParentNode().insertBefore(rangeStart, start.getNextSibling());
            Element rangeEnd = w("commentRangeEnd", id);
            end.getParentNode().insertBefore(rangeEnd, end);
            Element run = body.createElementNS(W, "w:r");
            run.appendChild(w("commentReference", id));
            end.getParentNode().insertBefore(run, end);
            addComment(id, author, text, null);
            return this;
        }

        /** A tracked insertion at the end of the element in bookmark {@code mark}. */
        WordReviewer insert(String mark, int id, String author, String words) {
            Element end = bookmarkEnd(bookmark(mark).getAttributeNS(W, "id"));
            Element ins = w("ins", id);
            ins.setAttributeNS(W, "w:author", author);
            ins.setAttributeNS(W, "w:date", "2026-12-01T09:00:00Z");
            Element r = body.createElementNS(W, "w:r");
            Element t = body.createElementNS(W, "w:t");
            t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
            t.setTextContent(words);
            r.appendChild(t);
            ins.appendChild(r);
            end.getParentNode().insertBefore(ins, end);
            return this;
        }

        /** A reply to the document's first comment (one Kondens wrote), and that comment marked done. */
        WordReviewer replyToFirstAndMarkItDone(int id, String author, String text) {
            Element first = (Element) comments.getElementsByTagNameNS(W, "comment").item(0);
            Element firstPara = (Element) first.getElementsByTagNameNS(W, "p").item(0);
            String parent = firstPara.getAttributeNS(W14, "paraId");
            addComment(id, author, text, parent);
            NodeList ex = extended.getElementsByTagNameNS(W15, "commentEx");
            for (int i = 0; i < ex.getLength(); i++) {
                Element e = (Element) ex.item(i);
                if (e.getAttributeNS(W15, "paraId").equals(parent)) {
                    e.setAttributeNS(W15, "w15:done", "1");
                }
            }
            // Word puts a reply's range beside its parent's: a reference after the parent's will do.
            String parentId = first.getAttributeNS(W, "id");
            NodeList refs = body.getElementsByTagNameNS(W, "commentReference");
            for (int i = 0; i < refs.getLength(); i++) {
                Element ref = (Element) refs.item(i);
                if (ref.getAttributeNS(W, "id").equals(parentId)) {
                    Element run = body.createElementNS(W, "w:r");
                    run.appendChild(w("commentReference", id));
                    Node parentRun = ref.getParentNode();
                    parentRun.getParentNode().insertBefore(run, parentRun.getNextSibling());
                    break;
                }
            }
            return this;
        }

        void save(Path out) throws Exception {
            parts.put("word/document.xml", bytes(body));
            parts.put("word/comments.xml", bytes(comments));
            parts.put("word/commentsExtended.xml", bytes(extended));
            try (OutputStream o = Files.newOutputStream(out); ZipOutputStream z = new ZipOutputStream(o)) {
                for (var e : parts.entrySet()) {
                    z.putNextEntry(new ZipEntry(e.getKey()));
                    z.write(e.getValue());
                    z.closeEntry();
                }
            }
        }

        private void addComment(int id, String author, String text, String parentParaId) {
            Element c = comments.createElementNS(W, "w:comment");
            c.setAttributeNS(W, "w:id", String.valueOf(id));
            c.setAttributeNS(W, "w:author", author);
            c.setAttributeNS(W, "w:date", "2026-12-01T09:00:00Z");
            Element p = comments.createElementNS(W, "w:p");
            String paraId = String.format("%08X", 0x2B000000 + id);
            p.setAttributeNS(W14, "w14:paraId", paraId);
            Element r = comments.createElementNS(W, "w:r");
            Element t = comments.createElementNS(W, "w:t");
            t.setTextContent(text);
            r.appendChild(t);
            p.appendChild(r);
            c.appendChild(p);
            comments.getDocumentElement().appendChild(c);
            Element ex = extended.createElementNS(W15, "w15:commentEx");
            ex.setAttributeNS(W15, "w15:paraId", paraId);
            if (parentParaId != null) {
                ex.setAttributeNS(W15, "w15:paraIdParent", parentParaId);
            }
            ex.setAttributeNS(W15, "w15:done", "0");
            extended.getDocumentElement().appendChild(ex);
        }

        private Element w(String name, int id) {
            Element e = body.createElementNS(W, "w:" + name);
            e.setAttributeNS(W, "w:id", String.valueOf(id));
            return e;
        }

        private Element bookmark(String name) {
            NodeList all = body.getElementsByTagNameNS(W, "bookmarkStart");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.getAttributeNS(W, "name").equals(name)) {
                    return e;
                }
            }
            throw new AssertionError("no bookmark " + name + " in the review document");
        }

        private Element bookmarkEnd(String id) {
            NodeList all = body.getElementsByTagNameNS(W, "bookmarkEnd");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.getAttributeNS(W, "id").equals(id)) {
                    return e;
                }
            }
            throw new AssertionError("no end of bookmark " + id);
        }
    }

    private static Document parse(byte[] xml) throws Exception {
        assertNotNull(xml, "the review document has the part");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (InputStream in = new java.io.ByteArrayInputStream(xml)) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    private static byte[] bytes(Document d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(d), new StreamResult(out));
        return out.toByteArray();
    }
}
