package org.kondens.core.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamReader;
import org.kondens.core.KondensException;
import org.kondens.core.Message;
import org.kondens.core.Problem;
import org.kondens.core.Term;

/**
 * Word documents (.docx). We read the main document part with our own hardened StAX loop rather
 * than through POI's XWPF text, because a transcript needs choices XWPF does not let us make:
 * tracked changes taken as accepted (insertions kept, deletions dropped), field codes left out,
 * and a bold speaker name at a paragraph's start remembered as a turn marker.
 * <p>
 * Kept: body paragraphs in order, text in tables (cells separated by a tab, a row per line),
 * tabs and line breaks as text. Left out, with a notice: headers, footers, comments, footnotes
 * and endnotes.
 */
final class DocxReader {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Pattern MAIN_PART = Pattern.compile(
            "Type=\"[^\"]*/officeDocument\"[^>]*Target=\"/?([^\"]+)\"|Target=\"/?([^\"]+)\"[^>]*Type=\"[^\"]*/officeDocument\"");

    private final String name;
    private final String part;
    private final XMLStreamReader xml;
    private final DocumentText out = new DocumentText();

    private DocxReader(String name, String part, byte[] bytes) {
        this.name = name;
        this.part = part;
        this.xml = SafeXml.reader(name, part, bytes);
    }

    static ImportedTranscript read(Path file) {
        String name = file.getFileName().toString();
        try (SafeZip zip = SafeZip.open(file, Term.WORD_DOCUMENT)) {
            String part = mainPart(zip, name);
            byte[] bytes = zip.read(part).orElseThrow(() -> new KondensException(Problem.IMPORT_NO_DOCX_BODY, name, part));
            DocxReader reader = new DocxReader(name, part, bytes);
            reader.body();
            reader.noticeLeftOut(zip);
            return reader.out.finish(name);
        }
    }

    /** The main part named in the package relationships; Word always calls it word/document.xml. */
    private static String mainPart(SafeZip zip, String name) {
        if (!zip.has("[Content_Types].xml")) {
            throw new KondensException(Problem.IMPORT_NOT_DOCX, name);
        }
        String rels = zip.read("_rels/.rels").map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
        Matcher m = MAIN_PART.matcher(rels);
        if (m.find()) {
            return m.group(1) != null ? m.group(1) : m.group(2);
        }
        return "word/document.xml";
    }

    private void noticeLeftOut(SafeZip zip) {
        List<Term> found = new ArrayList<>();
        List<String> parts = zip.names();
        if (parts.stream().anyMatch(p -> p.matches("word/header\\d*\\.xml"))) {
            found.add(Term.PART_HEADERS);
        }
        if (parts.stream().anyMatch(p -> p.matches("word/footer\\d*\\.xml"))) {
            found.add(Term.PART_FOOTERS);
        }
        if (parts.contains("word/comments.xml")) {
            found.add(Term.PART_COMMENTS);
        }
        if (parts.contains("word/footnotes.xml") || parts.contains("word/endnotes.xml")) {
            found.add(Term.PART_FOOTNOTES);
        }
        if (!found.isEmpty()) {
            out.notice(Message.of(Problem.NOTICE_NOT_IMPORTED, Term.list(found)));
        }
    }

    private int next() {
        return SafeXml.next(xml, name, part);
    }

    private boolean isW(String local) {
        return W.equals(xml.getNamespaceURI()) && local.equals(xml.getLocalName());
    }

    /** Walks the document, handing each body paragraph and table row to {@link #out}. */
    private void body() {
        while (true) {
            int e = next();
            if (e == XMLStreamReader.END_DOCUMENT) {
                return;
            }
            if (e == XMLStreamReader.START_ELEMENT) {
                if (isW("p")) {
                    Paragraph p = new Paragraph();
                    paragraph(p);
                    out.paragraph(p.text.toString(), p.boldLead.toString());
                } else if (isW("tr")) {
                    out.paragraph(row(), "");
                } else if (isW("del") || isW("moveFrom")) {
                    skip();
                }
            }
        }
    }

    /** The text of a table row: its cells' paragraphs, cells separated by a tab. */
    private String row() {
        StringBuilder row = new StringBuilder();
        boolean firstCell = true;
        while (true) {
            int e = next();
            if (e == XMLStreamReader.END_ELEMENT && isW("tr")) {
                return row.toString();
            }
            if (e == XMLStreamReader.START_ELEMENT && isW("tc")) {
                if (!firstCell) {
                    row.append('\t');
                }
                firstCell = false;
            } else if (e == XMLStreamReader.START_ELEMENT && isW("p")) {
                Paragraph p = new Paragraph();
                paragraph(p);
                if (!p.text.isEmpty() && !row.isEmpty() && row.charAt(row.length() - 1) != '\t') {
                    row.append(' ');
                }
                row.append(p.text);
            } else if (e == XMLStreamReader.START_ELEMENT && isW("tbl")) {
                skip(); // a table inside a cell: rare in transcripts, and no good place for it in a line
                out.notice(Message.of(Problem.NOTICE_NESTED_TABLE));
            }
        }
    }

    private static final class Paragraph {
        final StringBuilder text = new StringBuilder();
        final StringBuilder boldLead = new StringBuilder();
        boolean leadOpen = true;
    }

    /** Reads a w:p: runs in order, tracked insertions kept, deletions and field codes dropped. */
    private void paragraph(Paragraph p) {
        boolean bold = false;
        boolean inField = false; // between fldChar begin and separate: the field's code, not its result
        while (true) {
            int e = next();
            if (e == XMLStreamReader.END_ELEMENT && isW("p")) {
                return;
            }
            if (e != XMLStreamReader.START_ELEMENT) {
                continue;
            }
            if (isW("del") || isW("moveFrom") || isW("instrText") || isW("delInstrText") || isW("footnoteReference")
                    || isW("endnoteReference") || isW("commentReference") || isW("pPr")) {
                skip();
            } else if (isW("drawing") || isW("pict") || isW("object") || "AlternateContent".equals(xml.getLocalName())) {
                skip();
                out.notice(Message.of(Problem.NOTICE_DRAWINGS));
            } else if (isW("r")) {
                bold = false;
            } else if (isW("rPr")) {
                bold = runIsBold();
            } else if (isW("fldChar")) {
                String type = xml.getAttributeValue(W, "fldCharType");
                inField = "begin".equals(type) || (inField && !"separate".equals(type) && !"end".equals(type));
            } else if (isW("t") && !inField) {
                append(p, text(), bold);
            } else if (isW("tab") && !inField) {
                append(p, "\t", false);
            } else if ((isW("br") || isW("cr")) && !inField) {
                append(p, "\n", false);
            } else if (isW("noBreakHyphen")) {
                append(p, "-", bold);
            }
        }
    }

    private void append(Paragraph p, String s, boolean bold) {
        // The bold lead is the bold text a paragraph opens with (leading blanks aside).
        if (p.leadOpen) {
            if (bold) {
                p.boldLead.append(s);
            } else if (!(s.isBlank() && p.boldLead.isEmpty())) {
                p.leadOpen = false;
            }
        }
        p.text.append(s);
    }

    /** Reads a w:rPr and tells whether it sets bold (w:b without w:val="false"/"0"). */
    private boolean runIsBold() {
        boolean bold = false;
        while (true) {
            int e = next();
            if (e == XMLStreamReader.END_ELEMENT && isW("rPr")) {
                return bold;
            }
            if (e == XMLStreamReader.START_ELEMENT && isW("b")) {
                String val = xml.getAttributeValue(W, "val");
                bold = val == null || !(val.equals("false") || val.equals("0") || val.equals("off"));
            }
        }
    }

    private String text() {
        StringBuilder s = new StringBuilder();
        while (true) {
            int e = next();
            if (e == XMLStreamReader.CHARACTERS || e == XMLStreamReader.CDATA || e == XMLStreamReader.SPACE) {
                s.append(xml.getText());
            } else if (e == XMLStreamReader.END_ELEMENT) {
                return s.toString();
            }
        }
    }

    private void skip() {
        SafeXml.skip(xml, name, part);
    }
}
