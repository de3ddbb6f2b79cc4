package org.kondens.app.gui.overview;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
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

    private final OverviewViewModel vm;
    private final I18n t;
    private final VBox content = new VBox(22);
    private final ScrollPane node = new ScrollPane(content);
    private final HBox cards = new HBox(12);
    private final GridPane path = new GridPane();
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
        shownWhen(analysis, vm.openProperty());
        shownWhen(none, vm.openProperty().not());
        mirror(vm.steps(), cards, 0, this::card);
        vm.path().addListener((ListChangeListener<OverviewViewModel.PathRow>) c -> drawPath());
        drawPath();
    }

    @Override
    public Node node() {
        return node;
    }

    OverviewViewModel model() {
        return vm;
    }

    /** {@code n} takes its place in the layout only while {@code when} holds. */
    private static <N extends Node> N shownWhen(N n, ObservableBooleanValue when) {
        n.visibleProperty().bind(when);
        n.managedProperty().bind(n.visibleProperty());
        return n;
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
        shownWhen(unused, vm.unusedThemesProperty().isNotEmpty());
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
        shownWhen(choose, vm.chosenProperty().isNull());
        VBox chosen = new VBox(4, chosenTitle, units);
        shownWhen(chosen, vm.chosenProperty().isNotNull());
        return new VBox(8, heading(t.get("overview.matrix")), muted(t.get("overview.matrix.explain")),
                new OverviewHeatMap(vm, t).node(), choose, chosen);
    }

    // ---- hints

    private Node hintSection() {
        Label title = heading("");
        title.textProperty().bind(vm.hintsTitleProperty());
        Label none = muted(t.get("overview.hints.none"));
        shownWhen(none, Bindings.isEmpty(vm.hints()));
        hintList.getChildren().add(none);
        mirror(vm.hints(), hintList, 1, this::hintLine);
        Label more = muted("");
        more.textProperty().bind(vm.moreHintsProperty());
        shownWhen(more, vm.moreHintsProperty().isNotEmpty());
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

    /** A small square in the group's colour. */
    static Node swatch(String web, double size) {
        Rectangle r = new Rectangle(size, size, OverviewHeatMap.color(web));
        r.setArcWidth(3);
        r.setArcHeight(3);
        return r;
    }
}
