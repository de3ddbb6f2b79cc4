package org.kondens.app.gui.meaningunits;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.kondens.app.gui.common.Css;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Menus;
import org.kondens.app.gui.common.Shortcuts;
import org.kondens.app.gui.common.Words;
import org.kondens.app.gui.common.WorkView;
import org.kondens.app.gui.common.Workbench;
import org.kondens.app.gui.reader.ReaderNav;
import org.kondens.app.gui.reader.ReaderStyles;
import org.kondens.app.gui.reader.TranscriptReader;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.model.Transcript;

/**
 * Step 2, meaning units: the transcript in the middle with its units in their code groups'
 * colours; on the right the code groups with counts (and "Unsorted"), and below them the units
 * of the chosen group out of context. Select text → Ctrl+M (or right-click) → type-ahead of
 * code groups. Units move between groups by drag and drop onto a group or by "Move to…"; a
 * click on a unit shows it in the interview again.
 */
public final class Step2View implements WorkView {

    private static final String UNIT_DRAG = "kondens-meaning-unit:";
    private static final KeyCombination MAKE_UNIT = Shortcuts.MAKE_UNIT;

    /** A row of the code-group list; {@code group} null is "Unsorted". */
    record GroupRow(CodeGroup group, int count) {
        UUID id() {
            return group == null ? null : group.id();
        }
    }

    private final Workbench wb;
    private final I18n t;
    private final BorderPane root = new BorderPane();
    private final TranscriptReader reader;
    private final ReaderNav nav;
    private final Step2Prompt prompt;
    private final ListView<GroupRow> groupList = new ListView<>();
    private final ListView<MeaningUnit> unitList = new ListView<>();
    private final Label unitsHeader = new Label();
    private final Label groupsHeader = new Label();
    private final Label transcriptUnits = new Label();
    private final Button makeButton = new Button();
    private final ColorPicker colorPicker = new ColorPicker();
    private final TextField newGroup = new TextField();
    private final MenuButton fromThemes = new MenuButton();
    private final ContextMenu readerMenu = new ContextMenu();

    /** The group whose units are listed (null with {@link #unsortedShown} for "Unsorted"). */
    private UUID shownGroup;
    private boolean unsortedShown;
    private boolean updating;
    /** Where the unit being dragged was listed (its source group, or null for unsorted). */
    private UUID dragFrom;
    private int contextOffset = -1;

    public Step2View(Workbench wb) {
        this.wb = wb;
        this.t = wb.text();
        this.reader = new TranscriptReader(wb, true, true);
        this.nav = new ReaderNav(wb, "step2");
        this.prompt = new Step2Prompt(t);
        root.setId("step2");
        root.setCenter(buildSplit());

        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (MAKE_UNIT.match(e)) {
                e.consume();
                openMakeUnit();
            }
        });
        nav.bindKeys(root);
        wb.snapshotProperty().addListener((o, a, s) -> refresh());
        wb.transcript.addListener((o, a, id) -> refresh());
        wb.codeGroup.addListener((o, a, id) -> {
            if (!updating && id != null) {
                unsortedShown = false;
                shownGroup = id;
                refresh();
            }
        });
        shownGroup = wb.codeGroup.get();
        refresh();
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
        makeButton.setText(t.get("step2.makeUnit"));
        makeButton.setId("step2-make-unit");
        makeButton.getStyleClass().add("accent");
        makeButton.setTooltip(new Tooltip(t.get("step2.makeUnit.tooltip")));
        makeButton.setOnAction(e -> openMakeUnit());
        makeButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> reader.selection().getLength() == 0, reader.selectionProperty()));
        makeButton.setMinWidth(Region.USE_PREF_SIZE);
        transcriptUnits.getStyleClass().add("text-muted");
        transcriptUnits.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(tip, Priority.SOMETIMES);
        HBox actions = new HBox(10, tip, gap, transcriptUnits, makeButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox head = new VBox(6, nav.node(), actions);
        head.setPadding(new Insets(8, 10, 6, 10));
        BorderPane readerPane = new BorderPane(reader.node());
        readerPane.setTop(head);

        buildReaderMenu();

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
        groupsHeader.getStyleClass().add("title-4");
        groupsHeader.setText(t.get("step2.groups"));
        fromThemes.setText(t.get("step2.fromThemes"));
        fromThemes.setId("step2-from-themes");
        fromThemes.getStyleClass().addAll("flat", "small");
        fromThemes.setOnShowing(e -> fillThemesMenu());
        fromThemes.getItems().add(Menus.item("…"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, groupsHeader, gap, fromThemes);
        head.setAlignment(Pos.CENTER_LEFT);

        groupList.setId("step2-groups");
        groupList.setAccessibleText(t.get("step2.groups"));
        groupList.setCellFactory(v -> new GroupCell());
        groupList.setPlaceholder(placeholder(t.get("step2.noGroups")));
        groupList.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (updating || row == null) {
                return;
            }
            unsortedShown = row.group() == null;
            shownGroup = row.id();
            if (row.group() != null) {
                updating = true;
                wb.codeGroup.set(row.id());
                updating = false;
            }
            showUnits();
        });
        VBox.setVgrow(groupList, Priority.ALWAYS);

        newGroup.setId("step2-new-group");
        newGroup.setPromptText(t.get("step2.newGroup.prompt"));
        newGroup.setAccessibleText(t.get("step2.newGroup.prompt"));
        newGroup.setOnAction(e -> {
            String name = newGroup.getText().strip();
            if (!name.isEmpty()) {
                wb.edit(p -> p.addCodeGroup(name, null, List.of())).thenAccept(g -> {
                    newGroup.clear();
                    wb.codeGroup.set(g.id());
                });
            }
        });
        HBox.setHgrow(newGroup, Priority.ALWAYS);
        colorPicker.setId("step2-group-color");
        colorPicker.setAccessibleText(t.get("step2.group.color"));
        colorPicker.setTooltip(new Tooltip(t.get("step2.group.color")));
        colorPicker.getStyleClass().add(ColorPicker.STYLE_CLASS_BUTTON);
        colorPicker.getStyleClass().add("swatch-only");
        colorPicker.setOnAction(e -> {
            if (!updating && shownGroup != null && !unsortedShown) {
                recolor(shownGroup, colorPicker.getValue());
            }
        });
        HBox tools = new HBox(6, newGroup, colorPicker);
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, groupList, tools);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node buildUnitsPane() {
        unitsHeader.getStyleClass().add("title-4");
        unitsHeader.setWrapText(true);
        unitsHeader.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label(t.get("step2.units.hint"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        unitList.setId("step2-units");
        unitList.setAccessibleText(t.get("step2.units.accessible"));
        unitList.setCellFactory(v -> new UnitCell());
        unitList.setPlaceholder(placeholder(t.get("step2.units.none")));
        unitList.setOnKeyPressed(e -> {
            MeaningUnit u = unitList.getSelectionModel().getSelectedItem();
            if (u != null && e.getCode() == KeyCode.ENTER) {
                reveal(u);
                e.consume();
            } else if (u != null && e.getCode() == KeyCode.DELETE) {
                wb.editVoid(p -> p.deleteMeaningUnit(u.id()));
                e.consume();
            }
        });
        VBox.setVgrow(unitList, Priority.ALWAYS);
        VBox box = new VBox(4, unitsHeader, hint, unitList);
        box.setPadding(new Insets(8));
        return box;
    }

    private void buildReaderMenu() {
        reader.area().addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            contextOffset = reader.area().hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1);
        });
        readerMenu.setOnShowing(e -> fillReaderMenu());
        readerMenu.getItems().add(Menus.item("…"));
        reader.area().setContextMenu(readerMenu);
    }

    private void fillReaderMenu() {
        readerMenu.getItems().clear();
        MenuItem make = Menus.item(t.get("step2.makeUnit.menu"));
        make.setId("step2-menu-make-unit");
        make.setAccelerator(MAKE_UNIT);
        make.setDisable(reader.selection().getLength() == 0);
        make.setOnAction(e -> openMakeUnit());
        readerMenu.getItems().add(make);
        ProjectSnapshot s = wb.snapshot();
        if (s == null || contextOffset < 0) {
            return;
        }
        for (MeaningUnit u : reader.unitsAt(contextOffset)) {
            readerMenu.getItems().add(new SeparatorMenuItem());
            String name = Words.shorten(s.textOf(u), 40);
            MenuItem show = Menus.item(t.get("step2.reader.showInList", name));
            show.setOnAction(e -> showInList(u));
            Menu move = moveMenu(u, firstGroup(u));
            MenuItem delete = Menus.item(t.get("step2.unit.delete"));
            delete.setOnAction(e -> wb.editVoid(p -> p.deleteMeaningUnit(u.id())));
            readerMenu.getItems().addAll(show, move, delete);
        }
    }

    // ---- rendering

    private void refresh() {
        ProjectSnapshot s = wb.snapshot();
        updating = true;
        try {
            if (s == null) {
                groupList.getItems().clear();
                unitList.getItems().clear();
                unitsHeader.setText("");
                transcriptUnits.setText("");
                return;
            }
            Map<UUID, Integer> counts = new HashMap<>();
            int unsorted = 0;
            for (MeaningUnit u : s.meaningUnits()) {
                if (u.isUnsorted()) {
                    unsorted++;
                }
                for (Membership m : u.memberships()) {
                    counts.merge(m.codeGroupId(), 1, Integer::sum);
                }
            }
            List<GroupRow> rows = new ArrayList<>();
            for (CodeGroup g : s.codeGroups()) {
                rows.add(new GroupRow(g, counts.getOrDefault(g.id(), 0)));
            }
            rows.add(new GroupRow(null, unsorted));
            groupList.getItems().setAll(rows);
            groupsHeader.setText(t.get("step2.groupsCount", s.codeGroups().size()));
            if (!unsortedShown && (shownGroup == null || s.codeGroups().stream().noneMatch(g -> g.id().equals(shownGroup)))) {
                shownGroup = s.codeGroups().isEmpty() ? null : s.codeGroups().get(0).id();
                unsortedShown = shownGroup == null;
            }
            for (GroupRow r : rows) {
                if (unsortedShown ? r.group() == null : Objects.equals(r.id(), shownGroup)) {
                    groupList.getSelectionModel().select(r);
                }
            }
            UUID tid = reader.transcriptId() != null ? reader.transcriptId() : wb.transcript.get();
            long here = s.meaningUnits().stream().filter(u -> u.transcriptId().equals(tid)).count();
            transcriptUnits.setText(t.get("step2.transcriptUnits", here));
        } finally {
            updating = false;
        }
        showUnits();
    }

    /** Lists the units of the shown group (or the unsorted ones), in transcript order. */
    private void showUnits() {
        ProjectSnapshot s = wb.snapshot();
        if (s == null) {
            return;
        }
        Map<UUID, Integer> order = new HashMap<>();
        for (int i = 0; i < s.transcripts().size(); i++) {
            order.put(s.transcripts().get(i).id(), i);
        }
        List<MeaningUnit> units = s.meaningUnits().stream()
                .filter(u -> unsortedShown ? u.isUnsorted() : shownGroup != null && u.isIn(shownGroup))
                .sorted(Comparator.comparingInt((MeaningUnit u) -> order.getOrDefault(u.transcriptId(), 0))
                        .thenComparingInt(MeaningUnit::start))
                .toList();
        MeaningUnit selected = unitList.getSelectionModel().getSelectedItem();
        unitList.getItems().setAll(units);
        if (selected != null) {
            units.stream().filter(u -> u.id().equals(selected.id())).findFirst().ifPresent(u -> unitList.getSelectionModel().select(u));
        }
        CodeGroup g = group(s, shownGroup);
        updating = true;
        try {
            if (unsortedShown || g == null) {
                unitsHeader.setText(t.get("step2.units.unsorted", units.size()));
                colorPicker.setDisable(true);
                reader.setEmphasis(null);
            } else {
                unitsHeader.setText(t.get("step2.units.of", g.workingName(), units.size(), informants(units)));
                colorPicker.setDisable(false);
                colorPicker.setValue(TranscriptReader.color(g.color()));
                reader.setEmphasis(g.id());
            }
        } finally {
            updating = false;
        }
    }

    private static long informants(List<MeaningUnit> units) {
        return units.stream().map(MeaningUnit::informantId).filter(Objects::nonNull).distinct().count();
    }

    private static CodeGroup group(ProjectSnapshot s, UUID id) {
        return id == null ? null : s.codeGroups().stream().filter(g -> g.id().equals(id)).findFirst().orElse(null);
    }

    // ---- actions

    /** Ctrl+M: the type-ahead popup under the selection; the chosen group gets the new unit. */
    void openMakeUnit() {
        ProjectSnapshot s = wb.snapshot();
        Span span = trimmed(reader.selectedSpan());
        if (s == null || span == null) {
            return;
        }
        List<CodeGroup> groups = new ArrayList<>(s.codeGroups());
        CodeGroup current = unsortedShown ? null : group(s, shownGroup);
        if (current != null) {
            groups.remove(current);
            groups.add(0, current);
        }
        Bounds b = reader.area().getCharacterBoundsOnScreen(span.start(), span.end())
                .orElseGet(() -> reader.area().localToScreen(reader.area().getBoundsInLocal()));
        Bounds area = reader.area().localToScreen(reader.area().getBoundsInLocal());
        double x = Math.max(area.getMinX(), Math.min(b.getMinX(), area.getMaxX() - 320));
        // Below the selection when there is room, else above it (the popup is up to ~330 px high).
        boolean above = b.getMaxY() + 340 > area.getMaxY() && b.getMinY() - 340 > area.getMinY() - 120;
        double y = above ? b.getMinY() - 6 : Math.min(b.getMaxY() + 6, area.getMaxY() - 40);
        prompt.chooseGroup(reader.area(), x, y, above, t.get("step2.prompt.title"), groups, c -> makeUnit(span, c));
    }

    /** Makes the current selection a meaning unit in the group {@code query} names (first match, else a new group). */
    CompletableFuture<MeaningUnit> makeUnitFromSelection(String query) {
        ProjectSnapshot s = wb.snapshot();
        Span span = trimmed(reader.selectedSpan());
        Step2Prompt.Choice c = s == null ? null : Step2Prompt.choose(s.codeGroups(), query);
        if (span == null || c == null) {
            return CompletableFuture.completedFuture(null);
        }
        return makeUnit(span, c);
    }

    private CompletableFuture<MeaningUnit> makeUnit(Span span, Step2Prompt.Choice c) {
        CompletableFuture<MeaningUnit> made = wb.edit(p -> c.groupId() != null
                ? p.addMeaningUnit(span.transcriptId(), span.start(), span.end(), List.of(new Membership(c.groupId(), null)))
                : p.addMeaningUnitInNewGroup(span.transcriptId(), span.start(), span.end(), c.newName()));
        made.thenAccept(u -> {
            reader.area().deselect();
            unsortedShown = false;
            shownGroup = u.memberships().get(0).codeGroupId();
            wb.codeGroup.set(shownGroup);
            refresh();
            unitList.getItems().stream().filter(x -> x.id().equals(u.id())).findFirst().ifPresent(x -> {
                unitList.getSelectionModel().select(x);
                unitList.scrollTo(x);
            });
            reader.area().requestFocus();
        });
        return made;
    }

    /** The span without the white space a selection often catches at its ends; null if nothing is left. */
    private Span trimmed(Span span) {
        ProjectSnapshot s = wb.snapshot();
        if (span == null || s == null) {
            return null;
        }
        String text = s.transcript(span.transcriptId()).map(Transcript::text).orElse("");
        int a = span.start();
        int b = Math.min(span.end(), text.length());
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return b > a ? new Span(span.transcriptId(), a, b) : null;
    }

    /**
     * Moves a unit from one group to another, as drag and drop and "Move to…" both do. {@code from}
     * null means it was unsorted; {@code to} null means "make it unsorted here" (out of {@code from}).
     */
    CompletableFuture<Void> moveUnit(UUID unitId, UUID from, UUID to) {
        if (Objects.equals(from, to)) {
            return CompletableFuture.completedFuture(null);
        }
        return wb.editVoid(p -> {
            MeaningUnit u = p.snapshot().meaningUnits().stream().filter(x -> x.id().equals(unitId)).findFirst().orElseThrow();
            if (from == null) {
                p.assignMeaningUnit(unitId, to, null);
            } else if (to == null || u.isIn(to)) {
                p.removeFromCodeGroup(unitId, from);
            } else {
                p.moveMeaningUnit(unitId, from, to, null);
            }
        });
    }

    private void reveal(MeaningUnit u) {
        // Set to null first: showing the same unit twice must scroll again.
        wb.reveal.set(null);
        wb.reveal.set(new Span(u.transcriptId(), u.start(), u.end()));
    }

    private void showInList(MeaningUnit u) {
        unsortedShown = u.isUnsorted();
        shownGroup = firstGroup(u);
        if (shownGroup != null) {
            wb.codeGroup.set(shownGroup);
        }
        refresh();
        unitList.getItems().stream().filter(x -> x.id().equals(u.id())).findFirst().ifPresent(x -> {
            unitList.getSelectionModel().select(x);
            unitList.scrollTo(x);
        });
    }

    private static UUID firstGroup(MeaningUnit u) {
        return u.memberships().isEmpty() ? null : u.memberships().get(0).codeGroupId();
    }

    private void recolor(UUID group, Color c) {
        String hex = String.format(Locale.ROOT, "#%02X%02X%02X", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
        wb.editVoid(p -> p.recolorCodeGroup(group, hex));
    }

    private void fillThemesMenu() {
        fromThemes.getItems().clear();
        ProjectSnapshot s = wb.snapshot();
        if (s == null || s.themes().isEmpty()) {
            MenuItem none = Menus.item(t.get("step2.fromThemes.none"));
            none.setDisable(true);
            fromThemes.getItems().add(none);
            return;
        }
        List<CheckBox> boxes = new ArrayList<>();
        for (PreliminaryTheme th : s.themes()) {
            boolean used = s.codeGroups().stream().anyMatch(g -> g.grewFrom().contains(th.id())
                    || g.workingName().equalsIgnoreCase(th.name()));
            CheckBox box = new CheckBox(used ? t.get("step2.fromThemes.used", th.name()) : th.name());
            box.setUserData(th.id());
            box.setSelected(false);
            box.setDisable(s.codeGroups().stream().anyMatch(g -> g.workingName().equalsIgnoreCase(th.name())));
            boxes.add(box);
            CustomMenuItem item = new CustomMenuItem(box);
            item.setHideOnClick(false);
            fromThemes.getItems().add(item);
        }
        MenuItem make = Menus.item(t.get("step2.fromThemes.make"));
        make.setId("step2-from-themes-make");
        make.setOnAction(e -> {
            List<UUID> chosen = boxes.stream().filter(CheckBox::isSelected).map(b -> (UUID) b.getUserData()).toList();
            if (!chosen.isEmpty()) {
                wb.edit(p -> p.codeGroupsFromThemes(chosen)).thenAccept(groups -> {
                    if (!groups.isEmpty()) {
                        wb.codeGroup.set(groups.get(0).id());
                    }
                });
            }
        });
        fromThemes.getItems().addAll(new SeparatorMenuItem(), make);
    }

    private Menu moveMenu(MeaningUnit u, UUID from) {
        Menu move = Menus.menu(t.get("step2.unit.moveTo"));
        ProjectSnapshot s = wb.snapshot();
        for (CodeGroup g : s.codeGroups()) {
            if (g.id().equals(from)) {
                continue;
            }
            MenuItem to = Menus.item(g.workingName(), new Rectangle(10, 10, TranscriptReader.color(g.color())));
            to.setOnAction(e -> moveUnit(u.id(), from, g.id()));
            move.getItems().add(to);
        }
        if (from != null) {
            move.getItems().add(new SeparatorMenuItem());
            MenuItem out = Menus.item(t.get("step2.unit.toUnsorted"));
            out.setOnAction(e -> moveUnit(u.id(), from, null));
            move.getItems().add(out);
        }
        return move;
    }

    private ContextMenu unitMenu(MeaningUnit u) {
        ProjectSnapshot s = wb.snapshot();
        UUID from = unsortedShown ? null : shownGroup;
        MenuItem show = Menus.item(t.get("step2.unit.show"));
        show.setOnAction(e -> reveal(u));
        Menu also = Menus.menu(t.get("step2.unit.alsoIn"));
        for (CodeGroup g : s.codeGroups()) {
            if (!u.isIn(g.id())) {
                MenuItem to = Menus.item(g.workingName(), new Rectangle(10, 10, TranscriptReader.color(g.color())));
                to.setOnAction(e -> wb.editVoid(p -> p.assignMeaningUnit(u.id(), g.id(), null)));
                also.getItems().add(to);
            }
        }
        also.setDisable(also.getItems().isEmpty());
        MenuItem delete = Menus.item(t.get("step2.unit.delete"));
        delete.setOnAction(e -> wb.editVoid(p -> p.deleteMeaningUnit(u.id())));
        return new ContextMenu(show, moveMenu(u, from), also, new SeparatorMenuItem(), delete);
    }

    private ContextMenu groupMenu(GroupRow row, Node anchor) {
        ProjectSnapshot s = wb.snapshot();
        CodeGroup g = row.group();
        MenuItem fromThemesItem = Menus.item(t.get("step2.fromThemes.menu"));
        fromThemesItem.setOnAction(e -> fromThemes.show());
        MenuItem add = Menus.item(t.get("step2.newGroup.menu"));
        add.setOnAction(e -> newGroup.requestFocus());
        if (g == null) {
            return new ContextMenu(add, fromThemesItem);
        }
        MenuItem rename = Menus.item(t.get("step2.group.rename"));
        rename.setOnAction(e -> rename(g, anchor));
        MenuItem color = Menus.item(t.get("step2.group.recolor"));
        color.setOnAction(e -> {
            groupList.getSelectionModel().select(row);
            colorPicker.show();
        });
        Menu merge = Menus.menu(t.get("step2.group.mergeInto"));
        for (CodeGroup other : s.codeGroups()) {
            if (!other.id().equals(g.id())) {
                MenuItem into = Menus.item(other.workingName(), new Rectangle(10, 10, TranscriptReader.color(other.color())));
                into.setOnAction(e -> wb.editVoid(p -> p.mergeCodeGroups(other.id(), g.id()))
                        .thenRun(() -> wb.codeGroup.set(other.id())));
                merge.getItems().add(into);
            }
        }
        merge.setDisable(merge.getItems().isEmpty());
        MenuItem delete = Menus.item(t.get("step2.group.delete"));
        delete.setOnAction(e -> wb.editVoid(p -> p.deleteCodeGroup(g.id())));
        return new ContextMenu(rename, color, merge, new SeparatorMenuItem(), delete, new SeparatorMenuItem(), add, fromThemesItem);
    }

    private void rename(CodeGroup g, Node anchor) {
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        prompt.askName(anchor, b.getMinX(), b.getMaxY(), t.get("step2.group.rename"), g.workingName(), name -> {
            if (!name.equals(g.workingName())) {
                wb.editVoid(p -> p.renameCodeGroup(g.id(), name));
            }
        });
    }

    private static Label placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        l.setPadding(new Insets(8));
        return l;
    }

    private static UUID draggedUnit(Dragboard db) {
        if (!db.hasString() || !db.getString().startsWith(UNIT_DRAG)) {
            return null;
        }
        try {
            return UUID.fromString(db.getString().substring(UNIT_DRAG.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- cells

    /** A code group: colour swatch, name, count; a drop target for units; right-click for its menu. */
    private final class GroupCell extends ListCell<GroupRow> {
        private final Rectangle swatch = new Rectangle(12, 12);
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox box;

        GroupCell() {
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            name.setMinWidth(0);
            count.getStyleClass().add("text-muted");
            count.setMinWidth(Region.USE_PREF_SIZE);
            box = new HBox(8, swatch, name, gap, count);
            box.setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("group-cell");
            setPrefWidth(0);
            setOnDragOver(e -> {
                UUID u = draggedUnit(e.getDragboard());
                if (u != null && getItem() != null && !Objects.equals(getItem().id(), dragFrom)) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragEntered(e -> {
                if (draggedUnit(e.getDragboard()) != null && getItem() != null && !Objects.equals(getItem().id(), dragFrom)) {
                    pseudoClassStateChanged(Css.DROP_TARGET, true);
                }
            });
            setOnDragExited(e -> pseudoClassStateChanged(Css.DROP_TARGET, false));
            setOnDragDropped(e -> {
                UUID u = draggedUnit(e.getDragboard());
                boolean ok = u != null && getItem() != null;
                if (ok) {
                    moveUnit(u, dragFrom, getItem().id());
                }
                e.setDropCompleted(ok);
                e.consume();
            });
            setOnContextMenuRequested(e -> {
                if (getItem() != null) {
                    getListView().getSelectionModel().select(getItem());
                    groupMenu(getItem(), this).show(this, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null && getItem().group() != null) {
                    rename(getItem().group(), this);
                }
            });
        }

        @Override
        protected void updateItem(GroupRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            if (row.group() == null) {
                swatch.setFill(Color.TRANSPARENT);
                swatch.setStroke(Color.GRAY);
                name.setText(t.get("step2.unsorted"));
                Css.set(name, "text-italic", true);
            } else {
                swatch.setFill(TranscriptReader.color(row.group().color()));
                swatch.setStroke(null);
                name.setText(row.group().workingName());
                Css.set(name, "text-italic", false);
            }
            count.setText(String.valueOf(row.count()));
            setGraphic(box);
            setAccessibleText(name.getText() + ", " + row.count());
        }
    }

    /** A meaning unit out of context: its words, the informant and where it is; drag it onto a group. */
    private final class UnitCell extends ListCell<MeaningUnit> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();
        private final Label meta = new Label();
        private final Button jump = new Button("↗");
        private final VBox box;

        UnitCell() {
            text.getStyleClass().add("fg-text");
            text.getStyleClass().add("unit-text");
            meta.getStyleClass().addAll("text-muted", "text-small");
            meta.setMinWidth(0);
            jump.getStyleClass().addAll("flat", "small");
            jump.setTooltip(new Tooltip(t.get("step2.unit.show")));
            jump.setAccessibleText(t.get("step2.unit.show"));
            jump.setOnAction(e -> {
                if (getItem() != null) {
                    reveal(getItem());
                }
            });
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox line = new HBox(6, meta, gap, jump);
            line.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(2, text, line);
            setPrefWidth(0);
            text.wrappingWidthProperty().bind(widthProperty().subtract(30));
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                dragFrom = unsortedShown ? null : shownGroup;
                Dragboard db = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent c = new ClipboardContent();
                c.putString(UNIT_DRAG + getItem().id());
                db.setContent(c);
                db.setDragView(text.snapshot(null, null));
                e.consume();
            });
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() != null && e.isStillSincePress()) {
                    reveal(getItem());
                }
            });
            setOnContextMenuRequested(e -> {
                if (getItem() != null) {
                    getListView().getSelectionModel().select(getItem());
                    unitMenu(getItem()).show(this, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(MeaningUnit u, boolean empty) {
            super.updateItem(u, empty);
            setText(null);
            ProjectSnapshot s = wb.snapshot();
            if (empty || u == null || s == null || s.transcript(u.transcriptId()).isEmpty()) {
                setGraphic(null);
                return;
            }
            text.setText(t.get("step2.unit.text", Words.shorten(s.textOf(u), 320)));
            String who = u.informantId() == null ? t.get("step2.unit.noInformant")
                    : s.informant(u.informantId()).map(Informant::label).orElse("?");
            String where = s.transcript(u.transcriptId()).map(Transcript::title).orElse("");
            List<String> others = u.memberships().stream().map(Membership::codeGroupId)
                    .filter(id -> !id.equals(unsortedShown ? null : shownGroup))
                    .map(id -> group(s, id)).filter(Objects::nonNull).map(CodeGroup::workingName).toList();
            String line = t.get("step2.unit.meta", who, where, lineOf(s, u));
            meta.setText(others.isEmpty() ? line : line + " · " + t.get("step2.unit.alsoInList", String.join(", ", others)));
            setGraphic(box);
            setAccessibleText(text.getText() + " — " + meta.getText());
        }
    }

    private final Map<UUID, int[]> lineStarts = new HashMap<>();

    private int lineOf(ProjectSnapshot s, MeaningUnit u) {
        int[] starts = lineStarts.computeIfAbsent(u.transcriptId(),
                id -> ReaderStyles.lineStarts(s.transcript(id).map(Transcript::text).orElse("")));
        return ReaderStyles.lineOf(starts, u.start()) + 1;
    }

    /** For tests: the reader's selection. */
    IndexRange selection() {
        return reader.selection();
    }
}
