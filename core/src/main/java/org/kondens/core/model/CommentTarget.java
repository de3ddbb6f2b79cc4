package org.kondens.core.model;

import java.util.Objects;
import java.util.UUID;

/**
 * What a review comment is about. {@code id} names the element of {@code kind} (a subgroup's id for
 * its condensate and analytic text; none for the project). {@code span} is the commented passage of
 * a transcript or of a meaning unit, when the comment was put on some of its words; {@code quoted}
 * the words the reviewer marked. {@code about} names the element as it was when the comment was
 * made, so a comment whose element is later deleted still says what it was about.
 */
public record CommentTarget(Kind kind, UUID id, Span span, String quoted, String about) {

    /** The elements a supervisor can comment on, as they appear in the analysis. */
    public enum Kind {
        PROJECT, TRANSCRIPT, MEANING_UNIT, CODE_GROUP, SUBGROUP, CONDENSATE, QUOTE, ANALYTIC_TEXT, PRELIMINARY_THEME
    }

    public CommentTarget {
        Objects.requireNonNull(kind);
        if (kind != Kind.PROJECT) {
            Objects.requireNonNull(id, "a " + kind + " target needs its id");
        }
        quoted = Objects.requireNonNullElse(quoted, "");
        about = Objects.requireNonNullElse(about, "");
    }

    public static CommentTarget project() {
        return new CommentTarget(Kind.PROJECT, null, null, "", "");
    }

    public static CommentTarget of(Kind kind, UUID id) {
        return new CommentTarget(kind, id, null, "", "");
    }

    /** The same target, naming its element as {@code about}. */
    public CommentTarget about(String name) {
        return new CommentTarget(kind, id, span, quoted, name);
    }

    // A review document puts each element in a Word bookmark named after its kind and id, so a
    // comment a reviewer attaches there can be traced back: "k" + the kind's letter + "_" + the id's
    // 32 hex digits (35 characters; Word allows 40, letters, digits and "_", starting with a letter).
    private static final String LETTERS = "PTUGSCQAH";

    /** The bookmark name of this target's element in a review document ({@code kU_0f3a…}). */
    public String bookmark() {
        String hex = id == null ? "0".repeat(32) : id.toString().replace("-", "");
        return "k" + LETTERS.charAt(kind.ordinal()) + "_" + hex;
    }

    /** The target a review document's bookmark names, if it is one of ours. */
    public static java.util.Optional<CommentTarget> fromBookmark(String name) {
        if (name == null || name.length() != 35 || name.charAt(0) != 'k' || name.charAt(2) != '_'
                || LETTERS.indexOf(name.charAt(1)) < 0 || !name.substring(3).matches("[0-9a-f]{32}")) {
            return java.util.Optional.empty();
        }
        Kind kind = Kind.values()[LETTERS.indexOf(name.charAt(1))];
        String h = name.substring(3);
        UUID id = kind == Kind.PROJECT ? null : UUID.fromString(h.substring(0, 8) + "-" + h.substring(8, 12) + "-"
                + h.substring(12, 16) + "-" + h.substring(16, 20) + "-" + h.substring(20));
        return java.util.Optional.of(new CommentTarget(kind, id, null, "", ""));
    }

    /** Whether this target is {@code kind} {@code id}. */
    public boolean is(Kind k, UUID elementId) {
        return kind == k && Objects.equals(id, elementId);
    }
}
