package org.kondens.core.stc;

import java.nio.file.Path;
import org.kondens.core.exchange.ReviewCopy;
import org.kondens.core.exchange.ReviewPlan;
import org.kondens.core.exchange.ReviewReader;
import org.kondens.core.exchange.ReviewReport;

/**
 * Bringing a review back: the comments, replies, "resolved" marks and tracked changes of a review
 * document a supervisor commented in Word or LibreOffice, or the comments of a reviewer's copy
 * of the project. Each is one undo step; bringing the same file again adds nothing (and makes
 * no step). Runs on the project's thread.
 */
public final class ReviewImport {

    private ReviewImport() {
    }

    /** Imports the review comments of {@code docx}; the file is untrusted, and any fault leaves the project as it was. */
    public static ReviewReport importReview(StcProject project, Path docx) {
        return bring(project, ReviewReader.read(project.snapshot(), docx));
    }

    /** Merges the comments, replies and resolutions of {@code copy}, a reviewer's copy of this project, opened read-only. */
    public static ReviewReport merge(StcProject project, Path copy) {
        ReviewPlan plan;
        try (StcProject theirs = StcProject.openReadOnly(copy)) {
            plan = ReviewCopy.plan(project.snapshot(), theirs.snapshot(), copy.getFileName().toString());
        }
        return bring(project, plan);
    }

    private static ReviewReport bring(StcProject project, ReviewPlan plan) {
        if (plan.isEmpty()) {
            return plan.report(0, 0, 0, 0, 0, project.snapshot());
        }
        Reviews.Arrived a = project.reviews().bring(plan.action(), plan.file(), plan.comments(), plan.resolvedThreads(), plan.suggestions());
        return plan.report(a.comments(), a.replies(), a.resolutions(), a.suggestions(), a.alreadyThere(), project.snapshot());
    }
}
