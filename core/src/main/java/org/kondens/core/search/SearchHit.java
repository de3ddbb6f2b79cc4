package org.kondens.core.search;

import java.util.UUID;
import org.kondens.core.model.Span;
import org.kondens.core.model.SpeakerRole;

/**
 * One place where the query matched: {@code [start, end)} in the stored transcript text, the
 * sentence around it (what a meaning unit made from the hit covers), and a keyword-in-context
 * line: {@code left}, {@code match}, {@code right}, on one line.
 */
public record SearchHit(UUID transcriptId, String transcriptTitle, UUID informantId, String speaker, SpeakerRole role,
        int start, int end, int sentenceStart, int sentenceEnd, String left, String match, String right) {

    public Span span() {
        return new Span(transcriptId, start, end);
    }

    /** The sentence the hit is in: one call from a hit to a meaning unit. */
    public Span sentence() {
        return new Span(transcriptId, sentenceStart, sentenceEnd);
    }
}
