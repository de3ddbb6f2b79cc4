package org.kondens.core.exchange;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;
import org.kondens.core.importer.SafeXml;

/**
 * The main part of a reviewed Word document, read once in document order: its text (paragraph
 * ends as "\n", tabs, line breaks), which characters a reviewer inserted or deleted with tracked
 * changes (and by whom), where each bookmark and each comment's range starts and ends, and where
 * comments without a range are referenced. Positions are offsets into {@link #text()}, which
 * holds inserted and deleted text alike.
 */
final class DocxBody {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** A stretch of text in {@code [start, end)}. */
    record Range(int start, int end) {
    }

    /** One tracked insertion or deletion. */
    record Change(int start, int end, boolean inserted, String author, String date) {
    }

    private final StringBuilder text = new StringBuilder();
    private final BitSet inserted = new BitSet();
    private final BitSet deleted = new BitSet();
    private final List<Change> changes = new ArrayList<>();
    private final Map<String, Range> bookmarks = new LinkedHashMap<>();
    private final Map<String, Range> commentRanges = new HashMap<>();
    private final Map<String, Integer> references = new HashMap<>();

    private DocxBody() {
    }

    static DocxBody read(String file, String part, byte[] xml) {
        DocxBody body = new DocxBody();
        body.walk(file, part, SafeXml.reader(file, part, xml));
        return body;
    }

    private record Mark(boolean inserted, String author, String date, int start) {
    }

    private void walk(String file, String part, XMLStreamReader r) {
        Map<String, String> openBookmarks = new HashMap<>(); // w:id → name
        Map<String, Integer> bookmarkStarts = new HashMap<>();
        Map<String, String> continued = new HashMap<>();
        Map<String, Integer> commentStarts = new HashMap<>();
        Deque<Mark> marks = new ArrayDeque<>();
        Mark paragraphMark = null; // a tracked change of the paragraph mark itself (w:pPr/w:rPr/w:ins)
        int depthInPPr = 0;
        boolean inText = false;
        for (int e = r.getEventType(); e != XMLStreamReader.END_DOCUMENT; e = SafeXml.next(r, file, part)) {
            if (e == XMLStreamReader.START_ELEMENT) {
                String ns = r.getNamespaceURI();
                String name = r.getLocalName();
                if (MC.equals(ns) && name.equals("Fallback")) {
                    SafeXml.skip(r, file, part); // the same content again, for older readers
                    continue;
                }
                if (!W.equals(ns)) {
                    continue;
                }
                switch (name) {
                    case "pPr" -> depthInPPr++;
                    case "ins", "del", "moveTo", "moveFrom" -> {
                        Mark m = new Mark(name.equals("ins") || name.equals("moveTo"), attr(r, "author"), attr(r, "date"), text.length());
                        if (depthInPPr > 0) {
                            paragraphMark = m;
                        } else {
                            marks.push(m);
                        }
                    }
                    case "t", "delText" -> inText = true;
                    case "instrText", "delInstrText" -> SafeXml.skip(r, file, part); // field codes are not text
                    case "tab" -> {
                        if (depthInPPr == 0) {
                            append("\t", marks.peek());
                        }
                    }
                    case "br", "cr" -> append("\n", marks.peek());
                    case "bookmarkStart" -> {
                        String id = attr(r, "id");
                        String bookmark = attr(r, "name");
                        String open = openBookmarks.entrySet().stream().filter(b -> b.getValue().equals(bookmark))
                                .map(Map.Entry::getKey).findFirst().orElse(null);
                        if (open != null) {
                            // LibreOffice splits a bookmark around a comment at a paragraph's end: the
                            // second start (never the first) is ended; it continues the first.
                            continued.put(id, open);
                        } else {
                            openBookmarks.put(id, bookmark);
                            bookmarkStarts.put(id, text.length());
                        }
                    }
                    case "bookmarkEnd" -> {
                        String id = continued.getOrDefault(attr(r, "id"), attr(r, "id"));
                        String bookmark = openBookmarks.remove(id);
                        if (bookmark != null) {
                            bookmarks.putIfAbsent(bookmark, new Range(bookmarkStarts.remove(id), text.length()));
                        }
                    }
                    case "commentRangeStart" -> commentStarts.put(attr(r, "id"), text.length());
                    case "commentRangeEnd" -> {
                        Integer start = commentStarts.remove(attr(r, "id"));
                        if (start != null) {
                            commentRanges.put(attr(r, "id"), new Range(start, text.length()));
                        }
                    }
                    case "commentReference" -> references.putIfAbsent(attr(r, "id"), text.length());
                    default -> {
                    }
                }
            } else if (e == XMLStreamReader.CHARACTERS && inText) {
                append(r.getText(), marks.peek());
            } else if (e == XMLStreamReader.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "pPr" -> depthInPPr--;
                    case "t", "delText" -> inText = false;
                    case "ins", "del", "moveTo", "moveFrom" -> {
                        if (depthInPPr == 0 && !marks.isEmpty()) {
                            marks.pop();
                        }
                    }
                    case "p" -> {
                        append("\n", paragraphMark != null ? paragraphMark : marks.peek());
                        paragraphMark = null;
                    }
                    default -> {
                    }
                }
            }
        }
        // A range the reviewer's program never closed reaches to the end.
        openBookmarks.forEach((id, name) -> bookmarks.putIfAbsent(name, new Range(bookmarkStarts.get(id), text.length())));
        commentStarts.forEach((id, start) -> commentRanges.putIfAbsent(id, new Range(start, text.length())));
    }

    private void append(String s, Mark mark) {
        int start = text.length();
        text.append(s);
        if (mark != null) {
            (mark.inserted() ? inserted : deleted).set(start, text.length());
            Change last = changes.isEmpty() ? null : changes.getLast();
            if (last != null && last.end() == start && last.inserted() == mark.inserted() && last.author().equals(mark.author())
                    && last.date().equals(mark.date())) {
                changes.set(changes.size() - 1, new Change(last.start(), text.length(), last.inserted(), last.author(), last.date()));
            } else {
                changes.add(new Change(start, text.length(), mark.inserted(), mark.author(), mark.date()));
            }
        }
    }

    private static String attr(XMLStreamReader r, String local) {
        String v = r.getAttributeValue(W, local);
        return v == null ? "" : v;
    }

    String text() {
        return text.toString();
    }

    /** Bookmarks by name, in the order they end. */
    Map<String, Range> bookmarks() {
        return bookmarks;
    }

    /** The range comment {@code id} marks; a comment with only a reference is anchored at that point. */
    Range commentRange(String id) {
        Range range = commentRanges.get(id);
        if (range != null) {
            return range;
        }
        Integer at = references.get(id);
        return at == null ? null : new Range(at, at);
    }

    List<Change> changes() {
        return changes;
    }

    /** The text of {@code range} as the document was sent: without insertions, with deletions. */
    String original(Range range) {
        return without(range, inserted, null);
    }

    /** The text of {@code range} as the reviewer left it: with insertions, without deletions. */
    String current(Range range) {
        return without(range, deleted, null);
    }

    /** The text of {@code range} with only {@code author}'s tracked changes applied. */
    String changedBy(Range range, String author) {
        return without(range, null, author);
    }

    /** How many characters of {@code [from, to)} the document had as sent (insertions not counted). */
    int originalOffset(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!inserted.get(i)) {
                n++;
            }
        }
        return n;
    }

    private String without(Range range, BitSet dropped, String author) {
        StringBuilder out = new StringBuilder();
        for (int i = range.start(); i < range.end(); i++) {
            boolean keep;
            if (author == null) {
                keep = !dropped.get(i);
            } else if (inserted.get(i)) {
                keep = author.equals(changeAt(i).author());
            } else if (deleted.get(i)) {
                keep = !author.equals(changeAt(i).author());
            } else {
                keep = true;
            }
            if (keep) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    private Change changeAt(int i) {
        for (Change c : changes) {
            if (c.start() <= i && i < c.end()) {
                return c;
            }
        }
        throw new IllegalStateException("no change at " + i);
    }
}
