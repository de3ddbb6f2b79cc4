package org.kondens.app.gui.overview;

import java.util.Objects;
import java.util.function.Function;
import java.util.stream.LongStream;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Styled;
import org.kondens.app.gui.common.WorkView;
import org.kondens.app.gui.common.Workbench;

/**
 * Where the analysis stands: counts per step, the path from preliminary themes through code
 * groups to final names, a subgroup × informant heat map ("n of N informants": how broadly each
 * finding is supported) whose cells lead to their meaning units, and the method's hints, told
 * gently. Draws what {@link OverviewViewModel} holds and redraws a part only when it changes.
 */
public final class OverviewView implements WorkView {

    /** Width of a heat-map cell. */
    private static final double CELL = 44;
    private static final double SUPPORT = 170;

    private final OverviewViewModel vm;
    private final I18n t;
    private final VBox content = new VBox(22);
    private final ScrollPane node = new ScrollPane(content);
    private final HBox cards = new HBox(12);
    private final GridPane path = new GridPane();
    private final VBox matrixBox = new VBox(8);
    private final VBox hintList = new VBox(6);

    public OverviewView(Workbench wb) {
        this.vm = new OverviewViewModel(wb);
        this.t = wb.text();
        node.setId("overview-view");
        node.setFitToWidth(true);
        content.setPadding(new Insets(16, 20, 24, 20));
        Label title = Styled.label(t.get("overview.title"), "title-3");
        Label project = Styled.label("", "text-muted");
        project.textProperty().bind(vm.projectTitleProperty());
        Label none = Styled.label(t.get("overview.noProject"), "text-muted");
        cards.setId("overview-steps");
        path.setId("overview-path");
        hintList.setId("overview-hints");
        VBox analysis = new VBox(22, new VBox(8, heading(t.get("overview.steps")), cards), pathSection(), matrixSection(),
                hintSection());
        content.getChildren().addAll(new VBox(2, title, project), none, analysis);
        shownWhile(analysis, true);
        shownWhile(none, false);
        mirror(vm.steps(), cards, 0, this::card);
        vm.path().addListener((ListChangeListener<OverviewViewModel.PathRow>) c -> drawPath());
        drawPath();
        vm.matrixProperty().addListener((o, a, m) -> drawMatrix(m));
        drawMatrix(vm.matrixProperty().get());
    }

    @Override
    public Node node() {
        return node;
    }

    OverviewViewModel model() {
        return vm;
    }

    private void shownWhile(Node n, boolean open) {
        n.visibleProperty().bind(open ? vm.openProperty() : vm.openProperty().not());
        n.managedProperty().bind(n.visibleProperty());
    }

    /** Keeps {@code box}'s children from {@code offset} on one node per row, redrawing only the rows that changed. */
    private static <T> void mirror(ObservableList<T> rows, Pane box, int offset, Function<T, Node> draw) {
        rows.addListener((ListChangeListener<T>) c -> {
            while (c.next()) {
                int from = offset + c.getFrom();
                box.getChildren().remove(from, from + c.getRemovedSize());
                box.getChildren().addAll(from, c.getAddedSubList().stream().map(draw).toList());
            }
        });
        rows.forEach(r -> box.getChildren().add(draw.apply(r)));
    }

    private static Label heading(String text) {
        return Styled.label(text, "title-4");
    }

    private static Label muted(String text) {
        Label l = Styled.label(text, "text-muted");
        l.setWrapText(true);
        return l;
    }

    private static Label colHead(String text) {
        return Styled.label(text, "text-muted", "text-small");
    }

    // ---- counts per step

    private Node card(OverviewViewModel.StepCard c) {
        VBox box = new VBox(4, Styled.label(c.title(), "text-bold"));
        c.lines().forEach(line -> box.getChildren().add(Styled.wrapped(line)));
        box.setId(c.id());
        box.setPadding(new Insets(10, 12, 10, 12));
        box.getStyleClass().add("overview-card");
        box.setMinWidth(150);
        box.setPrefWidth(220);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    // ---- themes → code groups → final names

    private Node pathSection() {
        path.setHgap(12);
        path.setVgap(8);
        for (int c = 0; c < 5; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            if (c % 2 == 0) {
                cc.setPercentWidth(30);
            }
            path.getColumnConstraints().add(cc);
        }
        Label unused = muted("");
        unused.textProperty().bind(vm.unusedThemesProperty());
        unused.visibleProperty().bind(vm.unusedThemesProperty().isNotEmpty());
        unused.managedProperty().bind(unused.visibleProperty());
        return new VBox(8, heading(t.get("overview.path")), path, unused);
    }

    private void drawPath() {
        path.getChildren().clear();
        path.addRow(0, colHead(t.get("overview.path.themes")), new Label(""), colHead(t.get("overview.path.groups")),
                new Label(""), colHead(t.get("overview.path.finalNames")));
        int row = 1;
        for (OverviewViewModel.PathRow r : vm.path()) {
            Label origin = r.themes().isEmpty() ? Styled.wrapped(t.get("overview.path.noThemes"), "text-muted")
                    : Styled.wrapped(String.join("\n", r.themes().stream().map(x -> "• " + x).toList()));
            Label name = new Label(r.workingName(), swatch(r.color(), 12));
            name.setWrapText(true);
            Label fin = r.finalName() == null ? Styled.wrapped(t.get("overview.path.notNamed"), "text-muted")
                    : Styled.wrapped(r.finalName(), "text-bold");
            path.addRow(row++, origin, arrow(), name, arrow(), fin);
        }
        if (vm.path().isEmpty()) {
            path.add(muted(t.get("overview.path.noGroups")), 0, row, 5, 1);
        }
    }

    private static Label arrow() {
        return Styled.label("→", "text-muted");
    }

    // ---- the heat map and the cell chosen in it

    private Node matrixSection() {
        Label chosenTitle = Styled.wrapped("", "text-bold");
        chosenTitle.textProperty().bind(vm.chosenTitleProperty());
        VBox units = new VBox(2);
        units.setId("overview-cell-units");
        mirror(vm.chosenUnits(), units, 0, u -> {
            Hyperlink link = new Hyperlink(u.text());
            link.setWrapText(true);
            link.setOnAction(e -> vm.show(u.span()));
            return link;
        });
        Label choose = muted(t.get("overview.matrix.choose"));
        choose.visibleProperty().bind(vm.chosenProperty().isNull());
        choose.managedProperty().bind(choose.visibleProperty());
        VBox chosen = new VBox(4, chosenTitle, units);
        chosen.visibleProperty().bind(vm.chosenProperty().isNotNull());
        chosen.managedProperty().bind(chosen.visibleProperty());
        return new VBox(8, heading(t.get("overview.matrix")), muted(t.get("overview.matrix.explain")), matrixBox, choose, chosen);
    }

    private void drawMatrix(OverviewMatrix m) {
        int n = m.informants().size();
        matrixBox.getChildren().clear();
        if (m.rows().isEmpty() || n == 0) {
            matrixBox.getChildren().add(muted(t.get("overview.matrix.empty")));
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
        Label supportHead = colHead(t.get("overview.matrix.support", n));
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
        matrixBox.getChildren().addAll(wide, legend(m));
    }

    private void drawRow(GridPane grid, int row, OverviewMatrix.Row r, OverviewMatrix m) {
        boolean groupRow = r.kind() == OverviewMatrix.Kind.GROUP;
        // A gap above each code group but the first.
        Insets top = new Insets(groupRow && row > 1 ? 10 : 0, 0, 0, 0);
        String name = vm.rowName(r);
        Label label = new Label(name, groupRow ? swatch(r.color(), 12) : null);
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
        }
        return cell;
    }

    private Node legend(OverviewMatrix m) {
        HBox legend = new HBox(6);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getChildren().add(muted(t.get("overview.matrix.legend")));
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

    // ---- hints

    private Node hintSection() {
        Label title = heading("");
        title.textProperty().bind(vm.hintsTitleProperty());
        Label none = muted(t.get("overview.hints.none"));
        none.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.hints()));
        none.managedProperty().bind(none.visibleProperty());
        hintList.getChildren().add(none);
        mirror(vm.hints(), hintList, 1, this::hintLine);
        Label more = muted("");
        more.textProperty().bind(vm.moreHintsProperty());
        more.visibleProperty().bind(vm.moreHintsProperty().isNotEmpty());
        more.managedProperty().bind(more.visibleProperty());
        return new VBox(8, title, muted(t.get("overview.hints.explain")), hintList, more);
    }

    private Node hintLine(OverviewViewModel.HintLine h) {
        Label text = Styled.wrapped(h.text());
        HBox line = new HBox(8, hintIcon(), text);
        line.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        if (h.place() != null) {
            Hyperlink show = new Hyperlink(t.get("overview.hints.show"));
            show.setOnAction(e -> vm.show(h.place()));
            show.setMinWidth(Hyperlink.USE_PREF_SIZE);
            line.getChildren().add(show);
        }
        return line;
    }

    /**
     * A small light bulb drawn as a shape: an emoji light bulb is a missing glyph on a Linux desktop
     * without an emoji font. Coloured by kondens.css.
     */
    static Node hintIcon() {
        SVGPath bulb = new SVGPath();
        bulb.setContent("M6 0C2.7 0 0 2.6 0 5.8c0 2 1 3.6 2.5 4.6V12h7v-1.6C11 9.4 12 7.8 12 5.8 12 2.6 9.3 0 6 0z"
                + "M2.5 13h7v1.2h-7zM3.8 15h4.4v1h-4.4z");
        bulb.getStyleClass().add("hint-icon");
        bulb.setFill(Color.web("#b08800")); // kondens.css overrides with the theme's colour
        StackPane box = new StackPane(bulb);
        box.setMinWidth(16);
        box.setAlignment(Pos.TOP_CENTER);
        box.setPadding(new Insets(2, 0, 0, 0));
        return box;
    }

    // ---- helpers

    private static Color color(String web) {
        try {
            return Color.web(Objects.requireNonNullElse(web, "#888888"));
        } catch (IllegalArgumentException e) {
            return Color.GRAY;
        }
    }

    private static Node swatch(String web, double size) {
        Rectangle r = new Rectangle(size, size, color(web));
        r.setArcWidth(3);
        r.setArcHeight(3);
        return r;
    }
}
