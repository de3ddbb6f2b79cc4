package org.kondens.core.exchange;

import static org.kondens.core.exchange.QdeXml.children;
import static org.kondens.core.exchange.QdeXml.elements;
import static org.kondens.core.exchange.QdeXml.path;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kondens.core.Problem;
import org.kondens.core.model.Informant;
import org.w3c.dom.Element;

/**
 * The project's {@code <Cases>} as informants: a case's variable values become the informant's
 * attributes, and its SourceRefs and SelectionRefs say in which transcripts and passages the
 * informant speaks.
 *
 * @param informants one per case, labels made unique (Kondens tells informants apart by label)
 * @param casesOfSource the cases that refer to each source, in file order
 * @param caseOfSelection the first case that refers to each selection
 */
record CaseInformants(List<Informant> informants, Map<UUID, List<UUID>> casesOfSource, Map<UUID, UUID> caseOfSelection) {

    CaseInformants {
        informants = List.copyOf(informants);
        // Unmodifiable views, not Map.copyOf: lookups with an unknown or null key must stay plain misses.
        casesOfSource = Collections.unmodifiableMap(casesOfSource);
        caseOfSelection = Collections.unmodifiableMap(caseOfSelection);
    }

    static CaseInformants read(Element root, ImportLog log) {
        Map<UUID, String> variables = new HashMap<>();
        for (Element v : path(root, "Variables", "Variable")) {
            variables.put(QdeXml.guid(v), v.getAttribute("name"));
        }
        List<Informant> informants = new ArrayList<>();
        Map<UUID, List<UUID>> casesOfSource = new HashMap<>();
        Map<UUID, UUID> caseOfSelection = new HashMap<>();
        Set<String> labels = new HashSet<>();
        Set<UUID> inSources = new HashSet<>();
        path(root, "Sources").forEach(s -> guidsBelow(s, inSources));
        int n = 0;
        for (Element c : path(root, "Cases", "Case")) {
            n++;
            UUID id = QdeXml.guid(c);
            String label = c.getAttribute("name").strip();
            if (label.isEmpty()) {
                label = "Case " + n;
            }
            String base = label;
            for (int k = 2; !labels.add(label.toLowerCase(Locale.ROOT)); k++) {
                label = base + " (" + k + ")";
            }
            if (!label.equals(base)) {
                log.notice(Problem.QDPX_TWO_CASES, base, label);
            }
            informants.add(Informant.of(id, label, attributes(c, variables)));
            for (Element ref : children(c, "SourceRef")) {
                casesOfSource.computeIfAbsent(QdeXml.target(ref), k -> new ArrayList<>()).add(id);
            }
            for (Element ref : children(c, "SelectionRef")) {
                caseOfSelection.putIfAbsent(QdeXml.target(ref), id);
            }
            // A reference to nothing in the file is ignored, but not silently.
            for (Element ref : elements(c)) {
                boolean isRef = "SourceRef".equals(ref.getLocalName()) || "SelectionRef".equals(ref.getLocalName());
                if (isRef && !inSources.contains(QdeXml.target(ref))) {
                    log.notice(Problem.QDPX_CASE_POINTS_AT_NOTHING, label, ref.getAttribute("targetGUID"));
                }
            }
            if (!children(c, "CodeRef").isEmpty()) {
                log.notCarried(Problem.QDPX_CASE_CODES, label, children(c, "CodeRef").size());
            }
            children(c, "Description").stream().map(Element::getTextContent).filter(d -> !d.isBlank())
                    .findFirst().ifPresent(d -> log.keepInProjectNotes("Description of case '" + c.getAttribute("name") + "':\n" + d));
        }
        return new CaseInformants(informants, casesOfSource, caseOfSelection);
    }

    private static void guidsBelow(Element e, Set<UUID> out) {
        for (Element c : elements(e)) {
            if (!c.getAttribute("guid").isBlank()) {
                out.add(QdeXml.guid(c));
            }
            guidsBelow(c, out);
        }
    }

    /** Variable name → value, for the values that have both. */
    private static Map<String, String> attributes(Element c, Map<UUID, String> variables) {
        Map<String, String> attrs = new LinkedHashMap<>();
        for (Element vv : children(c, "VariableValue")) {
            UUID var = children(vv, "VariableRef").stream().map(QdeXml::target).findFirst().orElse(null);
            String key = variables.get(var);
            // The value element is TextValue, BooleanValue, IntegerValue … depending on the type.
            String value = elements(vv).stream().filter(e -> !"VariableRef".equals(e.getLocalName()))
                    .map(Element::getTextContent).findFirst().orElse("");
            if (key != null && !key.isBlank() && !value.isBlank()) {
                attrs.put(key.strip(), value.strip());
            }
        }
        return attrs;
    }

    /** The same cases, those referring to a source in {@code keptFor}'s keys referring to the transcript kept in its place. */
    CaseInformants withSourcesMoved(Map<UUID, UUID> keptFor) {
        if (keptFor.isEmpty()) {
            return this;
        }
        Map<UUID, List<UUID>> moved = new HashMap<>();
        casesOfSource.forEach((source, ids) -> moved.computeIfAbsent(keptFor.getOrDefault(source, source), k -> new ArrayList<>())
                .addAll(ids));
        return new CaseInformants(informants, moved, caseOfSelection);
    }

    Set<UUID> ids() {
        Set<UUID> ids = new HashSet<>();
        informants.forEach(i -> ids.add(i.id()));
        return ids;
    }
}
