package org.kondens.app.gui.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kondens.app.ErrorLog;
import org.kondens.app.gui.common.Css;
import org.kondens.app.gui.common.DialogService;
import org.kondens.app.gui.common.FxDialogs;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Menus;
import org.kondens.app.gui.common.RecentProjects;
import org.kondens.app.gui.common.Samples;
import org.kondens.app.gui.common.Shortcuts;
import org.kondens.app.gui.common.WorkView;
import org.kondens.app.gui.common.Workbench;
import org.kondens.app.gui.condensation.Step3View;
import org.kondens.app.gui.export.ExportView;
import org.kondens.app.gui.importing.ImportDialog;
import org.kondens.app.gui.meaningunits.Step2View;
import org.kondens.app.gui.overview.OverviewView;
import org.kondens.app.gui.review.ReviewRoundTrip;
import org.kondens.app.gui.review.ReviewView;
import org.kondens.app.gui.search.SearchView;
import org.kondens.app.gui.synthesis.Step4View;
import org.kondens.app.gui.totalimpression.Step1View;
import org.kondens.core.KondensException;
import org.kondens.core.PlainErrors;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.stc.Hints;

/**
 * The main window: menus, the step bar (1 Total impression … 4 Synthesis, Overview, Export)
 * with the search box, the project pane on the left, the chosen work area, and the status bar
 * (save state, index state, hints). Built again when the language changes.
 */
final class MainWindow {

    /** The work areas, in step-bar order. */
    enum Area { STEP1, STEP2, STEP3, STEP4, OVERVIEW, REVIEW, SEARCH, EXPORT }

    private final Workbench wb;
    private final I18n t;
    private final BorderPane root = new BorderPane();
    private final StackPane work = new StackPane();
    private final TextField quickSearch = new TextField();
    private final ToggleGroup steps = new ToggleGroup();
    private final Map<Area, WorkView> views = new EnumMap<>(Area.class);
    private final Map<Area, ToggleButton> buttons = new EnumMap<>(Area.class);
    private final Function<Area, WorkView> factory;
    private final Runnable switchLanguage;
    private final Runnable switchTheme;
    private final ExchangeDialogs exchange;
    private Scene scene;
    private MenuBar menuBar;
    private final Map<KeyCombination, String> sceneShortcuts = new java.util.LinkedHashMap<>();
    private boolean showingUnbuttoned;

    /** Shows {@code first}; with {@code drawFirst} only its step button, the area itself comes later ({@link #showUnlessShowing}). */
    MainWindow(Workbench wb, Runnable switchLanguage, Runnable switchTheme, Area first, boolean drawFirst) {
        this.wb = wb;
        this.t = wb.text();
        this.switchLanguage = switchLanguage;
        this.switchTheme = switchTheme;
        this.exchange = new ExchangeDialogs(wb, t, this::owner);
        DialogService dialogs = new FxDialogs(this::owner);
        this.factory = area -> switch (area) {
            case STEP1 -> new Step1View(wb, dialogs);
            case STEP2 -> new Step2View(wb);
            case STEP3 -> new Step3View(wb);
            case STEP4 -> new Step4View(wb);
            case OVERVIEW -> new OverviewView(wb);
            case REVIEW -> new ReviewView(wb, dialogs, step -> show(Area.values()[step - 1]), ReviewRoundTrip.core(t.locale()));
            case SEARCH -> new SearchView(wb, dialogs);
            case EXPORT -> new ExportView(wb);
        };
        menuBar = menus();
        Label reviewMode = new Label(t.get("review.mode.banner"));
        reviewMode.setId("review-mode-banner");
        reviewMode.setWrapText(true);
        reviewMode.setMaxWidth(Double.MAX_VALUE);
        reviewMode.getStyleClass().add("project-banner");
        reviewMode.setPadding(new Insets(6, 10, 6, 10));
        reviewMode.visibleProperty().bind(wb.reviewOnlyProperty());
        reviewMode.managedProperty().bind(reviewMode.visibleProperty());
        VBox top = new VBox(menuBar, new ProjectBanner(wb, () -> RestoreDialog.show(owner(), wb)).node(), reviewMode, stepBar());
        SplitPane center = new SplitPane(new ProjectPane(wb).node(), work);
        center.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(center.getItems().get(0), false);
        root.setTop(top);
        root.setCenter(center);
        root.setBottom(statusBar());
        wb.onError(this::showError);
        // "Show in the interview" anywhere (steps 3–4, search) opens the reader at the passage.
        wb.reveal.addListener((o, was, span) -> {
            if (span != null) {
                show(Area.STEP2);
            }
        });
        // A comment badge anywhere opens the Review panel at that element's comments.
        wb.reviewing.addListener((o, was, target) -> {
            if (target != null) {
                show(Area.REVIEW);
            }
        });
        if (!drawFirst) {
            show(first);
        } else if (buttons.containsKey(first)) {
            buttons.get(first).setSelected(true);
        }
    }

    /** Shows {@code area} unless a work area is shown already (the start: the user or a probe may have chosen one). */
    void showUnlessShowing(Area area) {
        if (work.getChildren().isEmpty()) {
            show(area);
        }
    }

    Scene scene() {
        if (scene == null) {
            scene = new Scene(root, 1280, 800);
            accelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), t.get("menu.search"), () -> show(Area.SEARCH));
            for (int i = 0; i < 4; i++) {
                Area a = Area.values()[i];
                accelerator(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)), KeyCombination.SHORTCUT_DOWN),
                        t.get("step." + (i + 1)), () -> show(a));
            }
        }
        return scene;
    }

    /** Binds {@code keys} in the scene, named for the shortcut list. */
    private void accelerator(KeyCombination keys, String name, Runnable action) {
        scene.getAccelerators().put(keys, action);
        sceneShortcuts.put(keys, name);
    }

    /** Every keyboard shortcut of the window (Help › Keyboard shortcuts). */
    java.util.List<Shortcuts.Shortcut> shortcuts() {
        return Shortcuts.list(menuBar, scene(), sceneShortcuts, Shortcuts.ofViews(t));
    }

    /** Shows a work area, building it the first time. */
    void show(Area area) {
        WorkView view = views.computeIfAbsent(area, factory);
        work.getChildren().setAll(view.node());
        // The Search area has its own query field: one search field on screen, not two.
        quickSearch.setVisible(area != Area.SEARCH);
        quickSearch.setManaged(area != Area.SEARCH);
        ToggleButton b = buttons.get(area);
        if (b != null) {
            b.setSelected(true);
        } else if (steps.getSelectedToggle() != null) {
            // an area without a step button (Search): no step is shown as current
            showingUnbuttoned = true;
            steps.getSelectedToggle().setSelected(false);
            showingUnbuttoned = false;
        }
        view.shown();
    }

    /** The Review panel, shown (its file dialogs belong to it). */
    private ReviewView review() {
        show(Area.REVIEW);
        return (ReviewView) views.get(Area.REVIEW);
    }

    private MenuBar menus() {
        Menu file = Menus.menu(t.get("menu.file"));
        MenuItem newProject = item("menu.new", "Shortcut+N", () -> NewProjectDialog.show(owner(), wb));
        MenuItem open = item("menu.open", "Shortcut+O", this::openDialog);
        Menu recent = Menus.menu(t.get("menu.recent"));
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : RecentProjects.list()) {
                MenuItem m = Menus.item(Menus.shorten(p.getFileName() + "  —  " + p.getParent()));
                m.setOnAction(x -> wb.open(p));
                recent.getItems().add(m);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = Menus.item(t.get("menu.recent.none"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        recent.getItems().add(Menus.item(t.get("menu.recent.none")));
        MenuItem sample = item("menu.sample", null, () -> Samples.folder().ifPresent(wb::openSample));
        MenuItem importFiles = item("menu.import", "Shortcut+I", () -> ImportDialog.show(owner(), wb));
        MenuItem importQdpx = item("menu.importQdpx", null, exchange::importQdpxDialog);
        MenuItem importReview = item("menu.importReview", null, () -> review().chooseImport());
        MenuItem importQdc = item("menu.importQdc", null, exchange::importQdcDialog);
        importQdc.disableProperty().bind(wb.fileProperty().isNull());
        MenuItem importLog = item("menu.importLog", null, exchange::showImportLog);
        importLog.disableProperty().bind(wb.fileProperty().isNull());
        MenuItem copy = item("menu.saveCopy", "Shortcut+Shift+S", this::saveCopyDialog);
        MenuItem restore = item("menu.restore", null, () -> RestoreDialog.show(owner(), wb));
        MenuItem quit = item("menu.quit", "Shortcut+Q", () -> owner().hide());
        file.getItems().addAll(newProject, open, recent, sample, new SeparatorMenuItem(), importFiles, importQdpx, importQdc, importLog, importReview, copy, restore, new SeparatorMenuItem(), quit);

        Menu edit = Menus.menu(t.get("menu.edit"));
        MenuItem undo = item("menu.undo", "Shortcut+Z", wb::undo);
        undo.textProperty().bind(Bindings.createStringBinding(() -> Menus.withName(t.get("menu.undo"), wb.undoNameProperty().get()),
                wb.undoNameProperty()));
        undo.disableProperty().bind(wb.undoNameProperty().isNull());
        MenuItem redo = item("menu.redo", "Shortcut+Shift+Z", wb::redo);
        redo.textProperty().bind(Bindings.createStringBinding(() -> Menus.withName(t.get("menu.redo"), wb.redoNameProperty().get()),
                wb.redoNameProperty()));
        redo.disableProperty().bind(wb.redoNameProperty().isNull());
        MenuItem redoY = item("menu.redo", "Shortcut+Y", wb::redo);
        redoY.setVisible(false); // a second accelerator for redo, as Windows users expect
        redoY.disableProperty().bind(wb.redoNameProperty().isNull());
        edit.getItems().addAll(undo, redo, redoY, new SeparatorMenuItem(), item("menu.search", null, () -> show(Area.SEARCH)));

        Menu view = Menus.menu(t.get("menu.view"));
        view.getItems().addAll(item("menu.theme", "Shortcut+Shift+D", switchTheme), item("menu.language", null, switchLanguage),
                new SeparatorMenuItem(), item("menu.overview", null, () -> show(Area.OVERVIEW)),
                item("menu.review", "Shortcut+Shift+R", () -> show(Area.REVIEW)));
        Menu export = Menus.menu(t.get("menu.export"));
        export.getItems().addAll(item("menu.exportStep", "Shortcut+E", () -> show(Area.EXPORT)),
                item("menu.exportReview", null, () -> review().chooseExport()));
        Menu help = Menus.menu(t.get("menu.help"));
        help.getItems().addAll(item("menu.method", null, () -> info(t.get("menu.method"), t.get("help.method"))),
                item("menu.shortcuts", null, this::showShortcuts), new SeparatorMenuItem(), item("menu.about", null, this::showAbout));
        MenuBar bar = new MenuBar(file, edit, view, export, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void showShortcuts() {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setId("shortcut-list");
        grid.setHgap(24);
        grid.setVgap(4);
        int row = 0;
        for (Shortcuts.Shortcut k : shortcuts()) {
            Label keys = new Label(k.keys());
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(k.action());
            action.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, keys, action);
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner());
        a.setTitle(t.get("menu.shortcuts"));
        a.setHeaderText(t.get("shortcuts.header"));
        a.getDialogPane().setContent(grid);
        a.getDialogPane().getStylesheets().add(Css.STYLESHEET);
        a.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        a.setResizable(true);
        a.show();
    }

    private void showAbout() {
        info(t.get("menu.about"), t.get("about.text", version(), System.getProperty("java.version"), System.getProperty("javafx.version", "?")));
    }

    /** The app's version, from the jar's manifest ("dev" when run from the build folders). */
    static String version() {
        String v = MainWindow.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem m = Menus.item(t.get(key));
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        m.setId(key.replace('.', '-'));
        return m;
    }

    private Node stepBar() {
        HBox bar = new HBox(4);
        bar.getStyleClass().add("step-bar");
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.setAlignment(Pos.CENTER_LEFT);
        String[] keys = {"step.1", "step.2", "step.3", "step.4", "step.overview", "step.review", null, "step.export"};
        for (Area a : Area.values()) {
            String key = keys[a.ordinal()];
            if (key == null) {
                continue;
            }
            ToggleButton b = new ToggleButton(t.get(key));
            b.setId("area-" + a.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(steps);
            b.setOnAction(e -> show(a));
            b.setFocusTraversable(true);
            buttons.put(a, b);
            bar.getChildren().add(b);
        }
        // A step button stays pressed: clicking the shown step again must not leave none selected.
        steps.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null && was != null && !showingUnbuttoned) {
                was.setSelected(true);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        TextField search = quickSearch;
        search.setId("quick-search");
        search.setPromptText(t.get("search.prompt"));
        search.setAccessibleText(t.get("search.prompt"));
        search.setPrefColumnCount(18);
        search.setOnAction(e -> {
            show(Area.SEARCH);
            if (views.get(Area.SEARCH) instanceof SearchView s) {
                s.search(search.getText());
            }
        });
        bar.getChildren().addAll(gap, search);
        return bar;
    }

    private Node statusBar() {
        Label saved = new Label();
        saved.setId("status");
        saved.textProperty().bind(wb.statusProperty());
        Label index = new Label();
        index.setId("index-state");
        index.textProperty().bind(wb.indexStatus().lineProperty());
        ProgressBar indexing = new ProgressBar();
        indexing.setId("index-progress");
        indexing.getStyleClass().add("small");
        indexing.progressProperty().bind(wb.indexStatus().progressProperty());
        Hyperlink stop = new Hyperlink(t.get("index.stop"));
        stop.setId("index-stop");
        stop.setTooltip(new Tooltip(t.get("index.stop.tip")));
        stop.setOnAction(e -> wb.cancelIndexing());
        for (Node n : List.of(indexing, stop)) {
            n.visibleProperty().bind(wb.indexStatus().buildingProperty());
            n.managedProperty().bind(n.visibleProperty());
        }
        Button hints = new Button();
        hints.setId("hints");
        hints.getStyleClass().add("flat");
        hints.textProperty().bind(Bindings.createStringBinding(() -> {
            ProjectSnapshot s = wb.snapshot();
            int n = s == null ? 0 : Hints.of(s).size();
            return t.get("status.hints", n);
        }, wb.snapshotProperty()));
        hints.setOnAction(e -> show(Area.OVERVIEW));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label language = new Label(t.norwegian() ? "nb" : "en");
        HBox bar = new HBox(16, saved, new Label("·"), index, indexing, stop, new Label("·"), hints, gap, language);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(2, 10, 2, 10));
        return bar;
    }

    /** File › Import a REFI-QDA project, Add a codebook, Import log. */
    ExchangeDialogs exchange() {
        return exchange;
    }

    private Window owner() {
        return root.getScene().getWindow();
    }

    private void openDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("menu.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("file.projects"), "*.kondens"));
        var f = chooser.showOpenDialog(owner());
        if (f != null) {
            wb.open(f.toPath());
        }
    }

    private void saveCopyDialog() {
        if (!wb.isOpen()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("menu.saveCopy"));
        chooser.setInitialFileName(wb.fileProperty().get().getFileName().toString().replace(".kondens", "") + "-kopi.kondens");
        var f = chooser.showSaveDialog(owner());
        if (f != null) {
            wb.saveCopy(f.toPath());
        }
    }

    /** Errors as readable dialogs; the technical details are one click away, never a crash. */
    void showError(Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        Alert alert = new Alert(cause instanceof KondensException ? Alert.AlertType.WARNING : Alert.AlertType.ERROR);
        alert.initOwner(owner());
        alert.setTitle("Kondens");
        alert.setHeaderText(cause instanceof KondensException k ? k.message(t.locale())
                : PlainErrors.reason(cause).map(r -> r.text(t.locale())).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1) + ".")
                        .orElse(t.get("error.unexpected")));
        if (!(cause instanceof KondensException)) {
            // The same error log as the command line's, so a bug report has the details either way.
            var log = ErrorLog.append("gui " + (wb.fileProperty().get() == null ? "" : wb.fileProperty().get().toAbsolutePath()), cause);
            StringWriter trace = new StringWriter();
            log.ifPresent(f -> trace.append(t.get("error.log", f)).append("\n\n"));
            cause.printStackTrace(new PrintWriter(trace));
            TextArea details = new TextArea(trace.toString());
            details.setEditable(false);
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.show();
    }

    private void info(String title, String text) {
        info(owner(), title, text);
    }

    /** A message with its title as header, over {@code owner}. */
    static void info(Window owner, String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.show();
    }
}
