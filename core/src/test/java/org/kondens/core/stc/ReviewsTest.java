package org.kondens.core.stc;

import static org.junit.jupiter.api.Assertions.*;
import static org.kondens.core.TestProjects.*;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.CommentTarget.Kind;
import org.kondens.core.model.Membership;
import org.kondens.core.model.Part;
import org.kondens.core.model.ReviewRound;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Suggestion;
import org.kondens.core.model.Transcript;

/** Supervision in the project: comments and threads, rounds, suggested edits, and bringing in a review twice. */
class ReviewsTest {

    @TempDir
    Path dir;

    private record Analysis(StcProject p, Transcript t, CodeGroup g, Subgroup s) {
    }

    private Analysis analysis() {
        StcProject p = newProject(dir);
        Transcript t = importInterview(p, dir);
        CodeGroup g = p.addCodeGroup("Å bli sett", "#3366cc", List.of());
        Subgroup s = p.addSubgroup(g.id(), "Som menneske");
        unit(p, t, "De så meg som et menneske.", new Membership(g.id(), s.id()));
        p.setCondensate(s.id(), "Jeg ble sett som et menneske.", null);
        return new Analysis(p, t, g, s);
    }

    @Test
    void commentsRepliesAndResolutionsAreUndoableStepsThatSurviveReopening() {
        Analysis a = analysis();
        Reviews r = a.p().reviews();
        Comment c = assertUndoable(a.p(), "Add comment", () -> r.comment(CommentTarget.of(Kind.CODE_GROUP, a.g().id()), "Veileder",
                "Er «å bli sett» ditt ord eller deres? 😀"));
        assertEquals("Å bli sett", c.target().about(), "the comment names what it is about");
        Comment reply = assertUndoable(a.p(), "Reply to comment", () -> r.reply(c.id(), "Student", "Deres – EK1 sier det."));
        assertEquals(c.id(), reply.parentId());
        assertEquals(c.target(), reply.target(), "a reply shares its thread's target");
        Comment second = r.reply(reply.id(), "Veileder", "Godt.");
        assertEquals(c.id(), second.parentId(), "a reply to a reply joins the same thread");
        assertUndoable(a.p(), "Resolve comment", () -> r.resolve(reply.id(), true));
        var review = a.p().snapshot().review();
        assertTrue(review.threads().getFirst().resolved(), "resolving from a reply resolves the thread");
        assertEquals(List.of(), review.open());
        assertEquals(2, review.repliesTo(c.id()).size());

        Path file = dir.resolve("studie.kondens");
        a.p().close();
        try (StcProject again = reopen(file)) {
            assertEquals(review, again.snapshot().review());
            assertTrue(again.snapshot().audit().stream().anyMatch(e -> e.action().equals("Resolve comment")), "each change has its audit line");
        }
    }

    @Test
    void aCommentStaysWhenItsElementIsRenamedOrDeleted() {
        Analysis a = analysis();
        Comment c = a.p().reviews().comment(CommentTarget.of(Kind.SUBGROUP, a.s().id()), "Veileder", "Skill dette fra neste?");
        a.p().renameCodeGroup(a.g().id(), "Å bli møtt");
        assertEquals(List.of(c.id()), a.p().snapshot().review().openOn(Kind.SUBGROUP, a.s().id()).stream().map(Comment::id).toList(),
                "kept by id after a rename");
        a.p().deleteCodeGroup(a.g().id());
        Comment kept = a.p().snapshot().review().comments().getFirst();
        assertEquals(c.id(), kept.id());
        assertEquals("Å bli sett / Som menneske", kept.target().about(), "it still says what it was about");
    }

    @Test
    void aCommentOnWordsOfAUnitKeepsTheWordsAndARefusalNamesWhatIsMissing() {
        Analysis a = analysis();
        var unit = a.p().snapshot().meaningUnits().getFirst();
        int from = unit.start() + a.t().text().substring(unit.start(), unit.end()).indexOf("et menneske");
        int[] at = {from, from + "et menneske".length()};
        Comment c = a.p().reviews().comment(new CommentTarget(Kind.MEANING_UNIT, unit.id(), new Span(a.t().id(), at[0], at[1]),
                "et menneske", ""), "V", "Hvorfor dette ordet?");
        assertEquals("et menneske", c.target().quoted());
        assertEquals(new Span(a.t().id(), at[0], at[1]), a.p().snapshot().review().comments().getFirst().target().span());
        assertRefused(a.p(), () -> a.p().reviews().comment(CommentTarget.of(Kind.QUOTE, UUID.randomUUID()), "V", "x"), "quote");
        assertRefused(a.p(), () -> a.p().reviews().comment(CommentTarget.project(), "V", "  "), "comment");
    }

    @Test
    void aRoundRemembersWhereTheAuditTrailStood() {
        Analysis a = analysis();
        long before = a.p().snapshot().audit().getLast().id();
        ReviewRound round = assertUndoable(a.p(), "Send for review", () -> a.p().reviews().sendForReview(List.of(" Kari ", "", "Ola"),
                "første runde"));
        assertEquals(List.of("Kari", "Ola"), round.reviewers());
        assertEquals(before, round.auditPosition());
        assertEquals(round, a.p().snapshot().review().lastRound().orElseThrow());
        assertEquals("Jeg ble sett som et menneske.", round.text(Kind.CONDENSATE, a.s().id()).orElseThrow().text(),
                "the round keeps the condensate as it read, to show before → after next time");
        assertEquals("Å bli sett / Som menneske", round.text(Kind.ANALYTIC_TEXT, a.s().id()).orElseThrow().name());
    }

    @Test
    void everyKindOfTargetHasABookmarkNameWordAcceptsAndThatLeadsBack() {
        for (Kind kind : Kind.values()) {
            CommentTarget t = kind == Kind.PROJECT ? CommentTarget.project() : CommentTarget.of(kind, UUID.randomUUID());
            String name = t.bookmark();
            assertTrue(name.matches("[A-Za-z][A-Za-z0-9_]{0,39}"), name + " is a valid Word bookmark name");
            assertEquals(t, CommentTarget.fromBookmark(name).orElseThrow());
        }
        assertTrue(CommentTarget.fromBookmark("_GoBack").isEmpty(), "Word's own bookmarks are not ours");
        assertTrue(CommentTarget.fromBookmark("kX_" + "0".repeat(32)).isEmpty());
    }

    @Test
    void aSuggestedEditIsAcceptedOnlyWhileTheTextIsAsTheReviewerSawIt() {
        Analysis a = analysis();
        Reviews r = a.p().reviews();
        CommentTarget condensate = CommentTarget.of(Kind.CONDENSATE, a.s().id());
        Suggestion s = new Suggestion(UUID.randomUUID(), condensate, "Veileder", Instant.now(), "Jeg ble sett som et menneske.",
                "Jeg ble sett som et menneske, ikke som en diagnose.", Suggestion.Status.OPEN, "doc#1");
        r.bring("Import review comments", "runde1.docx", List.of(), List.of(), List.of(s));
        assertUndoable(a.p(), "Accept suggestion", () -> r.accept(s.id()));
        assertEquals("Jeg ble sett som et menneske, ikke som en diagnose.", a.p().snapshot().subgroups().getFirst().condensate());
        assertRefused(a.p(), () -> r.accept(s.id()), "accepted");

        Suggestion late = new Suggestion(UUID.randomUUID(), condensate, "Veileder", Instant.now(), "en eldre tekst", "ny",
                Suggestion.Status.OPEN, "doc#2");
        r.bring("Import review comments", "runde1.docx", List.of(), List.of(), List.of(late));
        assertRefused(a.p(), () -> r.accept(late.id()), "Som menneske");
        r.reject(late.id());
        assertEquals(Suggestion.Status.REJECTED, a.p().snapshot().review().suggestions().getLast().status());
        assertRefused(a.p(), () -> r.bring("x", "y", List.of(), List.of(),
                List.of(new Suggestion(UUID.randomUUID(), CommentTarget.of(Kind.CODE_GROUP, a.g().id()), "", Instant.now(), "", "",
                        Suggestion.Status.OPEN, null))), "condensates");
    }

    @Test
    void bringingTheSameReviewTwiceAddsNothingAndARepliesToAKnownThreadJoinIt() {
        Analysis a = analysis();
        Reviews r = a.p().reviews();
        Instant t = Instant.parse("2026-11-30T10:00:00Z");
        Comment c = new Comment(UUID.randomUUID(), null, CommentTarget.of(Kind.CODE_GROUP, a.g().id()), "Veileder", t, "Navnet?", false, "f#0");
        Comment reply = new Comment(UUID.randomUUID(), c.id(), c.target(), "Veileder", t, "Eller «møtt»?", false, "f#1");
        Reviews.Arrived first = r.bring("Import review comments", "f.docx", List.of(c, reply), List.of(), List.of());
        assertEquals(new Reviews.Arrived(1, 1, 0, 0, 0), first);
        assertTrue(a.p().undoName().orElseThrow().startsWith("Import review comments"));

        // The same file again, with fresh ids as a reader would make them, and one new reply and a resolution.
        Comment c2 = new Comment(UUID.randomUUID(), null, c.target(), "Veileder", t, "Navnet?", false, "f#0");
        Comment reply2 = new Comment(UUID.randomUUID(), c2.id(), c.target(), "Veileder", t, "Eller «møtt»?", false, "f#1");
        Comment newer = new Comment(UUID.randomUUID(), c2.id(), c.target(), "Student", t, "Jeg prøver «møtt».", false, "f#2");
        Reviews.Arrived second = r.bring("Import review comments", "f.docx", List.of(c2, reply2, newer), List.of(c2.id()), List.of());
        assertEquals(new Reviews.Arrived(0, 1, 1, 0, 2), second);
        var review = a.p().snapshot().review();
        assertEquals(3, review.comments().size());
        assertEquals(c.id(), review.comments().getLast().parentId(), "the new reply joined the thread already there");
        assertTrue(review.threads().getFirst().resolved());
        assertTrue(a.p().takeChange().touches(Part.REVIEW), "screens learn that the review changed");
    }

    @Test
    void undoNamesAreInNorwegianToo() {
        Analysis a = analysis();
        a.p().reviews().comment(CommentTarget.project(), "V", "Fin start.");
        assertTrue(a.p().undoName(Locale.forLanguageTag("nb")).orElseThrow().startsWith("Legg til kommentar"));
        assertTrue(a.p().undoName(Locale.forLanguageTag("nn")).orElseThrow().startsWith("Legg til kommentar"));
    }
}
