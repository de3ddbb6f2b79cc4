package org.kondens.core.export;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.Suggestion;

/**
 * Checks the {@code review} of a JSON project (comments, suggested edits, review rounds) as
 * {@link ProjectJsonValidator} checks the rest. A comment's element may have been deleted since it
 * was made, so element ids need only be well-formed; a commented passage of a transcript that is
 * there must lie inside it. A reply must follow the comment it answers.
 */
final class ReviewJsonValidator {

    private static final Set<String> REVIEW = Set.of("comments", "suggestions", "rounds");
    private static final Set<String> COMMENT = Set.of("id", "parentId", "target", "author", "time", "text", "resolved", "source");
    private static final Set<String> TARGET = Set.of("kind", "id", "span", "quoted", "about");
    private static final Set<String> SPAN = Set.of("transcriptId", "start", "end");
    private static final Set<String> SUGGESTION = Set.of("id", "target", "author", "time", "before", "after", "status", "source");
    private static final Set<String> ROUND = Set.of("id", "time", "reviewers", "auditPosition", "note", "texts");
    private static final Set<String> TEXT = Set.of("kind", "id", "name", "text");

    private final Map<String, TranscriptText> texts;
    private final JsonIds comments = new JsonIds("comment");
    private final JsonIds suggestions = new JsonIds("suggested edit");
    private final JsonIds rounds = new JsonIds("review round");
    private final Map<String, Boolean> isReply = new HashMap<>();

    private ReviewJsonValidator(Map<String, TranscriptText> texts) {
        this.texts = texts;
    }

    /** Checks {@code review}; {@code texts} are the document's transcripts by id. */
    static void validate(JsonCursor review, Map<String, TranscriptText> texts) {
        new ReviewJsonValidator(texts).check(review);
    }

    private void check(JsonCursor review) {
        review.object(REVIEW);
        review.at("comments").elements().forEach(this::comment);
        review.at("suggestions").elements().forEach(this::suggestion);
        review.at("rounds").elements().forEach(this::round);
    }

    private void comment(JsonCursor c) {
        c.object(COMMENT);
        String id = comments.define(c);
        JsonCursor parentAt = c.at("parentId");
        String parent = parentAt.isNull() ? null : comments.ref(parentAt);
        if (parent != null && isReply.get(parent)) {
            throw parentAt.problem("answers a reply; a reply answers the first comment of its thread.");
        }
        isReply.put(id, parent != null);
        target(c.at("target"));
        c.at("author").line();
        c.at("time").instant();
        c.at("text").text();
        c.at("resolved").bool();
        c.at("source").lineOrNull();
    }

    private void target(JsonCursor t) {
        t.object(TARGET);
        String kind = t.at("kind").oneOf(names(CommentTarget.Kind.values()));
        if (kind.equals(CommentTarget.Kind.PROJECT.name())) {
            t.at("id").idOrNull();
        } else {
            t.at("id").id();
        }
        JsonCursor span = t.at("span");
        if (!span.isNull()) {
            span.object(SPAN);
            TranscriptText text = texts.get(span.at("transcriptId").id());
            if (text != null) {
                text.span(span);
            }
        }
        t.at("quoted").text();
        t.at("about").text();
    }

    private void suggestion(JsonCursor s) {
        s.object(SUGGESTION);
        suggestions.define(s);
        JsonCursor target = s.at("target");
        target(target);
        target.at("kind").oneOf(List.of(CommentTarget.Kind.CONDENSATE.name(), CommentTarget.Kind.ANALYTIC_TEXT.name()));
        s.at("author").line();
        s.at("time").instant();
        s.at("before").text();
        s.at("after").text();
        s.at("status").oneOf(names(Suggestion.Status.values()));
        s.at("source").lineOrNull();
    }

    private void round(JsonCursor r) {
        r.object(ROUND);
        rounds.define(r);
        r.at("time").instant();
        r.at("reviewers").elements().forEach(JsonCursor::line);
        r.at("auditPosition").longInteger();
        r.at("note").text();
        for (JsonCursor t : r.at("texts").elements()) {
            t.object(TEXT);
            t.at("kind").oneOf(List.of(CommentTarget.Kind.CODE_GROUP.name(), CommentTarget.Kind.CONDENSATE.name(),
                    CommentTarget.Kind.ANALYTIC_TEXT.name()));
            t.at("id").id();
            t.at("name").text();
            t.at("text").text();
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
