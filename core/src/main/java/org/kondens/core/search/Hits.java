package org.kondens.core.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kondens.core.model.CodePath;
import org.kondens.core.model.Informant;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.Transcript;

/**
 * What the user sees of a search, made from the index's matches and the snapshot: KWIC lines,
 * passages counted per informant and per transcript, and the meaning-unit spans the group,
 * subgroup and "uncoded" filters keep.
 */
final class Hits {

    private Hits() {
    }

    /** One KWIC line: the match [start, end) in the passage [passageStart, passageEnd) spoken by {@code who}. */
    static SearchHit hit(ProjectSnapshot snapshot, Transcript t, String who, int passageStart, int passageEnd, int start, int end) {
        String text = t.text(); // the page's transcripts only, through the project's bounded cache
        UUID informant = who.isEmpty() || who.startsWith("speaker:") ? null : UUID.fromString(who);
        String speaker = who.startsWith("speaker:") ? who.substring(8)
                : informant != null ? snapshot.informant(informant).map(Informant::label).orElse(null) : null;
        SpeakerRole role = who.isEmpty() ? null : informant != null ? SpeakerRole.INFORMANT : SpeakerRole.INTERVIEWER;
        int[] sentence = Kwic.sentence(text, passageStart, passageEnd, start, end);
        return new SearchHit(t.id(), t.title(), informant, speaker, role, start, end, sentence[0], sentence[1],
                Kwic.left(text, start), Kwic.oneLine(text.substring(start, end)), Kwic.right(text, end));
    }

    /** Passages per informant label (or speaker), in informant order; counts are keyed by the index's "who". */
    static Map<String, Integer> labelled(Map<String, Integer> counts, SnapshotKeys keys) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.informantIds().length; i++) {
            Integer n = counts.get(keys.informantIds()[i]);
            if (n != null) {
                out.put(keys.informants().get(i).label(), n);
            }
        }
        // Interviewers are not informants: their passages count in the total and per transcript only.
        counts.entrySet().stream().filter(e -> e.getKey().startsWith("speaker:") && !keys.interviewers().contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.merge(e.getKey().substring(8), e.getValue(), Integer::sum));
        if (counts.containsKey("")) {
            out.put("(no speaker)", counts.get(""));
        }
        return out;
    }

    /** The speakers who only interview ("speaker:I"), from every transcript's turns. */
    static java.util.Set<String> interviewers(Map<UUID, List<org.kondens.core.model.SpeakerTurn>> turns) {
        java.util.Set<String> interviewers = new java.util.HashSet<>();
        if (turns instanceof org.kondens.core.model.TurnsOnDemand stored) { // a project file's: one query, not every turn
            stored.interviewerSpeakers().forEach(speaker -> interviewers.add("speaker:" + speaker));
            return interviewers;
        }
        turns.values().forEach(ts -> ts.stream()
                .filter(turn -> turn.role() == SpeakerRole.INTERVIEWER && turn.informantId() == null)
                .forEach(turn -> interviewers.add("speaker:" + turn.speaker())));
        return interviewers;
    }

    /** Passages per transcript title, in transcript order; {@code perRank[i]} counts the {@code i}-th transcript's. */
    static Map<String, Integer> titled(int[] perRank, List<Transcript> transcripts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int r = 0; r < perRank.length; r++) {
            if (perRank[r] > 0) {
                out.put(transcripts.get(r).title(), perRank[r]);
            }
        }
        return out;
    }

    /** Meaning-unit spans per transcript, for the "inside group/subgroup/code path" and "uncoded" filters. */
    static final class UnitSpans {
        private final Map<String, List<MeaningUnit>> byTranscript = new HashMap<>();
        private final boolean outside;

        UnitSpans(ProjectSnapshot snapshot, SearchFilter filter) {
            outside = filter.uncodedOnly();
            for (MeaningUnit u : snapshot.meaningUnits()) {
                boolean wanted = outside || u.memberships().stream().anyMatch(m ->
                        (filter.codeGroupId() == null || filter.codeGroupId().equals(m.codeGroupId()))
                        && (filter.subgroupId() == null || filter.subgroupId().equals(m.subgroupId())))
                        && (filter.codePath() == null || CodePath.of(u).stream().anyMatch(p -> p.contains(filter.codePath())));
                if (wanted) {
                    byTranscript.computeIfAbsent(u.transcriptId().toString(), k -> new ArrayList<>()).add(u);
                }
            }
        }

        /** The spans inside a wanted unit (or, for "uncoded", touching none). */
        List<int[]> keep(String tid, int passageStart, List<int[]> spans) {
            List<MeaningUnit> units = byTranscript.getOrDefault(tid, List.of());
            return spans.stream().filter(s -> {
                boolean inUnit = units.stream().anyMatch(u -> s[0] < u.end() && s[1] > u.start());
                return outside != inUnit;
            }).toList();
        }
    }
}
