package org.kondens.core.model;

import java.util.UUID;

/** A half-open range [start, end) of UTF-16 units in one transcript's stored text. */
public record Span(UUID transcriptId, int start, int end) {

    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a span needs 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
