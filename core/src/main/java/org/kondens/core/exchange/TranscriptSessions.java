package org.kondens.core.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.kondens.core.importer.DetectedTurn;
import org.kondens.core.importer.SpeakerDetector;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Session;
import org.kondens.core.model.SessionKind;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.Transcript;

/**
 * Every Kondens transcript belongs to a session (an interview or a focus group) and is divided
 * into speaker turns; REFI-QDA has neither. A file from Kondens brings both in its extension;
 * otherwise each source gets a session of its own, with the cases that refer to it as
 * participants, and its turns are detected from the text as on any transcript import.
 *
 * @param sessions the extension's sessions, then one per transcript that had none
 * @param transcripts the transcripts, each now in its session
 * @param turns speaker turns per transcript, in normalised offsets
 */
record TranscriptSessions(List<Session> sessions, List<Transcript> transcripts, Map<UUID, List<SpeakerTurn>> turns) {

    static TranscriptSessions place(TextSources sources, CaseInformants cases, KondensExtension ext) {
        Set<UUID> informantIds = cases.ids();
        Map<UUID, Session> extSessions = new LinkedHashMap<>();
        if (ext != null && ext.sessions() != null) {
            ext.sessions().forEach(s -> extSessions.put(s.id(), s));
        }
        Map<UUID, UUID> sessionOf = new HashMap<>();
        for (Transcript t : sources.transcripts()) {
            KondensExtension.TranscriptExtra te = ext == null ? null : ext.transcripts().get(t.id());
            if (te != null && extSessions.containsKey(te.sessionId())) {
                sessionOf.put(t.id(), te.sessionId());
            }
        }
        List<Session> sessions = new ArrayList<>();
        for (Session s : extSessions.values()) {
            sessions.add(new Session(s.id(), s.title(), s.kind(), s.date(), s.durationMinutes(), s.moderator(),
                    s.participants().stream().filter(informantIds::contains).toList(), s.pilot(), s.notes()));
        }
        List<Transcript> transcripts = new ArrayList<>();
        Map<UUID, List<SpeakerTurn>> turns = new HashMap<>();
        Set<UUID> known = cases.ids();
        for (Transcript t : sources.transcripts()) {
            UUID session = sessionOf.get(t.id());
            List<UUID> participants = cases.casesOfSource().getOrDefault(t.id(), List.of()).stream().distinct()
                    .filter(informantIds::contains).toList();
            if (session == null) {
                if (participants.isEmpty()) {
                    // Cases linked only through their selections still took part.
                    participants = sources.selections().stream().filter(s -> s.transcriptId().equals(t.id()))
                            .map(s -> cases.caseOfSelection().get(s.id())).filter(Objects::nonNull).distinct().toList();
                }
                Session s = new Session(Guids.derived("session", t.id()), t.title(),
                        participants.size() > 1 ? SessionKind.FOCUS_GROUP : SessionKind.INDIVIDUAL, null, null, null,
                        participants, false, "");
                sessions.add(s);
                session = s.id();
            }
            transcripts.add(t.inSession(session));
            turns.put(t.id(), turnsOf(t, participants, sources.text(t.id()), cases, known, ext));
        }
        return new TranscriptSessions(sessions, transcripts, turns);
    }

    /** The extension's turns, mapped into the normalised text; else the turns the speaker detector finds. */
    private static List<SpeakerTurn> turnsOf(Transcript t, List<UUID> participants, SourceTexts.SourceText source,
            CaseInformants cases, Set<UUID> known, KondensExtension ext) {
        KondensExtension.TranscriptExtra te = ext == null ? null : ext.transcripts().get(t.id());
        if (te != null && te.turns() != null) {
            List<SpeakerTurn> out = new ArrayList<>();
            for (SpeakerTurn x : te.turns()) {
                int s = source.offset(x.start());
                int e = source.offset(x.end());
                if (s >= 0 && e >= 0 && s < e) {
                    out.add(new SpeakerTurn(s, e, x.speaker(), x.role(),
                            x.informantId() != null && known.contains(x.informantId()) ? x.informantId() : null));
                }
            }
            return out;
        }
        UUID only = participants.size() == 1 ? participants.get(0) : null;
        List<SpeakerTurn> out = new ArrayList<>();
        for (DetectedTurn d : SpeakerDetector.detect(t.text())) {
            UUID who = null;
            if (d.role() != SpeakerRole.INTERVIEWER) {
                who = cases.informants().stream().filter(i -> i.label().equalsIgnoreCase(d.speaker())
                                && (participants.isEmpty() || participants.contains(i.id())))
                        .map(Informant::id).findFirst().orElse(only);
            }
            out.add(new SpeakerTurn(d.start(), d.end(), d.speaker(), d.role(), who));
        }
        return out;
    }

    /**
     * Who speaks at {@code offset}: the informant of the turn there, none in an interviewer's
     * turn, else the only participant of the transcript's session (null when there are several).
     */
    UUID informantAt(UUID transcriptId, int offset) {
        for (SpeakerTurn turn : turns.getOrDefault(transcriptId, List.of())) {
            if (turn.contains(offset)) {
                if (turn.role() == SpeakerRole.INTERVIEWER) {
                    return null;
                }
                if (turn.informantId() != null) {
                    return turn.informantId();
                }
                break;
            }
        }
        UUID session = transcripts.stream().filter(t -> t.id().equals(transcriptId)).map(Transcript::sessionId).findFirst().orElse(null);
        return sessions.stream().filter(s -> s.id().equals(session)).findFirst()
                .filter(s -> s.participants().size() == 1).map(s -> s.participants().get(0)).orElse(null);
    }

    /** The text a selection covers; empty when its transcript is unknown. */
    String textAt(TextSources.QdeSelection s) {
        return transcripts.stream().filter(t -> t.id().equals(s.transcriptId())).findFirst()
                .map(t -> t.text().substring(s.start(), s.end())).orElse("");
    }

    String title(UUID transcriptId) {
        return transcripts.stream().filter(t -> t.id().equals(transcriptId)).map(Transcript::title).findFirst().orElse(null);
    }
}
