package org.kondens.app.gui.search;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kondens.app.gui.common.CodeGroupChooser;
import org.kondens.app.gui.common.DialogService;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Menus;
import org.kondens.app.gui.common.Shortcuts;
import org.kondens.app.gui.common.Styled;
import org.kondens.app.gui.common.WorkView;
import org.kondens.app.gui.common.Workbench;
import org.kondens.app.gui.search.SearchViewModel.Choice;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.search.SearchHit;

/**
 * Searching the transcripts: the query language of core (inflections, "phrases", =exact,
 * prefix*, og/eller/ikke), filters, a keyword-in-context list, and counts per informant and per
 * transcript. A hit leads back to the interview (the reader shows it) or becomes a meaning unit.
 * The rules live in {@link SearchViewModel}; this class lays out and binds.
 */
public final class SearchView implements WorkView {

    private final SearchViewModel vm;
    private final I18n t;
    private final BorderPane node = new BorderPane();
    final TextField query = new TextField();
    final ListView<SearchHit> hits = new ListView<>();
    private final GridPane perInformant = new GridPane();
    private final GridPane perTranscript = new GridPane();
    private final ContextMenu groupChooser = new ContextMenu();

    public SearchView(Workbench wb, DialogService dialogs) {
        this.vm = new SearchViewModel(wb, dialogs);
        this.t = wb.text();
        node.setId("search-view");
        node.setTop(top());
        node.setCenter(center());
        node.setBottom(bottom());
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void shown() {
        query.requestFocus();
    }

    /** Runs {@code text} (from the quick-search box). */
    public void search(String text) {
        vm.search(text);
    }

    SearchViewModel model() {
        return vm;
    }

    // ---- building

    private Node top() {
        Styled.prompted(query, "search-query", t.get("search.query.prompt"));
        query.textProperty().bindBidirectional(vm.query);
        query.setOnAction(e -> vm.run());
        HBox.setHgrow(query, Priority.ALWAYS);
        Button run = new Button(t.get("search.run"));
        run.setId("search-run");
        run.getStyleClass().add("accent");
        run.setOnAction(e -> vm.run());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("search-busy");
        busy.setPrefSize(20, 20);
        busy.setMaxSize(20, 20);
        busy.visibleProperty().bind(vm.busyProperty());
        HBox box = new HBox(8, query, run, busy);
        box.setAlignment(Pos.CENTER_LEFT);

        Label syntax = Styled.wrapped("", "text-muted", "text-small");
        syntax.setId("search-syntax");
        syntax.textProperty().bind(vm.syntaxHelpProperty());

        ComboBox<Choice> group = choice("search-group", "search.filter.group", vm.groups, vm.group);
        ComboBox<Choice> subgroup = choice("search-subgroup", "search.filter.subgroup", vm.subgroups, vm.subgroup);
        group.disableProperty().bind(vm.uncoded);
        subgroup.disableProperty().bind(vm.subgroupOpen().not());
        // Shown only when units of the chosen group keep deeper codes from another tool.
        ComboBox<Choice> codePath = choice("search-code-path", "search.filter.codePath", vm.codePaths, vm.codePath);
        codePath.disableProperty().bind(vm.subgroupOpen().not());
        codePath.setPrefWidth(280); // a path of names is longer than one name
        codePath.visibleProperty().bind(javafx.beans.binding.Bindings.size(vm.codePaths).greaterThan(1));
        codePath.managedProperty().bind(codePath.visibleProperty());
        CheckBox uncoded = new CheckBox(t.get("search.filter.uncoded"));
        uncoded.setId("search-uncoded");
        uncoded.setTooltip(new Tooltip(t.get("search.filter.uncoded.tip")));
        uncoded.selectedProperty().bindBidirectional(vm.uncoded);
        Label filterLabel = Styled.label(t.get("search.filters"), "text-muted");
        FlowPane filters = new FlowPane(8, 6, filterLabel,
                choice("search-informant", "search.filter.informant", vm.informants, vm.informant),
                choice("search-transcript", "search.filter.transcript", vm.transcripts, vm.transcript),
                choice("search-role", "search.filter.role", vm.roles, vm.role), group, subgroup, codePath, uncoded);
        filters.setAlignment(Pos.CENTER_LEFT);

        Label error = Styled.wrapped("", "danger");
        error.setId("search-error");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label summary = Styled.label("", "text-muted");
        summary.setId("search-summary");
        summary.textProperty().bind(vm.summaryProperty());
        // Without hits the list itself says what was not found.
        summary.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.hits()));

        VBox top = new VBox(6, box, syntax, filters, error, summary);
        top.setPadding(new Insets(10, 12, 6, 12));
        return top;
    }

    private ComboBox<Choice> choice(String id, String key, javafx.collections.ObservableList<Choice> items,
            javafx.beans.property.ObjectProperty<Choice> chosen) {
        ComboBox<Choice> box = new ComboBox<>(items);
        box.setId(id);
        box.setAccessibleText(t.get(key));
        box.setTooltip(new Tooltip(t.get(key)));
        box.setPrefWidth(170);
        box.valueProperty().bindBidirectional(chosen);
        return box;
    }

    private Node center() {
        hits.setId("search-hits");
        hits.setAccessibleText(t.get("search.hits"));
        hits.setItems(vm.hits());
        hits.setCellFactory(list -> {
            SearchHitCell cell = new SearchHitCell(list, vm::who);
            // The last line shown asks for the next page: the list grows as it is scrolled.
            cell.itemProperty().addListener((o, was, hit) -> {
                if (hit != null && cell.getIndex() == list.getItems().size() - 1) {
                    vm.more();
                }
            });
            // One click chooses a hit (so "Make meaning unit…" can act on it); a double click, or
            // Enter, shows it in its interview.
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !cell.isEmpty()) {
                    vm.reveal(cell.getItem());
                }
            });
            return cell;
        });
        hits.getSelectionModel().selectedItemProperty().addListener((o, a, h) -> vm.selectedHit.set(h));
        vm.selectedHit.addListener((o, a, h) -> {
            if (h != hits.getSelectionModel().getSelectedItem()) {
                hits.getSelectionModel().select(h);
            }
        });
        Label placeholder = Styled.wrapped("", "text-muted");
        // Before a search: how to search; after one without hits: what to try instead.
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(vm.summaryProperty().isEmpty())
                .then(t.get("search.placeholder")).otherwise(vm.summaryProperty()));
        placeholder.setMaxWidth(520);
        hits.setPlaceholder(placeholder);
        hits.setOnKeyPressed(e -> {
            SearchHit hit = vm.selectedHit.get();
            if (hit == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                vm.reveal(hit);
                e.consume();
            } else if (Shortcuts.MAKE_UNIT.match(e)) {
                chooseGroup(hits, hit);
                e.consume();
            }
        });
        hits.setContextMenu(new ContextMenu());
        hits.setOnContextMenuRequested(e -> fillContextMenu(hits.getContextMenu(), vm.selectedHit.get()));

        Label byInformant = Styled.wrapped(t.get("search.perInformant"), "text-bold");
        Label byTranscript = Styled.wrapped(t.get("search.perTranscript"), "text-bold");
        perInformant.setId("search-per-informant");
        perTranscript.setId("search-per-transcript");
        for (GridPane g : List.of(perInformant, perTranscript)) {
            g.setHgap(8);
            g.setVgap(3);
            ColumnConstraints name = new ColumnConstraints();
            name.setHgrow(Priority.ALWAYS);
            name.setMinWidth(60);
            g.getColumnConstraints().setAll(name, new ColumnConstraints(70), new ColumnConstraints(28));
        }
        vm.perInformant().addListener((ListChangeListener<SearchViewModel.Count>) c -> fillCounts(perInformant, vm.perInformant()));
        vm.perTranscript().addListener((ListChangeListener<SearchViewModel.Count>) c -> fillCounts(perTranscript, vm.perTranscript()));
        VBox side = new VBox(8, byInformant, perInformant, new Region(), byTranscript, perTranscript);
        side.setPadding(new Insets(8, 12, 8, 12));
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setMinWidth(200);
        SplitPane split = new SplitPane(hits, sideScroll);
        split.setDividerPositions(0.76);
        SplitPane.setResizableWithParent(sideScroll, false);
        BorderPane.setMargin(split, new Insets(0, 12, 0, 12));
        return split;
    }

    private Node bottom() {
        Button reveal = new Button(t.get("search.reveal"));
        reveal.setId("search-reveal");
        reveal.setTooltip(new Tooltip(t.get("search.reveal.tip")));
        reveal.setOnAction(e -> vm.reveal(vm.selectedHit.get()));
        Button makeUnit = new Button(t.get("search.makeUnit"));
        makeUnit.setId("search-make-unit");
        makeUnit.setTooltip(new Tooltip(t.get("search.makeUnit.tip")));
        makeUnit.setOnAction(e -> chooseGroup(makeUnit, vm.selectedHit.get()));
        reveal.disableProperty().bind(vm.selectedHit.isNull());
        makeUnit.disableProperty().bind(vm.selectedHit.isNull());
        Label feedback = Styled.label("", "success");
        feedback.setId("search-feedback");
        feedback.textProperty().bind(vm.feedbackProperty());
        HBox bar = new HBox(8, reveal, makeUnit, feedback);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 10, 12));
        return bar;
    }

    private void fillCounts(GridPane grid, List<SearchViewModel.Count> counts) {
        grid.getChildren().clear();
        int row = 0;
        for (SearchViewModel.Count c : counts) {
            Label label = new Label(c.name());
            label.setMinWidth(0);
            label.setTooltip(new Tooltip(c.name()));
            Region bar = new Region();
            bar.getStyleClass().add("speaker-bar");
            bar.setMinHeight(8);
            bar.setMaxHeight(8);
            double w = Math.max(3, 70.0 * c.share());
            bar.setMinWidth(w);
            bar.setMaxWidth(w);
            bar.setOpacity(0.75);
            grid.addRow(row++, label, bar, Styled.label(String.valueOf(c.passages()), "text-muted"));
        }
        if (counts.isEmpty()) {
            grid.addRow(0, Styled.label("—", "text-muted"));
        }
    }

    // ---- from a hit

    private void chooseGroup(Node anchor, SearchHit hit) {
        if (hit != null) {
            groupChooser.getItems().setAll(groupItems(hit, true));
            groupChooser.show(anchor, Side.TOP, 0, 0);
        }
    }

    /** The code groups to make the hit a meaning unit in, then "New code group…". */
    private List<MenuItem> groupItems(SearchHit hit, boolean titled) {
        List<MenuItem> items = new ArrayList<>();
        if (titled) {
            MenuItem title = Menus.item(t.get("search.chooseGroup"));
            title.setDisable(true);
            items.add(title);
        }
        for (CodeGroup g : vm.unitGroups()) {
            MenuItem m = Menus.item(g.workingName(), CodeGroupChooser.swatch(g.color()));
            m.setId("search-group-" + g.id());
            m.setOnAction(e -> vm.makeMeaningUnit(hit, g.id()));
            items.add(m);
        }
        MenuItem fresh = Menus.item(t.get("search.newGroup"));
        fresh.setId("search-new-group");
        fresh.setOnAction(e -> vm.makeMeaningUnitInNewGroup(hit));
        items.add(new SeparatorMenuItem());
        items.add(fresh);
        return items;
    }

    private void fillContextMenu(ContextMenu menu, SearchHit hit) {
        menu.getItems().clear();
        if (hit == null) {
            return;
        }
        MenuItem show = Menus.item(t.get("search.reveal"));
        show.setOnAction(e -> vm.reveal(hit));
        Menu unit = Menus.menu(t.get("search.makeUnitIn"));
        unit.getItems().setAll(groupItems(hit, false));
        menu.getItems().addAll(show, new SeparatorMenuItem(), unit);
    }
}
