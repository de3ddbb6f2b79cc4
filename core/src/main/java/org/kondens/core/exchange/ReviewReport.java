package org.kondens.core.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kondens.core.Problem;
import org.kondens.core.model.CommentTarget;

/**
 * What one import of a review document (or merge of a reviewer's copy) brought: how many new
 * comments, replies, resolutions and suggested edits, how many were there already, and on which
 * elements they landed.
 */
public record ReviewReport(String file, int comments, int replies, int resolutions, int suggestions, int alreadyThere,
        List<Where> where, int onDeleted, int changesLeftOut) {

    /** {@code count} items arrived on the element of {@code kind} named {@code about}. */
    public record Where(CommentTarget.Kind kind, String about, int count) {
        public String text(Locale locale) {
            return Problem.REVIEW_WHERE.text(locale, kind.ordinal(), about, count);
        }
    }

    public ReviewReport {
        where = List.copyOf(where);
    }

    public int total() {
        return comments + replies + resolutions + suggestions;
    }

    /** One line: the file and the counts. */
    public String summary(Locale locale) {
        return Problem.REVIEW_SUMMARY.text(locale, file, comments, replies, resolutions, suggestions, alreadyThere);
    }

    /** The summary, then one line per element, then what was adapted. */
    public List<String> lines(Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(summary(locale));
        where.forEach(w -> lines.add("  " + w.text(locale)));
        if (onDeleted > 0) {
            lines.add(Problem.REVIEW_ON_DELETED.text(locale, onDeleted));
        }
        if (changesLeftOut > 0) {
            lines.add(Problem.REVIEW_CHANGES_LEFT_OUT.text(locale, changesLeftOut));
        }
        return lines;
    }

    /** The lines in English (the CLI). */
    public List<String> lines() {
        return lines(Locale.ROOT);
    }
}
