package org.kondens.core.exchange;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Moves the texts of the notes a reader shows as memos (themes, condensates, analytic texts,
 * quotes, unit notes) out of project.qde into {@code sources/<GUID>.txt}, referenced by
 * {@code plainTextPath}: QualCoder makes a journal only of such a note, and stops on two journals
 * with one name, so a repeated name gets a number. Themes come first and their names are unique
 * (Kondens reads a theme's name back from its note); should one still repeat, it keeps its text
 * inline rather than change its name. Transcript notes stay inline: QualCoder
 * reads an annotation's text from PlainTextContent; Kondens' own data note stays inline too.
 */
final class NoteFiles {

    private NoteFiles() {
    }

    /** Rewrites {@code notes} in place; returns the files to add to the archive, by name. */
    static Map<String, String> moveOut(List<Element> notes) {
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, Integer> used = new HashMap<>();
        for (Element n : notes) {
            String kind = QdeXml.description(n).strip();
            if (QdpxWriter.TRANSCRIPT_NOTE.equals(kind) || KondensExtension.MARKER.equals(kind)) {
                continue;
            }
            String name = n.getAttribute("name");
            int seen = used.merge(name, 1, Integer::sum);
            if (seen > 1) {
                if (QdpxWriter.THEME.equals(kind)) {
                    continue;
                }
                String numbered = name + " (" + seen + ")";
                while (used.containsKey(numbered)) {
                    numbered = name + " (" + ++seen + ")";
                }
                used.put(numbered, 1);
                n.setAttribute("name", numbered);
            }
            Node content = QdeXml.children(n, "PlainTextContent").get(0);
            String file = n.getAttribute("guid") + ".txt";
            files.put(file, content.getTextContent());
            n.removeChild(content);
            n.setAttribute("plainTextPath", "internal://" + file);
        }
        return files;
    }
}
