package org.kondens.app.gui.synthesis;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
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
import org.kondens.app.gui.common.Commenting;
import org.kondens.app.gui.common.FxDialogs;
import org.kondens.core.model.CommentTarget;
import org.kondens.app.gui.common.Autosave;
import org.kondens.app.gui.common.CodeGroupChooser;
import org.kondens.app.gui.common.Css;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Styled;
import org.kondens.app.gui.common.WorkView;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;
import org.kondens.core.stc.UnitInContext;

/**
 * Step 4, synthesis, for one code group: the way from preliminary themes to the final
 * result-category name, the group's analytic introduction, and for each subgroup its condensate
 * and quotes at hand beside its analytic text (third person). On the right, recontextualisation:
 * the chosen subgroup's meaning units read in their place in the interviews.
 */
public final class Step4View implements WorkView {

    /** One subgroup: its condensate and quotes at hand, its analytic text editor. Kept while the group is shown. */
    private final class SectionNode {
        final UUID id;
        final VBox box = new VBox(8);
        final Label title = Styled.wrapped("", "title-4");
        final Label counts = Styled.label("", "text-muted", "text-small");
        final Label condensate = Styled.wrapped("");
        final VBox quotes = new VBox(4);
        final TextArea analytic = new TextArea();
        final Autosave save;

        SectionNode(UUID id) {
            this.id = id;
            Button context = new Button(t.get("step4.recontext.button"));
            context.setId("step4-recontext-" + id);
            context.getStyleClass().add("small");
            context.setTooltip(new Tooltip(t.get("step4.recontext.tip")));
            context.setOnAction(e -> vm.chooseSubgroup(id));
            counts.setMinWidth(Region.USE_PREF_SIZE);
            context.setMinWidth(Region.USE_PREF_SIZE);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            HBox head = new HBox(8, title, counts, context);
            head.setAlignment(Pos.BASELINE_LEFT);
            Label condensateCaption = caption(t.get("step4.condensate"));
            condensate.setId("step4-condensate-" + id);
            VBox hand = new VBox(4, condensateCaption, condensate, quotes);
            hand.getStyleClass().add("at-hand");
            Label analyticCaption = caption(t.get("step4.analytic"));
            Styled.area(analytic, "step4-analytic-" + id, t.get("step4.analytic.prompt"), 7);
            analytic.focusedProperty().addListener((o, was, is) -> {
                if (is) {
                    vm.chooseSubgroup(id);
                }
            });
            save = Autosave.attach(wb, analytic, text -> vm.setAnalyticText(id, text));
            Button comment = commenting.button(CommentTarget.Kind.ANALYTIC_TEXT, () -> id);
            comment.setId("step4-comment-" + id);
            HBox analyticHead = new HBox(6, analyticCaption, commenting.badge(CommentTarget.Kind.ANALYTIC_TEXT, id), comment);
            analyticHead.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().addAll(head, hand, analyticHead, analytic);
            box.setPadding(new Insets(10, 12, 12, 12));
            box.setId("step4-section-" + id);
            box.getStyleClass().add("synthesis-section");
            box.setOnMouseClicked(e -> vm.chooseSubgroup(id));
        }

        void update(Step4ViewModel.Section s) {
            Subgroup sub = s.subgroup();
            title.setText(sub.name());
            counts.setText(t.get("step4.subgroup.counts", s.units(), s.informants()));
            boolean none = sub.condensate().isBlank();
            condensate.setText(none ? t.get("step4.condensate.none") : sub.condensate());
            Css.set(condensate, Styles.TEXT_MUTED, none);
            Css.set(condensate, Styles.TEXT_ITALIC, !none);
            fillQuotes(quotes, s.quotes());
            analytic.setAccessibleText(t.get("step4.analytic.accessible", sub.name()));
            save.follow(sub.analyticText());
        }
    }

    private final Workbench wb;
    private final Step4ViewModel vm;
    private final Commenting commenting;
    private final I18n t;
    private final StackPane node = new StackPane();
    private final BorderPane content = new BorderPane();
    private final Label empty = Styled.wrapped("", "title-4", "text-muted");
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
    private final Map<UUID, SectionNode> sections = new LinkedHashMap<>();
    private final VBox contextList = new VBox(12);
    private final ScrollPane contextScroll = new ScrollPane(contextList);
    private UUID shownGroup;

    public Step4View(Workbench wb) {
        this.wb = wb;
        this.t = wb.text();
        this.vm = new Step4ViewModel(wb);
        this.commenting = new Commenting(wb, new FxDialogs(() -> node.getScene() == null ? null : node.getScene().getWindow()));
        this.chooser = new CodeGroupChooser(wb, "step4-group", t.get("step4.codeGroup")).follow(vm.groups(), vm.groupProperty());
        this.groups = chooser.box();
        finalNameSave = Autosave.attach(wb, finalName, text -> vm.setFinalName(shownGroup, text));
        introSave = Autosave.attach(wb, intro, text -> vm.setIntro(shownGroup, text));
        content.setTop(header());
        SplitPane split = new SplitPane(left(), right());
        split.setDividerPositions(0.6);
        content.setCenter(split);
        empty.setId("step4-empty");
        empty.setMaxWidth(520);
        empty.textProperty().bind(vm.emptyTextProperty());
        empty.visibleProperty().bind(vm.emptyTextProperty().isNotNull());
        content.visibleProperty().bind(vm.emptyTextProperty().isNull());
        node.getChildren().setAll(content, empty);
        node.setId("step4");

        vm.groupProperty().addListener((o, a, g) -> showGroup(g));
        vm.grewFrom().addListener((ListChangeListener<PreliminaryTheme>) c -> showPath(vm.groupProperty().get()));
        vm.groupQuotes().addListener((ListChangeListener<String>) c -> fillQuotes(groupQuotes, vm.groupQuotes()));
        vm.sections().addListener((ListChangeListener<Step4ViewModel.Section>) c -> showSections());
        vm.subgroupProperty().addListener((o, a, s) -> markChosen());
        vm.context().addListener((ListChangeListener<Step4ViewModel.Context>) c -> showContext(false));
        vm.contextWords().addListener((MapChangeListener<Span, UnitInContext>) c -> {
            if (c.wasAdded()) {
                showContextWords(c.getKey());
            }
        });
        vm.subgroupProperty().addListener((o, a, s) -> showContext(true));
        showGroup(vm.groupProperty().get());
        fillQuotes(groupQuotes, vm.groupQuotes());
        showSections();
        showContext(true);
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
        HBox row = chooser.captioned(t.get("step4.codeGroup"));

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
        Styled.prompted(finalName, "step4-finalName", t.get("step4.finalName.prompt"));
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
        Label introTitle = Styled.label(t.get("step4.intro"), "title-4");
        Label introHint = Styled.wrapped(t.get("step4.intro.hint"), "text-muted", "text-small");
        Styled.area(intro, "step4-intro", t.get("step4.intro.prompt"), 5);
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
        Label contextTitle = Styled.wrapped("", "title-4");
        contextTitle.setId("step4-recontextTitle");
        contextTitle.textProperty().bind(vm.contextTitleProperty());
        Label hint = Styled.wrapped(t.get("step4.recontext.hint"), "text-muted", "text-small");
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
        return Styled.label(text, "text-muted", "text-small", "text-bold");
    }

    // ---- showing what the view model holds

    /** Another group: saves what is being typed for the old one first, then shows the new one's texts. */
    private void showGroup(CodeGroup g) {
        UUID id = g == null ? null : g.id();
        if (!Objects.equals(id, shownGroup)) {
            sections.values().forEach(x -> x.save.flush());
            finalNameSave.load(g == null ? "" : Objects.requireNonNullElse(g.finalName(), ""));
            introSave.load(g == null ? "" : g.analyticIntro());
            shownGroup = id;
            sectionsScroll.setVvalue(0);
        } else if (g != null) {
            finalNameSave.follow(Objects.requireNonNullElse(g.finalName(), ""));
            introSave.follow(g.analyticIntro());
        }
        showPath(g);
    }

    /** Preliminary themes → working name → final name. */
    private void showPath(CodeGroup g) {
        if (g == null) {
            path.getChildren().clear();
            return;
        }
        workingName.setText(g.workingName());
        workingName.setGraphic(CodeGroupChooser.swatch(g.color()));
        String fin = Objects.requireNonNullElse(g.finalName(), "");
        List<Node> steps = new ArrayList<>();
        List<PreliminaryTheme> themes = vm.grewFrom();
        if (themes.isEmpty()) {
            steps.add(Styled.label(t.get("step4.path.noTheme"), "text-muted"));
        }
        for (int i = 0; i < themes.size(); i++) {
            if (i > 0) {
                steps.add(new Label("+"));
            }
            Label theme = Styled.label(themes.get(i).name(), "path-chip");
            theme.setTooltip(new Tooltip(t.get("step4.path.theme", themes.get(i).description())));
            steps.add(theme);
        }
        steps.add(Styled.label("→", "text-muted"));
        steps.add(Styled.label(g.workingName(), "path-chip"));
        steps.add(Styled.label("→", "text-muted"));
        steps.add(fin.isBlank() ? Styled.label(t.get("step4.path.noFinal"), "text-muted")
                : Styled.label(fin, "path-chip", "path-chip-final", "text-bold"));
        path.getChildren().setAll(steps);
        path.setAccessibleText(t.get("step4.path") + " " + String.join(" → ", steps.stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList()));
    }

    private void showSections() {
        List<UUID> ids = vm.sections().stream().map(s -> s.subgroup().id()).toList();
        sections.keySet().removeIf(id -> !ids.contains(id));
        List<Node> nodes = new ArrayList<>();
        nodes.add(sectionsBox.getChildren().get(0));
        for (Step4ViewModel.Section s : vm.sections()) {
            SectionNode section = sections.computeIfAbsent(s.subgroup().id(), SectionNode::new);
            section.update(s);
            nodes.add(section.box);
        }
        if (vm.sections().isEmpty()) {
            nodes.add(Styled.wrapped(t.get("step4.noSubgroups"), "text-muted"));
        }
        if (!sectionsBox.getChildren().equals(nodes)) {
            sectionsBox.getChildren().setAll(nodes);
        }
        markChosen();
    }

    private void markChosen() {
        Subgroup sub = vm.subgroupProperty().get();
        sections.values().forEach(x -> x.box.pseudoClassStateChanged(Css.SELECTED, sub != null && x.id.equals(sub.id())));
    }

    private static void fillQuotes(VBox box, List<String> quotes) {
        box.getChildren().setAll(quotes.stream().map(q -> {
            return (Node) Styled.wrapped(q, "quote-rule", "quote-rule-text");
        }).toList());
    }

    // ---- recontextualisation

    /** The chosen subgroup's units in their places; the scroll position stays unless another subgroup is shown. */
    private void showContext(boolean otherSubgroup) {
        double v = otherSubgroup ? 0 : contextScroll.getVvalue();
        contextList.getChildren().clear();
        if (vm.subgroupProperty().get() != null && vm.context().isEmpty()) {
            contextList.getChildren().add(Styled.wrapped(t.get("step4.recontext.empty"), "text-muted"));
        }
        vm.context().forEach(c -> contextList.getChildren().add(contextEntry(c)));
        Platform.runLater(() -> contextScroll.setVvalue(v));
    }

    private Node contextEntry(Step4ViewModel.Context c) {
        Label head = Styled.wrapped(c.where(), "text-bold", "text-small");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button jump = new Button(t.get("step4.recontext.jump"));
        jump.setId("step4-jump-" + c.unit().id());
        jump.getStyleClass().addAll("flat", "small");
        jump.setTooltip(new Tooltip(t.get("step4.recontext.jumpTip")));
        jump.setOnAction(e -> vm.reveal(c));
        HBox top = new HBox(6, head, gap, jump);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, top, words(c.span()));
        box.setPadding(new Insets(8));
        box.getStyleClass().add("at-hand");
        box.setId("step4-context-" + c.unit().id());
        return box;
    }

    /** The unit's words in their turns, or a line saying they are being read. */
    private Node words(Span unit) {
        UnitInContext words = vm.contextWords().get(unit);
        return words == null ? Styled.wrapped(t.get("step4.recontext.loading"), "text-muted") : Step4Context.flow(words);
    }

    /** Puts the words just read into the entries of the units at {@code place}. */
    private void showContextWords(Span place) {
        for (Step4ViewModel.Context c : vm.context()) {
            if (c.span().equals(place) && contextList.lookup("#step4-context-" + c.unit().id()) instanceof VBox box) {
                box.getChildren().set(1, words(place));
            }
        }
    }

    Step4ViewModel model() {
        return vm;
    }

    /** Saves everything being typed now (as leaving an editor does). */
    void flush() {
        finalNameSave.flush();
        introSave.flush();
        sections.values().forEach(x -> x.save.flush());
    }
}
