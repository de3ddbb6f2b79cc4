package org.kondens.core.export;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * A university template as a Norwegian Word saves it: style ids are Norwegian ("Overskrift1"),
 * built-in names English ("heading 1"), a house font, and sample text in the body.
 */
final class NorwegianTemplate {

    static final String SAMPLE_TEXT = "Skriv inn tittel her";
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private NorwegianTemplate() {
    }

    private static CTStyle style(String xml) throws Exception {
        return org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument.Factory
                .parse("<w:styles " + W + ">" + xml + "</w:styles>").getStyles().getStyleArray(0);
    }

    static Path write(Path file, boolean asDotx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            var styles = doc.createStyles();
            styles.addStyle(new XWPFStyle(style("<w:style " + W + " w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
                    + "<w:name w:val=\"Normal\"/><w:rPr><w:rFonts w:ascii=\"Georgia\" w:hAnsi=\"Georgia\"/><w:sz w:val=\"24\"/></w:rPr></w:style>"), styles));
            styles.addStyle(new XWPFStyle(style("<w:style " + W + " w:type=\"paragraph\" w:styleId=\"Overskrift1\">"
                    + "<w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr>"
                    + "<w:rPr><w:color w:val=\"8B0000\"/><w:sz w:val=\"36\"/></w:rPr></w:style>"), styles));
            doc.createParagraph().createRun().setText(SAMPLE_TEXT);
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        if (asDotx) {
            try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(file.toString())) {
                pkg.replaceContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml");
            }
        }
        return file;
    }
}
