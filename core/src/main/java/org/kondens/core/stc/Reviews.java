package org.kondens.core.stc;

import static org.kondens.core.stc.Rules.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.CommentTarget.Kind;
import org.kondens.core.model.ReviewRound;
import org.kondens.core.model.ReviewedText;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Suggestion;
import org.kondens.core.store.ProjectDatabase;
import org.kondens.core.store.ProjectRepository;

/**
 * Supervision: comments on any element of the analysis with their reply threads, suggested edits
 * of condensates and analytic texts, and review rounds. Every change is an undo step with its
 * audit line, like any edit of the analysis.
 */
public final class Reviews extends StcService {

    /** What one import of a review document or reviewer's copy brought (items already there are not counted). */
    public record Arrived(int comments, int replies, int resolutions, int suggestions, int alreadyThere) {
        public int total() {
            return comments + replies + resolutions + suggestions;
        }
    }

    Reviews(ProjectDatabase db, Runnable changed) {
        super(db, changed);
    }

    /** A new comment thread on {@code target}; the target is checked and named as it is now. */
    public Comment comment(CommentTarget target, String author, String text) {
        checkComment(text);
        CommentTarget named = read(r -> named(r, target));
        Comment c = new Comment(UUID.randomUUID(), null, named, nameOf(author), db.clock().instant(), text.strip(), false, null);
        changeVoid("Add comment", named.about(), r -> r.insertComment(c));
        return c;
    }

    /** A reply in the thread of {@code commentId} (a reply to a reply joins the same thread). */
    public Comment reply(UUID commentId, String author, String text) {
        checkComment(text);
        Comment thread = thread(commentId);
        Comment c = new Comment(UUID.randomUUID(), thread.id(), thread.target(), nameOf(author), db.clock().instant(), text.strip(),
                false, null);
        changeVoid("Reply to comment", thread.target().about(), r -> r.insertComment(c));
        return c;
    }

    /** Marks a thread resolved, or open again. */
    public void resolve(UUID commentId, boolean resolved) {
        Comment thread = thread(commentId);
        if (thread.resolved() != resolved) {
            changeVoid(resolved ? "Resolve comment" : "Reopen comment", thread.target().about(),
                    r -> r.updateComment(thread.resolved(resolved)));
        }
    }

    public void edit(UUID commentId, String text) {
        checkComment(text);
        Comment c = existing(commentId);
        changeVoid("Edit comment", c.target().about(), r -> r.updateComment(new Comment(c.id(), c.parentId(), c.target(), c.author(),
                c.time(), text.strip(), c.resolved(), c.source())));
    }

    /** Deletes a comment; a thread's first comment goes with its replies. */
    public void delete(UUID commentId) {
        Comment c = existing(commentId);
        changeVoid("Delete comment", c.target().about(), r -> r.deleteComment(c.id()));
    }

    /**
     * Records that the analysis goes to {@code reviewers} now, with its condensates, analytic texts
     * and analytic introductions as they read: the next round lists what changed after this point.
     */
    public ReviewRound sendForReview(List<String> reviewers, String note) {
        List<String> names = reviewers.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
        return change("Send for review", String.join(", ", names), r -> {
            List<ReviewedText> texts = new ArrayList<>();
            Map<UUID, String> groupNames = new HashMap<>();
            for (CodeGroup g : r.codeGroups()) {
                groupNames.put(g.id(), g.workingName());
                texts.add(new ReviewedText(Kind.CODE_GROUP, g.id(), g.workingName(), g.analyticIntro()));
            }
            for (Subgroup s : r.subgroups()) {
                String name = groupNames.getOrDefault(s.codeGroupId(), "") + " / " + s.name();
                texts.add(new ReviewedText(Kind.CONDENSATE, s.id(), name, s.condensate()));
                texts.add(new ReviewedText(Kind.ANALYTIC_TEXT, s.id(), name, s.analyticText()));
            }
            // The round's own audit line comes after this position, so it is not listed as a change.
            ReviewRound round = new ReviewRound(UUID.randomUUID(), db.clock().instant(), names, r.auditPosition(), note, texts);
            r.insertRound(round);
            return round;
        });
    }

    /** Applies a suggested edit to its condensate or analytic text, if that text is still as the reviewer saw it. */
    public void accept(UUID suggestionId) {
        Suggestion s = openSuggestion(suggestionId);
        Subgroup sub = subgroup(s.target().id());
        String now = s.target().kind() == Kind.CONDENSATE ? sub.condensate() : sub.analyticText();
        if (!now.equals(s.before())) {
            throw new KondensException(Problem.SUGGESTION_OUTDATED, s.target().about());
        }
        changeVoid("Accept suggestion", s.target().about(), r -> {
            r.updateSubgroup(s.target().kind() == Kind.CONDENSATE
                    ? new Subgroup(sub.id(), sub.codeGroupId(), sub.name(), sub.order(), s.after(), sub.condensateSources(),
                            sub.analyticText(), sub.grewFrom())
                    : new Subgroup(sub.id(), sub.codeGroupId(), sub.name(), sub.order(), sub.condensate(), sub.condensateSources(),
                            s.after(), sub.grewFrom()));
            r.setSuggestionStatus(s.id(), Suggestion.Status.ACCEPTED);
        });
    }

    public void reject(UUID suggestionId) {
        Suggestion s = openSuggestion(suggestionId);
        changeVoid("Reject suggestion", s.target().about(), r -> r.setSuggestionStatus(s.id(), Suggestion.Status.REJECTED));
    }

    /**
     * Brings in what a review document or a reviewer's copy holds, as one undo step named
     * {@code action}: comments and replies (a reply's parent before it in the list, or already in
     * the project), resolutions of threads (by the id in the list or in the project), and
     * suggested edits. Anything whose {@code source} is already in the project is skipped and
     * stands for the one there, so a second import adds nothing.
     */
    public Arrived bring(String action, String detail, List<Comment> comments, List<UUID> resolvedThreads, List<Suggestion> suggestions) {
        for (Suggestion s : suggestions) {
            checkSuggestionTarget(s.target());
        }
        return change(action, detail, r -> {
            int threads = 0, replies = 0, resolutions = 0, edits = 0, there = 0;
            // A comment already here (by source) stands for itself: a reply to it joins that thread.
            Map<UUID, UUID> here = new HashMap<>();
            for (Comment c : comments) {
                var existing = c.source() == null ? r.comment(c.id()) : r.commentWithSource(c.source());
                if (existing.isPresent()) {
                    here.put(c.id(), existing.get().id());
                    there++;
                    continue;
                }
                if (c.isReply()) {
                    UUID parent = here.getOrDefault(c.parentId(), c.parentId());
                    Comment thread = r.comment(parent).orElseThrow(() -> new KondensException(Problem.NO_SUCH, Term.COMMENT, parent));
                    r.insertComment(new Comment(c.id(), thread.id(), thread.target(), c.author(), c.time(), c.text(), false, c.source()));
                    replies++;
                } else {
                    r.insertComment(new Comment(c.id(), null, named(r, c.target()), c.author(), c.time(), c.text(), c.resolved(),
                            c.source()));
                    threads++;
                }
            }
            for (UUID id : resolvedThreads) {
                var c = r.comment(here.getOrDefault(id, id));
                if (c.isPresent() && !c.get().isReply() && !c.get().resolved()) {
                    r.updateComment(c.get().resolved(true));
                    resolutions++;
                }
            }
            for (Suggestion s : suggestions) {
                if ((s.source() != null && r.hasSource(s.source())) || r.suggestion(s.id()).isPresent()) {
                    there++;
                    continue;
                }
                r.insertSuggestion(new Suggestion(s.id(), named(r, s.target()), s.author(), s.time(), s.before(), s.after(), s.status(),
                        s.source()));
                edits++;
            }
            return new Arrived(threads, replies, resolutions, edits, there);
        });
    }

    // ---- naming what a comment is about

    /** The target checked against the project and named as its element is called now. */
    static CommentTarget named(ProjectRepository r, CommentTarget t) {
        if (t.kind() == Kind.PROJECT) {
            // A brought-in comment whose element is gone says so in its about; keep that.
            return t.about().isEmpty() ? t.about(r.project().title()) : t;
        }
        String name = switch (t.kind()) {
            case TRANSCRIPT -> r.transcript(t.id()).map(x -> x.title()).orElse(null);
            case MEANING_UNIT -> r.meaningUnit(t.id()).map(u -> r.transcript(u.transcriptId())
                    .map(tr -> excerpt(tr.text().substring(u.start(), u.end()))).orElse("")).orElse(null);
            case CODE_GROUP -> r.codeGroup(t.id()).map(CodeGroup::workingName).orElse(null);
            case SUBGROUP, CONDENSATE, ANALYTIC_TEXT -> r.subgroup(t.id()).map(s -> r.codeGroup(s.codeGroupId())
                    .map(g -> g.workingName() + " / ").orElse("") + s.name()).orElse(null);
            case QUOTE -> r.quote(t.id()).map(q -> excerpt(q.displayText())).orElse(null);
            case PRELIMINARY_THEME -> r.theme(t.id()).map(x -> x.name()).orElse(null);
            case PROJECT -> throw new IllegalStateException();
        };
        if (name == null) {
            throw new KondensException(Problem.NO_SUCH, term(t.kind()), t.id());
        }
        Span span = t.span();
        if (span != null && r.transcript(span.transcriptId()).map(x -> span.start() < 0 || span.end() > x.text().length()
                || span.start() > span.end()).orElse(true)) {
            throw new KondensException(Problem.NO_SUCH, Term.TRANSCRIPT, span.transcriptId());
        }
        return t.about(name);
    }

    private static Term term(Kind kind) {
        return switch (kind) {
            case TRANSCRIPT -> Term.TRANSCRIPT;
            case MEANING_UNIT -> Term.MEANING_UNIT;
            case CODE_GROUP -> Term.CODE_GROUP;
            case SUBGROUP, CONDENSATE, ANALYTIC_TEXT -> Term.SUBGROUP;
            case QUOTE -> Term.QUOTE;
            case PRELIMINARY_THEME -> Term.PRELIMINARY_THEME;
            case PROJECT -> Term.COMMENT;
        };
    }

    /** The first words of a passage, to name a unit or quote in lists and audit lines. */
    static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 59).stripTrailing() + "…";
    }

    // ---- checks

    private static String nameOf(String author) {
        return author == null ? "" : author.strip();
    }

    private static void checkComment(String text) {
        requireText(text, Problem.COMMENT_TEXT_MISSING);
        Names.checkText(text, Term.A_COMMENT);
    }

    private static void checkSuggestionTarget(CommentTarget t) {
        if (t.kind() != Kind.CONDENSATE && t.kind() != Kind.ANALYTIC_TEXT) {
            throw new KondensException(Problem.SUGGESTION_TARGET);
        }
    }

    private Comment existing(UUID id) {
        return byId(r -> r.comment(id), id, Term.COMMENT);
    }

    /** The first comment of the thread {@code id} belongs to. */
    private Comment thread(UUID id) {
        Comment c = existing(id);
        return c.isReply() ? existing(c.parentId()) : c;
    }

    private Suggestion openSuggestion(UUID id) {
        Suggestion s = byId(r -> r.suggestion(id), id, Term.SUGGESTION);
        if (!s.isOpen()) {
            throw new KondensException(Problem.SUGGESTION_CLOSED, s.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        return s;
    }
}
