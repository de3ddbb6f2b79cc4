package org.kondens.app.gui.synthesis;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kondens.app.gui.common.Autosave;
import org.kondens.app.gui.common.CodeGroupChooser;
import org.kondens.app.gui.common.Css;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.UnitCard;
import org.kondens.app.gui.common.WorkView;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;

/**
 * Step 4, synthesis, for one code group: the way from preliminary themes to the final
 * result-category name, the group's analytic introduction, and for each subgroup its condensate
 * and quotes at hand beside its analytic text (third person). On the right, recontextualisation:
 * the chosen subgroup's meaning units read in their place in the interviews.
 */
public final class Step4View implements WorkView {


    /** One subgroup: its condensate and quotes at hand, its analytic text editor. Kept while the group is shown. */
    private final class Section {
        final UUID id;
        final VBox box = new VBox(8);
        final Label title = new Label();
        final Label counts = new Label();
        final Label condensate = new Label();
        final VBox quotes = new VBox(4);
        final TextArea analytic = new TextArea();
        final Autosave save;

        Section(UUID id) {
            this.id = id;
            title.getStyleClass().add("title-4");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            counts.getStyleClass().addAll("text-muted", "text-small");
            Button context = new Button(t.get("step4.recontext.button"));
            context.setId("step4-recontext-" + id);
            context.getStyleClass().add("small");
            context.setTooltip(new Tooltip(t.get("step4.recontext.tip")));
            context.setOnAction(e -> wb.subgroup.set(id));
            counts.setMinWidth(Region.USE_PREF_SIZE);
            context.setMinWidth(Region.USE_PREF_SIZE);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            HBox head = new HBox(8, title, counts, context);
            head.setAlignment(Pos.BASELINE_LEFT);
            Label condensateCaption = caption(t.get("step4.condensate"));
            condensate.setWrapText(true);
            condensate.setMinHeight(Region.USE_PREF_SIZE);
            condensate.setId("step4-condensate-" + id);
            VBox hand = new VBox(4, condensateCaption, condensate, quotes);
            hand.getStyleClass().add("at-hand");
            Label analyticCaption = caption(t.get("step4.analytic"));
            analytic.setId("step4-analytic-" + id);
            analytic.setWrapText(true);
            analytic.setPrefRowCount(7);
            analytic.setPromptText(t.get("step4.analytic.prompt"));
            analytic.focusedProperty().addListener((o, was, is) -> {
                if (is && !id.equals(wb.subgroup.get())) {
                    wb.subgroup.set(id);
                }
            });
            save = Autosave.attach(wb, analytic, text -> {
                if (exists(id)) {
                    wb.editVoid(p -> p.setAnalyticText(id, text));
                }
            });
            box.getChildren().addAll(head, hand, analyticCaption, analytic);
            box.setPadding(new Insets(10, 12, 12, 12));
            box.setId("step4-section-" + id);
            box.getStyleClass().add("synthesis-section");
            box.setOnMouseClicked(e -> {
                if (!id.equals(wb.subgroup.get())) {
                    wb.subgroup.set(id);
                }
            });
        }

        void update(ProjectSnapshot s, CodeGroup g, Subgroup sub) {
            title.setText(sub.name());
            List<MeaningUnit> units = s.unitsOf(g.id()).stream().filter(u -> u.isIn(g.id(), sub.id())).toList();
            long informants = units.stream().map(MeaningUnit::informantId).filter(Objects::nonNull).distinct().count();
            counts.setText(t.get("step4.subgroup.counts", units.size(), informants));
            boolean none = sub.condensate().isBlank();
            condensate.setText(none ? t.get("step4.condensate.none") : sub.condensate());
            Css.set(condensate, Styles.TEXT_MUTED, none);
            Css.set(condensate, Styles.TEXT_ITALIC, !none);
            fillQuotes(quotes, s, s.quotesOf(g.id(), sub.id()));
            analytic.setAccessibleText(t.get("step4.analytic.accessible", sub.name()));
            save.follow(sub.analyticText());
            box.pseudoClassStateChanged(Css.SELECTED, sub.id().equals(wb.subgroup.get()));
        }
    }

    private final Workbench wb;
    private final I18n t;
    private final StackPane node = new StackPane();
    private final BorderPane content = new BorderPane();
    private final Label empty = new Label();
    private final CodeGroupChooser chooser;
    private final ComboBox<CodeGroup> groups;
    private final FlowPane path = new FlowPane(6, 4);
    private final Label workingName = new Label();
    private final TextField finalName = new TextField();
    private final Autosave finalNameSave;
    private final TextArea intro = new TextArea();
    private final Autosave introSave;
    private final VBox groupQuotes = new VBox(4);
    private final VBox sectionsBox = new VBox(12);
    private final ScrollPane sectionsScroll = new ScrollPane(sectionsBox);
    private final Map<UUID, Section> sections = new LinkedHashMap<>();
    private final Label contextTitle = new Label();
    private final VBox contextList = new VBox(12);
    private final ScrollPane contextScroll = new ScrollPane(contextList);
    private UUID shownGroup;
    private UUID contextShown;
    private boolean rendering;

    public Step4View(Workbench wb) {
        this.wb = wb;
        this.t = wb.text();
        this.chooser = new CodeGroupChooser(wb, "step4-group", t.get("step4.codeGroup"));
        this.groups = chooser.box();
        finalNameSave = Autosave.attach(wb, finalName, text -> {
            UUID id = shownGroup;
            if (id != null && groupExists(id)) {
                wb.editVoid(p -> p.setFinalName(id, text));
            }
        });
        introSave = Autosave.attach(wb, intro, text -> {
            UUID id = shownGroup;
            if (id != null && groupExists(id)) {
                wb.editVoid(p -> p.setGroupAnalyticText(id, text));
            }
        });
        content.setTop(header());
        SplitPane split = new SplitPane(left(), right());
        split.setDividerPositions(0.6);
        content.setCenter(split);
        empty.setId("step4-empty");
        empty.getStyleClass().addAll("title-4", "text-muted");
        empty.setWrapText(true);
        empty.setMinHeight(Region.USE_PREF_SIZE);
        empty.setMaxWidth(520);
        node.getChildren().setAll(content, empty);
        node.setId("step4");
        wb.snapshotProperty().addListener((o, a, s) -> render());
        wb.codeGroup.addListener((o, a, g) -> {
            if (!rendering) {
                render();
            }
        });
        wb.subgroup.addListener((o, a, s) -> {
            if (!rendering) {
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
        Platform.runLater(groups::requestFocus);
    }

    // ---- building

    private Node header() {
        Label groupLabel = new Label(t.get("step4.codeGroup"));
        groupLabel.getStyleClass().add("title-4");
        HBox row = new HBox(10, groupLabel, groups);
        row.setAlignment(Pos.CENTER_LEFT);

        path.setId("step4-path");
        path.setAlignment(Pos.CENTER_LEFT);
        Label pathCaption = caption(t.get("step4.path"));
        pathCaption.setMinWidth(Region.USE_PREF_SIZE);
        HBox pathRow = new HBox(8, pathCaption, path);
        pathRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(path, Priority.ALWAYS);

        workingName.setId("step4-workingName");
        workingName.getStyleClass().add("title-4");
        workingName.setTooltip(new Tooltip(t.get("step4.workingName.tip")));
        finalName.setId("step4-finalName");
        finalName.setPromptText(t.get("step4.finalName.prompt"));
        finalName.setAccessibleText(t.get("step4.finalName"));
        finalName.setOnAction(e -> finalNameSave.flush());
        GridPane names = new GridPane();
        names.setHgap(16);
        names.setVgap(2);
        names.add(caption(t.get("step4.workingName")), 0, 0);
        names.add(caption(t.get("step4.finalName")), 1, 0);
        names.add(workingName, 0, 1);
        names.add(finalName, 1, 1);
        var c0 = new javafx.scene.layout.ColumnConstraints();
        c0.setPercentWidth(40);
        var c1 = new javafx.scene.layout.ColumnConstraints();
        c1.setPercentWidth(60);
        names.getColumnConstraints().addAll(c0, c1);
        finalName.setMaxWidth(Double.MAX_VALUE);

        VBox box = new VBox(8, row, pathRow, names);
        box.setPadding(new Insets(10, 12, 8, 12));
        return box;
    }

    private Node left() {
        Label introTitle = new Label(t.get("step4.intro"));
        introTitle.getStyleClass().add("title-4");
        Label introHint = new Label(t.get("step4.intro.hint"));
        introHint.getStyleClass().addAll("text-muted", "text-small");
        introHint.setWrapText(true);
        introHint.setMinHeight(Region.USE_PREF_SIZE);
        intro.setId("step4-intro");
        intro.setWrapText(true);
        intro.setPrefRowCount(5);
        intro.setPromptText(t.get("step4.intro.prompt"));
        intro.setAccessibleText(t.get("step4.intro"));
        VBox introBox = new VBox(6, introTitle, introHint, intro, groupQuotes);
        introBox.setPadding(new Insets(10, 12, 12, 12));
        introBox.getStyleClass().add("synthesis-section");
        introBox.setId("step4-introSection");
        sectionsBox.getChildren().setAll(introBox);
        sectionsBox.setPadding(new Insets(4, 12, 12, 12));
        sectionsBox.setFillWidth(true);
        sectionsScroll.setId("step4-sections");
        sectionsScroll.setFitToWidth(true);
        sectionsScroll.getStyleClass().add("edge-to-edge");
        sectionsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return sectionsScroll;
    }

    private Node right() {
        contextTitle.setId("step4-recontextTitle");
        contextTitle.getStyleClass().add("title-4");
        contextTitle.setWrapText(true);
        contextTitle.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label(t.get("step4.recontext.hint"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        contextList.setId("step4-recontext");
        contextList.setPadding(new Insets(2, 8, 8, 0));
        contextScroll.setFitToWidth(true);
        contextScroll.getStyleClass().add("edge-to-edge");
        contextScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(contextScroll, Priority.ALWAYS);
        VBox box = new VBox(6, contextTitle, hint, contextScroll);
        box.setPadding(new Insets(8, 8, 8, 12));
        box.setMinWidth(260);
        return box;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("text-muted", "text-small", "text-bold");
        return l;
    }

    // ---- rendering

    private void render() {
        ProjectSnapshot s = wb.snapshot();
        rendering = true;
        try {
            CodeGroup g = CodeGroupChooser.currentGroup(wb, s);
            if (s == null || g == null) {
                empty.setText(t.get(s == null ? "step4.empty.noProject" : "step4.empty.noGroups"));
                empty.setVisible(true);
                content.setVisible(false);
                switchGroup(null);
                return;
            }
            empty.setVisible(false);
            content.setVisible(true);
            Subgroup chosen = chooser.show(s, g);
            if (!g.id().equals(shownGroup)) {
                switchGroup(g);
            }
            renderGroup(s, g);
            renderSections(s, g);
            renderContext(s, g, chosen);
        } finally {
            rendering = false;
        }
    }

    /** Saves what is being typed for the group shown so far, then shows {@code g}'s texts. */
    private void switchGroup(CodeGroup g) {
        sections.values().forEach(x -> x.save.flush());
        sections.clear();
        sectionsBox.getChildren().retainAll(sectionsBox.getChildren().get(0));
        finalNameSave.load(g == null ? "" : Objects.requireNonNullElse(g.finalName(), ""));
        introSave.load(g == null ? "" : g.analyticIntro());
        shownGroup = g == null ? null : g.id();
        contextShown = null;
        sectionsScroll.setVvalue(0);
    }

    private void renderGroup(ProjectSnapshot s, CodeGroup g) {
        workingName.setText(g.workingName());
        workingName.setGraphic(CodeGroupChooser.swatch(g.color()));
        String fin = Objects.requireNonNullElse(g.finalName(), "");
        finalNameSave.follow(fin);
        introSave.follow(g.analyticIntro());
        // preliminary themes → working name → final name
        List<Node> steps = new ArrayList<>();
        List<PreliminaryTheme> themes = g.grewFrom().stream()
                .map(id -> s.themes().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null))
                .filter(Objects::nonNull).toList();
        if (themes.isEmpty()) {
            Label none = new Label(t.get("step4.path.noTheme"));
            none.getStyleClass().add("text-muted");
            steps.add(none);
        }
        for (int i = 0; i < themes.size(); i++) {
            if (i > 0) {
                steps.add(new Label("+"));
            }
            Label theme = new Label(themes.get(i).name());
            theme.getStyleClass().add("path-chip");
            theme.setTooltip(new Tooltip(t.get("step4.path.theme", themes.get(i).description())));
            steps.add(theme);
        }
        steps.add(arrow());
        Label working = new Label(g.workingName());
        working.getStyleClass().add("path-chip");
        steps.add(working);
        steps.add(arrow());
        if (fin.isBlank()) {
            Label notYet = new Label(t.get("step4.path.noFinal"));
            notYet.getStyleClass().add("text-muted");
            steps.add(notYet);
        } else {
            Label done = new Label(fin);
            done.getStyleClass().addAll("path-chip", "path-chip-final");
            done.getStyleClass().add("text-bold");
            steps.add(done);
        }
        path.getChildren().setAll(steps);
        path.setAccessibleText(t.get("step4.path") + " " + String.join(" → ", steps.stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList()));
        fillQuotes(groupQuotes, s, s.quotesOf(g.id(), null));
    }

    private static Label arrow() {
        Label a = new Label("→");
        a.getStyleClass().add("text-muted");
        return a;
    }

    private void renderSections(ProjectSnapshot s, CodeGroup g) {
        List<Subgroup> subs = s.subgroupsOf(g.id());
        List<UUID> ids = subs.stream().map(Subgroup::id).toList();
        sections.keySet().removeIf(id -> !ids.contains(id));
        List<Node> nodes = new ArrayList<>();
        nodes.add(sectionsBox.getChildren().get(0));
        for (Subgroup sub : subs) {
            Section section = sections.computeIfAbsent(sub.id(), Section::new);
            section.update(s, g, sub);
            nodes.add(section.box);
        }
        if (subs.isEmpty()) {
            Label none = new Label(t.get("step4.noSubgroups"));
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            none.setMinHeight(Region.USE_PREF_SIZE);
            nodes.add(none);
        }
        if (!sectionsBox.getChildren().equals(nodes)) {
            sectionsBox.getChildren().setAll(nodes);
        }
    }

    private void fillQuotes(VBox box, ProjectSnapshot s, List<Quote> quotes) {
        box.getChildren().clear();
        for (Quote q : quotes) {
            Label text = new Label("★ «" + q.displayText() + "» — " + s.labelOf(q));
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.getStyleClass().addAll("quote-rule", "quote-rule-text");
            box.getChildren().add(text);
        }
    }

    // ---- recontextualisation

    private void renderContext(ProjectSnapshot s, CodeGroup g, Subgroup sub) {
        UUID key = sub == null ? null : sub.id();
        contextTitle.setText(sub == null ? t.get("step4.recontext.none") : t.get("step4.recontext.title", sub.name()));
        double v = Objects.equals(key, contextShown) ? contextScroll.getVvalue() : 0;
        contextShown = key;
        contextList.getChildren().clear();
        if (sub == null) {
            return;
        }
        List<MeaningUnit> units = s.unitsOf(g.id()).stream().filter(u -> u.isIn(g.id(), sub.id())).toList();
        if (units.isEmpty()) {
            Label none = new Label(t.get("step4.recontext.empty"));
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            none.setMinHeight(Region.USE_PREF_SIZE);
            contextList.getChildren().add(none);
        }
        for (MeaningUnit u : units) {
            contextList.getChildren().add(contextEntry(s, u));
        }
        Platform.runLater(() -> contextScroll.setVvalue(v));
    }

    private Node contextEntry(ProjectSnapshot s, MeaningUnit u) {
        String where = UnitCard.informantOf(s, u) + " · " + s.transcript(u.transcriptId()).map(x -> x.title()).orElse("");
        Label head = new Label(where);
        head.getStyleClass().addAll("text-bold", "text-small");
        head.setWrapText(true);
        head.setMinHeight(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button jump = new Button(t.get("step4.recontext.jump"));
        jump.setId("step4-jump-" + u.id());
        jump.getStyleClass().addAll("flat", "small");
        jump.setTooltip(new Tooltip(t.get("step4.recontext.jumpTip")));
        jump.setOnAction(e -> reveal(new Span(u.transcriptId(), u.start(), u.end())));
        HBox top = new HBox(6, head, gap, jump);
        top.setAlignment(Pos.CENTER_LEFT);
        Node flow = Step4Context.flow(s, u);
        VBox box = new VBox(4, top, flow);
        box.setPadding(new Insets(8));
        box.getStyleClass().add("at-hand");
        box.setId("step4-context-" + u.id());
        return box;
    }

    private void reveal(Span span) {
        wb.transcript.set(span.transcriptId());
        wb.reveal.set(null);
        wb.reveal.set(span);
    }

    private boolean exists(UUID subgroupId) {
        ProjectSnapshot s = wb.snapshot();
        return s != null && s.subgroups().stream().anyMatch(x -> x.id().equals(subgroupId));
    }

    private boolean groupExists(UUID groupId) {
        ProjectSnapshot s = wb.snapshot();
        return s != null && s.codeGroups().stream().anyMatch(x -> x.id().equals(groupId));
    }

    // ---- actions (what the editors do; tests call them too)

    CompletableFuture<Void> setFinalName(String name) {
        UUID id = wb.codeGroup.get();
        return wb.editVoid(p -> p.setFinalName(id, name));
    }

    /** Saves everything being typed now (as leaving an editor does). */
    void flush() {
        finalNameSave.flush();
        introSave.flush();
        sections.values().forEach(x -> x.save.flush());
    }
}
