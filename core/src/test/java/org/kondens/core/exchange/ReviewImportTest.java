package org.kondens.core.exchange;

import static org.junit.jupiter.api.Assertions.*;
import static org.kondens.core.TestProjects.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.CommentTarget.Kind;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Suggestion;
import org.kondens.core.model.Transcript;
import org.kondens.core.stc.ReviewImport;
import org.kondens.core.stc.StcProject;

/**
 * Review documents commented as Word writes them: each comment lands on the element whose
 * bookmark holds its words, with the words; replies and "resolved" marks join threads; tracked
 * changes become suggested edits, never applied; a second import adds nothing; hostile files are
 * refused with one line and the project untouched.
 */
class ReviewImportTest {

    static final String UNIT1 = "Det var tøft 😀 – men jeg fikk nøkkel\ntil egen leilighet, og årene etterpå ble bedre.";
    static final String UNIT2 = "De så meg som et menneske.";

    @TempDir
    Path dir;

    record Study(StcProject p, Transcript t, CodeGroup g1, Subgroup s1, MeaningUnit u1, CodeGroup g2, Subgroup s2, MeaningUnit u2) {
    }

    /** Two code groups with a subgroup each: condensate, two-paragraph analytic text, one meaning unit. */
    static Study study(Path dir) {
        StcProject p = newProject(dir);
        Transcript t = importInterview(p, dir);
        CodeGroup g1 = p.addCodeGroup("Egen bolig", "#3366cc", List.of());
        Subgroup s1 = p.addSubgroup(g1.id(), "Nøkkelen");
        MeaningUnit u1 = unit(p, t, UNIT1, new Membership(g1.id(), s1.id()));
        p.setCondensate(s1.id(), "Jeg fikk min egen nøkkel, og det ble bedre.", null);
        p.setAnalyticText(s1.id(), "Nøkkelen ble et vendepunkt.\nDen ga trygghet.");
        CodeGroup g2 = p.addCodeGroup("Å bli sett", "#cc3366", List.of());
        Subgroup s2 = p.addSubgroup(g2.id(), "Som menneske");
        MeaningUnit u2 = unit(p, t, UNIT2, new Membership(g2.id(), s2.id()));
        p.setCondensate(s2.id(), "Jeg ble sett som et menneske.", null);
        return new Study(p, t, g1, s1, u1, g2, s2, u2);
    }

    private static Comment only(StcProject p, Predicate<Comment> which) {
        List<Comment> found = p.snapshot().review().comments().stream().filter(which).toList();
        assertEquals(1, found.size(), "one comment matches, of " + p.snapshot().review().comments());
        return found.getFirst();
    }

    private static Predicate<Comment> text(String t) {
        return c -> c.text().equals(t);
    }

    @Test
    void eachCommentLandsOnItsElementWithItsWordsAndASecondImportAddsNothing() throws Exception {
        Study s = study(dir);
        ReviewDocs doc = ReviewDocs.of(s.p().snapshot());
        doc.comment("men jeg fikk nøkkel\ntil egen", "Veileder", "Hvem ga nøkkelen?");
        doc.comment("Som menneske", "Veileder", "Godt navn.");
        int c = doc.comment("vendepunkt", "Veileder", "Sterkt ord – belegg?");
        doc.reply(c, "Medveileder", "Enig, se EK1.");
        doc.comment("Den ga trygghet", "Veileder", "Hele tekst?\nTo avsnitt her.");
        doc.comment("Jeg ble sett som et menneske.", "Veileder", "Hele kondensatet.");
        doc.comment(s.p().snapshot().project().title(), "Veileder", "Tittelen er lang.");
        Path file = dir.resolve("gjennomlest.docx");
        doc.write(file);

        ReviewReport r = ReviewImport.importReview(s.p(), file);
        assertEquals(List.of(6, 1, 0, 0, 0), List.of(r.comments(), r.replies(), r.resolutions(), r.suggestions(), r.alreadyThere()));

        Comment words = only(s.p(), text("Hvem ga nøkkelen?"));
        int at = s.u1().start() + UNIT1.indexOf("men jeg");
        assertEquals(new Span(s.t().id(), at, at + "men jeg fikk nøkkel\ntil egen".length()), words.target().span(),
                "the span counts UTF-16 units past æøå and the emoji");
        assertEquals("men jeg fikk nøkkel\ntil egen", s.t().text().substring(words.target().span().start(), words.target().span().end()));
        assertTrue(words.target().is(Kind.MEANING_UNIT, s.u1().id()));
        assertEquals("men jeg fikk nøkkel\ntil egen", words.target().quoted());
        assertEquals("Veileder", words.author());
        assertEquals(java.time.Instant.parse("2026-11-30T10:00:00Z"), words.time());

        assertTrue(only(s.p(), text("Godt navn.")).target().is(Kind.SUBGROUP, s.s2().id()), "a heading sits in its subgroup's bookmark");
        Comment thread = only(s.p(), text("Sterkt ord – belegg?"));
        assertTrue(thread.target().is(Kind.ANALYTIC_TEXT, s.s1().id()));
        assertEquals("vendepunkt", thread.target().quoted());
        Comment reply = only(s.p(), text("Enig, se EK1."));
        assertEquals(thread.id(), reply.parentId(), "the reply joins its thread");
        assertEquals("Medveileder", reply.author());
        Comment second = only(s.p(), text("Hele tekst?\nTo avsnitt her."));
        assertTrue(second.target().is(Kind.ANALYTIC_TEXT, s.s1().id()), "the second paragraph is in the same bookmark");
        Comment whole = only(s.p(), text("Hele kondensatet."));
        assertTrue(whole.target().is(Kind.CONDENSATE, s.s2().id()));
        assertEquals("", whole.target().quoted(), "a comment on all of it quotes nothing");
        Comment outside = only(s.p(), text("Tittelen er lang."));
        assertEquals(Kind.PROJECT, outside.target().kind());
        assertEquals(PROJECT_TITLE, outside.target().quoted());
        assertTrue(r.lines(Locale.ROOT).get(0).startsWith("gjennomlest.docx: 6 new comments, 1 reply, no resolutions"), r.lines().toString());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith("  meaning unit «Det var tøft 😀 – men jeg") && l.endsWith("»: 1")),
                r.lines().toString());
        assertTrue(r.lines().contains("  analytic text of «Egen bolig / Nøkkelen»: 3"), r.lines().toString());
        assertEquals("gjennomlest.docx: 6 nye kommentarer, 1 svar, ingen løste tråder, ingen forslag til endring.",
                r.summary(org.kondens.core.Messages.NB));
        assertTrue(r.lines(org.kondens.core.Messages.NN).contains("  analytisk tekst i «Egen bolig / Nøkkelen»: 3"));

        var before = s.p().snapshot();
        var undo = s.p().undoName();
        ReviewReport again = ReviewImport.importReview(s.p(), file);
        assertEquals(0, again.total());
        assertEquals(7, again.alreadyThere());
        assertEquals(before.review(), s.p().snapshot().review(), "a second import adds nothing");
        assertEquals(undo, s.p().undoName(), "and makes no undo step");
        assertEquals(java.util.Optional.of("Import review comments: gjennomlest.docx"), undo, "one undo step naming the file");
    }

    @Test
    void aCommentAcrossTwoElementsGoesToWhatHoldsBothOrTheProject() throws Exception {
        Study s = study(dir);
        ReviewDocs doc = ReviewDocs.of(s.p().snapshot());
        doc.commentAcross("Jeg fikk min egen", "Nøkkelen ble", "Veileder", "Henger sammen.");
        doc.commentAcross("Subgroup: Nøkkelen", "Code group: Å bli sett", "Veileder", "Over to grupper.");
        Path file = dir.resolve("over.docx");
        doc.write(file);
        ReviewImport.importReview(s.p(), file);
        Comment inSubgroup = only(s.p(), text("Henger sammen."));
        assertTrue(inSubgroup.target().is(Kind.SUBGROUP, s.s1().id()), "condensate and analytic text: their subgroup");
        assertTrue(inSubgroup.target().quoted().startsWith("Jeg fikk min egen") && inSubgroup.target().quoted().endsWith("Nøkkelen ble"),
                inSubgroup.target().quoted());
        Comment project = only(s.p(), text("Over to grupper."));
        assertEquals(Kind.PROJECT, project.target().kind());
        assertTrue(project.target().quoted().startsWith("Subgroup: Nøkkelen") && project.target().quoted().endsWith("Code group: Å bli sett"));
    }

    @Test
    void aCommentOnAnElementDeletedSinceTheExportStaysOnTheProjectSayingWhatItWasAbout() throws Exception {
        Study s = study(dir);
        ReviewDocs doc = ReviewDocs.of(s.p().snapshot());
        doc.comment("så meg", "Veileder", "Hvem er de?");
        Path file = dir.resolve("slettet.docx");
        doc.write(file);
        s.p().deleteMeaningUnit(s.u2().id());
        ReviewReport r = ReviewImport.importReview(s.p(), file);
        Comment c = only(s.p(), text("Hvem er de?"));
        assertEquals(Kind.PROJECT, c.target().kind());
        assertEquals("så meg", c.target().quoted());
        assertEquals("Om en meningsbærende enhet som er slettet etter gjennomlesingen: «De så meg som et menneske.»", c.target().about(),
                "about says what it was about, in the project's language");
        assertEquals(1, r.onDeleted());
        assertTrue(r.lines().contains("1 comment was on elements deleted since the review; kept as comments on the project, quoting their words."),
                r.lines().toString());
    }

    @Test
    void repliesAndResolutionsOnTheProjectsOwnThreadsJoinThem() throws Exception {
        Study s = study(dir);
        Comment mine = s.p().reviews().comment(CommentTarget.of(Kind.CONDENSATE, s.s1().id()), "Student", "Er dette for kort?");
        Comment other = s.p().reviews().comment(CommentTarget.of(Kind.CODE_GROUP, s.g2().id()), "Student", "Navnet?");
        ReviewDocs doc = ReviewDocs.of(s.p().snapshot());
        // The exported document carries the project's threads as Word comments; the reviewer answers and resolves.
        int a = doc.comment("min egen nøkkel", "Student", "Er dette for kort?");
        doc.reply(a, "Veileder", "Nei, det holder.");
        doc.resolve(a);
        int b = doc.comment("Code group: Å bli sett", "Student", "Navnet?");
        doc.reply(b, "Veileder", "Behold det.");
        Path file = dir.resolve("svar.docx");
        doc.write(file);
        ReviewReport r = ReviewImport.importReview(s.p(), file);
        assertEquals(List.of(0, 2, 1, 2), List.of(r.comments(), r.replies(), r.resolutions(), r.alreadyThere()));
        var review = s.p().snapshot().review();
        assertEquals(2, review.threads().size(), "no copies of the exported threads");
        assertEquals(List.of("Nei, det holder."), review.repliesTo(mine.id()).stream().map(Comment::text).toList());
        assertEquals(List.of("Behold det."), review.repliesTo(other.id()).stream().map(Comment::text).toList());
        assertTrue(review.threads().stream().filter(c -> c.id().equals(mine.id())).findFirst().orElseThrow().resolved());
        assertFalse(review.threads().stream().filter(c -> c.id().equals(other.id())).findFirst().orElseThrow().resolved());
        assertEquals(0, ReviewImport.importReview(s.p(), file).total(), "twice adds nothing");
    }

    @Test
    void trackedChangesInACondensateBecomeASuggestedEditNeverApplied() throws Exception {
        Study s = study(dir);
        ReviewDocs doc = ReviewDocs.of(s.p().snapshot());
        doc.delete("min egen", "Veileder");
        doc.insertAfter("Jeg fikk ", "første", "Veileder");
        doc.insertAfter("Den ga", " meg", "Medveileder");
        doc.joinAfter("vendepunkt.", "Veileder");
        doc.insertAfter("vendepunkt.", " ", "Veileder");
        doc.insertAfter("sett som et menneske.", " Ikke som en diagnose.", "Veileder");
        doc.delete("Subgroup: Nøkkelen", "Veileder"); // outside condensates and analytic texts
        Path file = dir.resolve("endringer.docx");
        doc.write(file);
        ReviewReport r = ReviewImport.importReview(s.p(), file);
        assertEquals(4, r.suggestions());
        assertEquals(1, r.changesLeftOut());
        List<Suggestion> all = s.p().snapshot().review().suggestions();
        Suggestion cond = all.stream().filter(x -> x.target().is(Kind.CONDENSATE, s.s1().id())).findFirst().orElseThrow();
        assertEquals("Jeg fikk min egen nøkkel, og det ble bedre.", cond.before());
        assertEquals("Jeg fikk første nøkkel, og det ble bedre.", cond.after());
        assertEquals("Veileder", cond.author());
        List<Suggestion> analytic = all.stream().filter(x -> x.target().is(Kind.ANALYTIC_TEXT, s.s1().id())).toList();
        assertEquals(List.of("Veileder", "Medveileder"), analytic.stream().map(Suggestion::author).sorted(java.util.Comparator.reverseOrder())
                .toList(), "one suggested edit per reviewer");
        Suggestion joined = analytic.stream().filter(x -> x.author().equals("Veileder")).findFirst().orElseThrow();
        assertEquals("Nøkkelen ble et vendepunkt.\nDen ga trygghet.", joined.before());
        assertEquals("Nøkkelen ble et vendepunkt. Den ga trygghet.", joined.after(), "the paragraphs joined, without the other's edit");
        Suggestion added = analytic.stream().filter(x -> x.author().equals("Medveileder")).findFirst().orElseThrow();
        assertEquals("Nøkkelen ble et vendepunkt.\nDen ga meg trygghet.", added.after());
        assertTrue(all.stream().allMatch(Suggestion::isOpen));
        assertEquals("Jeg fikk min egen nøkkel, og det ble bedre.", s.p().snapshot().subgroups().stream()
                .filter(x -> x.id().equals(s.s1().id())).findFirst().orElseThrow().condensate(), "never applied silently");
        s.p().reviews().accept(cond.id());
        assertEquals("Jeg fikk første nøkkel, og det ble bedre.", s.p().snapshot().subgroups().stream()
                .filter(x -> x.id().equals(s.s1().id())).findFirst().orElseThrow().condensate(), "the student accepts it");
        assertEquals(0, ReviewImport.importReview(s.p(), file).total(), "twice adds nothing");
    }

    @Test
    void hostileFilesAreRefusedWithOneLineAndTheProjectUntouched() throws Exception {
        Study s = study(dir);
        Path notZip = writeUtf8(dir.resolve("ikke.docx"), "dette er ikke en zip");
        assertRefused(s.p(), () -> ReviewImport.importReview(s.p(), notZip), "ikke.docx");

        ReviewDocs doc = ReviewDocs.of(s.p().snapshot());
        doc.comment("så meg", "Veileder", "Hei");
        Path good = dir.resolve("god.docx");
        doc.write(good);
        String body = doc.document().replace("<w:document", "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><w:document")
                .replace("så meg", "&xxe;");
        Path xxe = rewrite(good, dir.resolve("xxe.docx"), "word/document.xml", body.replaceFirst("<\\?xml[^>]*\\?>\\n", ""));
        KondensException e = assertRefused(s.p(), () -> ReviewImport.importReview(s.p(), xxe), "xxe.docx", "word/document.xml");
        assertFalse(e.getMessage().contains("\n"), "one line");
        assertFalse(e.getMessage().contains("root:"), "nothing of the entity was read");

        byte[] zeros = new byte[20 * 1024 * 1024];
        Path bomb = rewriteBytes(good, dir.resolve("bombe.docx"), "word/document.xml", zeros);
        assertRefused(s.p(), () -> ReviewImport.importReview(s.p(), bomb), "bombe.docx");

        Path broken = rewrite(good, dir.resolve("brutt.docx"), "word/comments.xml", "<w:comments xmlns:w=\"x\"><w:comment");
        assertRefused(s.p(), () -> ReviewImport.importReview(s.p(), broken), "brutt.docx", "word/comments.xml");
        assertRefused(s.p(), () -> ReviewImport.importReview(s.p(), dir.resolve("finnes-ikke.docx")), "finnes-ikke.docx");
        assertTrue(Files.exists(good));
    }

    static Path rewrite(Path from, Path to, String part, String xml) throws Exception {
        return rewriteBytes(from, to, part, xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A copy of a .docx with one part replaced. */
    static Path rewriteBytes(Path from, Path to, String part, byte[] bytes) throws Exception {
        try (var in = new java.util.zip.ZipFile(from.toFile());
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (var en = in.entries(); en.hasMoreElements();) {
                var e = en.nextElement();
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(e.getName().equals(part) ? bytes : in.getInputStream(e).readAllBytes());
                out.closeEntry();
            }
        }
        return to;
    }

    @Test
    void aWriteProtectedProjectRefusesNewCommentsInOneLineAndStaysAsItWas() throws Exception {
        Study s = study(dir);
        ReviewDocs doc = ReviewDocs.of(s.p().snapshot());
        doc.comment("vendepunkt", "Veileder", "Sterkt ord – belegg?");
        Path file = dir.resolve("gjennomlest.docx");
        doc.write(file);
        Path project = s.p().database().file();
        s.p().close();
        Files.setPosixFilePermissions(project, java.nio.file.attribute.PosixFilePermissions.fromString("r--------"));
        byte[] before = Files.readAllBytes(project);
        try (StcProject readOnly = StcProject.open(project)) {
            KondensException e = assertThrows(KondensException.class, () -> ReviewImport.importReview(readOnly, file));
            assertTrue(e.getMessage().contains("read-only") && !e.getMessage().contains("\n"), e.getMessage());
            assertEquals(List.of(), readOnly.snapshot().review().comments());
        }
        assertArrayEquals(before, Files.readAllBytes(project), "not a byte of the project changed");
    }
}
