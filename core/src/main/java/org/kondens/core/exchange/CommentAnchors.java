package org.kondens.core.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kondens.core.Messages;
import org.kondens.core.Problem;
import org.kondens.core.exchange.DocxBody.Range;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.CommentTarget.Kind;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;

/**
 * Where a reviewer's comment belongs: the innermost of our bookmarks ({@link CommentTarget#bookmark()})
 * that encloses all the words it marks. Words of a meaning unit become a span of its transcript;
 * a comment across two elements goes to the element holding both (their subgroup or code group)
 * or to the project, quoting the words; a comment on an element deleted since the export goes to
 * the project, quoting the words and saying what it was about.
 */
final class CommentAnchors {

    /** A bookmark of ours: the element it names and the text it spans. */
    record Element(String bookmark, CommentTarget target, Range range) {
        int length() {
            return range.end() - range.start();
        }
    }

    /** Where one comment lands; {@code bookmark} is the element's bookmark as in the file ("" outside any), {@code gone} if deleted. */
    record Placed(CommentTarget target, String bookmark, String anchor, boolean gone) {
    }

    private final DocxBody body;
    private final ProjectSnapshot project;
    private final List<Element> elements = new ArrayList<>();

    CommentAnchors(DocxBody body, ProjectSnapshot project) {
        this.body = body;
        this.project = project;
        body.bookmarks().forEach((name, range) -> CommentTarget.fromBookmark(name)
                .ifPresent(t -> elements.add(new Element(name, t, range))));
    }

    List<Element> elements() {
        return elements;
    }

    /** The target of a comment marking {@code raw}; null range (no anchor at all) → the project. */
    Placed place(Range raw) {
        if (raw == null) {
            return new Placed(CommentTarget.project(), "", "", false);
        }
        Range r = trimmed(raw);
        String anchor = body.current(r).strip();
        Optional<Element> inner = elements.stream()
                .filter(e -> e.range().start() <= r.start() && r.end() <= e.range().end())
                .min(Comparator.comparingInt(Element::length).thenComparing(e -> -e.range().start()));
        if (inner.isEmpty()) {
            return new Placed(withQuote(CommentTarget.project(), anchor), "", anchor, false);
        }
        Element e = inner.get();
        if (!exists(project, e.target())) {
            String was = excerpt(body.original(e.range()));
            String about = Problem.REVIEW_ELEMENT_GONE.text(Messages.locale(project.project().language()), e.target().kind().ordinal(), was);
            return new Placed(new CommentTarget(Kind.PROJECT, null, null, anchor, about), e.bookmark(), anchor, true);
        }
        // A comment at a point, or on all of the element, is on the element itself.
        boolean whole = r.start() == r.end() || body.original(r).strip().equals(body.original(e.range()).strip());
        if (whole) {
            return new Placed(e.target(), e.bookmark(), anchor, false);
        }
        if (e.target().kind() == Kind.MEANING_UNIT) {
            return new Placed(unitSpan(e, r, anchor), e.bookmark(), anchor, false);
        }
        return new Placed(withQuote(e.target(), anchor), e.bookmark(), anchor, false);
    }

    /** The commented words of a unit as a span of its transcript, when the bookmark holds the unit's text as stored. */
    private CommentTarget unitSpan(Element e, Range r, String anchor) {
        MeaningUnit unit = project.unitsById().get(e.target().id());
        String stored = project.textOf(unit);
        String words = body.original(r);
        int at;
        if (body.original(e.range()).equals(stored)) {
            at = body.originalOffset(e.range().start(), r.start());
        } else {
            // Printed differently than stored: the words still fix the span if they occur once.
            at = stored.indexOf(words);
            if (at < 0 || stored.indexOf(words, at + 1) >= 0) {
                return withQuote(e.target(), anchor);
            }
        }
        Span span = new Span(unit.transcriptId(), unit.start() + at, unit.start() + at + words.length());
        return new CommentTarget(Kind.MEANING_UNIT, unit.id(), span, words, "");
    }

    /** The first words of an element, to say what a comment on it was about. */
    static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 59).stripTrailing() + "…";
    }

    private static CommentTarget withQuote(CommentTarget t, String quoted) {
        return new CommentTarget(t.kind(), t.id(), null, quoted, t.about());
    }

    /** The range without the spaces and line ends a selection often takes along at either end. */
    private Range trimmed(Range r) {
        String text = body.text();
        int s = r.start(), e = r.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Range(s, e);
    }

    /** Whether the element {@code t} names is (still) in {@code project}. */
    static boolean exists(ProjectSnapshot project, CommentTarget t) {
        UUID id = t.id();
        return switch (t.kind()) {
            case PROJECT -> true;
            case TRANSCRIPT -> project.transcript(id).isPresent();
            case MEANING_UNIT -> project.unitsById().containsKey(id);
            case CODE_GROUP -> project.codeGroups().stream().anyMatch(g -> g.id().equals(id));
            case SUBGROUP, CONDENSATE, ANALYTIC_TEXT -> project.subgroups().stream().anyMatch(s -> s.id().equals(id));
            case QUOTE -> project.quotes().stream().anyMatch(q -> q.id().equals(id));
            case PRELIMINARY_THEME -> project.themes().stream().anyMatch(x -> x.id().equals(id));
        };
    }
}
