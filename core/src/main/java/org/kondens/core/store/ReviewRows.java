package org.kondens.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.Review;
import org.kondens.core.model.ReviewRound;
import org.kondens.core.model.ReviewedText;
import org.kondens.core.model.Span;
import org.kondens.core.model.Suggestion;

/**
 * The rows of supervision: review comments and their replies, suggested edits and review rounds,
 * read and written as model records. One part of {@link ProjectRepository}.
 */
public interface ReviewRows {

    Sql sql();

    /** A whole review, as a restore brings it (references are checked at commit: replies may come first). */
    default void insertReview(Review review) {
        review.comments().forEach(this::insertComment);
        review.suggestions().forEach(this::insertSuggestion);
        review.rounds().forEach(this::insertRound);
    }

    default void insertComment(Comment c) {
        CommentTarget t = c.target();
        Span span = t.span();
        sql().update("""
                INSERT INTO comment(id, parent_id, target_kind, target_id, transcript_id, start, end, quoted, about,
                  author, time, text, resolved, source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                c.id(), c.parentId(), t.kind(), t.id(), span == null ? null : span.transcriptId(), span == null ? null : span.start(),
                span == null ? null : span.end(), t.quoted(), t.about(), c.author(), c.time(), c.text(), c.resolved(), c.source());
    }

    default void updateComment(Comment c) {
        sql().update("UPDATE comment SET text=?, resolved=? WHERE id=?", c.text(), c.resolved(), c.id());
    }

    /** Deletes a comment with its replies. */
    default void deleteComment(UUID id) {
        sql().update("DELETE FROM comment WHERE parent_id = ?", id);
        sql().update("DELETE FROM comment WHERE id = ?", id);
    }

    default Optional<Comment> comment(UUID id) {
        return sql().first("SELECT * FROM comment WHERE id = ?", ReviewRows::comment, id);
    }

    default Optional<Comment> commentWithSource(String source) {
        return sql().first("SELECT * FROM comment WHERE source = ?", ReviewRows::comment, source);
    }

    default boolean hasSource(String source) {
        return sql().count("SELECT (SELECT count(*) FROM comment WHERE source = ?) + (SELECT count(*) FROM suggestion WHERE source = ?)",
                source, source) > 0;
    }

    default List<Comment> comments() {
        return sql().list("SELECT * FROM comment ORDER BY time, rowid", ReviewRows::comment);
    }

    default void insertSuggestion(Suggestion s) {
        sql().update("""
                INSERT INTO suggestion(id, target_kind, target_id, about, author, time, before, after, status, source)
                VALUES (?,?,?,?,?,?,?,?,?,?)""", s.id(), s.target().kind(), s.target().id(), s.target().about(), s.author(), s.time(),
                s.before(), s.after(), s.status(), s.source());
    }

    default void setSuggestionStatus(UUID id, Suggestion.Status status) {
        sql().update("UPDATE suggestion SET status=? WHERE id=?", status, id);
    }

    default Optional<Suggestion> suggestion(UUID id) {
        return sql().first("SELECT * FROM suggestion WHERE id = ?", ReviewRows::suggestion, id);
    }

    default List<Suggestion> suggestions() {
        return sql().list("SELECT * FROM suggestion ORDER BY time, rowid", ReviewRows::suggestion);
    }

    default void insertRound(ReviewRound r) {
        sql().update("INSERT INTO review_round(id, time, reviewers, audit_position, note) VALUES (?,?,?,?,?)",
                r.id(), r.time(), String.join("\n", r.reviewers()), r.auditPosition(), r.note());
        for (ReviewedText t : r.texts()) {
            sql().update("INSERT INTO review_text(round_id, kind, element_id, name, text) VALUES (?,?,?,?,?)",
                    r.id(), t.kind(), t.id(), t.name(), t.text());
        }
    }

    default List<ReviewRound> rounds() {
        Map<UUID, List<ReviewedText>> texts = new HashMap<>();
        sql().list("SELECT * FROM review_text ORDER BY rowid", rs -> texts.computeIfAbsent(Sql.uuid(rs, "round_id"), k -> new ArrayList<>())
                .add(new ReviewedText(CommentTarget.Kind.valueOf(rs.getString("kind")), Sql.uuid(rs, "element_id"), rs.getString("name"),
                        rs.getString("text"))));
        return sql().list("SELECT * FROM review_round ORDER BY time, rowid", rs -> new ReviewRound(Sql.uuid(rs, "id"),
                Sql.instant(rs, "time"), Arrays.stream(rs.getString("reviewers").split("\n")).filter(s -> !s.isBlank()).toList(),
                rs.getLong("audit_position"), rs.getString("note"), texts.getOrDefault(Sql.uuid(rs, "id"), List.of())));
    }

    /** The id of the audit trail's last line (0 for none): where a review round starts counting changes. */
    default long auditPosition() {
        return sql().first("SELECT max(id) FROM audit", rs -> rs.getLong(1)).orElse(0L);
    }

    default Review review() {
        return new Review(comments(), suggestions(), rounds());
    }

    private static Comment comment(ResultSet rs) throws SQLException {
        String transcript = rs.getString("transcript_id");
        Span span = transcript == null ? null : new Span(UUID.fromString(transcript), rs.getInt("start"), rs.getInt("end"));
        CommentTarget target = new CommentTarget(CommentTarget.Kind.valueOf(rs.getString("target_kind")), Sql.uuid(rs, "target_id"),
                span, rs.getString("quoted"), rs.getString("about"));
        return new Comment(Sql.uuid(rs, "id"), Sql.uuid(rs, "parent_id"), target, rs.getString("author"), Sql.instant(rs, "time"),
                rs.getString("text"), rs.getInt("resolved") != 0, rs.getString("source"));
    }

    private static Suggestion suggestion(ResultSet rs) throws SQLException {
        CommentTarget target = new CommentTarget(CommentTarget.Kind.valueOf(rs.getString("target_kind")), Sql.uuid(rs, "target_id"),
                null, "", rs.getString("about"));
        return new Suggestion(Sql.uuid(rs, "id"), target, rs.getString("author"), Sql.instant(rs, "time"), rs.getString("before"),
                rs.getString("after"), Suggestion.Status.valueOf(rs.getString("status")), rs.getString("source"));
    }
}
