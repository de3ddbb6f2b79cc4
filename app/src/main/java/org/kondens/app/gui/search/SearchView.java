package org.kondens.app.gui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.apache.lucene.analysis.Analyzer;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Menus;
import org.kondens.app.gui.common.Shortcuts;
import org.kondens.app.gui.common.WorkView;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.KondensException;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Language;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.kondens.core.search.SearchFilter;
import org.kondens.core.search.SearchHit;
import org.kondens.core.search.SearchQuery;
import org.kondens.core.search.SearchResult;
import org.kondens.core.search.TextAnalysis;

/**
 * Searching the transcripts: the query language of core (inflections, "phrases", =exact,
 * prefix*, og/eller/ikke), filters, a keyword-in-context list, and counts per informant and per
 * transcript. A hit leads back to the interview (the reader shows it) or becomes a meaning unit.
 * Syntax errors are told in a line under the box, never in a dialog.
 */
public final class SearchView implements WorkView {

    /** KWIC lines asked for; the counts cover every match. */
    static final int LIMIT = 300;

    /** A filter choice: {@code id} null means "all". */
    record Choice(UUID id, String label, SpeakerRole role) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Workbench wb;
    private final I18n t;
    private final BorderPane node = new BorderPane();
    final TextField query = new TextField();
    final Button run = new Button();
    final ComboBox<Choice> informant = new ComboBox<>();
    final ComboBox<Choice> transcript = new ComboBox<>();
    final ComboBox<Choice> role = new ComboBox<>();
    final ComboBox<Choice> group = new ComboBox<>();
    final ComboBox<Choice> subgroup = new ComboBox<>();
    final CheckBox uncoded = new CheckBox();
    final Label error = new Label();
    final Label summary = new Label();
    final Label feedback = new Label();
    final ListView<SearchHit> hits = new ListView<>();
    final Button reveal = new Button();
    final Button makeUnit = new Button();
    private final Label syntax = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final GridPane perInformant = new GridPane();
    private final GridPane perTranscript = new GridPane();
    private final PauseTransition rerun = new PauseTransition(Duration.millis(250));
    private final ContextMenu groupChooser = new ContextMenu();
    private int generation;
    private boolean filling;
    /** The last query that ran without a syntax error: filters and project changes run it again. */
    private String lastQuery;
    private SearchResult result;
    private Analyzer analyzer;
    private Language analyzerLanguage;

    public SearchView(Workbench wb) {
        this.wb = wb;
        this.t = wb.text();
        node.setId("search-view");
        node.setTop(top());
        node.setCenter(center());
        node.setBottom(bottom());
        rerun.setOnFinished(e -> {
            if (lastQuery != null && wb.snapshot() != null) {
                runQuery(lastQuery);
            }
        });
        wb.snapshotProperty().addListener((o, a, s) -> projectChanged(s));
        projectChanged(wb.snapshot());
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void shown() {
        query.requestFocus();
    }

    /** Runs {@code query} (from the quick-search box). */
    public void search(String text) {
        query.setText(text == null ? "" : text);
        runQuery(query.getText());
    }

    // ---- building

    private Node top() {
        query.setId("search-query");
        query.setPromptText(t.get("search.query.prompt"));
        query.setAccessibleText(t.get("search.query.prompt"));
        query.setOnAction(e -> runQuery(query.getText()));
        HBox.setHgrow(query, Priority.ALWAYS);
        run.setId("search-run");
        run.setText(t.get("search.run"));
        run.getStyleClass().add("accent");
        run.setOnAction(e -> runQuery(query.getText()));
        busy.setId("search-busy");
        busy.setPrefSize(20, 20);
        busy.setMaxSize(20, 20);
        busy.setVisible(false);
        HBox box = new HBox(8, query, run, busy);
        box.setAlignment(Pos.CENTER_LEFT);

        syntax.setId("search-syntax");
        syntax.getStyleClass().addAll("text-muted", "text-small");
        syntax.setWrapText(true);

        setUp(informant, "search-informant", "search.filter.informant");
        setUp(transcript, "search-transcript", "search.filter.transcript");
        setUp(role, "search-role", "search.filter.role");
        setUp(group, "search-group", "search.filter.group");
        setUp(subgroup, "search-subgroup", "search.filter.subgroup");
        role.getItems().setAll(new Choice(null, t.get("search.role.all"), null),
                new Choice(null, t.get("search.role.informant"), SpeakerRole.INFORMANT),
                new Choice(null, t.get("search.role.interviewer"), SpeakerRole.INTERVIEWER));
        role.getSelectionModel().select(0);
        group.valueProperty().addListener((o, a, g) -> fillSubgroups(wb.snapshot()));
        uncoded.setId("search-uncoded");
        uncoded.setText(t.get("search.filter.uncoded"));
        uncoded.setTooltip(new Tooltip(t.get("search.filter.uncoded.tip")));
        uncoded.selectedProperty().addListener((o, a, b) -> {
            group.setDisable(b);
            subgroup.setDisable(b || group.getValue() == null || group.getValue().id() == null);
            filtersChanged();
        });
        Label filterLabel = new Label(t.get("search.filters"));
        filterLabel.getStyleClass().add("text-muted");
        FlowPane filters = new FlowPane(8, 6, filterLabel, informant, transcript, role, group, subgroup, uncoded);
        filters.setAlignment(Pos.CENTER_LEFT);

        error.setId("search-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        summary.setId("search-summary");
        summary.getStyleClass().add("text-muted");

        VBox top = new VBox(6, box, syntax, filters, error, summary);
        top.setPadding(new Insets(10, 12, 6, 12));
        return top;
    }

    private void setUp(ComboBox<Choice> box, String id, String key) {
        box.setId(id);
        box.setAccessibleText(t.get(key));
        box.setTooltip(new Tooltip(t.get(key)));
        box.setPrefWidth(170);
        box.valueProperty().addListener((o, a, b) -> filtersChanged());
    }

    private Node center() {
        hits.setId("search-hits");
        hits.setAccessibleText(t.get("search.hits"));
        hits.setCellFactory(list -> {
            SearchHitCell cell = new SearchHitCell(list, this::who);
            // One click chooses a hit (so "Make meaning unit…" can act on it); a double click, or
            // Enter, shows it in its interview.
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !cell.isEmpty()) {
                    revealHit(cell.getItem());
                }
            });
            return cell;
        });
        Label placeholder = new Label(t.get("search.placeholder"));
        placeholder.getStyleClass().add("text-muted");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(520);
        hits.setPlaceholder(placeholder);
        hits.setOnKeyPressed(e -> {
            SearchHit hit = hits.getSelectionModel().getSelectedItem();
            if (hit == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                revealHit(hit);
                e.consume();
            } else if (Shortcuts.MAKE_UNIT.match(e)) {
                chooseGroup(hits, hit);
                e.consume();
            }
        });
        hits.setContextMenu(new ContextMenu());
        hits.setOnContextMenuRequested(e -> fillContextMenu(hits.getContextMenu(), hits.getSelectionModel().getSelectedItem()));

        Label byInformant = new Label(t.get("search.perInformant"));
        Label byTranscript = new Label(t.get("search.perTranscript"));
        for (Label l : List.of(byInformant, byTranscript)) {
            l.getStyleClass().add("text-bold");
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        perInformant.setId("search-per-informant");
        perTranscript.setId("search-per-transcript");
        for (GridPane g : List.of(perInformant, perTranscript)) {
            g.setHgap(8);
            g.setVgap(3);
            ColumnConstraints name = new ColumnConstraints();
            name.setHgrow(Priority.ALWAYS);
            name.setMinWidth(60);
            g.getColumnConstraints().setAll(name, new ColumnConstraints(70), new ColumnConstraints(28));
        }
        VBox side = new VBox(8, byInformant, perInformant, new Region(), byTranscript, perTranscript);
        side.setPadding(new Insets(8, 12, 8, 12));
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setMinWidth(200);
        SplitPane split = new SplitPane(hits, sideScroll);
        split.setDividerPositions(0.76);
        SplitPane.setResizableWithParent(sideScroll, false);
        BorderPane.setMargin(split, new Insets(0, 12, 0, 12));
        return split;
    }

    private Node bottom() {
        reveal.setId("search-reveal");
        reveal.setText(t.get("search.reveal"));
        reveal.setTooltip(new Tooltip(t.get("search.reveal.tip")));
        reveal.setOnAction(e -> revealHit(hits.getSelectionModel().getSelectedItem()));
        makeUnit.setId("search-make-unit");
        makeUnit.setText(t.get("search.makeUnit"));
        makeUnit.setTooltip(new Tooltip(t.get("search.makeUnit.tip")));
        makeUnit.setOnAction(e -> chooseGroup(makeUnit, hits.getSelectionModel().getSelectedItem()));
        reveal.disableProperty().bind(hits.getSelectionModel().selectedItemProperty().isNull());
        makeUnit.disableProperty().bind(hits.getSelectionModel().selectedItemProperty().isNull());
        feedback.setId("search-feedback");
        feedback.getStyleClass().add("success");
        HBox bar = new HBox(8, reveal, makeUnit, feedback);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 10, 12));
        return bar;
    }

    // ---- the project

    private void projectChanged(ProjectSnapshot s) {
        filling = true;
        try {
            if (s == null) {
                informant.getItems().clear();
                transcript.getItems().clear();
                group.getItems().clear();
                subgroup.getItems().clear();
                hits.getItems().clear();
                clearCounts();
                summary.setText("");
                lastQuery = null;
                return;
            }
            syntax.setText(t.get(s.project().language() == Language.EN ? "search.syntax.en" : "search.syntax.nb"));
            List<Choice> people = new ArrayList<>(List.of(new Choice(null, t.get("search.informant.all"), null)));
            for (Informant i : s.informants()) {
                people.add(new Choice(i.id(), i.label(), null));
            }
            refill(informant, people);
            List<Choice> texts = new ArrayList<>(List.of(new Choice(null, t.get("search.transcript.all"), null)));
            for (Transcript tr : s.transcripts()) {
                texts.add(new Choice(tr.id(), tr.title(), null));
            }
            refill(transcript, texts);
            List<Choice> groups = new ArrayList<>(List.of(new Choice(null, t.get("search.group.all"), null)));
            for (CodeGroup g : s.codeGroups()) {
                groups.add(new Choice(g.id(), g.workingName(), null));
            }
            refill(group, groups);
            fillSubgroups(s);
        } finally {
            filling = false;
        }
        if (lastQuery != null) {
            rerun.playFromStart();
        }
    }

    private void fillSubgroups(ProjectSnapshot s) {
        boolean was = filling;
        filling = true;
        try {
            List<Choice> subs = new ArrayList<>(List.of(new Choice(null, t.get("search.subgroup.all"), null)));
            Choice g = group.getValue();
            if (s != null && g != null && g.id() != null) {
                for (Subgroup sub : s.subgroupsOf(g.id())) {
                    subs.add(new Choice(sub.id(), sub.name(), null));
                }
            }
            refill(subgroup, subs);
            subgroup.setDisable(uncoded.isSelected() || g == null || g.id() == null);
        } finally {
            filling = was;
        }
    }

    /** New choices, keeping the chosen one (by id) where it still exists. */
    private static void refill(ComboBox<Choice> box, List<Choice> choices) {
        UUID chosen = box.getValue() == null ? null : box.getValue().id();
        box.getItems().setAll(choices);
        Choice keep = choices.stream().filter(c -> Objects.equals(c.id(), chosen)).findFirst().orElse(choices.get(0));
        box.getSelectionModel().select(keep);
    }

    private void filtersChanged() {
        if (filling) {
            return;
        }
        if (lastQuery != null || !query.getText().isBlank()) {
            runQuery(query.getText());
        }
    }

    SearchFilter filter() {
        SearchFilter f = SearchFilter.NONE;
        if (informant.getValue() != null && informant.getValue().id() != null) {
            f = f.withInformants(Set.of(informant.getValue().id()));
        }
        if (transcript.getValue() != null && transcript.getValue().id() != null) {
            f = f.withTranscripts(Set.of(transcript.getValue().id()));
        }
        if (role.getValue() != null && role.getValue().role() != null) {
            f = f.withRole(role.getValue().role());
        }
        if (uncoded.isSelected()) {
            f = f.uncoded(true);
        } else if (group.getValue() != null && group.getValue().id() != null) {
            UUID sub = subgroup.getValue() == null ? null : subgroup.getValue().id();
            f = f.inCodeGroup(group.getValue().id(), sub);
        }
        return f;
    }

    // ---- searching

    private void runQuery(String text) {
        ProjectSnapshot s = wb.snapshot();
        if (s == null) {
            showError(t.get("search.noProject"));
            return;
        }
        try {
            SearchQuery.parse(text, s.project().language(), analyzer(s.project().language()));
        } catch (KondensException e) {
            generation++;
            busy.setVisible(false);
            showError(e.message(t.locale()));
            return;
        }
        showError(null);
        int mine = ++generation;
        busy.setVisible(true);
        String q = text.strip();
        wb.search(q, filter(), LIMIT).whenComplete((r, e) -> {
            if (mine != generation) {
                return; // a newer search is on its way
            }
            busy.setVisible(false);
            if (e != null) {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                showError(cause instanceof KondensException k ? k.message(t.locale()) : t.get("search.failed"));
                return;
            }
            lastQuery = q;
            show(r);
        });
    }

    private Analyzer analyzer(Language language) {
        if (analyzer == null || analyzerLanguage != language) {
            analyzer = TextAnalysis.forLanguage(language);
            analyzerLanguage = language;
        }
        return analyzer;
    }

    private void showError(String message) {
        boolean on = message != null && !message.isBlank();
        error.setText(on ? message : "");
        error.setVisible(on);
        error.setManaged(on);
    }

    private void show(SearchResult r) {
        this.result = r;
        SearchHit selected = hits.getSelectionModel().getSelectedItem();
        hits.getItems().setAll(r.hits());
        if (selected != null) {
            r.hits().stream().filter(h -> h.transcriptId().equals(selected.transcriptId()) && h.start() == selected.start())
                    .findFirst().ifPresent(h -> hits.getSelectionModel().select(h));
        }
        String text;
        if (r.passages() == 0) {
            text = t.get("search.none", r.query());
        } else {
            text = t.get("search.summary", r.passages(), r.hits().size(), r.perInformant().size(), r.perTranscript().size());
            if (r.truncated()) {
                text += " " + t.get("search.truncated", LIMIT);
            }
        }
        summary.setText(text);
        fillCounts(perInformant, r.perInformant());
        fillCounts(perTranscript, r.perTranscript());
    }

    SearchResult result() {
        return result;
    }

    private void clearCounts() {
        perInformant.getChildren().clear();
        perTranscript.getChildren().clear();
    }

    private void fillCounts(GridPane grid, Map<String, Integer> counts) {
        grid.getChildren().clear();
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int row = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String name = e.getKey() == null || e.getKey().isBlank() ? t.get("search.unknownSpeaker") : e.getKey();
            Label label = new Label(name);
            label.setMinWidth(0);
            label.setTooltip(new Tooltip(name));
            Region bar = new Region();
            bar.getStyleClass().add("speaker-bar");
            bar.setMinHeight(8);
            bar.setMaxHeight(8);
            double w = Math.max(3, 70.0 * e.getValue() / Math.max(1, max));
            bar.setMinWidth(w);
            bar.setMaxWidth(w);
            bar.setOpacity(0.75);
            Label n = new Label(String.valueOf(e.getValue()));
            n.getStyleClass().add("text-muted");
            grid.addRow(row++, label, bar, n);
        }
        if (counts.isEmpty()) {
            Label none = new Label("—");
            none.getStyleClass().add("text-muted");
            grid.addRow(0, none);
        }
    }

    private String who(SearchHit hit) {
        ProjectSnapshot s = wb.snapshot();
        if (hit.informantId() != null && s != null) {
            var i = s.informant(hit.informantId());
            if (i.isPresent()) {
                return i.get().label();
            }
        }
        if (hit.role() == SpeakerRole.INTERVIEWER) {
            String speaker = hit.speaker() == null ? "" : hit.speaker();
            String word = t.get("search.role.interviewer");
            return speaker.isEmpty() ? word : speaker.equalsIgnoreCase(word) || speaker.toLowerCase(java.util.Locale.ROOT).startsWith("interv")
                    ? speaker : t.get("search.interviewer", speaker);
        }
        return hit.speaker() == null ? t.get("search.noSpeaker") : hit.speaker();
    }

    // ---- from a hit

    /** Shows the hit in its interview: the step-2 reader scrolls to it and selects it. */
    void revealHit(SearchHit hit) {
        if (hit == null) {
            return;
        }
        wb.transcript.set(hit.transcriptId());
        wb.reveal.set(null);
        wb.reveal.set(hit.span());
    }

    private void chooseGroup(Node anchor, SearchHit hit) {
        ProjectSnapshot s = wb.snapshot();
        if (hit == null || s == null) {
            return;
        }
        groupChooser.getItems().setAll(groupItems(s, hit));
        groupChooser.show(anchor, Side.TOP, 0, 0);
    }

    private List<MenuItem> groupItems(ProjectSnapshot s, SearchHit hit) {
        List<MenuItem> items = new ArrayList<>();
        MenuItem title = Menus.item(t.get("search.chooseGroup"));
        title.setDisable(true);
        items.add(title);
        for (CodeGroup g : s.codeGroups()) {
            MenuItem m = Menus.item(g.workingName(), swatch(g.color()));
            m.setId("search-group-" + g.id());
            m.setOnAction(e -> makeMeaningUnit(hit, g.id()));
            items.add(m);
        }
        if (s.codeGroups().isEmpty()) {
            MenuItem none = Menus.item(t.get("search.noGroups"));
            none.setDisable(true);
            items.add(none);
        }
        return items;
    }

    private void fillContextMenu(ContextMenu menu, SearchHit hit) {
        menu.getItems().clear();
        ProjectSnapshot s = wb.snapshot();
        if (hit == null || s == null) {
            return;
        }
        MenuItem show = Menus.item(t.get("search.reveal"));
        show.setOnAction(e -> revealHit(hit));
        Menu unit = Menus.menu(t.get("search.makeUnitIn"));
        List<MenuItem> groups = groupItems(s, hit);
        unit.getItems().setAll(groups.subList(1, groups.size()));
        menu.getItems().addAll(show, new SeparatorMenuItem(), unit);
    }

    private static Node swatch(String color) {
        Rectangle r = new Rectangle(12, 12);
        try {
            r.setFill(Color.web(color == null ? "#888888" : color));
        } catch (IllegalArgumentException e) {
            r.setFill(Color.GRAY);
        }
        r.setArcWidth(3);
        r.setArcHeight(3);
        return r;
    }

    /** Marks the sentence around {@code hit} as a meaning unit in code group {@code groupId}. */
    CompletableFuture<MeaningUnit> makeMeaningUnit(SearchHit hit, UUID groupId) {
        ProjectSnapshot s = wb.snapshot();
        String name = s == null ? "" : s.codeGroups().stream().filter(g -> g.id().equals(groupId)).map(CodeGroup::workingName)
                .findFirst().orElse("");
        feedback.setText("");
        CompletableFuture<MeaningUnit> made = wb.edit(p -> p.addMeaningUnit(hit.sentence(), List.of(new Membership(groupId, null))));
        made.thenAccept(u -> feedback.setText(t.get("search.unitMade", name, who(hit))));
        return made;
    }
}
