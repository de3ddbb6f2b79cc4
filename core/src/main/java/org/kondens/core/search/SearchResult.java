package org.kondens.core.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found. {@code passages} counts matching passages (speaker turns); the maps count
 * them per informant label (or speaker, for interviewers) and per transcript title, in order of
 * appearance. {@code hits} are the KWIC lines of the first passages, at most the limit asked for.
 */
public record SearchResult(String query, int passages, Map<String, Integer> perInformant, Map<String, Integer> perTranscript,
        List<SearchHit> hits, boolean truncated) {

    public SearchResult {
        perInformant = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perInformant));
        perTranscript = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perTranscript));
        hits = List.copyOf(hits);
    }
}
