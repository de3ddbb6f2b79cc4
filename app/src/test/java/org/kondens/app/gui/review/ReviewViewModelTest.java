package org.kondens.app.gui.review;

import org.kondens.core.WordDiff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.app.gui.common.Commenting;
import org.kondens.app.gui.common.Comments;
import org.kondens.app.gui.common.ModelSample;
import org.kondens.app.gui.common.ScriptedDialogs;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.KondensException;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.CommentTarget.Kind;
import org.kondens.core.model.ReviewRound;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Suggestion;

/** The Review panel's rules on the sample study, without JavaFX. */
class ReviewViewModelTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("org/kondens-test/review-" + System.nanoTime());
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Integer> stepsShown = new ArrayList<>();

    @AfterEach
    void forgetPrefs() throws Exception {
        prefs.removeNode();
    }

    private ReviewViewModel vm(Workbench wb, ReviewRoundTrip roundTrip) {
        return new ReviewViewModel(wb, dialogs, commenting(wb), stepsShown::add, roundTrip);
    }

    private ReviewViewModel vm(Workbench wb) {
        return vm(wb, ReviewRoundTrip.core(java.util.Locale.ENGLISH));
    }

    private Commenting commenting(Workbench wb) {
        return new Commenting(wb, dialogs, prefs);
    }

    private static CodeGroup group(Workbench wb) {
        return wb.snapshot().codeGroups().get(0);
    }

    private static Subgroup subgroup(Workbench wb) {
        return wb.snapshot().subgroups().get(0);
    }

    private static Comment comment(Workbench wb, Kind kind, UUID id, String author, String text) {
        return ModelSample.await(wb.edit(p -> p.reviews().comment(CommentTarget.of(kind, id), author, text)));
    }

    @Test
    void anAddedCommentIsListedAndCountedAndTheNameIsAskedOnce() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            ReviewViewModel vm = vm(wb);
            CodeGroup g = group(wb);
            assertTrue(vm.threads().isEmpty());
            dialogs.type("Er dette informantenes ord?").type("Kari Veileder");
            ModelSample.await(commenting(wb).add(Kind.CODE_GROUP, g.id()));
            assertEquals(List.of("ask: " + wb.text().get("review.add.prompt"), "ask: " + wb.text().get("review.author.prompt")), dialogs.heard);
            ReviewRows.Thread t = vm.threads().getFirst();
            assertEquals("Kari Veileder", t.author());
            assertEquals("Er dette informantenes ord?", t.text());
            assertEquals("Code group · " + g.workingName(), t.about());
            assertEquals(2, t.step());
            assertEquals(1, Comments.openOn(wb.snapshot(), Kind.CODE_GROUP, g.id()), "the badge's count");
            assertTrue(vm.summaryProperty().get().startsWith("1 open comment"), vm.summaryProperty().get());

            dialogs.heard.clear();
            dialogs.type("Og fargen?");
            ModelSample.await(commenting(wb).add(Kind.CODE_GROUP, g.id()));
            assertEquals(List.of("ask: " + wb.text().get("review.add.prompt")), dialogs.heard, "the name is kept, not asked again");
            assertEquals(2, Comments.openOn(wb.snapshot(), Kind.CODE_GROUP, g.id()));
            assertEquals("Og fargen?", vm.threads().getFirst().text(), "the newest thread first");

            dialogs.type(null);
            assertNull(ModelSample.await(commenting(wb).add(Kind.CODE_GROUP, g.id())), "cancelled: nothing added");
            assertEquals(2, wb.snapshot().review().comments().size());
        }
    }

    @Test
    void repliesSitUnderTheirThreadAndResolvingMovesItBetweenFilters() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            prefs.put("comment.author", "Student");
            ReviewViewModel vm = vm(wb);
            Comment c = comment(wb, Kind.SUBGROUP, subgroup(wb).id(), "Veileder", "Skill dette fra neste?");
            ModelSample.await(vm.reply(c.id(), "Ja, gjort."));
            assertNull(ModelSample.await(vm.reply(c.id(), "   ")), "a blank reply adds nothing");
            ReviewRows.Thread t = vm.threads().getFirst();
            assertEquals(1, t.replies().size());
            assertEquals("Student", t.replies().getFirst().author());
            assertEquals("Ja, gjort.", t.replies().getFirst().text());

            ModelSample.await(vm.resolve(c.id(), true));
            assertTrue(vm.threads().isEmpty(), "open only: a resolved thread leaves the list");
            assertEquals(0, Comments.openOn(wb.snapshot(), Kind.SUBGROUP, subgroup(wb).id()), "and its badge");
            vm.status.set(ReviewViewModel.Status.RESOLVED);
            assertEquals(List.of(c.id()), vm.threads().stream().map(ReviewRows.Thread::id).toList());
            assertTrue(vm.threads().getFirst().resolved());
            ModelSample.await(vm.resolve(c.id(), false));
            assertTrue(vm.threads().isEmpty(), "reopened: not among the resolved");
            vm.status.set(ReviewViewModel.Status.ALL);
            assertEquals(1, vm.threads().size());
        }
    }

    @Test
    void authorStepAndElementFiltersNarrowTheList() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            ReviewViewModel vm = vm(wb);
            Subgroup sub = subgroup(wb);
            comment(wb, Kind.CODE_GROUP, group(wb).id(), "Kari", "Navnet?");
            comment(wb, Kind.ANALYTIC_TEXT, sub.id(), "Ola", "Tredje person.");
            comment(wb, Kind.CONDENSATE, sub.id(), "Kari", "Første person.");
            ModelSample.await(wb.edit(p -> p.reviews().comment(CommentTarget.project(), "Ola", "Fint arbeid.")));
            assertEquals(List.of("Kari", "Ola"), vm.authors());
            vm.author.set("Kari");
            assertEquals(List.of("Første person.", "Navnet?"), texts(vm));
            vm.author.set(null);
            vm.step.set(4);
            assertEquals(List.of("Tredje person."), texts(vm));
            vm.step.set(3);
            assertEquals(List.of("Første person."), texts(vm));
            vm.step.set(0);
            assertEquals(List.of("Fint arbeid."), texts(vm), "step 0: the project as a whole");
            vm.step.set(null);
            assertEquals(4, vm.threads().size());

            // a badge clicked: only that element's comments, whatever the other filters said
            vm.author.set("Ola");
            wb.reviewing.set(CommentTarget.of(Kind.CONDENSATE, sub.id()));
            assertEquals(List.of("Første person."), texts(vm));
            assertNull(vm.author.get());
            assertTrue(vm.elementNameProperty().get().endsWith(sub.name()));
            assertEquals(List.of("Første person."), texts(vm(wb)), "a panel built by the badge's click starts narrowed too");
        }
    }

    private static List<String> texts(ReviewViewModel vm) {
        return vm.threads().stream().map(ReviewRows.Thread::text).toList();
    }

    @Test
    void goToOpensTheElementInItsStepAndADeletedElementSaysSo() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            ReviewViewModel vm = vm(wb);
            CodeGroup g = wb.snapshot().codeGroups().get(1);
            Subgroup sub = subgroup(wb);
            comment(wb, Kind.ANALYTIC_TEXT, sub.id(), "V", "Tredje person.");
            vm.goTo(vm.threads().getFirst().target());
            assertEquals(List.of(4), stepsShown, "an analytic text opens in step 4");
            assertEquals(sub.id(), wb.subgroup.get());
            assertEquals(sub.codeGroupId(), wb.codeGroup.get());

            comment(wb, Kind.CODE_GROUP, g.id(), "V", "Slå sammen?");
            vm.goTo(vm.threads().getFirst().target());
            assertEquals(List.of(4, 2), stepsShown, "a code group opens in step 2");
            assertEquals(g.id(), wb.codeGroup.get());

            ModelSample.await(wb.editVoid(p -> p.deleteCodeGroup(g.id())));
            ReviewRows.Thread gone = vm.threads().getFirst();
            assertTrue(gone.gone());
            assertEquals("Code group · deleted: " + g.workingName(), gone.about());
            vm.goTo(gone.target());
            assertEquals(List.of(4, 2), stepsShown, "nowhere to go");
        }
    }

    @Test
    void aDeletedThreadComesBackWithUndo() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            ReviewViewModel vm = vm(wb);
            Comment c = comment(wb, Kind.CODE_GROUP, group(wb).id(), "V", "Navnet?");
            ModelSample.await(wb.edit(p -> p.reviews().reply(c.id(), "S", "Endret.")));
            ModelSample.await(vm.delete(c.id()));
            assertTrue(vm.threads().isEmpty());
            assertTrue(wb.undoNameProperty().get().startsWith("Delete comment"), wb.undoNameProperty().get());
            ModelSample.await(wb.edit(p -> p.undo()));
            assertEquals(List.of(c.id()), vm.threads().stream().map(ReviewRows.Thread::id).toList(), "undo brings it back");
            assertEquals(1, vm.threads().getFirst().replies().size(), "with its reply");
        }
    }

    private static Suggestion suggest(Workbench wb, Subgroup sub, String after) {
        Suggestion s = new Suggestion(UUID.randomUUID(), CommentTarget.of(Kind.CONDENSATE, sub.id()), "Veileder", Instant.now(),
                sub.condensate(), after, Suggestion.Status.OPEN, "test:" + UUID.randomUUID());
        ModelSample.await(wb.edit(p -> p.reviews().bring("Import review", "test", List.of(), List.of(), List.of(s))));
        return s;
    }

    @Test
    void aSuggestedEditIsShownAsADifferenceAndAppliedOnlyWhenAccepted() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            ReviewViewModel vm = vm(wb);
            Subgroup sub = subgroup(wb);
            String after = sub.condensate() + " Det var godt.";
            Suggestion s = suggest(wb, sub, after);
            ReviewRows.Edit e = vm.edits().getFirst();
            assertEquals(new WordDiff.Piece(WordDiff.Kind.INSERTED, "Det var godt."), e.diff().getLast());
            assertEquals(sub.condensate(), subgroup(wb).condensate(), "never applied silently");
            ModelSample.await(vm.accept(s.id()));
            assertEquals(after, subgroup(wb).condensate());
            assertTrue(vm.edits().isEmpty(), "decided: no longer open");
            vm.status.set(ReviewViewModel.Status.ALL);
            assertEquals(Suggestion.Status.ACCEPTED, vm.edits().getFirst().status());

            vm.status.set(ReviewViewModel.Status.OPEN);
            Suggestion other = suggest(wb, subgroup(wb), "Noe annet.");
            ModelSample.await(vm.reject(other.id()));
            assertEquals(after, subgroup(wb).condensate(), "a rejected edit changes nothing");
            assertTrue(vm.edits().isEmpty());
        }
    }

    @Test
    void anEditOfATextChangedSinceIsRefusedWithTheReason() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            ReviewViewModel vm = vm(wb);
            Subgroup sub = subgroup(wb);
            Suggestion s = suggest(wb, sub, "Forslaget.");
            ModelSample.await(wb.editVoid(p -> p.setCondensate(sub.id(), "Studenten skrev om.", null)));
            assertThrows(KondensException.class, () -> ModelSample.await(vm.accept(s.id())));
            ReviewRows.Edit e = vm.edits().getFirst();
            assertTrue(e.refused().contains("has changed since the review"), e.refused());
            assertFalse(e.refused().contains("\n"), "one line");
            assertEquals("Studenten skrev om.", subgroup(wb).condensate(), "the student's text stays");
        }
    }

    @Test
    void inReviewModeTheAnalysisIsReadOnlyButCommentsCanBeAdded() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            ReviewViewModel vm = vm(wb);
            Subgroup sub = subgroup(wb);
            Suggestion s = suggest(wb, sub, "Forslaget.");
            wb.reviewOnly(true);
            prefs.put("comment.author", "Kari Veileder");
            dialogs.type("Tredje person her?");
            Comment c = ModelSample.await(commenting(wb).add(Kind.ANALYTIC_TEXT, sub.id()));
            ModelSample.await(vm.reply(c.id(), "Og her."));
            ModelSample.await(vm.resolve(c.id(), true));
            assertTrue(wb.snapshot().review().threads().getFirst().resolved(), "comment, reply, resolve: all allowed");

            KondensException refused = assertThrows(KondensException.class,
                    () -> ModelSample.await(wb.editVoid(p -> p.setCondensate(sub.id(), "Endret.", null))));
            assertEquals(wb.text().get("review.mode.refused"), refused.getMessage());
            assertThrows(KondensException.class, () -> ModelSample.await(vm.accept(s.id())), "the student decides, not the reviewer");
            assertThrows(KondensException.class, () -> ModelSample.await(wb.edit(p -> p.undo())), "no undo of the student's steps");
            assertEquals(sub.condensate(), subgroup(wb).condensate(), "the analysis is as it was");
            assertTrue(wb.snapshot().review().suggestions().getFirst().isOpen());
        }
    }

    @Test
    void theRoundTripRunsOnTheProjectThreadAndReportsInOneLine() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            List<String> calls = new ArrayList<>();
            ReviewRoundTrip fake = new ReviewRoundTrip((p, reviewers, out) -> {
                calls.add(Thread.currentThread().getName() + " export " + reviewers + " " + out.getFileName());
                return p.reviews().sendForReview(reviewers, "");
            }, (p, docx) -> {
                calls.add(Thread.currentThread().getName() + " import " + docx.getFileName());
                return "lest.docx: 2 comments, 1 suggested edit";
            });
            ReviewViewModel vm = vm(wb, fake);
            dialogs.type("Kari,  Ola ;");
            ReviewRound round = ModelSample.await(vm.startExport(() -> Optional.of(dir.resolve("til-veileder.docx"))));
            assertEquals(List.of("Kari", "Ola"), round.reviewers());
            assertEquals(List.of("kondens-project export [Kari, Ola] til-veileder.docx"), calls);
            assertEquals("Wrote til-veileder.docx for Kari, Ola; the round is recorded.", vm.reportProperty().get());
            assertTrue(vm.summaryProperty().get().contains("Kari, Ola"), "the last round is named");

            dialogs.type(null);
            assertNull(ModelSample.await(vm.startExport(() -> Optional.of(dir.resolve("x.docx")))), "no names: nothing written");
            assertNull(ModelSample.await(vm.startImport(Optional::empty)), "no file chosen: nothing read");
            assertEquals(1, calls.size());

            assertEquals("lest.docx: 2 comments, 1 suggested edit", ModelSample.await(vm.importReview(dir.resolve("lest.docx"))));
            assertEquals("kondens-project import lest.docx", calls.getLast());
            assertEquals("lest.docx: 2 comments, 1 suggested edit", vm.reportProperty().get());

            ReviewViewModel real = vm(wb, ReviewRoundTrip.core(java.util.Locale.ENGLISH));
            assertThrows(KondensException.class, () -> ModelSample.await(real.importReview(dir.resolve("lest.docx"))));
            assertTrue(real.reportProperty().get().contains("lest.docx") && !real.reportProperty().get().contains("\n"),
                    "a missing file is refused in one line naming it: " + real.reportProperty().get());
        }
    }

    @Test
    void theRealReviewDocumentGoesOutAsARoundAndComesBackWithItsThreadsOnce() throws Exception {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            ReviewViewModel vm = vm(wb);
            var group = wb.snapshot().codeGroups().getFirst();
            ModelSample.await(wb.edit(p -> p.reviews().comment(org.kondens.core.model.CommentTarget.of(
                    org.kondens.core.model.CommentTarget.Kind.CODE_GROUP, group.id()), "Student", "Er navnet for abstrakt?")));
            Path out = dir.resolve("runde1.docx");
            ReviewRound round = ModelSample.await(vm.exportForReview(out, List.of("Kari")));
            assertTrue(java.nio.file.Files.size(out) > 0, "the document is written");
            assertEquals(List.of("Kari"), round.reviewers());
            assertEquals(round, wb.snapshot().review().lastRound().orElseThrow(), "and the round recorded");
            assertTrue(vm.summaryProperty().get().contains("Kari"), vm.summaryProperty().get());

            // The document back unchanged: its one thread is ours already, so nothing new arrives.
            String report = ModelSample.await(vm.importReview(out));
            assertTrue(report.startsWith("runde1.docx: no new comments"), report);
            assertEquals(report, vm.reportProperty().get());
            assertEquals(1, wb.snapshot().review().comments().size());
        }
    }
}
