package org.kondens.app.gui.condensation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kondens.app.gui.common.CodeGroupChooser;
import org.kondens.app.gui.common.Css;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Menus;
import org.kondens.app.gui.common.MutedText;
import org.kondens.app.gui.common.UnitCard;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.CommentTarget;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;

/**
 * Step 3's subgroup columns of unit cards. Only columns whose row changed are built again (a
 * column keeps its node, and so its scroll position, while its units stay the same); cards are
 * dragged between columns, and each column and card has its menu.
 */
final class Step3Columns {

    /** A built column: its row, its box, its cards. */
    private record Built(Step3Rows.Column row, VBox box, ScrollPane scroll, Map<UUID, UnitCard> cards) {
    }

    private final Step3ViewModel vm;
    private final I18n t;
    private final Step3Editor editor;
    private final HBox row = new HBox(10);
    private final ScrollPane scroll = new ScrollPane(row);
    private final List<Built> built = new ArrayList<>();

    Step3Columns(Step3ViewModel vm, I18n t, Step3Editor editor) {
        this.vm = vm;
        this.t = t;
        this.editor = editor;
        row.setPadding(new Insets(4, 12, 8, 12));
        row.setFillHeight(true);
        scroll.setId("step3-columns");
        scroll.setFitToHeight(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setMinHeight(160);
        vm.columns().addListener((ListChangeListener<Step3Rows.Column>) c -> rebuild());
        vm.selectedUnit.addListener((o, a, id) -> restyle());
        vm.subgroupProperty().addListener((o, a, s) -> restyle());
        vm.groupProperty().addListener((o, a, g) -> {
            if (a != null && g != null && !a.id().equals(g.id())) {
                built.clear(); // another group: its columns start at the top
            }
        });
        rebuild();
    }

    Node node() {
        return scroll;
    }

    /** Keeps the nodes of unchanged columns; builds the changed ones, at the scroll position the old one had. */
    private void rebuild() {
        Map<Object, Built> old = new HashMap<>();
        built.forEach(b -> old.put(key(b.row()), b));
        List<Built> now = new ArrayList<>();
        List<Step3Rows.Column> rows = vm.columns();
        for (Step3Rows.Column c : rows) {
            Built before = old.get(key(c));
            if (before != null && before.row().equals(c)) {
                now.add(before);
            } else {
                Built b = build(c);
                if (before != null) {
                    double v = before.scroll().getVvalue();
                    Platform.runLater(() -> b.scroll().setVvalue(v));
                }
                now.add(b);
            }
        }
        built.clear();
        built.addAll(now);
        row.getChildren().setAll(now.stream().map(Built::box).toList());
        restyle();
    }

    private static Object key(Step3Rows.Column c) {
        return c.id() == null ? "unsorted" : c.id();
    }

    private void restyle() {
        Subgroup chosen = vm.subgroupProperty().get();
        for (Built b : built) {
            b.box().pseudoClassStateChanged(Css.DROP_TARGET, false);
            b.box().pseudoClassStateChanged(Css.SELECTED, b.row().id() != null && chosen != null && b.row().id().equals(chosen.id()));
            b.cards().forEach((id, card) -> card.setSelected(id.equals(vm.selectedUnit.get())));
        }
    }

    private Built build(Step3Rows.Column c) {
        UUID sub = c.id();
        String name = sub == null ? t.get("step3.unsorted") : c.name();
        Label title = new Label(name);
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label count = new Label(String.valueOf(c.units().size()));
        count.getStyleClass().add("text-muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, title, gap, count);
        if (sub != null) {
            head.getChildren().add(2, vm.commenting().badge(CommentTarget.Kind.SUBGROUP, sub));
        }
        head.setAlignment(Pos.TOP_LEFT);
        head.setId(sub == null ? "step3-column-unsorted-head" : "step3-column-head-" + sub);
        head.setAccessibleText(t.get("step3.column.accessible", name, c.units().size()));
        if (sub == null) {
            Tooltip.install(head, new Tooltip(t.get("step3.unsorted.tip")));
            title.getStyleClass().add("text-muted");
        } else {
            head.setOnContextMenuRequested(e -> {
                columnMenu(c, head, title).show(head, e.getScreenX(), e.getScreenY());
                e.consume();
            });
            head.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    startRename(c, head, title);
                }
            });
        }
        VBox cardBox = new VBox(6);
        cardBox.setPadding(new Insets(2, 2, 2, 0));
        cardBox.setFillWidth(true);
        Map<UUID, UnitCard> cards = new HashMap<>();
        for (MeaningUnit u : c.units()) {
            UnitCard card = card(u, c);
            cards.put(u.id(), card);
            cardBox.getChildren().add(card);
        }
        if (c.units().isEmpty()) {
            Label drop = MutedText.hint(t.get(sub == null ? "step3.unsorted.empty" : "step3.column.empty"));
            drop.setPadding(new Insets(8, 4, 8, 4));
            cardBox.getChildren().add(drop);
        }
        ScrollPane cardScroll = new ScrollPane(cardBox);
        cardScroll.setFitToWidth(true);
        cardScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        cardScroll.getStyleClass().addAll("edge-to-edge", "transparent-scroll");
        VBox.setVgrow(cardScroll, Priority.ALWAYS);
        VBox box = new VBox(6, head, cardScroll);
        box.setPadding(new Insets(8));
        box.setPrefWidth(250);
        box.setMinWidth(215);
        box.setMaxWidth(380);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.getStyleClass().add("subgroup-column");
        box.setId(sub == null ? "step3-column-unsorted" : "step3-column-" + sub);
        box.setOnMouseClicked(e -> vm.chooseSubgroup(c.id()));
        box.setOnDragOver(e -> {
            if (accepts(UnitCard.draggedUnit(e.getDragboard()), c)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        box.setOnDragEntered(e -> box.pseudoClassStateChanged(Css.DROP_TARGET, accepts(UnitCard.draggedUnit(e.getDragboard()), c)));
        box.setOnDragExited(e -> box.pseudoClassStateChanged(Css.DROP_TARGET, false));
        box.setOnDragDropped(e -> {
            UUID id = UnitCard.draggedUnit(e.getDragboard());
            boolean ok = accepts(id, c);
            if (ok) {
                vm.moveUnit(id, c.id());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        return new Built(c, box, cardScroll, cards);
    }

    private static boolean accepts(UUID unit, Step3Rows.Column c) {
        return unit != null && !c.holds(unit);
    }

    private UnitCard card(MeaningUnit u, Step3Rows.Column c) {
        UnitCard card = new UnitCard(vm.snapshot(), u, c.quoted().contains(u.id()), t)
                .mark(vm.commenting().badge(CommentTarget.Kind.MEANING_UNIT, u.id()));
        card.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                vm.selectUnit(u.id(), c.id());
                if (e.getClickCount() == 2) {
                    vm.reveal(new Span(u.transcriptId(), u.start(), u.end()));
                }
            }
        });
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                vm.selectUnit(u.id(), c.id());
                e.consume();
            }
        });
        card.focusedProperty().addListener((o, was, is) -> {
            if (is && !Objects.equals(vm.selectedUnit.get(), u.id())) {
                vm.selectUnit(u.id(), c.id());
            }
        });
        card.setOnContextMenuRequested(e -> {
            vm.selectUnit(u.id(), c.id());
            cardMenu(u, c.id()).show(card, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return card;
    }

    private ContextMenu columnMenu(Step3Rows.Column sub, HBox head, Label title) {
        List<UUID> order = vm.columns().stream().map(Step3Rows.Column::id).filter(Objects::nonNull).toList();
        int index = order.indexOf(sub.id());
        int count = order.size();
        MenuItem rename = Menus.item(t.get("step3.column.rename"));
        rename.setOnAction(e -> startRename(sub, head, title));
        MenuItem left = Menus.item(t.get("step3.column.left"));
        left.setDisable(index == 0);
        left.setOnAction(e -> vm.moveSubgroup(sub.id(), index - 1));
        MenuItem right = Menus.item(t.get("step3.column.right"));
        right.setDisable(index >= count - 1);
        right.setOnAction(e -> vm.moveSubgroup(sub.id(), index + 1));
        MenuItem split = Menus.item(t.get("step3.column.split"));
        split.setOnAction(e -> {
            editor.flush();
            vm.splitOff(sub.id());
        });
        MenuItem delete = Menus.item(t.get("step3.column.delete"));
        delete.setOnAction(e -> {
            editor.flush();
            vm.deleteSubgroup(sub.id());
        });
        return new ContextMenu(rename, left, right, split, new SeparatorMenuItem(), delete, new SeparatorMenuItem(),
                vm.commenting().menuItem(CommentTarget.Kind.SUBGROUP, sub.id()));
    }

    /** Renaming in place: the title becomes a field; Enter keeps the name, Escape or leaving cancels. */
    private void startRename(Step3Rows.Column sub, HBox head, Label title) {
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
            vm.renameSubgroup(sub.id(), name);
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

    private ContextMenu cardMenu(MeaningUnit u, UUID from) {
        Menu move = Menus.menu(t.get("step3.card.moveTo"));
        move.setId("step3-card-moveTo");
        for (Step3Rows.Column c : vm.columns()) {
            if (c.id() != null) {
                MenuItem m = Menus.item(c.name());
                m.setDisable(c.id().equals(from));
                m.setOnAction(e -> vm.moveUnit(u.id(), c.id()));
                move.getItems().add(m);
            }
        }
        if (!move.getItems().isEmpty()) {
            move.getItems().add(new SeparatorMenuItem());
        }
        MenuItem none = Menus.item(t.get("step3.unsorted"));
        none.setDisable(from == null);
        none.setOnAction(e -> vm.moveUnit(u.id(), null));
        move.getItems().add(none);
        Menu toGroup = Menus.menu(t.get("step3.card.moveToGroup"));
        for (CodeGroup other : vm.otherGroups()) {
            MenuItem m = Menus.item(other.workingName(), CodeGroupChooser.swatch(other.color()));
            m.setOnAction(e -> vm.moveToGroup(u.id(), other.id()));
            toGroup.getItems().add(m);
        }
        toGroup.setDisable(toGroup.getItems().isEmpty());
        MenuItem quote = Menus.item(t.get("step3.card.quote"));
        quote.setOnAction(e -> editor.chooseQuote(u.id()));
        MenuItem show = Menus.item(t.get("step3.card.show"));
        show.setOnAction(e -> vm.reveal(new Span(u.transcriptId(), u.start(), u.end())));
        return new ContextMenu(move, toGroup, new SeparatorMenuItem(), quote, show, new SeparatorMenuItem(),
                vm.commenting().menuItem(CommentTarget.Kind.MEANING_UNIT, u.id()));
    }
}
