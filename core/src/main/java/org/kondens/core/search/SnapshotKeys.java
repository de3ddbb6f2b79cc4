package org.kondens.core.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kondens.core.model.Informant;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.Transcript;

/**
 * What a search needs of a snapshot as the index spells it (ids as strings, each transcript's
 * place, the interviewers), worked out again only when the snapshot's transcripts, informants or
 * turns are new: a refreshed snapshot keeps the lists that did not change, and a project of a
 * thousand transcripts would otherwise spell a thousand ids for every search.
 */
record SnapshotKeys(List<Transcript> transcripts, List<Informant> informants, Map<UUID, List<SpeakerTurn>> turns,
        Map<String, Integer> rankOf, String[] informantIds, Set<String> interviewers) {

    static final SnapshotKeys NONE = new SnapshotKeys(List.of(), List.of(), Map.of(), Map.of(), new String[0], Set.of());

    /** The keys of {@code s}, reusing what {@code last} worked out for the same lists. */
    static SnapshotKeys of(ProjectSnapshot s, SnapshotKeys last) {
        if (s.transcripts() == last.transcripts && s.informants() == last.informants && s.turns() == last.turns) {
            return last;
        }
        Map<String, Integer> rankOf = last.rankOf;
        if (s.transcripts() != last.transcripts) {
            rankOf = new HashMap<>(s.transcripts().size() * 2);
            for (int i = 0; i < s.transcripts().size(); i++) {
                rankOf.put(s.transcripts().get(i).id().toString(), i);
            }
        }
        String[] informantIds = last.informantIds;
        if (s.informants() != last.informants) {
            informantIds = s.informants().stream().map(i -> i.id().toString()).toArray(String[]::new);
        }
        Set<String> interviewers = s.turns() == last.turns ? last.interviewers : Hits.interviewers(s.turns());
        return new SnapshotKeys(s.transcripts(), s.informants(), s.turns(), rankOf, informantIds, interviewers);
    }
}
