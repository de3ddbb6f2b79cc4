package org.kondens.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.Review;

/**
 * The review document's marks: each element in a bookmark named by {@link CommentTarget#bookmark()},
 * and the open comment threads as Word comments on their element, replies linked to their first
 * comment in {@code word/commentsExtended.xml} (as Word writes them). An exported comment keeps its
 * author, its time (to the second, UTC) and its text, so reading the document back can tell it from
 * a reviewer's new one.
 */
final class ReviewMarks {

    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    static final String EXTENDED_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml";
    static final String EXTENDED_REL = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended";

    private final XWPFDocument doc;
    private final Review review;
    private XWPFComments comments;
    private int bookmarkId;
    private int commentId;
    private int paraId = 0x10000000;
    /** Each Word comment's last paragraph's paraId, and for a reply that of its thread's first comment. */
    private final List<String[]> extended = new ArrayList<>();
    private final Map<UUID, String> threadParas = new HashMap<>();
    private final Set<UUID> placed = new HashSet<>();

    ReviewMarks(XWPFDocument doc, Review review) {
        this.doc = doc;
        this.review = review;
    }

    /**
     * Puts {@code paras} (consecutive, already holding their runs) into the bookmark of
     * {@code target}: it starts before the first run of the first paragraph and ends after the last
     * run of the last one. Open threads on the target (and any in {@code alsoHere}) are anchored there,
     * or on the runs {@code words} gives for a thread on some of the element's words (first, last run).
     */
    void element(CommentTarget target, List<XWPFParagraph> paras, List<Comment> alsoHere) {
        element(target, paras, alsoHere, Map.of());
    }

    void element(CommentTarget target, List<XWPFParagraph> paras, List<Comment> alsoHere, Map<UUID, XWPFRun[]> words) {
        XWPFParagraph first = paras.getFirst();
        XWPFParagraph last = paras.getLast();
        List<Comment> open = new ArrayList<>(review.openOn(target.kind(), target.id()));
        open.addAll(alsoHere);
        open.removeIf(c -> !placed.add(c.id()));
        BigInteger id = BigInteger.valueOf(bookmarkId++);
        var start = first.getCTP().addNewBookmarkStart();
        start.setName(target.bookmark());
        start.setId(id);
        moveToFront(first, start);
        List<BigInteger> ids = new ArrayList<>();
        for (Comment c : open) {
            List<BigInteger> thread = new ArrayList<>(List.of(comment(c, null)));
            for (Comment reply : review.repliesTo(c.id())) {
                thread.add(comment(reply, c));
            }
            XWPFRun[] on = words.get(c.id());
            if (on == null) {
                ids.addAll(thread);
            } else {
                thread.forEach(t -> onWords(t, on[0], on[1]));
            }
        }
        for (int i = ids.size() - 1; i >= 0; i--) {
            var rs = first.getCTP().addNewCommentRangeStart();
            rs.setId(ids.get(i));
            moveAfterFirst(first, rs);
        }
        for (BigInteger c : ids) {
            last.getCTP().addNewCommentRangeEnd().setId(c);
            XWPFRun ref = last.createRun();
            ref.getCTR().addNewRPr().addNewRStyle().setVal("CommentReference");
            ref.getCTR().addNewCommentReference().setId(c);
        }
        last.getCTP().addNewBookmarkEnd().setId(id);
    }

    /** A comment's range around the runs {@code from} … {@code to}, its reference right after them. */
    private static void onWords(BigInteger id, XWPFRun from, XWPFRun to) {
        var start = ((XWPFParagraph) from.getParent()).getCTP().addNewCommentRangeStart();
        start.setId(id);
        try (XmlCursor mark = start.newCursor(); XmlCursor at = from.getCTR().newCursor()) {
            mark.moveXml(at);
        }
        XWPFParagraph p = (XWPFParagraph) to.getParent();
        var end = p.getCTP().addNewCommentRangeEnd();
        end.setId(id);
        XWPFRun ref = p.createRun();
        ref.getCTR().addNewRPr().addNewRStyle().setVal("CommentReference");
        ref.getCTR().addNewCommentReference().setId(id);
        for (XmlObject o : new XmlObject[] {ref.getCTR(), end}) {
            try (XmlCursor mark = o.newCursor(); XmlCursor at = to.getCTR().newCursor()) {
                at.toEndToken();
                at.toNextToken();
                mark.moveXml(at);
            }
        }
    }

    /** Open threads whose element the document does not show: they go on the project's title. */
    List<Comment> notPlaced() {
        return review.open().stream().filter(c -> !placed.contains(c.id())).toList();
    }

    private static void moveToFront(XWPFParagraph p, XmlObject mark) {
        try (XmlCursor from = mark.newCursor(); XmlCursor to = p.getCTP().newCursor()) {
            to.toFirstChild();
            while (to.getName() != null && to.getName().getLocalPart().equals("pPr") && to.toNextSibling()) {
                // skip paragraph properties: marks come after them
            }
            if (!from.isAtSamePositionAs(to)) {
                from.moveXml(to);
            }
        }
    }

    /** Right after the bookmark start, so the comment's range lies inside the element's bookmark. */
    private static void moveAfterFirst(XWPFParagraph p, XmlObject mark) {
        try (XmlCursor from = mark.newCursor(); XmlCursor to = p.getCTP().newCursor()) {
            to.toFirstChild();
            while (!to.getName().getLocalPart().equals("bookmarkStart")) {
                to.toNextSibling();
            }
            to.toNextSibling();
            if (!from.isAtSamePositionAs(to)) {
                from.moveXml(to);
            }
        }
    }

    /** One Word comment; its paragraphs get paraIds, a reply is linked to its thread. */
    private BigInteger comment(Comment c, Comment thread) {
        if (comments == null) {
            comments = doc.createComments();
        }
        BigInteger id = BigInteger.valueOf(commentId++);
        XWPFComment wc = comments.createComment(id);
        wc.setAuthor(c.author().isBlank() ? "?" : c.author());
        wc.setInitials(initials(c.author()));
        wc.setDate(calendar(c.time()));
        String[] lines = c.text().split("\n", -1);
        String last = null;
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = wc.createParagraph();
            if (i == 0) {
                XWPFRun mark = p.createRun();
                mark.getCTR().addNewRPr().addNewRStyle().setVal("CommentReference");
                mark.getCTR().addNewAnnotationRef();
            }
            p.createRun().setText(lines[i]);
            last = String.format("%08X", paraId++);
            try (XmlCursor cur = p.getCTP().newCursor()) {
                cur.setAttributeText(new QName(W14, "paraId", "w14"), last);
                cur.setAttributeText(new QName(W14, "textId", "w14"), "77777777");
            }
        }
        if (thread == null) {
            threadParas.put(c.id(), last);
        }
        extended.add(new String[] {last, thread == null ? null : threadParas.get(thread.id())});
        return id;
    }

    /** The time a Word comment carries: the Kondens comment's, to the second, in UTC. */
    static Calendar calendar(Instant time) {
        GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        cal.setTimeInMillis(time.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        return cal;
    }

    private static String initials(String author) {
        StringBuilder b = new StringBuilder();
        for (String w : author.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                b.appendCodePoint(w.codePointAt(0));
            }
        }
        return b.toString();
    }

    /** Adds {@code word/commentsExtended.xml}: Word reads a reply as a reply only from it. */
    void finish() {
        if (comments == null) {
            return;
        }
        // Word 2007 does not know the w14 paraIds: mark them ignorable, as Word itself does.
        try (XmlCursor root = comments.getCtComments().newCursor()) {
            root.setAttributeText(new QName("http://schemas.openxmlformats.org/markup-compatibility/2006", "Ignorable", "mc"), "w14");
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w15:commentsEx xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:w15=\"" + W15
                + "\" mc:Ignorable=\"w15\">");
        for (String[] r : extended) {
            xml.append("<w15:commentEx w15:paraId=\"").append(r[0]).append('"');
            if (r[1] != null) {
                xml.append(" w15:paraIdParent=\"").append(r[1]).append('"');
            }
            xml.append(" w15:done=\"0\"/>");
        }
        xml.append("</w15:commentsEx>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/commentsExtended.xml");
            PackagePart part = doc.getPackage().createPart(name, EXTENDED_TYPE);
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, EXTENDED_REL);
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
