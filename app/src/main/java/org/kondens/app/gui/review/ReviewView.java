package org.kondens.app.gui.review;

import org.kondens.core.WordDiff;
import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kondens.app.gui.common.Commenting;
import org.kondens.app.gui.common.DialogService;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.MutedText;
import org.kondens.app.gui.common.Styled;
import org.kondens.app.gui.common.WorkView;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.Suggestion;

/**
 * The Review panel: filters on top, the comment threads (replies indented, reply, resolve and
 * delete in place, the element's name leads to it), and the suggested edits as differences with
 * Accept and Reject. Layout and bindings only; the rules are in {@link ReviewViewModel}.
 */
public final class ReviewView implements WorkView {

    private final ReviewViewModel vm;
    private final Workbench wb;
    private final I18n t;
    private final VBox root = new VBox(8);
    private final VBox threadBox = new VBox(10);
    private final VBox editBox = new VBox(10);
    /** Built cards by row, so a reply being typed survives a change elsewhere. */
    private final Map<UUID, Object> shownRows = new HashMap<>();
    private final Map<UUID, Node> shownCards = new HashMap<>();

    public ReviewView(Workbench wb, DialogService dialogs, IntConsumer showStep, ReviewRoundTrip roundTrip) {
        this.t = wb.text();
        this.wb = wb;
        this.vm = new ReviewViewModel(wb, dialogs, new Commenting(wb, dialogs), showStep, roundTrip);
        Label title = Styled.label(t.get("review.title"), "title-3");
        Label summary = Styled.wrapped("", "text-muted");
        summary.setId("review-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label report = Styled.wrapped("", "review-report");
        report.setId("review-report");
        report.textProperty().bind(vm.reportProperty());
        report.visibleProperty().bind(vm.reportProperty().isNotEmpty());
        report.managedProperty().bind(report.visibleProperty());
        Button onProject = new Button(t.get("review.add.project"));
        onProject.setId("review-add-project");
        onProject.setOnAction(e -> vm.commentOnProject());
        Button export = new Button(t.get("menu.exportReview"));
        export.setId("review-export");
        export.setOnAction(e -> chooseExport());
        Button bring = new Button(t.get("menu.importReview"));
        bring.setId("review-import");
        bring.setOnAction(e -> chooseImport());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, onProject, export, bring);
        head.setAlignment(Pos.CENTER_LEFT);

        Label threadsTitle = Styled.label(t.get("review.threads"), "title-4");
        Label editsTitle = Styled.label(t.get("review.edits"), "title-4");
        threadBox.setId("review-threads");
        editBox.setId("review-edits");
        Label noThreads = MutedText.hint(t.get("review.threads.none"));
        Label noEdits = MutedText.hint(t.get("review.edits.none"));
        // suggested edits first: each waits for a decision, and they are few
        VBox lists = new VBox(8, editsTitle, noEdits, editBox, threadsTitle, noThreads, threadBox);
        lists.setPadding(new Insets(4, 12, 12, 2));
        ScrollPane scroll = new ScrollPane(lists);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        root.getChildren().addAll(head, summary, report, filters(), scroll);
        root.setPadding(new Insets(10, 12, 6, 12));
        root.getStyleClass().add("review-panel");

        vm.threads().addListener((ListChangeListener<ReviewRows.Thread>) c -> showThreads());
        vm.edits().addListener((ListChangeListener<ReviewRows.Edit>) c -> showEdits());
        showThreads();
        showEdits();
        bindEmpty(noThreads, threadBox);
        bindEmpty(noEdits, editBox);
    }

    private static void bindEmpty(Label hint, VBox box) {
        hint.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(box.getChildren()));
        hint.managedProperty().bind(hint.visibleProperty());
    }

    public ReviewViewModel viewModel() {
        return vm;
    }

    @Override
    public Node node() {
        return root;
    }

    private Node filters() {
        ComboBox<ReviewViewModel.Status> status = new ComboBox<>();
        status.setId("review-status");
        status.getItems().setAll(ReviewViewModel.Status.values());
        status.setConverter(converter(s -> s == null ? "" : t.get("review.status." + s.name())));
        status.valueProperty().bindBidirectional(vm.status);
        ComboBox<String> author = new ComboBox<>();
        author.setId("review-author");
        author.setPromptText(t.get("review.author.all"));
        Runnable authors = () -> {
            String chosen = vm.author.get();
            author.getItems().setAll(new java.util.ArrayList<String>(java.util.Collections.singletonList(null)));
            author.getItems().addAll(vm.authors());
            author.setValue(chosen);
        };
        vm.authors().addListener((ListChangeListener<String>) c -> authors.run());
        authors.run();
        author.setConverter(converter(a -> a == null ? t.get("review.author.all") : a));
        author.setButtonCell(textCell(a -> a == null ? t.get("review.author.all") : a));
        author.valueProperty().addListener((o, a, b) -> vm.author.set(b));
        vm.author.addListener((o, a, b) -> author.setValue(b));
        ComboBox<Integer> step = new ComboBox<>();
        step.setId("review-step");
        step.getItems().setAll(java.util.Arrays.asList(null, 1, 2, 3, 4, 0));
        step.setConverter(converter(this::stepName));
        step.setButtonCell(textCell(this::stepName));
        step.valueProperty().bindBidirectional(vm.step);
        Label only = Styled.label("", "review-only");
        only.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> t.get("review.only", vm.elementNameProperty().get()), vm.elementNameProperty()));
        Hyperlink all = new Hyperlink(t.get("review.only.clear"));
        all.setId("review-only-clear");
        all.setOnAction(e -> vm.element.set(null));
        HBox chip = new HBox(4, only, all);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.visibleProperty().bind(vm.element.isNotNull());
        chip.managedProperty().bind(chip.visibleProperty());
        Label show = Styled.label(t.get("review.filter"), "text-muted");
        for (Region r : List.of(show, status, author, step, all)) {
            r.setMinWidth(Region.USE_PREF_SIZE); // the element's name gives way, not the filters
        }
        only.setMinWidth(0);
        HBox row = new HBox(8, show, status, author, step);
        row.setAlignment(Pos.CENTER_LEFT);
        // the element a badge chose, on a line of its own: a long name never pushes the filters away
        return new VBox(4, row, chip);
    }

    private String stepName(Integer s) {
        return s == null ? t.get("review.step.all") : s == 0 ? t.get("review.step.project") : t.get("step." + s);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return name.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static <T> ListCell<T> textCell(java.util.function.Function<T, String> name) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : name.apply(item));
            }
        };
    }

    // ---- threads

    private void showThreads() {
        forget();
        threadBox.getChildren().setAll(vm.threads().stream().map(r -> card(r.id(), r, () -> thread(r))).toList());
    }

    private void showEdits() {
        forget();
        editBox.getChildren().setAll(vm.edits().stream().map(r -> card(r.id(), r, () -> edit(r))).toList());
    }

    /** Drops the cards of rows no longer listed. */
    private void forget() {
        java.util.Set<UUID> listed = new java.util.HashSet<>();
        vm.threads().forEach(r -> listed.add(r.id()));
        vm.edits().forEach(r -> listed.add(r.id()));
        shownRows.keySet().retainAll(listed);
        shownCards.keySet().retainAll(listed);
    }

    /** The card built for {@code row} before, or a new one when the row changed. */
    private Node card(UUID id, Object row, java.util.function.Supplier<Node> build) {
        if (!row.equals(shownRows.get(id))) {
            shownRows.put(id, row);
            shownCards.put(id, build.get());
        }
        return shownCards.get(id);
    }

    private Node thread(ReviewRows.Thread r) {
        Node top = header(r.author(), r.when(), r.about(), r.gone(), () -> vm.goTo(r.target()));
        Label text = Styled.wrapped(r.text(), "review-text");
        VBox card = new VBox(4, top, text);
        for (ReviewRows.Reply reply : r.replies()) {
            HBox who = new HBox(8, Styled.label(reply.author(), "review-author"), Styled.label(reply.when(), "text-muted", "text-small"));
            VBox line = new VBox(2, who, Styled.wrapped(reply.text(), "review-text"));
            line.getStyleClass().add("review-reply");
            VBox.setMargin(line, new Insets(0, 0, 0, 16));
            card.getChildren().add(line);
        }
        TextField answer = Styled.prompted(new TextField(), "review-reply-" + r.id(), t.get("review.reply.prompt"));
        HBox.setHgrow(answer, Priority.ALWAYS);
        Button send = new Button(t.get("review.reply"));
        send.setId("review-send-" + r.id());
        send.disableProperty().bind(answer.textProperty().isEmpty());
        Runnable doReply = () -> vm.reply(r.id(), answer.getText()).thenAccept(c -> {
            if (c != null) {
                answer.clear();
            }
        });
        send.setOnAction(e -> doReply.run());
        answer.setOnAction(e -> doReply.run());
        Button resolve = new Button(t.get(r.resolved() ? "review.reopen" : "review.resolve"));
        resolve.setId("review-resolve-" + r.id());
        resolve.setOnAction(e -> vm.resolve(r.id(), !r.resolved()));
        Button delete = new Button(t.get("review.delete"));
        delete.setId("review-delete-" + r.id());
        delete.getStyleClass().add("flat");
        delete.setTooltip(new Tooltip(t.get("review.delete.tip")));
        delete.setOnAction(e -> vm.delete(r.id()));
        HBox actions = new HBox(6, answer, send, resolve, delete);
        actions.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(actions);
        card.getStyleClass().add("review-card");
        org.kondens.app.gui.common.Css.set(card, "review-resolved", r.resolved());
        card.setId("review-thread-" + r.id());
        return card;
    }

    private Node edit(ReviewRows.Edit r) {
        Node top = header(r.author(), r.when(), r.about(), r.gone(), () -> vm.goTo(r.target()));
        TextFlow diff = new TextFlow();
        diff.getStyleClass().add("review-diff");
        for (WordDiff.Piece p : r.diff()) {
            // the spaces after a struck or inserted run are plain: the marks cover words only
            String words = p.text().stripTrailing();
            Text piece = new Text(words);
            piece.getStyleClass().addAll("fg-text", "diff-" + p.kind().name().toLowerCase(java.util.Locale.ROOT));
            diff.getChildren().add(piece);
            if (words.length() < p.text().length()) {
                Text space = new Text(p.text().substring(words.length()));
                space.getStyleClass().add("fg-text");
                diff.getChildren().add(space);
            }
        }
        VBox card = new VBox(6, top, diff);
        if (r.status() == Suggestion.Status.OPEN) {
            Button accept = new Button(t.get("review.accept"));
            accept.setId("review-accept-" + r.id());
            accept.getStyleClass().add("success");
            accept.setOnAction(e -> vm.accept(r.id()));
            Button reject = new Button(t.get("review.reject"));
            reject.setId("review-reject-" + r.id());
            reject.setOnAction(e -> vm.reject(r.id()));
            HBox actions = new HBox(6, accept, reject);
            // a reviewer's copy: the student decides, not the reviewer
            actions.visibleProperty().bind(wb.reviewOnlyProperty().not());
            actions.managedProperty().bind(actions.visibleProperty());
            card.getChildren().add(actions);
        } else {
            card.getChildren().add(Styled.label(t.get("review.edit." + r.status().name()), "text-muted"));
        }
        if (!r.refused().isEmpty()) {
            Label why = Styled.wrapped(r.refused(), "review-refused");
            why.setId("review-refused-" + r.id());
            card.getChildren().add(why);
        }
        card.getStyleClass().add("review-card");
        card.setId("review-edit-" + r.id());
        return card;
    }

    /** Who, when, and what it is about: a link to the element, or plain words when it is gone. */
    private Node header(String author, String when, String about, boolean gone, Runnable goTo) {
        Label who = Styled.label(author, "review-author");
        Label at = Styled.label(when, "text-muted", "text-small");
        // A long element name gives way (ellipsis), never who wrote it or when.
        who.setMinWidth(Region.USE_PREF_SIZE);
        at.setMinWidth(Region.USE_PREF_SIZE);
        Node what;
        if (gone) {
            Label plain = Styled.label(about, "text-muted", "text-italic");
            plain.setMinWidth(0);
            what = plain;
        } else {
            Hyperlink link = new Hyperlink(about);
            link.setTooltip(new Tooltip(t.get("review.goTo")));
            link.setOnAction(e -> goTo.run());
            link.setMinWidth(0);
            what = link;
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, who, at, gap, what);
        head.setAlignment(Pos.CENTER_LEFT);
        return head;
    }

    // ---- the review document

    /** Export › For review…: the reviewers' names, then where to write the document. */
    public void chooseExport() {
        vm.startExport(() -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(t.get("menu.exportReview"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("review.file.docx"), "*.docx"));
            chooser.setInitialFileName(t.get("review.file.name") + ".docx");
            return path(chooser.showSaveDialog(window()));
        });
    }

    /** File › Import review comments…: which reviewed document. */
    public void chooseImport() {
        vm.startImport(() -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(t.get("menu.importReview"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("review.file.docx"), "*.docx"));
            return path(chooser.showOpenDialog(window()));
        });
    }

    private static Optional<Path> path(File f) {
        return Optional.ofNullable(f).map(File::toPath);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    List<Node> threadCards() {
        return threadBox.getChildren();
    }
}
