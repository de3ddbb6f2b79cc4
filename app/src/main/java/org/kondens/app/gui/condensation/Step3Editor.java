package org.kondens.app.gui.condensation;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kondens.app.gui.common.Autosave;
import org.kondens.app.gui.common.CommentBadge;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.MutedText;
import org.kondens.app.gui.common.Words;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.Subgroup;

/**
 * The lower half of step 3: the chosen subgroup's condensate (saved as the user types) and its
 * illustrative quotes, with "Choose quote…". The editor follows the project (undo) unless the
 * user has typed words not yet saved.
 */
final class Step3Editor {

    private final Step3ViewModel vm;
    private final I18n t;
    private final Supplier<Window> window;
    private final SplitPane node;
    private final TextArea condensate = new TextArea();
    private final Autosave save;
    private final VBox quoteList = new VBox(8);
    private final CommentBadge badge;
    /** The subgroup whose condensate the editor holds: pending words are saved to it, never to the next one. */
    private UUID editing;

    Step3Editor(Workbench wb, Step3ViewModel vm, Supplier<Window> window) {
        this.vm = vm;
        this.t = wb.text();
        this.window = window;
        this.save = Autosave.attach(wb, condensate, text -> vm.writeCondensate(editing, text));
        Label editorTitle = new Label();
        editorTitle.setId("step3-condensateTitle");
        editorTitle.getStyleClass().add("title-4");
        editorTitle.setWrapText(true);
        editorTitle.setMinHeight(Region.USE_PREF_SIZE);
        editorTitle.textProperty().bind(vm.condensateTitleProperty());
        condensate.setId("step3-condensate");
        condensate.setWrapText(true);
        condensate.setPromptText(t.get("step3.condensate.prompt"));
        condensate.accessibleTextProperty().bind(vm.condensateTitleProperty());
        VBox.setVgrow(condensate, Priority.ALWAYS);
        badge = vm.commenting().badge();
        Button comment = vm.commenting().button(CommentTarget.Kind.CONDENSATE, () -> editing);
        comment.setId("step3-comment");
        comment.disableProperty().bind(condensate.disabledProperty());
        HBox.setHgrow(editorTitle, Priority.ALWAYS);
        editorTitle.setMaxWidth(Double.MAX_VALUE);
        HBox titleRow = new HBox(6, editorTitle, badge, comment);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(6, titleRow, MutedText.hint(t.get("step3.condensate.hint")), condensate);
        left.setPadding(new Insets(8, 8, 10, 12));
        left.setMinWidth(280);

        Label quoteTitle = new Label();
        quoteTitle.setId("step3-quoteTitle");
        quoteTitle.getStyleClass().add("title-4");
        quoteTitle.setWrapText(true);
        quoteTitle.setMinHeight(Region.USE_PREF_SIZE);
        quoteTitle.textProperty().bind(vm.quoteTitleProperty());
        Button addQuote = new Button(t.get("step3.quote.add"));
        addQuote.setId("step3-addQuote");
        addQuote.setTooltip(new Tooltip(t.get("step3.quote.addTip")));
        addQuote.disableProperty().bind(vm.canChooseQuoteProperty().not());
        addQuote.setOnAction(e -> chooseQuote(vm.selectedUnit.get()));
        quoteList.setId("step3-quotes");
        quoteList.setPadding(new Insets(2, 4, 2, 0));
        ScrollPane quoteScroll = new ScrollPane(quoteList);
        quoteScroll.setFitToWidth(true);
        quoteScroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(quoteScroll, Priority.ALWAYS);
        VBox right = new VBox(6, quoteTitle, addQuote, quoteScroll);
        right.setPadding(new Insets(8, 12, 10, 8));
        right.setMinWidth(240);
        node = new SplitPane(left, right);
        node.setDividerPositions(0.6);

        vm.subgroupProperty().addListener((o, a, sub) -> showCondensate(sub));
        vm.quotes().addListener((ListChangeListener<Step3Rows.QuoteRow>) c -> showQuotes());
        showCondensate(vm.subgroupProperty().get());
        showQuotes();
    }

    Node node() {
        return node;
    }

    /** Saves the condensate being typed now (as leaving the editor does). */
    void flush() {
        save.flush();
    }

    private void showCondensate(Subgroup sub) {
        UUID id = sub == null ? null : sub.id();
        if (!Objects.equals(id, editing)) {
            save.load(sub == null ? "" : sub.condensate()); // saves pending words to the subgroup left first
            editing = id;
        } else if (sub != null) {
            save.follow(sub.condensate());
        }
        condensate.setDisable(sub == null);
        badge.show(sub == null ? null : CommentTarget.Kind.CONDENSATE, id);
    }

    private void showQuotes() {
        quoteList.getChildren().clear();
        if (vm.quotes().isEmpty()) {
            quoteList.getChildren().add(MutedText.hint(t.get("step3.quotes.none")));
        }
        for (Step3Rows.QuoteRow row : vm.quotes()) {
            quoteList.getChildren().add(quoteBox(row));
        }
    }

    private Node quoteBox(Step3Rows.QuoteRow row) {
        Label text = new Label("★ «" + row.quote().displayText() + "»");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Label label = new Label("— " + row.label());
        label.getStyleClass().add("text-muted");
        HBox info = new HBox(8, label);
        if (row.edited()) {
            Label edited = new Label(t.get("step3.quotes.edited"));
            edited.getStyleClass().addAll("text-muted", "text-small");
            edited.setTooltip(new Tooltip(t.get("step3.quotes.source", Words.shorten(row.source(), 400))));
            info.getChildren().add(edited);
        }
        Button edit = new Button(t.get("step3.quotes.edit"));
        edit.getStyleClass().addAll("flat", "small");
        edit.setOnAction(e -> Step3QuoteDialog.edit(window.get(), t, vm.snapshot(), row.quote())
                .ifPresent(r -> vm.editQuote(row.quote().id(), r[0], r[1])));
        Button remove = new Button(t.get("step3.quotes.remove"));
        remove.getStyleClass().addAll("flat", "small", "danger");
        remove.setId("step3-removeQuote-" + row.quote().id());
        remove.setOnAction(e -> vm.removeQuote(row.quote().id()));
        Button show = new Button("↗");
        show.getStyleClass().addAll("flat", "small");
        show.setTooltip(new Tooltip(t.get("step3.card.show")));
        show.setAccessibleText(t.get("step3.card.show"));
        show.setDisable(row.span() == null);
        show.setOnAction(e -> vm.reveal(row.span()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        info.getChildren().addAll(gap, show, edit, remove);
        info.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, text, info);
        box.setPadding(new Insets(6, 8, 6, 8));
        box.getStyleClass().add("quote-rule");
        return box;
    }

    /** "Choose quote…", from a card or the button: the dialog offers what the view model says. */
    void chooseQuote(UUID unitId) {
        vm.quoteRequest(unitId).ifPresent(r -> Step3QuoteDialog.choose(window.get(), t, vm.snapshot(), r.units(), r.preselected())
                .ifPresent(c -> vm.addQuote(c.unitId(), r.subgroupId(), c.start(), c.end(), c.displayText(), c.label())));
    }
}
