package org.kondens.core.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kondens.core.KondensException;
import org.kondens.core.Messages;
import org.kondens.core.Problem;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.ProjectSnapshot;

/**
 * A reviewer's copy of the project (a .kondens file they commented in Kondens): its comments,
 * replies and resolutions, and nothing else, worked out against the student's project. Comments
 * keep their ids, so a second merge adds nothing; one whose element the student has deleted
 * since goes to the project, quoting what it was about.
 */
public final class ReviewCopy {

    public static final String ACTION = "Merge reviewed copy";

    private ReviewCopy() {
    }

    public static ReviewPlan plan(ProjectSnapshot project, ProjectSnapshot copy, String file) {
        if (!project.project().id().equals(copy.project().id())) {
            throw new KondensException(Problem.REVIEW_OTHER_PROJECT, file, copy.project().title(), project.project().title());
        }
        Map<UUID, Comment> here = new HashMap<>();
        Map<String, Comment> bySource = new HashMap<>();
        for (Comment c : project.review().comments()) {
            here.put(c.id(), c);
            if (c.source() != null) {
                bySource.put(c.source(), c);
            }
        }
        Map<UUID, UUID> sameAs = new HashMap<>(); // the copy's id → the same comment's id here (brought from one file into both)

        List<Comment> comments = new ArrayList<>();
        Set<UUID> resolved = new LinkedHashSet<>();
        Set<UUID> brought = new java.util.HashSet<>();
        int there = 0, onDeleted = 0;
        for (Comment c : copy.review().comments()) {
            String source = c.source() != null ? c.source() : "copy:" + c.id();
            Comment mine = here.containsKey(c.id()) ? here.get(c.id()) : bySource.get(source);
            if (mine != null) {
                sameAs.put(c.id(), mine.id());
                there++;
                if (mine != null && !c.isReply() && c.resolved() && !mine.resolved()) {
                    resolved.add(mine.id());
                }
                continue;
            }
            UUID parent = c.isReply() ? sameAs.getOrDefault(c.parentId(), c.parentId()) : null;
            if (parent != null && !here.containsKey(parent) && !brought.contains(parent)) {
                continue; // its thread was deleted here, and with it the replies
            }
            CommentTarget target = c.target();
            if (!c.isReply() && !CommentAnchors.exists(project, target)) {
                String about = Problem.REVIEW_ELEMENT_GONE.text(Messages.locale(project.project().language()), target.kind().ordinal(),
                        target.about());
                target = new CommentTarget(CommentTarget.Kind.PROJECT, null, null, target.quoted(), about);
                onDeleted++;
            }
            comments.add(new Comment(c.id(), parent, target, c.author(), c.time(), c.text(), c.resolved(), source));
            brought.add(c.id());
        }
        return new ReviewPlan(ACTION, file, comments, List.copyOf(resolved), List.of(), there, onDeleted, 0);
    }
}
