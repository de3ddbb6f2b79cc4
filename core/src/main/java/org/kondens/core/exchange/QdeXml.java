package org.kondens.core.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reading project.qde: a parser that refuses DTDs and external entities (a .qdpx comes from
 * anywhere), and the few walks over REFI-QDA elements the import needs. Elements are matched by
 * local name so that a file outside the REFI-QDA namespace can still be read.
 */
final class QdeXml {

    private QdeXml() {
    }

    /** Parses {@code part} of archive {@code file}; any problem stops the import with a message naming both. */
    static Document parse(String file, byte[] xml, String part) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            // The default handler only prints errors; a damaged file must stop the import.
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("DOCTYPE")) {
                throw new KondensException(e, Problem.QDPX_XML_DTD, file, part);
            }
            throw new KondensException(e, Problem.QDPX_XML_BROKEN, file, part, e.getLineNumber(), msg.replaceAll("\\s+", " "));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new KondensException(e, Problem.QDPX_XML_UNREADABLE, file, part, e.getMessage());
        }
    }

    /** The child elements of {@code e}, in document order. */
    static List<Element> elements(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    static List<Element> children(Element e, String localName) {
        return elements(e).stream().filter(c -> localName.equals(c.getLocalName())).toList();
    }

    /** The elements reached by following {@code names} down from {@code e}, e.g. CodeBook/Codes/Code. */
    static List<Element> path(Element e, String... names) {
        List<Element> level = List.of(e);
        for (String n : names) {
            List<Element> next = new ArrayList<>();
            level.forEach(x -> next.addAll(children(x, n)));
            level = next;
        }
        return level;
    }

    /** The text of the first {@code <Description>}; empty when there is none. */
    static String description(Element e) {
        return children(e, "Description").stream().map(Element::getTextContent).findFirst().orElse("");
    }

    /** The element's own {@code guid}. */
    static UUID guid(Element e) {
        return Guids.parse(e.getAttribute("guid"));
    }

    /** The {@code targetGUID} of a reference element (CodeRef, NoteRef, SourceRef …). */
    static UUID target(Element ref) {
        return Guids.parse(ref.getAttribute("targetGUID"));
    }

    /** The target of the first {@code <CodeRef>} (how a Coding names its code); null when there is none. */
    static UUID codeRef(Element coding) {
        return children(coding, "CodeRef").stream().map(QdeXml::target).findFirst().orElse(null);
    }

    /** xsd:dateTime as tools write it: with Z, with an offset, or without a zone (read as UTC). */
    static Instant instant(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        try {
            return Instant.parse(v);
        } catch (RuntimeException e) {
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (RuntimeException e2) {
                try {
                    return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
                } catch (RuntimeException e3) {
                    return null;
                }
            }
        }
    }
}
