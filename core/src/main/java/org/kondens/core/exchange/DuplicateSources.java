package org.kondens.core.exchange;

import static org.kondens.core.exchange.QdeXml.children;
import static org.kondens.core.exchange.QdeXml.elements;
import static org.kondens.core.exchange.QdeXml.path;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.kondens.core.Message;
import org.kondens.core.Problem;
import org.kondens.core.exchange.TextSources.QdeSelection;
import org.kondens.core.model.Transcript;
import org.w3c.dom.Element;

/**
 * Sources that {@link TextSources} did not carry because their text is already a transcript
 * (two coders exporting the same interview; the same source twice under one GUID). Kondens holds
 * each text once, so their selections are read on their own and placed on the transcript already
 * imported: the same text gives the same offsets. Every selection of a transcript that has such
 * a twin is marked with its coder (the {@code creatingUser} of the selection, its coding or its
 * source), so both coders' meaning units can be told apart on the one transcript.
 */
final class DuplicateSources {

    private final List<QdeSelection> selections = new ArrayList<>();
    private final Map<UUID, String> coders = new HashMap<>();
    private final Map<UUID, List<UUID>> sourceNotes = new LinkedHashMap<>();
    private final Map<UUID, UUID> keptFor = new HashMap<>();

    private DuplicateSources() {
    }

    static DuplicateSources read(Element root, SourceTexts texts, KondensExtension ext, CodeMapping codes, TextSources sources,
            Instant now, ImportLog log) {
        DuplicateSources out = new DuplicateSources();
        Map<String, Transcript> keptByHash = new HashMap<>();
        sources.transcripts().forEach(t -> keptByHash.putIfAbsent(t.hash(), t));
        Map<UUID, String> users = new HashMap<>();
        for (Element u : path(root, "Users", "User")) {
            users.put(QdeXml.guid(u), u.getAttribute("name").strip());
        }
        Set<UUID> taken = new HashSet<>();
        sources.selections().forEach(s -> taken.add(s.id()));
        Set<UUID> seen = new HashSet<>();
        Map<UUID, Map<UUID, String>> keptCoders = new HashMap<>();
        Set<UUID> twinned = new LinkedHashSet<>();
        int index = 0;
        for (Element src : path(root, "Sources", "TextSource")) {
            index++;
            UUID id = QdeXml.guid(src);
            String title = src.getAttribute("name").strip();
            if (sources.transcripts().stream().anyMatch(t -> t.id().equals(id)) && seen.add(id)) {
                keptCoders.put(id, codersOf(src, users, title));
                continue;
            }
            // Read on its own: the same steps, positions and checks as every other source.
            ImportLog scratch = new ImportLog();
            TextSources one = TextSources.read(alone(src), texts, ext, codes, now, scratch);
            Transcript kept = one.transcripts().isEmpty() ? null : keptByHash.get(one.transcripts().get(0).hash());
            if (kept == null) {
                continue;
            }
            // Only a source the reading step left out for its text or GUID (it names it by its title, or the name it gave it).
            Set<String> titles = new HashSet<>(List.of(title, one.transcripts().get(0).title()));
            Optional<Message> dropped = log.notCarried().stream().filter(m -> (m.code() == Problem.QDPX_SAME_TEXT
                    || m.code() == Problem.QDPX_GUID_TWICE) && titles.contains(String.valueOf(m.args().get(0)))).findFirst();
            if (dropped.isEmpty()) {
                continue;
            }
            log.withdraw(dropped.get());
            if (!id.equals(kept.id())) {
                out.keptFor.put(id, kept.id());
            }
            Map<UUID, String> coderOf = codersOf(src, users, title);
            int codings = 0;
            Set<String> names = new LinkedHashSet<>();
            for (QdeSelection s : one.selections()) {
                UUID sid = taken.add(s.id()) ? s.id() : Guids.derived("twin-selection", index + "/" + s.id());
                taken.add(sid);
                out.selections.add(new QdeSelection(sid, kept.id(), s.start(), s.end(), s.created(), s.codes(), s.noteRefs(),
                        s.description()));
                String coder = coderOf.get(s.id());
                out.coders.put(sid, coder);
                names.add(coder);
                codings += s.codes().size();
            }
            one.sourceNotes().values().forEach(n -> out.sourceNotes.computeIfAbsent(kept.id(), k -> new ArrayList<>()).addAll(n));
            scratch.notices().forEach(m -> log.notice(m.code(), m.args().toArray()));
            scratch.notCarried().forEach(log::notCarried);
            log.notice(Problem.QDPX_SAME_TEXT_KEPT, title, kept.title(), codings, String.join(", ", names));
            twinned.add(kept.id());
        }
        for (UUID t : twinned) {
            out.coders.putAll(keptCoders.getOrDefault(t, Map.of()));
        }
        return out;
    }

    /** The selections of the twins, already on the transcript kept, each with a GUID of its own. */
    List<QdeSelection> selections() {
        return Collections.unmodifiableList(selections);
    }

    /** Who coded selection {@code id}, when its transcript came from more than one source; else null. */
    String coder(UUID id) {
        return coders.get(id);
    }

    /** Twin source GUID → the transcript kept in its place (cases referring to the twin take part in that transcript). */
    Map<UUID, UUID> keptFor() {
        return Collections.unmodifiableMap(keptFor);
    }

    /** The notes the twins refer to, by the transcript kept. */
    Map<UUID, List<UUID>> sourceNotes() {
        return Collections.unmodifiableMap(sourceNotes);
    }

    /** The source as the only one of a project, so that {@link TextSources} reads it alone. */
    private static Element alone(Element src) {
        String ns = src.getNamespaceURI();
        Element project = src.getOwnerDocument().createElementNS(ns, "Project");
        Element holder = src.getOwnerDocument().createElementNS(ns, "Sources");
        holder.appendChild(src.cloneNode(true));
        project.appendChild(holder);
        return project;
    }

    /** Selection GUID → its coder's name: the selection's user, its first coding's, the source's, else the source's name. */
    private static Map<UUID, String> codersOf(Element src, Map<UUID, String> users, String title) {
        String fallback = name(src.getAttribute("creatingUser"), users);
        Map<UUID, String> out = new HashMap<>();
        for (Element sel : children(src, "PlainTextSelection")) {
            String coder = name(sel.getAttribute("creatingUser"), users);
            for (Element c : elements(sel)) {
                if (coder == null && "Coding".equals(c.getLocalName())) {
                    coder = name(c.getAttribute("creatingUser"), users);
                }
            }
            out.put(QdeXml.guid(sel), coder != null ? coder : fallback != null ? fallback : "source '" + title + "'");
        }
        return out;
    }

    private static String name(String guid, Map<UUID, String> users) {
        if (guid == null || guid.isBlank()) {
            return null;
        }
        String n = users.get(Guids.parse(guid));
        return n == null || n.isEmpty() ? null : n;
    }
}
