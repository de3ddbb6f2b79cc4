package org.kondens.core.store;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.TurnsOnDemand;

/**
 * The speaker turns of a project file by transcript, each transcript's read when asked for
 * through {@link TranscriptTexts} (which keeps the screen's at hand). Holds only the ids of the
 * transcripts that have turns. Read-only.
 */
final class StoredTurns extends AbstractMap<UUID, List<SpeakerTurn>> implements TurnsOnDemand {

    private final Set<UUID> withTurns;
    private final TranscriptTexts source;
    private volatile Set<String> interviewers;

    StoredTurns(List<UUID> withTurns, TranscriptTexts source) {
        this.withTurns = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(withTurns));
        this.source = source;
    }

    @Override
    public List<SpeakerTurn> get(Object transcript) {
        return withTurns.contains(transcript) ? source.turns((UUID) transcript) : null;
    }

    @Override
    public boolean containsKey(Object transcript) {
        return withTurns.contains(transcript);
    }

    @Override
    public int size() {
        return withTurns.size();
    }

    @Override
    public Set<UUID> keySet() {
        return withTurns;
    }

    @Override
    public Set<Entry<UUID, List<SpeakerTurn>>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<UUID, List<SpeakerTurn>>> iterator() {
                Iterator<UUID> ids = withTurns.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return ids.hasNext();
                    }

                    @Override
                    public Entry<UUID, List<SpeakerTurn>> next() {
                        UUID id = ids.next();
                        return Map.entry(id, source.turns(id));
                    }
                };
            }

            @Override
            public int size() {
                return withTurns.size();
            }
        };
    }

    /** Two reads of one file are equal without reading a turn: a transcript's turns never change. */
    @Override
    public boolean equals(Object o) {
        if (o instanceof StoredTurns other && other.source == source) {
            return other.withTurns.equals(withTurns);
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode(); // every entry, as equals with other maps needs (nothing hashes a snapshot)
    }

    @Override
    public Set<String> interviewerSpeakers() {
        Set<String> known = interviewers;
        if (known == null) {
            known = source.interviewerSpeakers();
            interviewers = known;
        }
        return known;
    }
}
