package org.kondens.app.gui.meaningunits;

import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.kondens.app.gui.common.CommentBadge;
import org.kondens.app.gui.common.Css;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.UnitCard;
import org.kondens.app.gui.common.UnitDrag;
import org.kondens.app.gui.reader.TranscriptReader;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.CommentTarget;

/** The cells of step 2's lists: a code group (a drop target for units) and a unit out of context (dragged). */
final class Step2Cells {

    private final Step2ViewModel vm;
    private final I18n t;
    private final Step2Menus menus;
    private final BiConsumer<CodeGroup, Node> rename;
    /** Where the unit being dragged was listed (its group, or null for Unsorted). */
    private UUID dragFrom;

    Step2Cells(Step2ViewModel vm, I18n t, Step2Menus menus, BiConsumer<CodeGroup, Node> rename) {
        this.vm = vm;
        this.t = t;
        this.menus = menus;
        this.rename = rename;
    }

    ListCell<Step2ViewModel.GroupRow> groupCell() {
        return new GroupCell();
    }

    ListCell<UnitRow> unitCell() {
        return new UnitCell();
    }

    /** The id of the shown group as a unit's "from" (null for Unsorted). */
    private UUID listedIn() {
        CodeGroup g = vm.shownGroupProperty().get();
        return g == null ? null : g.id();
    }

    /** A code group: colour swatch, name, count; a drop target for units; right-click for its menu. */
    private final class GroupCell extends ListCell<Step2ViewModel.GroupRow> {
        private final Rectangle swatch = new Rectangle(12, 12);
        private final Label name = new Label();
        private final Label count = new Label();
        private final CommentBadge badge;
        private final HBox box;

        GroupCell() {
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            name.setMinWidth(0);
            count.getStyleClass().add("text-muted");
            count.setMinWidth(Region.USE_PREF_SIZE);
            badge = vm.commenting().badge();
            box = new HBox(8, swatch, name, gap, badge, count);
            box.setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("group-cell");
            setPrefWidth(0);
            setOnDragOver(e -> {
                if (accepts(UnitCard.draggedUnit(e.getDragboard()))) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragEntered(e -> pseudoClassStateChanged(Css.DROP_TARGET, accepts(UnitCard.draggedUnit(e.getDragboard()))));
            setOnDragExited(e -> pseudoClassStateChanged(Css.DROP_TARGET, false));
            setOnDragDropped(e -> {
                UUID u = UnitCard.draggedUnit(e.getDragboard());
                boolean ok = u != null && getItem() != null;
                if (ok) {
                    vm.moveUnit(u, dragFrom, getItem().group() == null ? null : getItem().id());
                }
                e.setDropCompleted(ok);
                e.consume();
            });
            setOnContextMenuRequested(e -> {
                if (getItem() != null) {
                    getListView().getSelectionModel().select(getItem());
                    menus.groupMenu(getItem(), this).show(this, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null && getItem().group() != null) {
                    rename.accept(getItem().group(), this);
                }
            });
        }

        private boolean accepts(UUID unit) {
            return unit != null && getItem() != null && !Objects.equals(getItem().group() == null ? null : getItem().id(), dragFrom);
        }

        @Override
        protected void updateItem(Step2ViewModel.GroupRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                badge.show(null, null);
                return;
            }
            boolean unsorted = row.group() == null;
            badge.show(unsorted ? null : CommentTarget.Kind.CODE_GROUP, row.id());
            swatch.setFill(unsorted ? Color.TRANSPARENT : TranscriptReader.color(row.group().color()));
            swatch.setStroke(unsorted ? Color.GRAY : null);
            name.setText(unsorted ? t.get("step2.unsorted") : row.group().workingName());
            Css.set(name, "text-italic", unsorted);
            count.setText(String.valueOf(row.count()));
            setGraphic(box);
            setAccessibleText(name.getText() + ", " + row.count());
        }
    }

    /** A meaning unit out of context: its words, the informant and where it is; drag it onto a group. */
    private final class UnitCell extends ListCell<UnitRow> {
        private final Text text = new Text();
        private final Label meta = new Label();
        private final CommentBadge badge;
        private final VBox box;

        UnitCell() {
            text.getStyleClass().addAll("fg-text", "unit-text");
            meta.getStyleClass().addAll("text-muted", "text-small");
            meta.setMinWidth(0);
            Button jump = new Button("↗");
            jump.getStyleClass().addAll("flat", "small");
            jump.setTooltip(new Tooltip(t.get("step2.unit.show")));
            jump.setAccessibleText(t.get("step2.unit.show"));
            jump.setOnAction(e -> {
                if (getItem() != null) {
                    vm.reveal(getItem().unit());
                }
            });
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            badge = vm.commenting().badge();
            HBox line = new HBox(6, meta, gap, badge, jump);
            line.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(2, text, line);
            setPrefWidth(0);
            text.wrappingWidthProperty().bind(widthProperty().subtract(30));
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                dragFrom = listedIn();
                UnitDrag.start(this, getItem().unit().id(), text);
                e.consume();
            });
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() != null && e.isStillSincePress()) {
                    vm.reveal(getItem().unit());
                }
            });
            setOnContextMenuRequested(e -> {
                if (getItem() != null) {
                    getListView().getSelectionModel().select(getItem());
                    menus.unitMenu(getItem().unit(), listedIn()).show(this, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(UnitRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                badge.show(null, null);
                return;
            }
            badge.show(CommentTarget.Kind.MEANING_UNIT, row.unit().id());
            text.setText(row.text());
            meta.setText(row.meta());
            setGraphic(box);
            setAccessibleText(row.text() + " — " + row.meta());
        }
    }
}
