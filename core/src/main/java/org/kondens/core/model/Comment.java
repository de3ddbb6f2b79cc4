package org.kondens.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A review comment, or a reply in a comment's thread ({@code parentId} names the thread's first
 * comment; replies share its target). Only a thread's first comment is open or resolved.
 * {@code source} identifies a comment brought in from a review document or a reviewer's copy, so
 * bringing the same file in again adds nothing; null for comments written in Kondens.
 */
public record Comment(UUID id, UUID parentId, CommentTarget target, String author, Instant time, String text,
        boolean resolved, String source) {

    public Comment {
        Objects.requireNonNull(id);
        Objects.requireNonNull(target);
        author = Objects.requireNonNullElse(author, "");
        Objects.requireNonNull(time);
        text = Objects.requireNonNullElse(text, "");
    }

    public boolean isReply() {
        return parentId != null;
    }

    public boolean isOpen() {
        return !isReply() && !resolved;
    }

    public Comment resolved(boolean r) {
        return new Comment(id, parentId, target, author, time, text, r, source);
    }
}
