package org.kondens.core.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;
import org.kondens.core.KondensException;
import org.kondens.core.Message;
import org.kondens.core.Problem;
import org.kondens.core.Term;

/**
 * LibreOffice/OpenDocument text (.odt): content.xml read with the hardened StAX reader.
 * Kept: paragraphs and headings in order (also inside lists, sections and tables), spaces
 * ({@code text:s}), tabs and line breaks; tracked changes as accepted. Left out, with a notice:
 * footnotes, comments, and headers and footers (those live in styles.xml).
 */
final class OdtReader {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    private final String name;
    private final XMLStreamReader xml;
    private final DocumentText out = new DocumentText();
    /** Automatic text and paragraph styles that make text bold. */
    private final Set<String> boldStyles = new HashSet<>(Set.of("Strong_20_Emphasis"));

    private OdtReader(String name, byte[] content) {
        this.name = name;
        this.xml = SafeXml.reader(name, "content.xml", content);
    }

    static ImportedTranscript read(Path file) {
        String name = file.getFileName().toString();
        try (SafeZip zip = SafeZip.open(file, Term.ODT_DOCUMENT)) {
            String manifest = zip.read("META-INF/manifest.xml").map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
            if (manifest.contains("encryption-data")) {
                throw new KondensException(Problem.IMPORT_ODT_PASSWORD, name);
            }
            byte[] content = zip.read("content.xml").orElseThrow(() -> new KondensException(Problem.IMPORT_NOT_ODT, name));
            OdtReader reader = new OdtReader(name, content);
            reader.document();
            String styles = zip.read("styles.xml").map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
            if (styles.contains("<style:header") || styles.contains("<style:footer")) {
                reader.out.notice(Message.of(Problem.NOTICE_NOT_IMPORTED, Term.PART_HEADERS_FOOTERS));
            }
            return reader.out.finish(name);
        }
    }

    private int next() {
        return SafeXml.next(xml, name, "content.xml");
    }

    private boolean is(String ns, String local) {
        return ns.equals(xml.getNamespaceURI()) && local.equals(xml.getLocalName());
    }

    private void document() {
        String currentStyle = null;
        while (true) {
            int e = next();
            if (e == XMLStreamReader.END_DOCUMENT) {
                return;
            }
            if (e != XMLStreamReader.START_ELEMENT) {
                continue;
            }
            if (is(STYLE, "style")) {
                currentStyle = xml.getAttributeValue(STYLE, "name");
            } else if (is(STYLE, "text-properties") && "bold".equals(xml.getAttributeValue(FO, "font-weight")) && currentStyle != null) {
                boldStyles.add(currentStyle);
            } else if (is(TEXT, "p") || is(TEXT, "h")) {
                Paragraph p = new Paragraph(boldStyles.contains(xml.getAttributeValue(TEXT, "style-name")));
                paragraph(p, xml.getLocalName());
                out.paragraph(p.text.toString(), p.boldLead.toString());
            } else if (is(TABLE, "table-row")) {
                out.paragraph(row(), "");
            } else if (is(TEXT, "tracked-changes")) {
                skip(); // the deleted text of tracked changes; insertions are inline and kept
            }
        }
    }

    private String row() {
        StringBuilder row = new StringBuilder();
        boolean firstCell = true;
        while (true) {
            int e = next();
            if (e == XMLStreamReader.END_ELEMENT && is(TABLE, "table-row")) {
                return row.toString();
            }
            if (e == XMLStreamReader.START_ELEMENT && is(TABLE, "table-cell")) {
                if (!firstCell) {
                    row.append('\t');
                }
                firstCell = false;
            } else if (e == XMLStreamReader.START_ELEMENT && (is(TEXT, "p") || is(TEXT, "h"))) {
                Paragraph p = new Paragraph(false);
                paragraph(p, xml.getLocalName());
                if (!p.text.isEmpty() && !row.isEmpty() && row.charAt(row.length() - 1) != '\t') {
                    row.append(' ');
                }
                row.append(p.text);
            }
        }
    }

    private static final class Paragraph {
        final StringBuilder text = new StringBuilder();
        final StringBuilder boldLead = new StringBuilder();
        final boolean bold;
        boolean leadOpen = true;

        Paragraph(boolean bold) {
            this.bold = bold;
        }

        void append(String s, boolean boldSpan) {
            if (leadOpen) {
                if (bold || boldSpan) {
                    boldLead.append(s);
                } else if (!(s.isBlank() && boldLead.isEmpty())) {
                    leadOpen = false;
                }
            }
            text.append(s);
        }
    }

    /** Reads a text:p or text:h up to its end; spans may nest, so bold is tracked per depth. */
    private void paragraph(Paragraph p, String local) {
        java.util.ArrayDeque<Boolean> bold = new java.util.ArrayDeque<>();
        bold.push(false);
        while (true) {
            int e = next();
            if (e == XMLStreamReader.END_ELEMENT) {
                if (is(TEXT, local) && bold.size() == 1) {
                    return;
                }
                if (is(TEXT, "span")) {
                    bold.pop();
                }
            } else if (e == XMLStreamReader.CHARACTERS || e == XMLStreamReader.SPACE || e == XMLStreamReader.CDATA) {
                p.append(xml.getText(), bold.peek());
            } else if (e == XMLStreamReader.START_ELEMENT) {
                if (is(TEXT, "span")) {
                    bold.push(bold.peek() || boldStyles.contains(xml.getAttributeValue(TEXT, "style-name")));
                } else if (is(TEXT, "s")) {
                    String c = xml.getAttributeValue(TEXT, "c");
                    p.append(" ".repeat(spaces(c)), bold.peek());
                } else if (is(TEXT, "tab")) {
                    p.append("\t", false);
                } else if (is(TEXT, "line-break")) {
                    p.append("\n", false);
                } else if (is(TEXT, "note")) {
                    skip();
                    out.notice(Message.of(Problem.NOTICE_NOT_IMPORTED, Term.PART_FOOTNOTES));
                } else if (is(OFFICE, "annotation")) {
                    skip();
                    out.notice(Message.of(Problem.NOTICE_NOT_IMPORTED, Term.PART_COMMENTS));
                } else if (is(OFFICE, "annotation-end") || is(TEXT, "bookmark") || is(TEXT, "soft-page-break")) {
                    continue;
                } else if ("frame".equals(xml.getLocalName())) {
                    skip();
                    out.notice(Message.of(Problem.NOTICE_DRAWINGS));
                }
            }
        }
    }

    /** The count of a text:s element: 1 when absent, bounded so a hostile file cannot blow it up. */
    private static int spaces(String c) {
        try {
            return c == null ? 1 : Math.max(1, Math.min(1000, Integer.parseInt(c.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void skip() {
        SafeXml.skip(xml, name, "content.xml");
    }
}
