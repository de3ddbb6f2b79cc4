package org.kondens.core.exchange;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Small DOM helpers for writing REFI-QDA XML: UTF-8, LF line ends, two-space indent. */
final class Xml {

    private Xml() {
    }

    static Document newDocument() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Element child(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), name);
        parent.appendChild(e);
        return e;
    }

    static Element text(Element parent, String name, String text) {
        Element e = child(parent, name);
        e.setTextContent(text);
        return e;
    }

    static Element ref(Element parent, String name, Object guid) {
        Element e = child(parent, name);
        e.setAttribute("targetGUID", guid.toString());
        return e;
    }

    /** {@code text} as the text of an element, escaped as {@link #write} escapes it (no CR: line ends are LF). */
    static String escapedText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "");
    }

    static byte[] bytes(Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(doc, out);
        return out.toByteArray();
    }

    /**
     * Writes {@code doc} to {@code out} as it goes (a project's XML with its data note can be a
     * hundred megabytes: no copies of it in memory); {@code out} is left open.
     */
    static void write(Document doc, OutputStream out) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            doc.setXmlStandalone(true);
            // The JDK writes the platform's line separator; keep LF everywhere. A CR in the
            // content is written as &#13;, so every CR byte is a line separator's.
            OutputStream withoutCr = new FilterOutputStream(out) {
                @Override
                public void write(int b) throws IOException {
                    if (b != '\r') {
                        out.write(b);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    int from = off;
                    for (int i = off; i < off + len; i++) {
                        if (b[i] == '\r') {
                            out.write(b, from, i - from);
                            from = i + 1;
                        }
                    }
                    out.write(b, from, off + len - from);
                }
            };
            t.transform(new DOMSource(doc), new StreamResult(withoutCr));
            withoutCr.flush();
        } catch (TransformerException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
