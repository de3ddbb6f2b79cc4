package org.kondens.app.gui.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Styled;
import org.kondens.app.gui.common.WorkView;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.stc.Hint;
import org.kondens.core.stc.Hints;

/**
 * Where the analysis stands: counts per step, the path from preliminary themes through code
 * groups to final names, a subgroup × informant heat map ("n of N informants": how broadly each
 * finding is supported), and the method's hints, told gently.
 */
public final class OverviewView implements WorkView {

    /** Hints listed before "… and n more". */
    static final int HINTS_SHOWN = 12;
    /** Width of a heat-map cell. */
    private static final double CELL = 44;
    private static final double SUPPORT = 170;

    private final Workbench wb;
    private final I18n t;
    private final VBox content = new VBox(22);
    private final ScrollPane node = new ScrollPane(content);
    private boolean dirty = true;

    public OverviewView(Workbench wb) {
        this.wb = wb;
        this.t = wb.text();
        node.setId("overview-view");
        node.setFitToWidth(true);
        content.setPadding(new Insets(16, 20, 24, 20));
        wb.snapshotProperty().addListener((o, a, s) -> {
            dirty = true;
            if (node.getScene() != null) {
                render();
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
        if (dirty) {
            render();
        }
    }

    private void render() {
        dirty = false;
        double scroll = node.getVvalue();
        content.getChildren().clear();
        ProjectSnapshot s = wb.snapshot();
        Label title = new Label(t.get("overview.title"));
        title.getStyleClass().add("title-3");
        if (s == null) {
            Label none = new Label(t.get("overview.noProject"));
            none.getStyleClass().add("text-muted");
            content.getChildren().addAll(title, none);
            return;
        }
        Label project = Styled.label(s.project().title(), "text-muted");
        content.getChildren().addAll(new VBox(2, title, project), steps(s), path(s), matrix(s), hints(s));
        node.setVvalue(scroll);
    }

    private static Label heading(String text) {
        return Styled.label(text, "title-4");
    }

    private static Label muted(String text) {
        Label l = Styled.label(text, "text-muted");
        l.setWrapText(true);
        return l;
    }

    // ---- counts per step

    private Node steps(ProjectSnapshot s) {
        int units = s.meaningUnits().size();
        long unsorted = s.meaningUnits().stream().filter(u -> u.isUnsorted()).count();
        int groups = s.codeGroups().size();
        int subs = s.subgroups().size();
        long condensed = s.subgroups().stream().filter(x -> !blank(x.condensate())).count();
        long quoted = s.subgroups().stream().filter(x -> !s.quotesOf(x.codeGroupId(), x.id()).isEmpty()).count();
        long analytic = s.subgroups().stream().filter(x -> !blank(x.analyticText())).count();
        long named = s.codeGroups().stream().filter(g -> !blank(g.finalName())).count();
        HBox cards = new HBox(12,
                card("overview-step1", t.get("step.1"), t.get("overview.count.themes", s.themes().size()),
                        t.get("overview.count.transcripts", s.transcripts().size()), t.get("overview.count.notes", s.notes().size())),
                card("overview-step2", t.get("step.2"), t.get("overview.count.units", units),
                        t.get("overview.count.unsorted", unsorted), t.get("overview.count.groups", groups)),
                card("overview-step3", t.get("step.3"), t.get("overview.count.subgroups", subs),
                        t.get("overview.count.condensates", condensed, subs), t.get("overview.count.quotes", quoted, subs)),
                card("overview-step4", t.get("step.4"), t.get("overview.count.analytic", analytic, subs),
                        t.get("overview.count.finalNames", named, groups)));
        cards.setId("overview-steps");
        return new VBox(8, heading(t.get("overview.steps")), cards);
    }

    private Node card(String id, String title, String... lines) {
        Label head = new Label(title);
        head.getStyleClass().add("text-bold");
        VBox box = new VBox(4, head);
        for (String line : lines) {
            Label l = new Label(line);
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        box.setId(id);
        box.setPadding(new Insets(10, 12, 10, 12));
        box.getStyleClass().add("overview-card");
        box.setMinWidth(150);
        box.setPrefWidth(220);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    // ---- themes → code groups → final names

    private Node path(ProjectSnapshot s) {
        GridPane grid = new GridPane();
        grid.setId("overview-path");
        grid.setHgap(12);
        grid.setVgap(8);
        Map<UUID, PreliminaryTheme> themes = s.themes().stream().collect(Collectors.toMap(PreliminaryTheme::id, x -> x));
        grid.addRow(0, colHead(t.get("overview.path.themes")), new Label(""), colHead(t.get("overview.path.groups")),
                new Label(""), colHead(t.get("overview.path.finalNames")));
        int row = 1;
        Set<UUID> used = new java.util.HashSet<>();
        for (CodeGroup g : s.codeGroups()) {
            List<String> from = new ArrayList<>();
            for (UUID id : g.grewFrom()) {
                PreliminaryTheme th = themes.get(id);
                if (th != null) {
                    from.add(th.name());
                    used.add(id);
                }
            }
            s.subgroupsOf(g.id()).forEach(x -> used.addAll(x.grewFrom()));
            Label origin = new Label(from.isEmpty() ? t.get("overview.path.noThemes")
                    : from.stream().map(x -> "• " + x).collect(Collectors.joining("\n")));
            if (from.isEmpty()) {
                origin.getStyleClass().add("text-muted");
            }
            origin.setWrapText(true);
            Label name = new Label(g.workingName(), swatch(g.color(), 12));
            name.setWrapText(true);
            Label fin = new Label(blank(g.finalName()) ? t.get("overview.path.notNamed") : g.finalName());
            fin.getStyleClass().add(blank(g.finalName()) ? "text-muted" : "text-bold");
            fin.setWrapText(true);
            grid.addRow(row++, origin, arrow(), name, arrow(), fin);
        }
        if (s.codeGroups().isEmpty()) {
            grid.add(muted(t.get("overview.path.noGroups")), 0, row++, 5, 1);
        }
        for (int c = 0; c < 5; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            if (c % 2 == 0) {
                cc.setPercentWidth(30);
            }
            grid.getColumnConstraints().add(cc);
        }
        VBox box = new VBox(8, heading(t.get("overview.path")), grid);
        List<String> loose = s.themes().stream().filter(th -> !used.contains(th.id())).map(PreliminaryTheme::name).toList();
        if (!loose.isEmpty()) {
            box.getChildren().add(muted(t.get("overview.path.unused", loose.size(), String.join(", ", loose))));
        }
        return box;
    }

    private static Label colHead(String text) {
        return Styled.label(text, "text-muted", "text-small");
    }

    private static Label arrow() {
        return Styled.label("→", "text-muted");
    }

    // ---- the heat map

    private Node matrix(ProjectSnapshot s) {
        OverviewMatrix m = OverviewMatrix.of(s);
        int n = m.informants().size();
        VBox box = new VBox(8, heading(t.get("overview.matrix")), muted(t.get("overview.matrix.explain")));
        if (m.rows().isEmpty() || n == 0) {
            box.getChildren().add(muted(t.get("overview.matrix.empty")));
            return box;
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
            Label head = new Label(m.informants().get(i).label());
            head.getStyleClass().addAll("text-small", "text-bold");
            head.setMaxWidth(220); // "FG-Deltaker 1" and longer labels stand whole
            head.setRotate(-90);
            head.setTooltip(new Tooltip(m.informants().get(i).label()));
            javafx.scene.Group upright = new javafx.scene.Group(head);
            GridPane.setHalignment(upright, HPos.CENTER);
            GridPane.setValignment(upright, javafx.geometry.VPos.BOTTOM);
            grid.add(upright, i + 1, 0);
        }
        Label supportHead = colHead(t.get("overview.matrix.support", n));
        GridPane.setValignment(supportHead, javafx.geometry.VPos.BOTTOM);
        GridPane.setMargin(supportHead, new Insets(0, 0, 0, 10));
        grid.add(supportHead, n + 1, 0);
        int row = 1;
        for (OverviewMatrix.Row r : m.rows()) {
            boolean groupRow = r.kind() == OverviewMatrix.Kind.GROUP;
            String name = switch (r.kind()) {
                case GROUP -> r.group().workingName();
                case SUBGROUP -> r.subgroup().name();
                case LOOSE -> t.get("overview.matrix.loose");
            };
            Label label = new Label(name, groupRow ? swatch(r.group().color(), 12) : null);
            label.setTooltip(new Tooltip(name));
            label.setMinWidth(0);
            label.getStyleClass().add(groupRow ? "text-bold" : r.kind() == OverviewMatrix.Kind.LOOSE ? "text-muted" : "text");
            if (!groupRow) {
                GridPane.setMargin(label, new Insets(0, 0, 0, 20));
            } else if (row > 1) {
                GridPane.setMargin(label, new Insets(10, 0, 0, 0));
            }
            label.setOnMouseClicked(e -> {
                wb.codeGroup.set(r.group().id());
                wb.subgroup.set(r.subgroup() == null ? null : r.subgroup().id());
            });
            grid.add(label, 0, row);
            for (int i = 0; i < n; i++) {
                Node cell = cell(r, i, m, s);
                if (groupRow && row > 1) {
                    GridPane.setMargin(cell, new Insets(10, 0, 0, 0));
                }
                grid.add(cell, i + 1, row);
            }
            Label breadth = new Label(t.get("overview.matrix.nOfN", r.supported(), n) + " · "
                    + t.get(OverviewMatrix.breadthKey(r.supported(), n)));
            breadth.getStyleClass().add(groupRow ? "text-bold" : "text-muted");
            breadth.setWrapText(true);
            breadth.setMaxWidth(SUPPORT - 10);
            breadth.setId(groupRow ? null : "overview-support-" + (r.subgroup() == null ? "loose-" + r.group().id() : r.subgroup().id()));
            GridPane.setMargin(breadth, new Insets(groupRow && row > 1 ? 10 : 0, 0, 0, 10));
            grid.add(breadth, n + 1, row);
            row++;
        }
        ScrollPane wide = new ScrollPane(grid);
        wide.setFitToHeight(true);
        wide.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        wide.getStyleClass().add("transparent-scroll");
        box.getChildren().addAll(wide, legend(m));
        return box;
    }

    private Node cell(OverviewMatrix.Row r, int i, OverviewMatrix m, ProjectSnapshot s) {
        long count = r.counts()[i];
        Label text = new Label(count == 0 ? "·" : String.valueOf(count));
        StackPane cell = new StackPane(text);
        cell.setMinSize(CELL, 26);
        cell.setPrefSize(CELL, 26);
        String who = m.informants().get(i).label();
        if (r.kind() == OverviewMatrix.Kind.GROUP) {
            text.getStyleClass().add(count == 0 ? "text-muted" : "text-bold");
        } else if (count == 0) {
            text.getStyleClass().add("text-muted");
            cell.getStyleClass().add("heat-cell-empty");
        } else {
            HeatShade.paint(cell, text, color(r.group().color()), HeatShade.alpha(count, m.max()));
        }
        String where = r.kind() == OverviewMatrix.Kind.SUBGROUP ? r.subgroup().name()
                : r.kind() == OverviewMatrix.Kind.LOOSE ? t.get("overview.matrix.loose") : r.group().workingName();
        Tooltip.install(cell, new Tooltip(t.get("overview.matrix.cell", who, count, where)));
        return cell;
    }

    private Node legend(OverviewMatrix m) {
        HBox legend = new HBox(6);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getChildren().add(muted(t.get("overview.matrix.legend")));
        Color base = Color.web("#4a6fa5");
        for (long v : java.util.stream.LongStream.of(1, Math.max(1, m.max() / 2), Math.max(1, m.max())).distinct().toArray()) {
            Label l = new Label(String.valueOf(v));
            StackPane p = new StackPane(l);
            p.setMinSize(34, 20);
            HeatShade.paint(p, l, base, HeatShade.alpha(v, m.max()));
            legend.getChildren().add(p);
        }
        return legend;
    }

    // ---- hints

    private Node hints(ProjectSnapshot s) {
        List<Hint> all = Hints.of(s);
        VBox list = new VBox(6);
        list.setId("overview-hints");
        VBox box = new VBox(8, heading(t.get("overview.hints", all.size())), muted(t.get("overview.hints.explain")), list);
        if (all.isEmpty()) {
            list.getChildren().add(muted(t.get("overview.hints.none")));
            return box;
        }
        for (Hint h : all.subList(0, Math.min(HINTS_SHOWN, all.size()))) {
            Node icon = hintIcon();
            Label text = new Label(OverviewHints.text(h, s, t));
            text.setWrapText(true);
            HBox line = new HBox(8, icon, text);
            line.setAlignment(Pos.TOP_LEFT);
            HBox.setHgrow(text, Priority.ALWAYS);
            Span place = OverviewHints.place(h, s).orElse(null);
            if (place != null) {
                Hyperlink show = new Hyperlink(t.get("overview.hints.show"));
                show.setOnAction(e -> {
                    wb.transcript.set(place.transcriptId());
                    wb.reveal.set(null);
                    wb.reveal.set(place);
                });
                show.setMinWidth(Hyperlink.USE_PREF_SIZE);
                line.getChildren().add(show);
            }
            list.getChildren().add(line);
        }
        if (all.size() > HINTS_SHOWN) {
            list.getChildren().add(muted(t.get("overview.hints.more", all.size() - HINTS_SHOWN)));
        }
        return box;
    }

    // ---- helpers

    /**
     * A small light bulb drawn as a shape: an emoji light bulb is a missing glyph on a Linux desktop
     * without an emoji font. Coloured by kondens.css.
     */
    static Node hintIcon() {
        javafx.scene.shape.SVGPath bulb = new javafx.scene.shape.SVGPath();
        bulb.setContent("M6 0C2.7 0 0 2.6 0 5.8c0 2 1 3.6 2.5 4.6V12h7v-1.6C11 9.4 12 7.8 12 5.8 12 2.6 9.3 0 6 0z"
                + "M2.5 13h7v1.2h-7zM3.8 15h4.4v1h-4.4z");
        bulb.getStyleClass().add("hint-icon");
        bulb.setFill(javafx.scene.paint.Color.web("#b08800")); // kondens.css overrides with the theme's colour
        StackPane box = new StackPane(bulb);
        box.setMinWidth(16);
        box.setAlignment(Pos.TOP_CENTER);
        box.setPadding(new javafx.geometry.Insets(2, 0, 0, 0));
        return box;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

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
