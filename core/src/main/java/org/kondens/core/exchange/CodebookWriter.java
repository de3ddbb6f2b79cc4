package org.kondens.core.exchange;

import java.io.IOException;
import java.io.OutputStream;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Subgroup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes the code groups and subgroups as a REFI-QDA codebook (.qdc, namespace
 * {@code urn:QDA-XML:codebook:1.0}): code groups as Codes with their colour and description,
 * subgroups as child Codes in a shade of their group's colour. The GUIDs are the same as in a .qdpx of the same project.
 */
public final class CodebookWriter {

    static final String NS = "urn:QDA-XML:codebook:1.0";

    private CodebookWriter() {
    }

    public static void write(ProjectSnapshot s, OutputStream out) throws IOException {
        out.write(codebookXml(s));
    }

    public static byte[] codebookXml(ProjectSnapshot s) {
        Document doc = Xml.newDocument();
        Element root = doc.createElementNS(NS, "CodeBook");
        doc.appendChild(root);
        root.setAttribute("origin", QdpxWriter.ORIGIN);
        // The schema requires at least one Code: an empty codebook gets one non-codable
        // placeholder, so the file is still valid and says what happened.
        Element codes = Xml.child(root, "Codes");
        if (s.codeGroups().isEmpty()) {
            Element c = Xml.child(codes, "Code");
            c.setAttribute("guid", Guids.of(Guids.derived("empty-codebook", s.project().id())));
            c.setAttribute("name", "(no code groups yet)");
            c.setAttribute("isCodable", "false");
        }
        for (CodeGroup g : s.codeGroups()) {
            Element code = code(codes, g.id().toString(), g.workingName(), CodeColours.rgb(g.color()));
            if (g.description() != null && !g.description().isBlank()) {
                Xml.text(code, "Description", g.description());
            }
            int index = 0;
            for (Subgroup sub : s.subgroupsOf(g.id())) {
                code(code, sub.id().toString(), sub.name(), CodeColours.subgroupColor(g.color(), index++));
            }
        }
        return Xml.bytes(doc);
    }

    private static Element code(Element parent, String guid, String name, String color) {
        Element c = Xml.child(parent, "Code");
        c.setAttribute("guid", guid);
        c.setAttribute("name", name);
        c.setAttribute("isCodable", "true");
        if (color != null) {
            c.setAttribute("color", color);
        }
        return c;
    }
}
