package org.kondens.app.gui.overview;

import java.util.Objects;
import java.util.stream.LongStream;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kondens.app.gui.common.Css;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Styled;

/**
 * The subgroup × informant heat map: upright informant names, a shaded cell per count that
 * chooses its cell when clicked, and "n of N" per row in a column narrow enough for a 1280 px
 * window. Drawn again only when the view model's matrix changes.
 */
final class OverviewHeatMap {

    /** Width of a heat-map cell. */
    private static final double CELL = 44;
    private static final double SUPPORT = 170;

    private final OverviewViewModel vm;
    private final I18n t;
    private final VBox box = new VBox(8);
    /** The drawn cells by what they stand for, so the chosen one can be marked without a redraw. */
    private final java.util.Map<OverviewViewModel.Cell, Node> cells = new java.util.HashMap<>();

    OverviewHeatMap(OverviewViewModel vm, I18n t) {
        this.vm = vm;
        this.t = t;
        vm.matrixProperty().addListener((o, a, m) -> draw(m));
        vm.chosenProperty().addListener((o, was, now) -> {
            mark(was, false);
            mark(now, true);
        });
        draw(vm.matrixProperty().get());
    }

    Node node() {
        return box;
    }

    /** Draws {@code m} into the box: the grid, or a word on why it is empty. */
    void draw(OverviewMatrix m) {
        int n = m.informants().size();
        box.getChildren().clear();
        cells.clear();
        if (m.rows().isEmpty() || n == 0) {
            box.getChildren().add(Styled.wrapped(t.get("overview.matrix.empty"), "text-muted"));
            return;
        }
        GridPane grid = new GridPane();
        grid.setId("overview-matrix");
        grid.setHgap(3);
        grid.setVgap(3);
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(220);
        first.setPrefWidth(Region.USE_COMPUTED_SIZE);
        first.setMaxWidth(380);
        grid.getColumnConstraints().add(first);
        for (int i = 0; i < n; i++) {
            ColumnConstraints c = new ColumnConstraints(CELL, CELL, CELL);
            c.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(c);
        }
        // "7 of 10 · several of the informants" on two lines: the matrix fits a 1280 px window.
        ColumnConstraints support = new ColumnConstraints();
        support.setMinWidth(SUPPORT);
        support.setMaxWidth(SUPPORT);
        grid.getColumnConstraints().add(support);
        for (int i = 0; i < n; i++) {
            // Informant labels stand upright, so many informants fit side by side.
            Label head = Styled.label(m.informants().get(i).label(), "text-small", "text-bold");
            head.setMaxWidth(220); // "FG-Deltaker 1" and longer labels stand whole
            head.setRotate(-90);
            head.setTooltip(new Tooltip(m.informants().get(i).label()));
            Group upright = new Group(head);
            GridPane.setHalignment(upright, HPos.CENTER);
            GridPane.setValignment(upright, VPos.BOTTOM);
            grid.add(upright, i + 1, 0);
        }
        Label supportHead = Styled.label(t.get("overview.matrix.support", n), "text-muted", "text-small");
        GridPane.setValignment(supportHead, VPos.BOTTOM);
        GridPane.setMargin(supportHead, new Insets(0, 0, 0, 10));
        grid.add(supportHead, n + 1, 0);
        int row = 1;
        for (OverviewMatrix.Row r : m.rows()) {
            drawRow(grid, row++, r, m);
        }
        ScrollPane wide = new ScrollPane(grid);
        wide.setFitToHeight(true);
        wide.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        wide.getStyleClass().add("transparent-scroll");
        box.getChildren().addAll(wide, legend(m));
    }

    private void drawRow(GridPane grid, int row, OverviewMatrix.Row r, OverviewMatrix m) {
        boolean groupRow = r.kind() == OverviewMatrix.Kind.GROUP;
        // A gap above each code group but the first.
        Insets top = new Insets(groupRow && row > 1 ? 10 : 0, 0, 0, 0);
        String name = vm.rowName(r);
        Label label = new Label(name, groupRow ? OverviewView.swatch(r.color(), 12) : null);
        label.setTooltip(new Tooltip(name));
        label.setMinWidth(0);
        label.getStyleClass().add(groupRow ? "text-bold" : r.kind() == OverviewMatrix.Kind.LOOSE ? "text-muted" : "text");
        GridPane.setMargin(label, groupRow ? top : new Insets(0, 0, 0, 20));
        label.setOnMouseClicked(e -> vm.chooseRow(r));
        grid.add(label, 0, row);
        for (int i = 0; i < m.informants().size(); i++) {
            Node cell = cell(r, i, m);
            GridPane.setMargin(cell, top);
            grid.add(cell, i + 1, row);
        }
        Label breadth = Styled.label(vm.support(r), groupRow ? "text-bold" : "text-muted");
        breadth.setWrapText(true);
        breadth.setMaxWidth(SUPPORT - 10);
        breadth.setId(groupRow ? null : "overview-support-" + (r.subgroupId() == null ? "loose-" + r.groupId() : r.subgroupId()));
        GridPane.setMargin(breadth, new Insets(top.getTop(), 0, 0, 10));
        grid.add(breadth, m.informants().size() + 1, row);
    }

    private Node cell(OverviewMatrix.Row r, int i, OverviewMatrix m) {
        long count = r.counts().get(i);
        Label text = new Label(count == 0 ? "·" : String.valueOf(count));
        StackPane cell = new StackPane(text);
        cell.setMinSize(CELL, 26);
        cell.setPrefSize(CELL, 26);
        if (r.kind() == OverviewMatrix.Kind.GROUP) {
            text.getStyleClass().add(count == 0 ? "text-muted" : "text-bold");
        } else if (count == 0) {
            text.getStyleClass().add("text-muted");
            cell.getStyleClass().add("heat-cell-empty");
        } else {
            HeatShade.paint(cell, text, color(r.color()), HeatShade.alpha(count, m.max()));
        }
        Tooltip.install(cell, new Tooltip(vm.cellText(r, i)));
        if (count > 0) {
            cell.setOnMouseClicked(e -> vm.chooseCell(r, i));
            cell.getStyleClass().add("heat-cell-choosable");
            OverviewViewModel.Cell key = new OverviewViewModel.Cell(r.kind(), r.groupId(), r.subgroupId(), m.informants().get(i).id());
            cells.put(key, cell);
            cell.pseudoClassStateChanged(Css.SELECTED, key.equals(vm.chosenProperty().get()));
        }
        return cell;
    }

    private void mark(OverviewViewModel.Cell c, boolean chosen) {
        Node cell = c == null ? null : cells.get(c);
        if (cell != null) {
            cell.pseudoClassStateChanged(Css.SELECTED, chosen);
        }
    }

    private Node legend(OverviewMatrix m) {
        HBox legend = new HBox(6);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getChildren().add(Styled.label(t.get("overview.matrix.legend"), "text-muted"));
        Color base = Color.web("#4a6fa5");
        for (long v : LongStream.of(1, Math.max(1, m.max() / 2), Math.max(1, m.max())).distinct().toArray()) {
            Label l = new Label(String.valueOf(v));
            StackPane p = new StackPane(l);
            p.setMinSize(34, 20);
            HeatShade.paint(p, l, base, HeatShade.alpha(v, m.max()));
            legend.getChildren().add(p);
        }
        return legend;
    }

    static Color color(String web) {
        try {
            return Color.web(Objects.requireNonNullElse(web, "#888888"));
        } catch (IllegalArgumentException e) {
            return Color.GRAY;
        }
    }
}
