package org.kondens.core.exchange;

import static org.kondens.core.exchange.QdeXml.description;
import static org.kondens.core.exchange.QdeXml.path;

import org.kondens.core.Problem;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.w3c.dom.Element;

/**
 * The project's {@code <Notes>}. A note Kondens wrote says what it holds in its Description
 * ({@code kondens:condensate}, {@code kondens:theme} …); notes from other tools have no kind.
 * The import places each note somewhere (a condensate, a meaning unit's note, a transcript
 * note …) and records that here, so that every note left over ends in the project notes rather
 * than being lost. The Kondens extension note is read here too, since it is one of the notes.
 */
final class QdeNotes {

    /**
     * A note as the file holds it; {@code kind} is its {@code kondens:…} Description or null.
     * {@code start}/{@code end}: the positions of its own PlainTextSelection (how QualCoder places
     * an annotation), as the file counts them; null when it has none.
     */
    record QdeNote(UUID id, String name, String kind, String text, Instant created, Integer start, Integer end) {
    }

    private final Map<UUID, QdeNote> notes = new LinkedHashMap<>();
    private final Set<UUID> placed = new HashSet<>();
    private final ImportLog log;
    private KondensExtension extension;

    private QdeNotes(ImportLog log) {
        this.log = log;
    }

    static QdeNotes read(Element root, SourceTexts texts, ImportLog log) {
        QdeNotes out = new QdeNotes(log);
        for (Element n : path(root, "Notes", "Note")) {
            UUID id = QdeXml.guid(n);
            String desc = description(n).strip();
            String kind = desc.startsWith("kondens:") ? desc : null;
            String text = texts.textOf(n, n.getAttribute("name"));
            if (text == null) {
                log.notCarried(Problem.QDPX_NOTE_NO_TEXT, n.getAttribute("name"));
                continue;
            }
            if (KondensExtension.MARKER.equals(kind)) {
                try {
                    out.extension = KondensExtension.fromJson(text);
                } catch (Exception e) {
                    log.notice(Problem.QDPX_DATA_NOTE_DAMAGED);
                }
                out.placed.add(id);
                continue;
            }
            if (kind == null && !desc.isEmpty()) {
                // Another tool's note with a description: keep both texts.
                text = text.isEmpty() ? desc : text + "\n\n" + desc;
            }
            Element at = QdeXml.children(n, "PlainTextSelection").stream().findFirst().orElse(null);
            out.notes.put(id, new QdeNote(id, n.getAttribute("name"), kind, text, QdeXml.instant(n.getAttribute("creationDateTime")),
                    at == null ? null : position(at.getAttribute("startPosition")), at == null ? null : position(at.getAttribute("endPosition"))));
        }
        return out;
    }

    /** No notes at all (a codebook read alone). */
    static QdeNotes none(ImportLog log) {
        return new QdeNotes(log);
    }

    private static Integer position(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What the Kondens extension note holds; null when the file was not written by Kondens (or the note is damaged). */
    KondensExtension extension() {
        return extension;
    }

    /** The note with GUID {@code id}; null when the file has none (or it could not be read). */
    QdeNote get(UUID id) {
        return notes.get(id);
    }

    boolean contains(UUID id) {
        return notes.containsKey(id);
    }

    boolean isOfKind(UUID id, String kind) {
        QdeNote n = notes.get(id);
        return n != null && kind.equals(n.kind());
    }

    Collection<QdeNote> all() {
        return notes.values();
    }

    /** Marks {@code id} as placed; true the first time, so a note is placed once. */
    boolean place(UUID id) {
        return placed.add(id);
    }

    boolean isPlaced(UUID id) {
        return placed.contains(id);
    }

    /** Keeps the note {@code id}, attached to the code {@code code} in the file, in the project notes, with a notice. */
    void keepAttached(UUID id, String code) {
        QdeNote n = notes.get(id);
        if (n != null && placed.add(id)) {
            log.keepInProjectNotes("Note '" + n.name() + "' on code '" + code + "':\n" + n.text());
            log.notice(Problem.QDPX_NOTE_ON_CODE, n.name(), code);
        }
    }

    /** Keeps a note of the project itself in the project notes, unless it is a Kondens note or already placed. */
    void keepProjectNote(UUID id) {
        QdeNote n = notes.get(id);
        if (n != null && !placed.contains(id) && n.kind() == null) {
            keep(n);
        }
    }

    /** Keeps every note not placed so far in the project notes. */
    void keepTheRest() {
        for (QdeNote n : notes.values()) {
            if (!placed.contains(n.id())) {
                keep(n);
            }
        }
    }

    private void keep(QdeNote n) {
        log.keepInProjectNotes(n.name() + ":\n" + n.text());
        placed.add(n.id());
    }
}
