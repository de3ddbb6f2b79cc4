package org.kondens.core.importer;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;

/**
 * A StAX reader that cannot be turned against the user: no DTDs, no external entities (XXE),
 * no entity expansion. Word and LibreOffice never write a DTD, so a document with one is refused.
 */
public final class SafeXml {

    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** A reader over {@code xml}; its events are checked by {@link #next}. */
    public static XMLStreamReader reader(String fileName, String part, byte[] xml) {
        try {
            // Files are read on several threads (ReadAhead); StAX factories promise no thread safety.
            synchronized (FACTORY) {
                return FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            }
        } catch (XMLStreamException e) {
            throw broken(fileName, part, e);
        }
    }

    /** The next event; a DTD or an entity reference is refused with a message naming the file. */
    public static int next(XMLStreamReader r, String fileName, String part) {
        try {
            int event = r.next();
            if (event == XMLStreamReader.DTD || event == XMLStreamReader.ENTITY_REFERENCE) {
                throw new KondensException(Problem.IMPORT_XML_ENTITIES, fileName, part);
            }
            return event;
        } catch (XMLStreamException e) {
            throw broken(fileName, part, e);
        }
    }

    private static KondensException broken(String fileName, String part, XMLStreamException e) {
        String why = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceAll("\\s+", " ");
        return new KondensException(e, Problem.IMPORT_XML_DAMAGED, fileName, part, why);
    }

    /** Skips the element the reader is at, with everything inside it. */
    public static void skip(XMLStreamReader r, String fileName, String part) {
        int depth = 1;
        while (depth > 0) {
            int e = next(r, fileName, part);
            if (e == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
    }
}
