package org.kondens.app.gui.review;

import org.kondens.core.WordDiff;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kondens.app.gui.common.Comments;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Words;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Suggestion;

/** The Review panel's rows, read from a snapshot: what each comment is about now, or that its element is gone. */
final class ReviewRows {

    /** A reply under its thread. */
    record Reply(UUID id, String author, String when, String text) {
    }

    /** A thread: its first comment, what it is about (or "deleted: …"), its replies. */
    record Thread(UUID id, CommentTarget target, String about, boolean gone, int step, String author, String when, String text,
            boolean resolved, List<Reply> replies) {
    }

    /** A suggested edit as a difference; {@code refused} is why accepting it was refused, or empty. */
    record Edit(UUID id, CommentTarget target, String about, boolean gone, int step, String author, String when,
            List<WordDiff.Piece> diff, Suggestion.Status status, String refused) {
    }

    private final I18n t;
    private final DateTimeFormatter time;

    ReviewRows(I18n t) {
        this.t = t;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(t.locale())
                .withZone(ZoneId.systemDefault());
    }

    Thread thread(ProjectSnapshot s, Comment c) {
        Optional<String> now = currentName(s, c.target());
        List<Reply> replies = s.review().repliesTo(c.id()).stream()
                .map(r -> new Reply(r.id(), r.author(), when(r.time()), r.text())).toList();
        return new Thread(c.id(), c.target(), about(c.target(), now), now.isEmpty(), Comments.step(c.target().kind()), c.author(),
                when(c.time()), c.text(), c.resolved(), replies);
    }

    Edit edit(ProjectSnapshot s, Suggestion x, String refused) {
        Optional<String> now = currentName(s, x.target());
        return new Edit(x.id(), x.target(), about(x.target(), now), now.isEmpty(), Comments.step(x.target().kind()), x.author(),
                when(x.time()), WordDiff.of(x.before(), x.after()), x.status(), refused == null ? "" : refused);
    }

    String when(Instant i) {
        return time.format(i);
    }

    /** "Code group · Å bli sett", or "deleted: Å bli sett" when the element is gone. */
    private String about(CommentTarget target, Optional<String> now) {
        String kind = t.get("review.kind." + target.kind().name());
        if (now.isEmpty()) {
            return kind + " · " + t.get("review.deleted", target.about());
        }
        String quoted = target.quoted().isBlank() ? "" : " — «" + Words.shorten(target.quoted(), 80) + "»";
        return kind + " · " + now.get() + quoted;
    }

    /** The element's name as it is now; empty when it was deleted. */
    static Optional<String> currentName(ProjectSnapshot s, CommentTarget target) {
        UUID id = target.id();
        return switch (target.kind()) {
            case PROJECT -> Optional.of(s.project().title());
            case TRANSCRIPT -> s.transcript(id).map(x -> x.title());
            case MEANING_UNIT -> Optional.ofNullable(s.unitsById().get(id)).map(u -> Words.shorten(s.textOf(u), 60));
            case CODE_GROUP -> group(s, id).map(CodeGroup::workingName);
            case SUBGROUP, CONDENSATE, ANALYTIC_TEXT -> subgroup(s, id)
                    .map(x -> group(s, x.codeGroupId()).map(g -> g.workingName() + " / ").orElse("") + x.name());
            case QUOTE -> s.quotes().stream().filter(q -> q.id().equals(id)).findFirst().map(Quote::displayText)
                    .map(q -> Words.shorten(q, 60));
            case PRELIMINARY_THEME -> s.themes().stream().filter(x -> x.id().equals(id)).findFirst().map(PreliminaryTheme::name);
        };
    }

    static Optional<CodeGroup> group(ProjectSnapshot s, UUID id) {
        return s.codeGroups().stream().filter(g -> g.id().equals(id)).findFirst();
    }

    static Optional<Subgroup> subgroup(ProjectSnapshot s, UUID id) {
        return s.subgroups().stream().filter(x -> x.id().equals(id)).findFirst();
    }
}
