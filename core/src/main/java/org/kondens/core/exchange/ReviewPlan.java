package org.kondens.core.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Suggestion;

/**
 * What a review document or a reviewer's copy would bring into a project, worked out against
 * the project as it is: only what is new (comments, replies, resolutions of open threads,
 * suggested edits), in the form {@code Reviews.bring} takes. {@code alreadyThere} counts what the
 * project holds already; {@code onDeleted} the comments whose element was deleted since (they go
 * to the project); {@code changesLeftOut} tracked changes outside condensates and analytic texts.
 */
public record ReviewPlan(String action, String file, List<Comment> comments, List<UUID> resolvedThreads, List<Suggestion> suggestions,
        int alreadyThere, int onDeleted, int changesLeftOut) {

    public ReviewPlan {
        comments = List.copyOf(comments);
        resolvedThreads = List.copyOf(resolvedThreads);
        suggestions = List.copyOf(suggestions);
    }

    public boolean isEmpty() {
        return comments.isEmpty() && resolvedThreads.isEmpty() && suggestions.isEmpty();
    }

    /**
     * The report of this plan once brought into the project: the counts {@code Reviews.bring}
     * gave, and for each element (as {@code after} names it) how many items arrived there.
     */
    public ReviewReport report(int threads, int replies, int resolutions, int edits, int there, ProjectSnapshot after) {
        Map<String, ReviewReport.Where> where = new LinkedHashMap<>();
        for (Comment c : comments) {
            thread(after, c.id()).ifPresent(t -> count(where, t.target()));
        }
        for (UUID id : resolvedThreads) {
            thread(after, id).ifPresent(t -> count(where, t.target()));
        }
        for (Suggestion s : suggestions) {
            after.review().suggestions().stream().filter(x -> x.id().equals(s.id())).findFirst().ifPresent(x -> count(where, x.target()));
        }
        return new ReviewReport(file, threads, replies, resolutions, edits, there + alreadyThere, List.copyOf(where.values()), onDeleted,
                changesLeftOut);
    }

    private static Optional<Comment> thread(ProjectSnapshot s, UUID id) {
        Optional<Comment> c = s.review().comments().stream().filter(x -> x.id().equals(id)).findFirst();
        return c.flatMap(x -> x.isReply() ? thread(s, x.parentId()) : Optional.of(x));
    }

    private static void count(Map<String, ReviewReport.Where> where, CommentTarget t) {
        String key = t.kind() + "/" + t.id() + "/" + t.about();
        ReviewReport.Where w = where.get(key);
        where.put(key, new ReviewReport.Where(t.kind(), t.about(), w == null ? 1 : w.count() + 1));
    }
}
