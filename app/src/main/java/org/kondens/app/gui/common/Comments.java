package org.kondens.app.gui.common;

import java.util.UUID;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.CommentTarget.Kind;
import org.kondens.core.model.ProjectSnapshot;

/** What every area asks of the review comments: open threads on an element, and the step an element belongs to. */
public final class Comments {

    private Comments() {
    }

    /** Open threads on {@code kind} {@code id}; none without a project. */
    public static int openOn(ProjectSnapshot s, Kind kind, UUID id) {
        return s == null || kind == null ? 0 : s.review().openOn(kind, id).size();
    }

    /** The step of STC a target's element is worked on in (1–4); 0 for the project as a whole. */
    public static int step(Kind kind) {
        return switch (kind) {
            case PRELIMINARY_THEME, TRANSCRIPT -> 1;
            case MEANING_UNIT, CODE_GROUP -> 2;
            case SUBGROUP, CONDENSATE, QUOTE -> 3;
            case ANALYTIC_TEXT -> 4;
            case PROJECT -> 0;
        };
    }

    /** Open threads on elements of {@code step}. */
    public static long openInStep(ProjectSnapshot s, int step) {
        return s == null ? 0 : s.review().open().stream().map(Comment::target).map(CommentTarget::kind).filter(k -> step(k) == step).count();
    }
}
