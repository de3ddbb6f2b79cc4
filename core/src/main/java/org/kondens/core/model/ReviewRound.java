package org.kondens.core.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The analysis sent for review: when, to whom, and how far the audit trail had come then
 * ({@code auditPosition}, the id of its last line) and the condensates and analytic texts as they
 * read then ({@code texts}), so the next round can list what changed since, text changes as before → after.
 */
public record ReviewRound(UUID id, Instant time, List<String> reviewers, long auditPosition, String note, List<ReviewedText> texts) {

    public ReviewRound {
        reviewers = List.copyOf(reviewers);
        note = note == null ? "" : note;
        texts = List.copyOf(texts);
    }

    /** The text of {@code kind} {@code id} when this round was sent, if it had one. */
    public java.util.Optional<ReviewedText> text(CommentTarget.Kind kind, UUID id) {
        return texts.stream().filter(t -> t.kind() == kind && t.id().equals(id)).findFirst();
    }
}
