package org.kondens.core.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;
import org.kondens.core.importer.SafeXml;

/**
 * The comments of a Word document: word/comments.xml (author, date, text, the ids of its
 * paragraphs) and word/commentsExtended.xml, where Word (2013 on) and LibreOffice mark a reply's
 * parent ({@code w15:paraIdParent}) and a resolved thread ({@code w15:done="1"}), both by the id
 * of a comment's (last) paragraph.
 */
final class DocxComments {

    private static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";

    /** One comment as the file has it; {@code parent} is the w:id of the comment it replies to, or null. */
    record Raw(String id, String author, String date, String text, String parent, boolean done) {
    }

    private DocxComments() {
    }

    /** The comments in file order; {@code extended} may be null (older Word, other programs). */
    static List<Raw> read(String file, byte[] comments, byte[] extended) {
        if (comments == null) {
            return List.of();
        }
        Map<String, String> commentOfPara = new HashMap<>();
        Map<String, Raw> byId = new LinkedHashMap<>();
        String part = "word/comments.xml";
        XMLStreamReader r = SafeXml.reader(file, part, comments);
        String id = null, author = "", date = "";
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        for (int e = r.getEventType(); e != XMLStreamReader.END_DOCUMENT; e = SafeXml.next(r, file, part)) {
            if (e == XMLStreamReader.START_ELEMENT && DocxBody.W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "comment" -> {
                        id = attr(r, DocxBody.W, "id");
                        author = attr(r, DocxBody.W, "author");
                        date = attr(r, DocxBody.W, "date");
                        text.setLength(0);
                    }
                    case "p" -> {
                        String para = attr(r, W14, "paraId");
                        if (id != null && !para.isEmpty()) {
                            commentOfPara.put(para, id);
                        }
                        if (!text.isEmpty()) {
                            text.append('\n');
                        }
                    }
                    case "t" -> inText = true;
                    case "tab" -> text.append('\t');
                    case "br", "cr" -> text.append('\n');
                    case "instrText" -> SafeXml.skip(r, file, part);
                    default -> {
                    }
                }
            } else if (e == XMLStreamReader.CHARACTERS && inText) {
                text.append(r.getText());
            } else if (e == XMLStreamReader.END_ELEMENT && DocxBody.W.equals(r.getNamespaceURI())) {
                if (r.getLocalName().equals("t")) {
                    inText = false;
                } else if (r.getLocalName().equals("comment") && id != null) {
                    byId.put(id, new Raw(id, author.strip(), date, text.toString().strip(), null, false));
                    id = null;
                }
            }
        }
        if (extended == null) {
            return List.copyOf(byId.values());
        }
        String ext = "word/commentsExtended.xml";
        XMLStreamReader x = SafeXml.reader(file, ext, extended);
        for (int e = x.getEventType(); e != XMLStreamReader.END_DOCUMENT; e = SafeXml.next(x, file, ext)) {
            if (e == XMLStreamReader.START_ELEMENT && W15.equals(x.getNamespaceURI()) && x.getLocalName().equals("commentEx")) {
                String self = commentOfPara.get(attr(x, W15, "paraId"));
                Raw c = self == null ? null : byId.get(self);
                if (c != null) {
                    String parent = commentOfPara.get(attr(x, W15, "paraIdParent"));
                    boolean done = attr(x, W15, "done").equals("1") || attr(x, W15, "done").equals("true");
                    byId.put(self, new Raw(c.id(), c.author(), c.date(), c.text(), parent != null && !parent.equals(self) ? parent : null,
                            done));
                }
            }
        }
        return List.copyOf(byId.values());
    }

    private static String attr(XMLStreamReader r, String ns, String local) {
        String v = r.getAttributeValue(ns, local);
        return v == null ? "" : v;
    }

    /** The comments in an order where each reply comes after the comment it replies to. */
    static List<Raw> parentsFirst(List<Raw> raws) {
        Map<String, Raw> byId = new LinkedHashMap<>();
        raws.forEach(c -> byId.put(c.id(), c));
        List<Raw> out = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Raw c : raws) {
            place(c, byId, placed, out, 0);
        }
        return out;
    }

    private static void place(Raw c, Map<String, Raw> byId, Set<String> placed, List<Raw> out, int depth) {
        if (placed.contains(c.id())) {
            return;
        }
        Raw parent = c.parent() == null ? null : byId.get(c.parent());
        if (parent != null && depth < byId.size()) {
            place(parent, byId, placed, out, depth + 1);
        }
        placed.add(c.id());
        out.add(c);
    }
}
