package org.kondens.app.gui.review;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kondens.app.gui.common.Commenting;
import org.kondens.app.gui.common.DialogService;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.InterviewLink;
import org.kondens.app.gui.common.ListPatch;
import org.kondens.app.gui.common.PartRefresh;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.KondensException;
import org.kondens.core.model.Comment;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.CommentTarget.Kind;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Part;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.ReviewRound;
import org.kondens.core.model.Span;
import org.kondens.core.model.Suggestion;

/**
 * The Review panel's state and rules: the comment threads and suggested edits, filtered by status,
 * author, step and element; reply, resolve, delete, accept and reject in place (each an undo step
 * on the project thread); "go to" the element in its step; and the review document's round trip.
 */
public final class ReviewViewModel {

    /** Which threads are listed: open ones (and open suggestions), resolved ones (and decided suggestions), or all. */
    public enum Status { OPEN, RESOLVED, ALL }

    private final Workbench wb;
    private final I18n t;
    private final DialogService dialogs;
    private final Commenting commenting;
    private final IntConsumer showStep;
    private final ReviewRoundTrip roundTrip;
    private final ReviewRows rows;
    private final PartRefresh refresh;

    public final ObjectProperty<Status> status = new SimpleObjectProperty<>(Status.OPEN);
    /** Only this author's threads and suggestions; null: everyone's. */
    public final ObjectProperty<String> author = new SimpleObjectProperty<>();
    /** Only elements of this step (1–4, 0 for the project as a whole); null: every step. */
    public final ObjectProperty<Integer> step = new SimpleObjectProperty<>();
    /** Only this element's comments (a badge was clicked); null: every element. */
    public final ObjectProperty<CommentTarget> element = new SimpleObjectProperty<>();

    private final ObservableList<ReviewRows.Thread> threads = FXCollections.observableArrayList();
    private final ObservableList<ReviewRows.Edit> edits = FXCollections.observableArrayList();
    private final ObservableList<String> authors = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper elementName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper("");
    /** Why accepting a suggestion was refused, by suggestion. */
    private final Map<UUID, String> refused = new HashMap<>();

    /**
     * @param showStep turns the window to a step (1–4) for "go to"
     * @param roundTrip the review document's writer and reader
     */
    public ReviewViewModel(Workbench wb, DialogService dialogs, Commenting commenting, IntConsumer showStep, ReviewRoundTrip roundTrip) {
        this.wb = wb;
        this.t = wb.text();
        this.dialogs = dialogs;
        this.commenting = commenting;
        this.showStep = showStep;
        this.roundTrip = roundTrip;
        this.rows = new ReviewRows(t);
        // names and "deleted" follow the elements: any part a comment can be on
        refresh = PartRefresh.listen(wb).on(this::show, Part.REVIEW, Part.PROJECT, Part.TRANSCRIPTS, Part.THEMES, Part.CODE_GROUPS,
                Part.SUBGROUPS, Part.MEANING_UNITS, Part.QUOTES);
        status.addListener((o, a, b) -> show(wb.snapshot()));
        author.addListener((o, a, b) -> show(wb.snapshot()));
        step.addListener((o, a, b) -> show(wb.snapshot()));
        element.addListener((o, a, b) -> show(wb.snapshot()));
        wb.reviewing.addListener((o, a, target) -> {
            if (target != null) {
                showOnly(target);
            }
        });
        if (wb.reviewing.get() != null) {
            showOnly(wb.reviewing.get()); // the badge click that built this panel
        }
        show(wb.snapshot());
    }

    /** For tests: what a publish with {@code update} does to this view model. */
    void apply(Workbench.Update update) {
        refresh.apply(update);
    }

    /** Lists only {@code target}'s comments, open and resolved alike, whoever and wherever. */
    public void showOnly(CommentTarget target) {
        author.set(null);
        step.set(null);
        status.set(Status.ALL);
        element.set(CommentTarget.of(target.kind(), target.id()));
    }

    private void show(ProjectSnapshot s) {
        if (s == null) {
            threads.clear();
            edits.clear();
            authors.clear();
            summary.set("");
            elementName.set("");
            return;
        }
        var review = s.review();
        ListPatch.patch(threads, review.threads().reversed().stream().filter(c -> wanted(c.target(), c.author(),
                statusFits(!c.resolved()))).map(c -> rows.thread(s, c)).toList());
        ListPatch.patch(edits, review.suggestions().reversed().stream().filter(x -> wanted(x.target(), x.author(),
                statusFits(x.isOpen()))).map(x -> rows.edit(s, x, refused.get(x.id()))).toList());
        ListPatch.patch(authors, java.util.stream.Stream.concat(review.comments().stream().map(Comment::author),
                review.suggestions().stream().map(Suggestion::author)).filter(a -> !a.isBlank()).distinct().sorted().toList());
        long open = review.open().size();
        long openEdits = review.suggestions().stream().filter(Suggestion::isOpen).count();
        String last = review.lastRound().map(this::roundLine).orElse(t.get("review.rounds.none"));
        summary.set(t.get("review.summary", open, openEdits) + " · " + last);
        CommentTarget only = element.get();
        elementName.set(only == null ? "" : ReviewRows.currentName(s, only).orElse(t.get("review.deleted", "")));
    }

    private String roundLine(ReviewRound r) {
        return t.get("review.rounds.last", rows.when(r.time()), String.join(", ", r.reviewers()));
    }

    private boolean statusFits(boolean open) {
        return switch (status.get() == null ? Status.ALL : status.get()) {
            case OPEN -> open;
            case RESOLVED -> !open;
            case ALL -> true;
        };
    }

    private boolean wanted(CommentTarget target, String who, boolean statusFits) {
        CommentTarget only = element.get();
        return statusFits && (author.get() == null || author.get().equals(who))
                && (step.get() == null || step.get() == org.kondens.app.gui.common.Comments.step(target.kind()))
                && (only == null || target.is(only.kind(), only.id()));
    }

    // ---- actions on threads

    /** Asks a new comment on the project as a whole. */
    public CompletableFuture<Comment> commentOnProject() {
        return commenting.add(CommentTarget.project());
    }

    /** A reply in the thread, by the user; blank words add nothing. */
    public CompletableFuture<Comment> reply(UUID threadId, String text) {
        if (text == null || text.isBlank()) {
            return CompletableFuture.completedFuture(null);
        }
        return commenting.reply(threadId, text);
    }

    public CompletableFuture<Void> resolve(UUID threadId, boolean resolved) {
        return wb.review(r -> {
            r.resolve(threadId, resolved);
            return null;
        });
    }

    /** Deletes a thread with its replies (or one reply): one step the Edit menu can undo. */
    public CompletableFuture<Void> delete(UUID commentId) {
        return wb.review(r -> {
            r.delete(commentId);
            return null;
        });
    }

    /** Opens the element in its step: the work area turns to it, a passage opens in its interview. */
    public void goTo(CommentTarget target) {
        ProjectSnapshot s = wb.snapshot();
        if (s == null || ReviewRows.currentName(s, target).isEmpty()) {
            return;
        }
        if (target.span() != null) {
            InterviewLink.show(wb, target.span());
            return;
        }
        UUID id = target.id();
        switch (target.kind()) {
            case TRANSCRIPT -> {
                wb.transcript.set(id);
                showStep.accept(1);
            }
            case PRELIMINARY_THEME -> showStep.accept(1);
            case MEANING_UNIT -> {
                MeaningUnit u = s.unitsById().get(id);
                InterviewLink.show(wb, new Span(u.transcriptId(), u.start(), u.end()));
            }
            case CODE_GROUP -> {
                wb.codeGroup.set(id);
                showStep.accept(2);
            }
            case SUBGROUP, CONDENSATE, ANALYTIC_TEXT -> ReviewRows.subgroup(s, id).ifPresent(x -> {
                wb.codeGroup.set(x.codeGroupId());
                wb.subgroup.set(x.id());
                showStep.accept(target.kind() == Kind.ANALYTIC_TEXT ? 4 : 3);
            });
            case QUOTE -> s.quotes().stream().filter(q -> q.id().equals(id)).findFirst().ifPresent(q -> {
                wb.codeGroup.set(q.codeGroupId());
                wb.subgroup.set(q.subgroupId());
                showStep.accept(3);
            });
            case PROJECT -> { }
        }
    }

    // ---- suggested edits

    /** Applies the suggested edit; if its text has changed since the reviewer read it, the reason is shown with it. */
    public CompletableFuture<Void> accept(UUID suggestionId) {
        refused.remove(suggestionId);
        return wb.editVoid(p -> p.reviews().accept(suggestionId)).whenComplete((v, e) -> {
            if (e != null) {
                refused.put(suggestionId, sentence(e));
                show(wb.snapshot());
            }
        });
    }

    public CompletableFuture<Void> reject(UUID suggestionId) {
        refused.remove(suggestionId);
        return wb.editVoid(p -> p.reviews().reject(suggestionId));
    }

    // ---- the review document

    /** Export › For review…: asks the reviewers' names and where to write, then writes the document. */
    public CompletableFuture<ReviewRound> startExport(Supplier<Optional<Path>> chooseFile) {
        Optional<String> names = dialogs.askText(t.get("review.export.title"), t.get("review.export.reviewers"),
                wb.snapshot() == null ? "" : wb.snapshot().review().lastRound().map(r -> String.join(", ", r.reviewers())).orElse(""));
        if (names.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Optional<Path> out = chooseFile.get();
        if (out.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return exportForReview(out.get(), Arrays.stream(names.get().split("[,;]")).map(String::strip).filter(n -> !n.isEmpty()).toList());
    }

    /** Writes the review document for {@code reviewers} to {@code out} on the project thread; the round is recorded. */
    public CompletableFuture<ReviewRound> exportForReview(Path out, List<String> reviewers) {
        report.set("");
        return wb.edit(p -> roundTrip.export().export(p, reviewers, out)).whenComplete((round, e) -> report.set(e == null
                ? t.get("review.export.done", out.getFileName(), String.join(", ", reviewers)) : sentence(e)));
    }

    /** File › Import review comments…: asks which document, then brings it in. */
    public CompletableFuture<String> startImport(Supplier<Optional<Path>> chooseFile) {
        Optional<Path> docx = chooseFile.get();
        return docx.isEmpty() ? CompletableFuture.completedFuture(null) : importReview(docx.get());
    }

    /** Brings in a reviewed document on the project thread (one undo step); its report (which names the file) is shown. */
    public CompletableFuture<String> importReview(Path docx) {
        report.set("");
        status.set(Status.OPEN);
        element.set(null);
        return wb.edit(p -> roundTrip.importer().importReview(p, docx)).whenComplete((lines, e) -> report.set(e == null
                ? lines : sentence(e)));
    }

    private String sentence(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return cause instanceof KondensException k ? k.message(t.locale()) : t.get("error.unexpected");
    }

    // ---- properties

    public ObservableList<ReviewRows.Thread> threads() {
        return threads;
    }

    public ObservableList<ReviewRows.Edit> edits() {
        return edits;
    }

    /** Everyone who wrote a comment or a suggestion, for the author filter. */
    public ObservableList<String> authors() {
        return authors;
    }

    /** "3 open comments, 1 suggested edit to decide · Last sent for review …". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The element the list is limited to, by name; empty when not limited. */
    public ReadOnlyStringProperty elementNameProperty() {
        return elementName.getReadOnlyProperty();
    }

    /** What the last export or import did, in one line. */
    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }
}
