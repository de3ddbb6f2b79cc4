package org.kondens.core.model;

import java.util.List;
import java.util.UUID;

/** A project's supervision: comments with their replies, suggested edits, and the review rounds so far. */
public record Review(List<Comment> comments, List<Suggestion> suggestions, List<ReviewRound> rounds) {

    public static final Review NONE = new Review(List.of(), List.of(), List.of());

    public Review {
        comments = List.copyOf(comments);
        suggestions = List.copyOf(suggestions);
        rounds = List.copyOf(rounds);
    }

    /** The first comments of the threads, in the order they were made. */
    public List<Comment> threads() {
        return comments.stream().filter(c -> !c.isReply()).toList();
    }

    public List<Comment> repliesTo(UUID threadId) {
        return comments.stream().filter(c -> threadId.equals(c.parentId())).toList();
    }

    /** Open threads on {@code kind} {@code id}. */
    public List<Comment> openOn(CommentTarget.Kind kind, UUID id) {
        return comments.stream().filter(c -> c.isOpen() && c.target().is(kind, id)).toList();
    }

    public List<Comment> open() {
        return comments.stream().filter(Comment::isOpen).toList();
    }

    public java.util.Optional<ReviewRound> lastRound() {
        return rounds.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(rounds.getLast());
    }
}
