package org.kondens.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A reviewer's suggested edit of a condensate or an analytic text (a tracked change in the review
 * document): the text as the reviewer saw it and as they would have it. Never applied silently:
 * the student accepts or rejects it. {@code source} as for {@link Comment}.
 */
public record Suggestion(UUID id, CommentTarget target, String author, Instant time, String before, String after,
        Status status, String source) {

    public enum Status { OPEN, ACCEPTED, REJECTED }

    public Suggestion {
        Objects.requireNonNull(id);
        Objects.requireNonNull(target);
        author = Objects.requireNonNullElse(author, "");
        Objects.requireNonNull(time);
        before = Objects.requireNonNullElse(before, "");
        after = Objects.requireNonNullElse(after, "");
        Objects.requireNonNull(status);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
