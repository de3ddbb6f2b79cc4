package org.kondens.core.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found. {@code passages} counts every matching passage (speaker turn); the maps
 * count them per informant label (or speaker, for interviewers) and per transcript title, in
 * order of appearance. {@code hits} are the KWIC lines of one page: the {@code pagePassages}
 * passages from the {@code offset}-th, in transcript order; {@code truncated} says more follow.
 */
public record SearchResult(String query, int passages, Map<String, Integer> perInformant, Map<String, Integer> perTranscript,
        List<SearchHit> hits, boolean truncated, int offset, int pagePassages) {

    public SearchResult {
        perInformant = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perInformant));
        perTranscript = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perTranscript));
        hits = List.copyOf(hits);
    }

    /** The offset of the next page. */
    public int nextOffset() {
        return offset + pagePassages;
    }
}
