package org.kondens.app.gui.condensation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kondens.app.gui.common.Autosave;
import org.kondens.app.gui.common.CodeGroupChooser;
import org.kondens.app.gui.common.Css;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Menus;
import org.kondens.app.gui.common.UnitCard;
import org.kondens.app.gui.common.Words;
import org.kondens.app.gui.common.WorkView;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Session;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;

/**
 * Step 3, condensation, for one code group at a time: its subgroups as columns of meaning-unit
 * cards (plus "Unsorted" for the group's units without a subgroup), cards dragged between
 * columns to sort them; below, the condensate (a first-person artificial quotation) of the
 * chosen subgroup and its illustrative quotes.
 */
public final class Step3View implements WorkView {


    /** One subgroup column (subgroupId null = the group's units without subgroup). */
    private final class Column {
        final UUID subgroupId;
        final VBox box = new VBox(6);
        final VBox cards = new VBox(6);
        final ScrollPane scroll = new ScrollPane(cards);

        Column(UUID subgroupId) {
            this.subgroupId = subgroupId;
        }

        String key() {
            return subgroupId == null ? "unsorted" : subgroupId.toString();
        }
    }

    private final Workbench wb;
    private final I18n t;
    private final StackPane node = new StackPane();
    private final BorderPane content = new BorderPane();
    private final Label empty = new Label();
    private final CodeGroupChooser chooser;
    private final ComboBox<CodeGroup> groups;
    private final Label counts = new Label();
    private final Button addSubgroupButton = new Button();
    private final TextField newSubgroup = new TextField();
    private final HBox columnRow = new HBox(10);
    private final ScrollPane columnScroll = new ScrollPane(columnRow);
    private final List<Column> columns = new ArrayList<>();
    private final Map<String, Double> columnScrolls = new HashMap<>();
    private final Map<UUID, UnitCard> cards = new HashMap<>();
    private final Label editorTitle = new Label();
    private final TextArea condensate = new TextArea();
    private final Autosave condensateSave;
    private final Label quoteTitle = new Label();
    private final VBox quoteList = new VBox(8);
    private final Button addQuote = new Button();
    private UUID editing;
    private UUID selectedUnit;
    private boolean rendering;

    public Step3View(Workbench wb) {
        this.wb = wb;
        this.t = wb.text();
        this.chooser = new CodeGroupChooser(wb, "step3-group", t.get("step3.codeGroup"));
        this.groups = chooser.box();
        condensateSave = Autosave.attach(wb, condensate, this::saveCondensate);
        content.setTop(header());
        SplitPane split = new SplitPane(columnsPane(), editorPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.56);
        content.setCenter(split);
        empty.setId("step3-empty");
        empty.getStyleClass().addAll("title-4", "text-muted");
        empty.setWrapText(true);
        empty.setMinHeight(Region.USE_PREF_SIZE);
        empty.setMaxWidth(520);
        node.getChildren().setAll(content, empty);
        node.setId("step3");
        wb.snapshotProperty().addListener((o, a, s) -> render());
        wb.codeGroup.addListener((o, a, g) -> {
            if (!rendering) {
                columnScrolls.clear();
                selectedUnit = null;
                render();
            }
        });
        wb.subgroup.addListener((o, a, s) -> {
            if (!rendering) {
                selectionChanged();
            }
        });
        render();
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void shown() {
        Platform.runLater(groups::requestFocus);
    }

    // ---- building

    private Node header() {
        Label groupLabel = new Label(t.get("step3.codeGroup"));
        groupLabel.getStyleClass().add("title-4");
        groups.getStyleClass().add("title-4");
        counts.setId("step3-counts");
        counts.getStyleClass().add("text-muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        addSubgroupButton.setText(t.get("step3.addSubgroup"));
        addSubgroupButton.setId("step3-addSubgroup");
        addSubgroupButton.getStyleClass().add("accent");
        addSubgroupButton.setTooltip(new Tooltip(t.get("step3.addSubgroup.tip")));
        newSubgroup.setId("step3-newSubgroup");
        newSubgroup.setPromptText(t.get("step3.newSubgroup.prompt"));
        newSubgroup.setAccessibleText(t.get("step3.newSubgroup.prompt"));
        newSubgroup.setPrefColumnCount(16);
        showNewSubgroupField(false);
        addSubgroupButton.setOnAction(e -> {
            if (newSubgroup.isVisible() && !newSubgroup.getText().isBlank()) {
                commitNewSubgroup();
            } else {
                showNewSubgroupField(true);
                newSubgroup.requestFocus();
            }
        });
        newSubgroup.setOnAction(e -> commitNewSubgroup());
        newSubgroup.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                newSubgroup.clear();
                showNewSubgroupField(false);
            }
        });
        newSubgroup.focusedProperty().addListener((o, was, is) -> {
            if (!is && newSubgroup.getText().isBlank()) {
                showNewSubgroupField(false);
            }
        });
        groupLabel.setMinWidth(Region.USE_PREF_SIZE);
        addSubgroupButton.setMinWidth(Region.USE_PREF_SIZE);
        groups.setMinWidth(180);
        newSubgroup.setMinWidth(160);
        HBox row = new HBox(10, groupLabel, groups, counts, gap, newSubgroup, addSubgroupButton);
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(t.get("step3.hint"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, row, hint);
        box.setPadding(new Insets(10, 12, 6, 12));
        return box;
    }

    private Node columnsPane() {
        columnRow.setPadding(new Insets(4, 12, 8, 12));
        columnRow.setFillHeight(true);
        columnScroll.setId("step3-columns");
        columnScroll.setFitToHeight(true);
        columnScroll.setFitToWidth(true);
        columnScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        columnScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        columnScroll.getStyleClass().add("edge-to-edge");
        columnScroll.setMinHeight(160);
        return columnScroll;
    }

    private Node editorPane() {
        editorTitle.setId("step3-condensateTitle");
        editorTitle.getStyleClass().add("title-4");
        editorTitle.setWrapText(true);
        editorTitle.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label(t.get("step3.condensate.hint"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        condensate.setId("step3-condensate");
        condensate.setWrapText(true);
        condensate.setPromptText(t.get("step3.condensate.prompt"));
        condensate.setAccessibleText(t.get("step3.condensate.title", ""));
        VBox.setVgrow(condensate, Priority.ALWAYS);
        VBox left = new VBox(6, editorTitle, hint, condensate);
        left.setPadding(new Insets(8, 8, 10, 12));
        left.setMinWidth(280);

        quoteTitle.setId("step3-quoteTitle");
        quoteTitle.getStyleClass().add("title-4");
        quoteTitle.setWrapText(true);
        quoteTitle.setMinHeight(Region.USE_PREF_SIZE);
        addQuote.setText(t.get("step3.quote.add"));
        addQuote.setId("step3-addQuote");
        addQuote.setTooltip(new Tooltip(t.get("step3.quote.addTip")));
        addQuote.setOnAction(e -> chooseQuote(selectedUnit));
        quoteList.setId("step3-quotes");
        quoteList.setPadding(new Insets(2, 4, 2, 0));
        ScrollPane quoteScroll = new ScrollPane(quoteList);
        quoteScroll.setFitToWidth(true);
        quoteScroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(quoteScroll, Priority.ALWAYS);
        VBox right = new VBox(6, quoteTitle, addQuote, quoteScroll);
        right.setPadding(new Insets(8, 12, 10, 8));
        right.setMinWidth(240);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.6);
        return split;
    }

    // ---- rendering

    /** Informants who take part in the analysis (not only in pilot sessions), or all if sessions say nothing. */
    static int informantTotal(ProjectSnapshot s) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Session session : s.sessions()) {
            if (!session.pilot()) {
                ids.addAll(session.participants());
            }
        }
        return ids.isEmpty() ? s.informants().size() : ids.size();
    }

    private void render() {
        ProjectSnapshot s = wb.snapshot();
        rendering = true;
        try {
            CodeGroup g = CodeGroupChooser.currentGroup(wb, s);
            if (s == null || g == null) {
                empty.setText(t.get(s == null ? "step3.empty.noProject" : "step3.empty.noGroups"));
                empty.setVisible(true);
                content.setVisible(false);
                columns.clear();
                columnRow.getChildren().clear();
                cards.clear();
                loadEditor(null);
                return;
            }
            empty.setVisible(false);
            content.setVisible(true);
            Subgroup sub = chooser.show(s, g);
            List<MeaningUnit> units = s.unitsOf(g.id());
            long informants = units.stream().map(MeaningUnit::informantId).filter(Objects::nonNull).distinct().count();
            counts.setText(t.get("step3.counts", units.size(), informants, informantTotal(s)));
            buildColumns(s, g, units);
        } finally {
            rendering = false;
        }
        selectionChanged();
    }

    private void buildColumns(ProjectSnapshot s, CodeGroup g, List<MeaningUnit> units) {
        double h = columnScroll.getHvalue();
        for (Column c : columns) {
            columnScrolls.put(c.key(), c.scroll.getVvalue());
        }
        columns.clear();
        cards.clear();
        Set<UUID> quoted = new java.util.HashSet<>();
        s.quotes().stream().filter(q -> q.codeGroupId().equals(g.id())).forEach(q -> quoted.add(q.meaningUnitId()));
        List<Subgroup> subs = s.subgroupsOf(g.id());
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < subs.size(); i++) {
            Subgroup sub = subs.get(i);
            List<MeaningUnit> in = units.stream().filter(u -> u.isIn(g.id(), sub.id())).toList();
            nodes.add(column(s, g, sub, i, subs.size(), in, quoted));
        }
        List<MeaningUnit> loose = units.stream().filter(u -> u.isIn(g.id(), null)).toList();
        nodes.add(column(s, g, null, subs.size(), subs.size(), loose, quoted));
        columnRow.getChildren().setAll(nodes);
        Platform.runLater(() -> {
            columnScroll.setHvalue(h);
            for (Column c : columns) {
                Double v = columnScrolls.get(c.key());
                if (v != null) {
                    c.scroll.setVvalue(v);
                }
            }
        });
    }

    private Node column(ProjectSnapshot s, CodeGroup g, Subgroup sub, int index, int subgroupCount, List<MeaningUnit> units,
            Set<UUID> quoted) {
        Column c = new Column(sub == null ? null : sub.id());
        columns.add(c);
        String name = sub == null ? t.get("step3.unsorted") : sub.name();
        Label title = new Label(name);
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label count = new Label(String.valueOf(units.size()));
        count.getStyleClass().addAll("text-muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, title, gap, count);
        head.setAlignment(Pos.TOP_LEFT);
        head.setId(sub == null ? "step3-column-unsorted-head" : "step3-column-head-" + sub.id());
        head.setAccessibleText(t.get("step3.column.accessible", name, units.size()));
        if (sub == null) {
            Tooltip.install(head, new Tooltip(t.get("step3.unsorted.tip")));
            title.getStyleClass().add("text-muted");
        } else {
            head.setOnContextMenuRequested(e -> {
                columnMenu(sub, index, subgroupCount, head, title).show(head, e.getScreenX(), e.getScreenY());
                e.consume();
            });
            head.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    startRename(sub, head, title);
                }
            });
        }
        c.cards.setPadding(new Insets(2, 2, 2, 0));
        c.cards.setFillWidth(true);
        for (MeaningUnit u : units) {
            UnitCard card = new UnitCard(s, u, quoted.contains(u.id()), t);
            cards.put(u.id(), card);
            card.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    selectUnit(u.id(), c.subgroupId);
                    if (e.getClickCount() == 2) {
                        showInInterview(u);
                    }
                }
            });
            card.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                    selectUnit(u.id(), c.subgroupId);
                    e.consume();
                }
            });
            card.focusedProperty().addListener((o, was, is) -> {
                if (is && !Objects.equals(selectedUnit, u.id())) {
                    selectUnit(u.id(), c.subgroupId);
                }
            });
            card.setOnContextMenuRequested(e -> {
                selectUnit(u.id(), c.subgroupId);
                cardMenu(s, g, u, c.subgroupId).show(card, e.getScreenX(), e.getScreenY());
                e.consume();
            });
            c.cards.getChildren().add(card);
        }
        if (units.isEmpty()) {
            Label drop = new Label(t.get(sub == null ? "step3.unsorted.empty" : "step3.column.empty"));
            drop.getStyleClass().addAll("text-muted", "text-small");
            drop.setWrapText(true);
            drop.setMinHeight(Region.USE_PREF_SIZE);
            drop.setPadding(new Insets(8, 4, 8, 4));
            c.cards.getChildren().add(drop);
        }
        c.scroll.setFitToWidth(true);
        c.scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        c.scroll.getStyleClass().add("edge-to-edge");
        c.scroll.getStyleClass().add("transparent-scroll");
        VBox.setVgrow(c.scroll, Priority.ALWAYS);
        c.box.getChildren().setAll(head, c.scroll);
        c.box.setPadding(new Insets(8));
        c.box.setPrefWidth(250);
        c.box.setMinWidth(215);
        c.box.setMaxWidth(380);
        HBox.setHgrow(c.box, Priority.ALWAYS);
        c.box.getStyleClass().add("subgroup-column");
        c.box.setId(sub == null ? "step3-column-unsorted" : "step3-column-" + sub.id());
        c.box.setOnMouseClicked(e -> {
            if (c.subgroupId != null && !c.subgroupId.equals(wb.subgroup.get())) {
                wb.subgroup.set(c.subgroupId);
            }
        });
        c.box.setOnDragOver(e -> {
            UUID id = UnitCard.draggedUnit(e.getDragboard());
            if (id != null && !inColumn(id, c)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        c.box.setOnDragEntered(e -> {
            UUID id = UnitCard.draggedUnit(e.getDragboard());
            if (id != null && !inColumn(id, c)) {
                c.box.pseudoClassStateChanged(Css.DROP_TARGET, true);
            }
        });
        c.box.setOnDragExited(e -> styleColumn(c));
        c.box.setOnDragDropped(e -> {
            UUID id = UnitCard.draggedUnit(e.getDragboard());
            boolean ok = id != null && !inColumn(id, c);
            if (ok) {
                moveUnit(id, c.subgroupId);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        return c.box;
    }

    private boolean inColumn(UUID unitId, Column c) {
        UnitCard card = cards.get(unitId);
        return card != null && c.cards.getChildren().contains(card);
    }

    private void styleColumn(Column c) {
        c.box.pseudoClassStateChanged(Css.DROP_TARGET, false);
        c.box.pseudoClassStateChanged(Css.SELECTED, c.subgroupId != null && c.subgroupId.equals(wb.subgroup.get()));
    }

    private ContextMenu columnMenu(Subgroup sub, int index, int count, HBox head, Label title) {
        MenuItem rename = Menus.item(t.get("step3.column.rename"));
        rename.setOnAction(e -> startRename(sub, head, title));
        MenuItem left = Menus.item(t.get("step3.column.left"));
        left.setDisable(index == 0);
        left.setOnAction(e -> wb.editVoid(p -> p.moveSubgroup(sub.id(), index - 1)));
        MenuItem right = Menus.item(t.get("step3.column.right"));
        right.setDisable(index >= count - 1);
        right.setOnAction(e -> wb.editVoid(p -> p.moveSubgroup(sub.id(), index + 1)));
        MenuItem delete = Menus.item(t.get("step3.column.delete"));
        delete.setOnAction(e -> deleteSubgroup(sub.id()));
        return new ContextMenu(rename, left, right, new SeparatorMenuItem(), delete);
    }

    /** Renaming in place: the title becomes a field; Enter keeps the name, Escape or leaving cancels. */
    private void startRename(Subgroup sub, HBox head, Label title) {
        TextField field = new TextField(sub.name());
        field.setId("step3-rename");
        field.setAccessibleText(t.get("step3.column.rename"));
        HBox.setHgrow(field, Priority.ALWAYS);
        int at = head.getChildren().indexOf(title);
        if (at < 0) {
            return;
        }
        head.getChildren().set(at, field);
        Runnable cancel = () -> {
            int i = head.getChildren().indexOf(field);
            if (i >= 0) {
                head.getChildren().set(i, title);
            }
        };
        field.setOnAction(e -> {
            String name = field.getText();
            cancel.run();
            if (!name.isBlank() && !name.strip().equals(sub.name())) {
                renameSubgroup(sub.id(), name);
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancel.run();
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                cancel.run();
            }
        });
        field.requestFocus();
        field.selectAll();
    }

    private ContextMenu cardMenu(ProjectSnapshot s, CodeGroup g, MeaningUnit u, UUID from) {
        Menu move = Menus.menu(t.get("step3.card.moveTo"));
        move.setId("step3-card-moveTo");
        for (Subgroup sub : s.subgroupsOf(g.id())) {
            MenuItem m = Menus.item(sub.name());
            m.setDisable(sub.id().equals(from));
            m.setOnAction(e -> moveUnit(u.id(), sub.id()));
            move.getItems().add(m);
        }
        if (!move.getItems().isEmpty()) {
            move.getItems().add(new SeparatorMenuItem());
        }
        MenuItem none = Menus.item(t.get("step3.unsorted"));
        none.setDisable(from == null);
        none.setOnAction(e -> moveUnit(u.id(), null));
        move.getItems().add(none);
        Menu toGroup = Menus.menu(t.get("step3.card.moveToGroup"));
        for (CodeGroup other : s.codeGroups()) {
            if (!other.id().equals(g.id())) {
                MenuItem m = Menus.item(other.workingName());
                m.setGraphic(CodeGroupChooser.swatch(other.color()));
                m.setOnAction(e -> wb.editVoid(p -> p.moveMeaningUnit(u.id(), g.id(), other.id(), null)));
                toGroup.getItems().add(m);
            }
        }
        toGroup.setDisable(toGroup.getItems().isEmpty());
        MenuItem quote = Menus.item(t.get("step3.card.quote"));
        quote.setOnAction(e -> chooseQuote(u.id()));
        MenuItem show = Menus.item(t.get("step3.card.show"));
        show.setOnAction(e -> showInInterview(u));
        return new ContextMenu(move, toGroup, new SeparatorMenuItem(), quote, show);
    }

    // ---- selection, condensate, quotes

    private void selectUnit(UUID unitId, UUID subgroupId) {
        selectedUnit = unitId;
        if (subgroupId != null && !subgroupId.equals(wb.subgroup.get())) {
            wb.subgroup.set(subgroupId);
        } else {
            selectionChanged();
        }
    }

    /** The chosen subgroup changed (or the project did): highlight it, show its condensate and quotes. */
    private void selectionChanged() {
        ProjectSnapshot s = wb.snapshot();
        CodeGroup g = CodeGroupChooser.currentGroup(wb, s);
        Subgroup sub = s == null || g == null ? null
                : s.subgroupsOf(g.id()).stream().filter(x -> x.id().equals(wb.subgroup.get())).findFirst().orElse(null);
        columns.forEach(this::styleColumn);
        cards.forEach((id, card) -> card.setSelected(id.equals(selectedUnit)));
        loadEditor(sub);
        renderQuotes(s, g, sub);
    }

    private void loadEditor(Subgroup sub) {
        UUID id = sub == null ? null : sub.id();
        if (!Objects.equals(id, editing)) {
            condensateSave.load(sub == null ? "" : sub.condensate());
            editing = id;
        } else if (sub != null) {
            condensateSave.follow(sub.condensate());
        }
        condensate.setDisable(sub == null);
        editorTitle.setText(sub == null ? t.get("step3.condensate.none") : t.get("step3.condensate.title", sub.name()));
        condensate.setAccessibleText(editorTitle.getText());
    }

    private void saveCondensate(String text) {
        UUID id = editing;
        ProjectSnapshot s = wb.snapshot();
        if (id != null && s != null && s.subgroups().stream().anyMatch(x -> x.id().equals(id))) {
            wb.editVoid(p -> p.setCondensate(id, text, null));
        }
    }

    private void renderQuotes(ProjectSnapshot s, CodeGroup g, Subgroup sub) {
        quoteList.getChildren().clear();
        if (s == null || g == null) {
            return;
        }
        quoteTitle.setText(sub == null ? t.get("step3.quotes.group") : t.get("step3.quotes.title", sub.name()));
        List<Quote> quotes = s.quotesOf(g.id(), sub == null ? null : sub.id());
        addQuote.setDisable(unitsFor(s, g, sub).isEmpty());
        if (quotes.isEmpty()) {
            Label none = new Label(t.get("step3.quotes.none"));
            none.getStyleClass().addAll("text-muted", "text-small");
            none.setWrapText(true);
            none.setMinHeight(Region.USE_PREF_SIZE);
            quoteList.getChildren().add(none);
        }
        Map<UUID, MeaningUnit> units = s.unitsById();
        for (Quote q : quotes) {
            MeaningUnit u = units.get(q.meaningUnitId());
            Label text = new Label("★ «" + q.displayText() + "»");
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            Label label = new Label("— " + s.labelOf(q));
            label.getStyleClass().add("text-muted");
            HBox info = new HBox(8, label);
            if (u != null) {
                String source = s.transcript(u.transcriptId()).map(tr -> tr.text().substring(q.start(), q.end()).strip()).orElse("");
                if (!source.equals(q.displayText())) {
                    Label edited = new Label(t.get("step3.quotes.edited"));
                    edited.getStyleClass().addAll("text-muted", "text-small");
                    edited.setTooltip(new Tooltip(t.get("step3.quotes.source", Words.shorten(source, 400))));
                    info.getChildren().add(edited);
                }
            }
            Button edit = new Button(t.get("step3.quotes.edit"));
            edit.getStyleClass().addAll("flat", "small");
            edit.setOnAction(e -> editQuote(q));
            Button remove = new Button(t.get("step3.quotes.remove"));
            remove.getStyleClass().addAll("flat", "small", "danger");
            remove.setId("step3-removeQuote-" + q.id());
            remove.setOnAction(e -> wb.editVoid(p -> p.deleteQuote(q.id())));
            Button show = new Button("↗");
            show.getStyleClass().addAll("flat", "small");
            show.setTooltip(new Tooltip(t.get("step3.card.show")));
            show.setAccessibleText(t.get("step3.card.show"));
            show.setDisable(u == null);
            show.setOnAction(e -> reveal(new Span(u.transcriptId(), q.start(), q.end())));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            info.getChildren().addAll(gap, show, edit, remove);
            info.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(4, text, info);
            box.setPadding(new Insets(6, 8, 6, 8));
            box.getStyleClass().add("quote-rule");
            quoteList.getChildren().add(box);
        }
    }

    /** The units a quote for {@code sub} may come from: the subgroup's, or the group's loose units for a group quote. */
    private static List<MeaningUnit> unitsFor(ProjectSnapshot s, CodeGroup g, Subgroup sub) {
        return s.unitsOf(g.id()).stream().filter(u -> u.isIn(g.id(), sub == null ? null : sub.id())).toList();
    }

    private void chooseQuote(UUID unitId) {
        ProjectSnapshot s = wb.snapshot();
        CodeGroup g = CodeGroupChooser.currentGroup(wb, s);
        if (g == null) {
            return;
        }
        MeaningUnit preselected = unitId == null ? null : s.unitsById().get(unitId);
        UUID subId = preselected == null ? wb.subgroup.get()
                : preselected.memberships().stream().filter(m -> m.codeGroupId().equals(g.id())).map(Membership::subgroupId)
                        .filter(Objects::nonNull).findFirst().orElse(null);
        Subgroup sub = s.subgroupsOf(g.id()).stream().filter(x -> x.id().equals(subId)).findFirst().orElse(null);
        List<MeaningUnit> units = unitsFor(s, g, sub);
        Step3QuoteDialog.choose(window(), t, s, units, preselected).ifPresent(c -> addQuote(c.unitId(), sub == null ? null : sub.id(),
                c.start(), c.end(), c.displayText(), c.label()));
    }

    private void editQuote(Quote q) {
        Step3QuoteDialog.edit(window(), t, wb.snapshot(), q).ifPresent(r -> wb.editVoid(p -> p.editQuote(q.id(), r[0], r[1])));
    }

    private void showInInterview(MeaningUnit u) {
        reveal(new Span(u.transcriptId(), u.start(), u.end()));
    }

    /** Shows a passage in the step-2 reader (the interview is never far from a finding). */
    private void reveal(Span span) {
        wb.transcript.set(span.transcriptId());
        wb.reveal.set(null);
        wb.reveal.set(span);
    }

    private Window window() {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }

    private void showNewSubgroupField(boolean show) {
        newSubgroup.setVisible(show);
        newSubgroup.setManaged(show);
    }

    private void commitNewSubgroup() {
        String name = newSubgroup.getText();
        if (name.isBlank()) {
            return;
        }
        newSubgroup.clear();
        showNewSubgroupField(false);
        addSubgroup(name);
    }

    // ---- actions (what the controls do; tests call them too)

    /** Adds a subgroup to the shown code group and chooses it, so its condensate can be written at once. */
    CompletableFuture<Subgroup> addSubgroup(String name) {
        UUID group = wb.codeGroup.get();
        return wb.edit(p -> p.addSubgroup(group, name)).thenApply(sub -> {
            wb.subgroup.set(sub.id());
            return sub;
        });
    }

    CompletableFuture<Void> renameSubgroup(UUID subgroupId, String name) {
        return wb.editVoid(p -> p.renameSubgroup(subgroupId, name));
    }

    /** Deletes a subgroup; its units go back to "Unsorted" in the code group (undo brings it back). */
    CompletableFuture<Void> deleteSubgroup(UUID subgroupId) {
        condensateSave.flush();
        return wb.editVoid(p -> p.deleteSubgroup(subgroupId));
    }

    /** What a drop (and "Move to subgroup") does: the unit goes to {@code subgroupId} (null = no subgroup) in the shown group. */
    CompletableFuture<Void> moveUnit(UUID unitId, UUID subgroupId) {
        UUID group = wb.codeGroup.get();
        selectedUnit = unitId;
        return wb.editVoid(p -> p.assignMeaningUnit(unitId, group, subgroupId));
    }

    CompletableFuture<Quote> addQuote(UUID unitId, UUID subgroupId, Integer start, Integer end, String display, String label) {
        UUID group = wb.codeGroup.get();
        return wb.edit(p -> p.addQuote(unitId, group, subgroupId, start, end, display, label));
    }

    /** Saves the condensate being typed now (as leaving the editor does). */
    void flush() {
        condensateSave.flush();
    }
}
