package org.kondens.core.model;

import java.util.List;
import java.util.UUID;

/** Step 1: a preliminary theme from the total impression, with optional anchors in transcripts. */
public record PreliminaryTheme(UUID id, String name, String description, int order, List<Span> anchors) {

    public PreliminaryTheme {
        anchors = List.copyOf(anchors);
    }
}
