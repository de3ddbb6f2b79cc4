package org.kondens.core.stc;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.kondens.core.KondensException;
import org.kondens.core.Localizable;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.model.Transcript;

/**
 * The checks every STC operation shares (names, spans, colours) and the small text helpers its
 * audit lines use.
 */
final class Rules {

    private Rules() {
    }

    static final List<String> PALETTE = List.of(
            "#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#B07AA1", "#76B7B2", "#EDC948", "#FF9DA7", "#9C755F", "#BAB0AC");

    /** Offsets must lie inside the text and never cut an emoji or other surrogate pair in half. */
    static void checkSpan(Transcript t, int start, int end) {
        int n = t.text().length();
        if (start < 0 || end > n || start >= end) {
            throw new KondensException(Problem.SPAN_OUTSIDE_TEXT, start, end, t.title(), n);
        }
        if (Character.isLowSurrogate(t.text().charAt(start)) || (end < n && Character.isLowSurrogate(t.text().charAt(end)))) {
            throw new KondensException(Problem.SPAN_CUTS_CHARACTER, start, end, t.title());
        }
    }

    static void requireText(String s, Problem missing, Object... args) {
        if (s == null || s.isBlank()) {
            throw new KondensException(missing, args);
        }
    }

    /** A required name: not blank ({@code missing} otherwise), and one a name can be ({@link Names}). */
    static void requireName(String s, Problem missing, Term what) {
        requireText(s, missing);
        Names.checkName(s, what);
    }

    static void requireDifferent(UUID a, UUID b) {
        if (a.equals(b)) {
            throw new KondensException(Problem.MERGE_INTO_ITSELF);
        }
    }

    /** {@code what} is the kind with its article: "a code group". */
    static void requireFreeName(List<String> taken, String name, Localizable what) {
        if (taken.stream().anyMatch(t -> t.equalsIgnoreCase(name.strip()))) {
            throw new KondensException(Problem.NAME_TAKEN, what, name.strip());
        }
    }

    static String checkColor(String color) {
        if (color == null || !color.matches("#[0-9A-Fa-f]{6}")) {
            throw new KondensException(Problem.COLOUR_INVALID, color);
        }
        return color.toUpperCase(Locale.ROOT);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String joinText(String a, String b) {
        return a.isBlank() ? b : b.isBlank() ? a : a + "\n\n" + b;
    }

    static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= 60 ? "«" + one + "»" : "«" + one.substring(0, 57) + "…»";
    }
}
