package org.kondens.core.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * GUIDs used twice in one file (merged projects, hand edits). Every GUID becomes a primary key in
 * the new project, so a second use would stop the import with a database error. One of the two
 * is given a new GUID, with a notice, and the references follow by kind (a CodeRef can only mean
 * a Code); when a reference could mean either element, the import stops in one line naming both.
 */
final class RepeatedGuids {

    private RepeatedGuids() {
    }

    private static final Set<String> SOURCES = Set.of("TextSource", "PDFSource", "PictureSource", "AudioSource", "VideoSource");
    private static final Set<String> SELECTIONS = Set.of("PlainTextSelection", "PDFSelection", "PictureSelection",
            "AudioSelection", "VideoSelection", "TranscriptSelection");

    /** What each kind of reference can point at; any other reference (a link, a graph's vertex) can point at anything. */
    private static final Map<String, Set<String>> TARGETS = Map.of("CodeRef", Set.of("Code"), "MemberCode", Set.of("Code"),
            "NoteRef", Set.of("Note"), "MemberNote", Set.of("Note"), "VariableRef", Set.of("Variable"), "SourceRef", SOURCES,
            "MemberSource", SOURCES, "SelectionRef", SELECTIONS);

    /**
     * Re-keys every second use of a GUID in {@code root} (in document order) and points the
     * references that can only mean it (by their kind: a CodeRef means a Code) at its new GUID.
     * When one reference could mean either element, refuses.
     */
    static void rekey(String file, Element root, ImportLog log) {
        Map<UUID, List<Reference>> referrers = new HashMap<>();
        Set<UUID> used = new HashSet<>();
        walk(root, e -> {
            for (String attr : List.of("targetGUID", "originGUID", "representedGUID")) {
                if (e.hasAttribute(attr)) {
                    referrers.computeIfAbsent(Guids.parse(e.getAttribute(attr)), k -> new ArrayList<>()).add(new Reference(e, attr));
                }
            }
            if (e.hasAttribute("guid")) {
                used.add(QdeXml.guid(e));
            }
        });
        giveMissing(root, used, log);
        Map<UUID, Element> first = new HashMap<>();
        walk(root, e -> {
            if (!e.hasAttribute("guid")) {
                return;
            }
            UUID id = QdeXml.guid(e);
            Element earlier = first.putIfAbsent(id, e);
            if (earlier == null) {
                return;
            }
            List<Reference> refs = referrers.getOrDefault(id, List.of());
            if (refs.stream().anyMatch(r -> r.canMean(earlier) && r.canMean(e))) {
                throw new KondensException(Problem.QDPX_GUID_AMBIGUOUS, file, id, describe(earlier), describe(e));
            }
            // The second is given anew, unless only it is referred to and the first is not.
            boolean keepSecond = refs.stream().anyMatch(r -> r.canMean(e)) && refs.stream().noneMatch(r -> r.canMean(earlier));
            Element other = keepSecond ? earlier : e;
            first.put(id, keepSecond ? e : earlier);
            UUID fresh = id;
            for (int n = 2; used.contains(fresh); n++) {
                fresh = Guids.derived("repeated-guid", id + "#" + n);
            }
            used.add(fresh);
            other.setAttribute("guid", fresh.toString());
            first.put(fresh, other);
            for (Reference r : refs) {
                if (r.canMean(other)) {
                    r.element().setAttribute(r.attribute(), fresh.toString());
                }
            }
            log.notice(Problem.QDPX_GUID_REKEYED, id, describe(earlier), describe(e), keepSecond ? Term.GUID_FIRST : Term.GUID_SECOND);
        });
    }

    /** An attribute that refers to a GUID, and the element holding it. */
    private record Reference(Element element, String attribute) {

        /** Whether it can point at {@code target}: a CodeRef only at a Code …; a link or graph vertex at anything. */
        boolean canMean(Element target) {
            Set<String> kinds = TARGETS.get(element.getLocalName());
            return kinds == null || kinds.contains(target.getLocalName());
        }
    }

    /** The elements whose GUID becomes a Kondens entity's id; without one they would all share one. */
    private static final Set<String> KEYED = Set.of("TextSource", "Representation", "PlainTextSelection", "Code", "Case",
            "Variable", "Note");

    /** Gives each such element that has no GUID a new one; one notice per kind of element. */
    private static void giveMissing(Element root, Set<UUID> used, ImportLog log) {
        Map<String, Integer> given = new java.util.LinkedHashMap<>();
        walk(root, e -> {
            if (KEYED.contains(e.getLocalName()) && e.getAttribute("guid").isBlank()) {
                UUID fresh = Guids.derived("missing-guid", 0);
                for (int n = 1; used.contains(fresh); n++) {
                    fresh = Guids.derived("missing-guid", n);
                }
                used.add(fresh);
                e.setAttribute("guid", fresh.toString());
                given.merge(e.getLocalName(), 1, Integer::sum);
            }
        });
        given.forEach((kind, n) -> log.notice(Problem.QDPX_GUID_MISSING, n, "<" + kind + ">"));
    }

    /** {@code <Code name='Møte'>}: enough for the user to find the element in the file. */
    private static String describe(Element e) {
        String name = e.getAttribute("name");
        return "<" + e.getLocalName() + (name.isBlank() ? "" : " name='" + name.strip() + "'") + ">";
    }

    private static void walk(Element e, java.util.function.Consumer<Element> visit) {
        visit.accept(e);
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                walk(c, visit);
            }
        }
    }
}
