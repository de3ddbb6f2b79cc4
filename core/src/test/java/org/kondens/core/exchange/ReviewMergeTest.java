package org.kondens.core.exchange;

import static org.junit.jupiter.api.Assertions.*;
import static org.kondens.core.TestProjects.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.CommentTarget.Kind;
import org.kondens.core.model.Subgroup;
import org.kondens.core.stc.ReviewImport;
import org.kondens.core.stc.StcProject;

/** A reviewer's copy of the project brings its comments, replies and resolutions, and nothing else. */
class ReviewMergeTest {

    @TempDir
    Path dir;

    @Test
    void aReviewedCopyBringsItsCommentsRepliesAndResolutionsOnly() throws Exception {
        ReviewImportTest.Study s = ReviewImportTest.study(dir);
        StcProject p = s.p();
        Comment open = p.reviews().comment(CommentTarget.of(Kind.CONDENSATE, s.s1().id()), "Student", "For kort?");
        Comment asked = p.reviews().comment(CommentTarget.of(Kind.CODE_GROUP, s.g2().id()), "Student", "Navnet?");
        Path copy = dir.resolve("kopi.kondens");
        p.saveCopy(copy);
        try (StcProject reviewer = StcProject.open(copy, NO_BACKUP)) {
            reviewer.reviews().reply(open.id(), "Veileder", "Nei.");
            reviewer.reviews().resolve(open.id(), true);
            reviewer.reviews().reply(asked.id(), "Veileder", "Behold det.");
            Comment onUnit = reviewer.reviews().comment(CommentTarget.of(Kind.MEANING_UNIT, s.u1().id()), "Veileder", "Sterkt sitat.");
            reviewer.reviews().reply(onUnit.id(), "Veileder", "Bruk det.");
            reviewer.reviews().comment(CommentTarget.of(Kind.MEANING_UNIT, s.u2().id()), "Veileder", "Og dette?");
            reviewer.setCondensate(s.s1().id(), "Endret av veileder.", null);
        }
        p.deleteMeaningUnit(s.u2().id());
        byte[] copyBytes = Files.readAllBytes(copy);

        ReviewReport r = ReviewImport.merge(p, copy);
        assertEquals(List.of(2, 3, 1, 0, 2), List.of(r.comments(), r.replies(), r.resolutions(), r.suggestions(), r.alreadyThere()),
                r.lines().toString());
        var review = p.snapshot().review();
        assertTrue(review.threads().stream().filter(c -> c.id().equals(open.id())).findFirst().orElseThrow().resolved());
        assertEquals(List.of("Nei."), review.repliesTo(open.id()).stream().map(Comment::text).toList());
        assertEquals(List.of("Behold det."), review.repliesTo(asked.id()).stream().map(Comment::text).toList());
        Comment unit = review.threads().stream().filter(c -> c.text().equals("Sterkt sitat.")).findFirst().orElseThrow();
        assertTrue(unit.target().is(Kind.MEANING_UNIT, s.u1().id()));
        assertEquals(List.of("Bruk det."), review.repliesTo(unit.id()).stream().map(Comment::text).toList());
        Comment gone = review.threads().stream().filter(c -> c.text().equals("Og dette?")).findFirst().orElseThrow();
        assertEquals(Kind.PROJECT, gone.target().kind(), "its unit was deleted here since");
        assertTrue(gone.target().about().contains("De så meg som et menneske."), gone.target().about());
        Subgroup s1 = p.snapshot().subgroups().stream().filter(x -> x.id().equals(s.s1().id())).findFirst().orElseThrow();
        assertEquals("Jeg fikk min egen nøkkel, og det ble bedre.", s1.condensate(), "nothing but the review is merged");
        assertEquals(java.util.Optional.of("Merge reviewed copy: kopi.kondens"), p.undoName());

        var before = p.snapshot().review();
        assertEquals(0, ReviewImport.merge(p, copy).total(), "a second merge adds nothing");
        assertEquals(before, p.snapshot().review());
        assertArrayEquals(copyBytes, Files.readAllBytes(copy), "the copy is only read");
    }

    @Test
    void aReplyInTheCopyToACommentBothImportedFromOneDocumentJoinsTheThreadHere() throws Exception {
        ReviewImportTest.Study s = ReviewImportTest.study(dir);
        ReviewDocs doc = ReviewDocs.of(s.p().snapshot());
        doc.comment("vendepunkt", "Veileder", "Belegg?");
        Path docx = dir.resolve("lest.docx");
        doc.write(docx);
        Path copy = dir.resolve("kopi.kondens");
        s.p().saveCopy(copy);
        ReviewImport.importReview(s.p(), docx);
        try (StcProject reviewer = StcProject.open(copy, NO_BACKUP)) {
            ReviewImport.importReview(reviewer, docx);
            Comment theirs = reviewer.snapshot().review().threads().getFirst();
            reviewer.reviews().reply(theirs.id(), "Medveileder", "Enig.");
        }
        ReviewReport r = ReviewImport.merge(s.p(), copy);
        assertEquals(List.of(0, 1, 1), List.of(r.comments(), r.replies(), r.alreadyThere()));
        var review = s.p().snapshot().review();
        assertEquals(1, review.threads().size(), "one thread, not two");
        assertEquals(List.of("Enig."), review.repliesTo(review.threads().getFirst().id()).stream().map(Comment::text).toList());
    }

    @Test
    void aCopyOfAnotherProjectIsRefused() throws Exception {
        ReviewImportTest.Study s = ReviewImportTest.study(dir);
        Path other = dir.resolve("annen");
        Files.createDirectories(other);
        try (StcProject o = newProject(other)) {
            o.setTitle("Et annet prosjekt");
        }
        assertRefused(s.p(), () -> ReviewImport.merge(s.p(), other.resolve("studie.kondens")),
                "studie.kondens is a copy of another project («Et annet prosjekt»)");
    }
}
