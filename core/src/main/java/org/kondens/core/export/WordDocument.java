package org.kondens.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * A Word document with real styles: "heading 1/2" (so Word's navigation pane and table of
 * contents work), "caption", "Quote" and the "Table Grid" table style. With a university
 * template, its styles are used as they are (found by their built-in names, so a Norwegian
 * Word's "Overskrift1" works too) and only missing ones are added.
 */
final class WordDocument {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final String DOTX = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /** Our definitions of the styles exports use, added when the document (or template) lacks them. */
    private static final List<String[]> STYLES = List.of(
            new String[] {"Normal", "Normal", "<w:style " + W + " w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                    + "<w:qFormat/><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr>"
                    + "<w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Calibri\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/></w:rPr></w:style>"},
            new String[] {"title", "Title", heading("Title", "Title", -1, 40)},
            new String[] {"heading 1", "Heading1", heading("Heading1", "heading 1", 0, 32)},
            new String[] {"heading 2", "Heading2", heading("Heading2", "heading 2", 1, 26)},
            new String[] {"caption", "Caption", "<w:style " + W + " w:type=\"paragraph\" w:styleId=\"Caption\"><w:name w:val=\"caption\"/>"
                    + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/></w:pPr>"
                    + "<w:rPr><w:b/><w:sz w:val=\"20\"/></w:rPr></w:style>"},
            new String[] {"Quote", "Quote", "<w:style " + W + " w:type=\"paragraph\" w:styleId=\"Quote\"><w:name w:val=\"Quote\"/>"
                    + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:before=\"120\" w:after=\"160\"/>"
                    + "<w:ind w:left=\"720\" w:right=\"720\"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>"},
            new String[] {"Table Grid", "TableGrid", "<w:style " + W + " w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
                    + "<w:basedOn w:val=\"TableNormal\"/><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
                    + "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                    + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                    + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders>"
                    + "<w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"});

    /** A4 text width with 2.5 cm margins, in twentieths of a point. */
    static final int TEXT_WIDTH = 9070;

    private final XWPFDocument doc;
    private final java.util.Map<String, String> styleIds = new java.util.HashMap<>();

    private WordDocument(XWPFDocument doc) {
        this.doc = doc;
        XWPFStyles styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        for (String[] s : STYLES) {
            XWPFStyle existing = Optional.ofNullable(styles.getStyleWithName(s[0])).orElse(styles.getStyle(s[1]));
            if (existing == null) {
                try {
                    styles.addStyle(new XWPFStyle(parse(s[2]), styles));
                } catch (XmlException e) {
                    throw new IllegalStateException(e);
                }
                styleIds.put(s[0], s[1]);
            } else {
                styleIds.put(s[0], existing.getStyleId());
            }
        }
    }

    /** One w:style element; parsed inside w:styles, since a bare fragment would nest it in another w:style. */
    private static CTStyle parse(String style) throws XmlException {
        return StylesDocument.Factory.parse("<w:styles " + W + ">" + style + "</w:styles>").getStyles().getStyleArray(0);
    }

    private static String heading(String id, String name, int outline, int halfPoints) {
        return "<w:style " + W + " w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"360\" w:after=\"120\"/>"
                + (outline >= 0 ? "<w:outlineLvl w:val=\"" + outline + "\"/>" : "") + "</w:pPr>"
                + "<w:rPr><w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/></w:rPr></w:style>";
    }

    /** A new document, with the styles (and page setup) of {@code template} if given (.docx or .dotx). */
    static WordDocument create(Path template, Instant created) {
        XWPFDocument doc;
        if (template == null) {
            doc = new XWPFDocument();
        } else {
            doc = openTemplate(template);
            while (!doc.getBodyElements().isEmpty()) {
                doc.removeBodyElement(0); // keep styles, numbering, headers and page setup; not the sample text
            }
        }
        // Fixed document times: the same project gives the same document.
        Date time = Date.from(created);
        doc.getProperties().getCoreProperties().setCreated(Optional.of(time));
        doc.getProperties().getCoreProperties().setModified(Optional.of(time));
        doc.getProperties().getCoreProperties().setCreator("Kondens");
        return new WordDocument(doc);
    }

    private static XWPFDocument openTemplate(Path template) {
        String name = template.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".docx") && !name.endsWith(".dotx")) {
            throw new KondensException(Problem.EXPORT_TEMPLATE_TYPE, template.getFileName());
        }
        try (InputStream in = Files.newInputStream(template)) {
            OPCPackage pkg = OPCPackage.open(in);
            if (name.endsWith(".dotx")) {
                pkg.replaceContentType(DOTX, DOCX);
            }
            return new XWPFDocument(pkg);
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new KondensException(e, Problem.EXPORT_TEMPLATE_UNUSABLE, template.getFileName(), e.getMessage());
        }
    }

    XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(styleIds.get(style));
        }
        if (text != null && !text.isEmpty()) {
            addText(p.createRun(), text);
        }
        return p;
    }

    void title(String text) {
        paragraph("title", text);
    }

    void heading(int level, String text) {
        paragraph(level == 1 ? "heading 1" : "heading 2", text);
    }

    void text(String text) {
        for (String para : text.strip().split("\\n\\s*\\n")) {
            paragraph(null, para.strip());
        }
    }

    void caption(String text) {
        paragraph("caption", text);
    }

    /** A block quote followed by its label: «…» (Informant 3). */
    void quote(String text, String label) {
        XWPFParagraph p = paragraph("Quote", null);
        addText(p.createRun(), text);
        if (!Labels.blank(label)) {
            XWPFRun r = p.createRun();
            r.setItalic(false);
            r.setText(" (" + label + ")");
        }
    }

    /**
     * A table in the document's table style: {@code rows.get(0)} is the header (bold, repeated
     * on each page). Cells may hold several paragraphs separated by "\n".
     */
    XWPFTable table(List<List<String>> rows, int[] widthsTwips) {
        int cols = rows.get(0).size();
        // Wide tables (a participant table with many attributes) get a smaller type, as in a thesis.
        int points = cols > 6 ? 9 : 11;
        if (widthsTwips == null) {
            widthsTwips = widths(rows, points * 11);
        }
        XWPFTable table = doc.createTable(rows.size(), cols);
        CTTblPr pr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr() : table.getCTTbl().addNewTblPr();
        pr.addNewTblStyle().setVal(styleIds.get("Table Grid"));
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
        table.setWidth("100%");
        // Fixed layout reads the grid: give it the same widths as the cells (LibreOffice uses only the grid).
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < cols; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(widthsTwips[c]));
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(false);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                if (widthsTwips != null) {
                    cell.getCTTc().addNewTcPr().addNewTcW().setW(BigInteger.valueOf(widthsTwips[c]));
                    cell.getCTTc().getTcPr().getTcW().setType(STTblWidth.DXA);
                }
                String value = rows.get(r).get(c) == null ? "" : rows.get(r).get(c);
                String[] paras = value.split("\n", -1);
                for (int i = 0; i < paras.length; i++) {
                    XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                    p.setSpacingAfter(0);
                    XWPFRun run = p.createRun();
                    run.setText(paras[i]);
                    run.setBold(r == 0);
                    if (points != 11) {
                        run.setFontSize(points);
                    }
                }
            }
        }
        doc.createParagraph(); // Word needs a paragraph between two tables, and after the last
        return table;
    }

    /**
     * Column widths from the content: each column gets room for its longest word and a share
     * of the rest by how much text it holds, so short numbers do not get as wide as free text.
     */
    private static int[] widths(List<List<String>> rows, int charTwips) {
        int cols = rows.get(0).size();
        double[] weight = new double[cols];
        int[] minimum = new int[cols];
        for (List<String> row : rows) {
            for (int c = 0; c < cols; c++) {
                String v = row.get(c) == null ? "" : row.get(c);
                weight[c] = Math.max(weight[c], Math.min(40, v.length()));
                for (String word : v.split("\\s+")) {
                    minimum[c] = Math.max(minimum[c], Math.min(14, word.length()) * charTwips + 240);
                }
            }
        }
        int fixed = java.util.Arrays.stream(minimum).sum();
        double total = java.util.Arrays.stream(weight).sum();
        int[] w = new int[cols];
        int spare = Math.max(0, TEXT_WIDTH - fixed);
        double shrink = fixed > TEXT_WIDTH ? (double) TEXT_WIDTH / fixed : 1; // many columns: all give way evenly
        for (int c = 0; c < cols; c++) {
            w[c] = (int) (minimum[c] * shrink) + (int) (total == 0 ? spare / cols : spare * weight[c] / total);
        }
        return w;
    }

    /** Text with line breaks kept as breaks within one paragraph. */
    private static void addText(XWPFRun run, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    /** The POI document, for exports that add their own marks (the review document's bookmarks and comments). */
    XWPFDocument poi() {
        return doc;
    }

    void write(OutputStream out) throws IOException {
        doc.write(out);
        doc.close();
    }
}
