package org.kondens.app.gui.meaningunits;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kondens.app.gui.common.FxDialogs;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Menus;
import org.kondens.app.gui.common.MutedText;
import org.kondens.app.gui.common.Shortcuts;
import org.kondens.app.gui.common.WorkView;
import org.kondens.app.gui.common.Workbench;
import org.kondens.app.gui.reader.ReaderNav;
import org.kondens.app.gui.reader.TranscriptReader;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Span;

/**
 * Step 2, meaning units: the transcript in the middle with its units in their code groups'
 * colours; on the right the code groups with counts (and "Unsorted"), and below them the units
 * of the chosen group out of context. Select text → Ctrl+M (or right-click) → type-ahead of
 * code groups. Layout and forwarding only: {@link Step2ViewModel} holds the state and decides.
 */
public final class Step2View implements WorkView {

    private final Workbench wb;
    private final I18n t;
    private final Step2ViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TranscriptReader reader;
    private final ReaderNav nav;
    private final Step2Prompt prompt;
    private final Step2Menus menus;
    private final Step2Cells cells;
    private final ListView<Step2ViewModel.GroupRow> groupList = new ListView<>();
    private final ListView<UnitRow> unitList = new ListView<>();
    private final ColorPicker colorPicker = new ColorPicker();
    private final TextField newGroup = new TextField();
    private final MenuButton fromThemes = new MenuButton();
    private boolean binding;

    public Step2View(Workbench wb) {
        this.wb = wb;
        this.t = wb.text();
        this.vm = new Step2ViewModel(wb, new FxDialogs(() -> root.getScene() == null ? null : root.getScene().getWindow()));
        this.reader = new TranscriptReader(wb, true, true);
        this.nav = new ReaderNav(wb, "step2");
        this.prompt = new Step2Prompt(t);
        this.menus = new Step2Menus(vm, t, new Step2Menus.Actions() {
            @Override
            public void makeUnit() {
                openMakeUnit();
            }

            @Override
            public void rename(CodeGroup g, Node anchor) {
                Step2View.this.rename(g, anchor);
            }

            @Override
            public void recolor(Step2ViewModel.GroupRow row) {
                groupList.getSelectionModel().select(row);
                colorPicker.show();
            }

            @Override
            public void newGroup() {
                newGroup.requestFocus();
            }

            @Override
            public void fromThemes() {
                fromThemes.show();
            }
        });
        this.cells = new Step2Cells(vm, t, menus, this::rename);
        root.setId("step2");
        root.setCenter(buildSplit());
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcuts.MAKE_UNIT.match(e)) {
                e.consume();
                openMakeUnit();
            }
        });
        nav.bindKeys(root);
        bind();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        Platform.runLater(() -> reader.area().requestFocus());
    }

    TranscriptReader reader() {
        return reader;
    }

    // ---- layout

    private Node buildSplit() {
        Label tip = new Label(t.get("step2.tip"));
        tip.getStyleClass().add("text-muted");
        tip.setWrapText(true);
        tip.setMinWidth(0);
        tip.setMaxHeight(40);
        Button makeButton = new Button(t.get("step2.makeUnit"));
        makeButton.setId("step2-make-unit");
        makeButton.getStyleClass().add("accent");
        makeButton.setTooltip(new Tooltip(t.get("step2.makeUnit.tooltip")));
        makeButton.setOnAction(e -> openMakeUnit());
        makeButton.disableProperty().bind(Bindings.createBooleanBinding(() -> reader.selection().getLength() == 0,
                reader.selectionProperty()));
        makeButton.setMinWidth(Region.USE_PREF_SIZE);
        Label transcriptUnits = new Label();
        transcriptUnits.getStyleClass().add("text-muted");
        transcriptUnits.setMinWidth(Region.USE_PREF_SIZE);
        transcriptUnits.textProperty().bind(vm.transcriptUnitsProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(tip, Priority.SOMETIMES);
        HBox actions = new HBox(10, tip, gap, transcriptUnits, makeButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox head = new VBox(6, nav.node(), actions);
        head.setPadding(new Insets(8, 10, 6, 10));
        BorderPane readerPane = new BorderPane(reader.node());
        readerPane.setTop(head);
        menus.attachToReader(reader);

        SplitPane right = new SplitPane(buildGroupsPane(), buildUnitsPane());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.47);
        right.setMinWidth(260);
        SplitPane split = new SplitPane(readerPane, right);
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(right, false);
        return split;
    }

    private Node buildGroupsPane() {
        Label groupsHeader = new Label();
        groupsHeader.getStyleClass().add("title-4");
        groupsHeader.textProperty().bind(vm.groupsTitleProperty());
        fromThemes.setText(t.get("step2.fromThemes"));
        fromThemes.setId("step2-from-themes");
        fromThemes.getStyleClass().addAll("flat", "small");
        fromThemes.setOnShowing(e -> menus.fillThemes(fromThemes));
        fromThemes.getItems().add(Menus.item("…"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, groupsHeader, gap, fromThemes);
        head.setAlignment(Pos.CENTER_LEFT);

        groupList.setId("step2-groups");
        groupList.setAccessibleText(t.get("step2.groups"));
        groupList.setCellFactory(v -> cells.groupCell());
        groupList.setPlaceholder(MutedText.placeholder(t.get("step2.noGroups")));
        groupList.setItems(vm.groups());
        VBox.setVgrow(groupList, Priority.ALWAYS);

        newGroup.setId("step2-new-group");
        newGroup.setPromptText(t.get("step2.newGroup.prompt"));
        newGroup.setAccessibleText(t.get("step2.newGroup.prompt"));
        newGroup.setOnAction(e -> vm.addGroup(newGroup.getText()).thenAccept(g -> {
            if (g != null) {
                newGroup.clear();
            }
        }));
        HBox.setHgrow(newGroup, Priority.ALWAYS);
        colorPicker.setId("step2-group-color");
        colorPicker.setAccessibleText(t.get("step2.group.color"));
        colorPicker.setTooltip(new Tooltip(t.get("step2.group.color")));
        colorPicker.getStyleClass().addAll(ColorPicker.STYLE_CLASS_BUTTON, "swatch-only");
        colorPicker.setOnAction(e -> {
            if (!binding) {
                vm.recolor(hex(colorPicker.getValue()));
            }
        });
        HBox tools = new HBox(6, newGroup, colorPicker);
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, groupList, tools);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node buildUnitsPane() {
        Label unitsHeader = new Label();
        unitsHeader.getStyleClass().add("title-4");
        unitsHeader.setWrapText(true);
        unitsHeader.setMinHeight(Region.USE_PREF_SIZE);
        unitsHeader.textProperty().bind(vm.unitsTitleProperty());
        Label hint = MutedText.hint(t.get("step2.units.hint"));
        unitList.setId("step2-units");
        unitList.setAccessibleText(t.get("step2.units.accessible"));
        unitList.setCellFactory(v -> cells.unitCell());
        unitList.setPlaceholder(MutedText.placeholder(t.get("step2.units.none")));
        unitList.setItems(vm.units());
        unitList.setOnKeyPressed(e -> {
            UnitRow row = unitList.getSelectionModel().getSelectedItem();
            if (row != null && e.getCode() == KeyCode.ENTER) {
                vm.reveal(row.unit());
                e.consume();
            } else if (row != null && e.getCode() == KeyCode.DELETE) {
                vm.deleteUnit(row.unit().id());
                e.consume();
            }
        });
        VBox.setVgrow(unitList, Priority.ALWAYS);
        VBox box = new VBox(4, unitsHeader, hint, unitList);
        box.setPadding(new Insets(8));
        return box;
    }

    // ---- binding: the lists follow the view model, choices go back to it

    private void bind() {
        groupList.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (!binding && row != null) {
                vm.choose(row.id());
            }
        });
        vm.shownProperty().addListener((o, a, id) -> selectShownRow());
        vm.groups().addListener((javafx.collections.ListChangeListener<Step2ViewModel.GroupRow>) c -> selectShownRow());
        vm.shownGroupProperty().addListener((o, a, g) -> showGroup(g));
        unitList.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (!binding && row != null) {
                vm.selectedUnit.set(row.unit().id());
            }
        });
        vm.selectedUnit.addListener((o, a, id) -> selectUnit(id));
        vm.units().addListener((javafx.collections.ListChangeListener<UnitRow>) c -> selectUnit(vm.selectedUnit.get()));
        selectShownRow();
        showGroup(vm.shownGroupProperty().get());
    }

    private void selectShownRow() {
        binding = true;
        try {
            vm.groups().stream().filter(r -> Objects.equals(r.id(), vm.shownProperty().get())).findFirst()
                    .ifPresent(r -> groupList.getSelectionModel().select(r));
        } finally {
            binding = false;
        }
    }

    private void selectUnit(UUID id) {
        binding = true;
        try {
            vm.units().stream().filter(r -> r.unit().id().equals(id)).findFirst().ifPresent(r -> {
                unitList.getSelectionModel().select(r);
                unitList.scrollTo(r);
            });
        } finally {
            binding = false;
        }
    }

    private void showGroup(CodeGroup g) {
        binding = true;
        try {
            colorPicker.setDisable(g == null);
            if (g != null) {
                colorPicker.setValue(TranscriptReader.color(g.color()));
            }
            reader.setEmphasis(g == null ? null : g.id());
        } finally {
            binding = false;
        }
    }

    // ---- forwarding

    /** Ctrl+M: the type-ahead popup under the selection; the chosen group gets the new unit. */
    void openMakeUnit() {
        Span span = vm.trimmed(reader.selectedSpan());
        if (span == null) {
            return;
        }
        Bounds b = reader.area().getCharacterBoundsOnScreen(span.start(), span.end())
                .orElseGet(() -> reader.area().localToScreen(reader.area().getBoundsInLocal()));
        Bounds area = reader.area().localToScreen(reader.area().getBoundsInLocal());
        double x = Math.max(area.getMinX(), Math.min(b.getMinX(), area.getMaxX() - 320));
        // Below the selection when there is room, else above it (the popup is up to ~330 px high).
        boolean above = b.getMaxY() + 340 > area.getMaxY() && b.getMinY() - 340 > area.getMinY() - 120;
        double y = above ? b.getMinY() - 6 : Math.min(b.getMaxY() + 6, area.getMaxY() - 40);
        prompt.chooseGroup(reader.area(), x, y, above, t.get("step2.prompt.title"), vm.makeUnitChoices(), vm.freeThemeNames(),
                c -> made(vm.makeUnit(span, c)));
    }

    private void made(CompletableFuture<MeaningUnit> unit) {
        unit.thenAccept(u -> {
            if (u != null) {
                reader.area().deselect();
                reader.area().requestFocus();
            }
        });
    }

    private void rename(CodeGroup g, Node anchor) {
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        prompt.askName(anchor, b.getMinX(), b.getMaxY(), t.get("step2.group.rename"), g.workingName(),
                name -> vm.renameGroup(g.id(), name));
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }

    /** For tests: the reader's selection. */
    IndexRange selection() {
        return reader.selection();
    }
}
