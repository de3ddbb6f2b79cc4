package org.kondens.core.exchange;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The REFI-QDA schemas (project: Project-mrt2019.xsd; codebook: section 5.2 of the standard). */
public final class QdaSchemas {

    private static volatile Schema project;
    private static volatile Schema codebook;

    private QdaSchemas() {
    }

    /** The first schema error in a project.qde, or empty when it is valid. */
    public static Optional<String> checkProject(byte[] xml) {
        return check(projectSchema(), new StreamSource(new ByteArrayInputStream(xml)));
    }

    /** The first schema error in a .qdc codebook, or empty when it is valid. */
    public static Optional<String> checkCodebook(byte[] xml) {
        return check(codebookSchema(), new StreamSource(new ByteArrayInputStream(xml)));
    }

    static Optional<String> check(Schema schema, Source source) {
        try {
            Validator v = schema.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.validate(source);
            return Optional.empty();
        } catch (SAXParseException e) {
            return Optional.of("line " + e.getLineNumber() + ": " + e.getMessage());
        } catch (SAXException | java.io.IOException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    static Schema projectSchema() {
        if (project == null) {
            project = load("Project-mrt2019.xsd");
        }
        return project;
    }

    static Schema codebookSchema() {
        if (codebook == null) {
            codebook = load("Codebook.xsd");
        }
        return codebook;
    }

    private static Schema load(String name) {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newSchema(QdaSchemas.class.getResource(name));
        } catch (SAXException e) {
            throw new IllegalStateException("the bundled schema " + name + " does not load", e);
        }
    }
}
