package org.kondens.app.gui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kondens.app.gui.common.Css;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Styled;
import org.kondens.app.gui.common.WorkView;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.export.ExportFormat;
import org.kondens.core.export.ExportPreview;
import org.kondens.core.model.ProjectSnapshot;

/**
 * Exports for the thesis: every format core writes, with what it is for, its options (layout of
 * the findings table, a Word template), a preview of the table it will contain, and "Save as…"
 * that writes in the background and then offers to open the file in the system's program. The
 * rules live in {@link ExportViewModel}; this class lays out, binds and shows the file choosers.
 */
public final class ExportView implements WorkView {

    /** Rows drawn in the preview at most; the file holds them all. */
    static final int PREVIEW_ROWS = 120;

    private final Workbench wb;
    private final ExportViewModel vm;
    private final I18n t;
    private final SplitPane node = new SplitPane();
    final ListView<ExportFormat> formats = new ListView<>();
    /** The preview: the export's table drawn as a grid, header row first, as in the document. */
    final GridPane preview = new GridPane();
    private final ScrollPane previewScroll = new ScrollPane(preview);
    private final Label templateLabel = new Label();

    public ExportView(Workbench wb) {
        this.wb = wb;
        this.vm = new ExportViewModel(wb);
        this.t = wb.text();
        node.setId("export-view");

        formats.setId("export-formats");
        formats.setAccessibleText(t.get("export.formats"));
        formats.getItems().setAll(vm.formats());
        formats.setCellFactory(list -> new FormatCell());
        Label formatsHead = Styled.label(t.get("export.formats"), "title-4");
        VBox left = new VBox(8, formatsHead, formats);
        VBox.setVgrow(formats, Priority.ALWAYS);
        left.setPadding(new Insets(12, 8, 12, 12));
        left.setMinWidth(240);

        Label title = Styled.label("", "title-3");
        title.setId("export-title");
        Label description = Styled.wrapped("", "text-muted");
        vm.format.addListener((o, a, f) -> {
            title.setText(vm.name(f));
            description.setText(vm.describe(f) + " " + t.get("export.fileType", f.extension()));
        });

        ToggleGroup layout = new ToggleGroup();
        RadioButton columns = new RadioButton(t.get("export.layout.columns"));
        columns.setId("export-layout-columns");
        columns.setToggleGroup(layout);
        columns.setSelected(true);
        RadioButton rows = new RadioButton(t.get("export.layout.rows"));
        rows.setId("export-layout-rows");
        rows.setToggleGroup(layout);
        rows.selectedProperty().bindBidirectional(vm.rowsLayout);
        HBox layoutBox = new HBox(12, label(t.get("export.layout")), columns, rows);
        layoutBox.setAlignment(Pos.CENTER_LEFT);
        shownWhen(layoutBox, vm.layoutApplies());

        Button templateButton = new Button(t.get("export.template.choose"));
        templateButton.setId("export-template");
        templateButton.setOnAction(e -> chooseTemplate());
        Button clearTemplate = new Button(t.get("export.template.clear"));
        clearTemplate.setId("export-template-clear");
        clearTemplate.setOnAction(e -> vm.template.set(null));
        clearTemplate.disableProperty().bind(vm.template.isNull());
        templateLabel.setId("export-template-name");
        templateLabel.getStyleClass().add("text-muted");
        vm.template.addListener((o, a, file) -> showTemplate(file));
        showTemplate(null);
        HBox templateBox = new HBox(8, label(t.get("export.template")), templateLabel, templateButton, clearTemplate);
        templateBox.setAlignment(Pos.CENTER_LEFT);
        shownWhen(templateBox, vm.templateApplies());

        Label previewHead = Styled.label(t.get("export.preview"), "title-4");
        Label caption = Styled.label("", "text-italic");
        caption.setId("export-caption");
        caption.textProperty().bind(vm.previewProperty().map(ExportPreview::caption));
        caption.visibleProperty().bind(caption.textProperty().isNotEmpty());
        preview.setId("export-preview");
        preview.getStyleClass().add("export-preview");
        previewScroll.setFitToWidth(true);
        previewScroll.setId("export-preview-scroll");
        Label noPreview = Styled.wrapped("", "text-muted");
        noPreview.setId("export-no-preview");
        noPreview.textProperty().bind(vm.previewNoteProperty());
        noPreview.visibleProperty().bind(noPreview.textProperty().isNotEmpty());
        StackPane previewArea = new StackPane(previewScroll, noPreview);
        StackPane.setAlignment(noPreview, Pos.TOP_LEFT);
        VBox.setVgrow(previewArea, Priority.ALWAYS);

        VBox right = new VBox(10, new VBox(4, title, description), layoutBox, templateBox, new Region(),
                previewHead, caption, previewArea, actions());
        right.setPadding(new Insets(12, 16, 12, 12));
        node.getItems().addAll(left, right);
        node.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(left, false);

        vm.previewProperty().addListener((o, a, p) -> drawPreview(p));
        formats.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null) {
                vm.format.set(f);
            }
        });
        vm.format.addListener((o, a, f) -> formats.getSelectionModel().select(f));
        formats.getSelectionModel().select(vm.format.get());
        title.setText(vm.name(vm.format.get()));
        description.setText(vm.describe(vm.format.get()) + " " + t.get("export.fileType", vm.format.get().extension()));
        drawPreview(vm.previewProperty().get());
    }

    private Node actions() {
        Button save = new Button(t.get("export.save"));
        save.setId("export-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> saveDialog());
        save.disableProperty().bind(vm.canSave().not());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("export-busy");
        busy.setPrefSize(20, 20);
        busy.setMaxSize(20, 20);
        busy.visibleProperty().bind(vm.busyProperty());
        Label status = new Label();
        status.setId("export-status");
        status.setWrapText(true);
        status.setMinWidth(0);
        status.textProperty().bind(vm.statusProperty());
        vm.outcomeProperty().addListener((o, a, outcome) -> {
            Css.set(status, "success", outcome == ExportViewModel.Outcome.SAVED);
            Css.set(status, "danger", outcome == ExportViewModel.Outcome.REFUSED);
        });
        Button open = new Button(t.get("export.open"));
        open.setId("export-open");
        shownWhen(open, vm.savedProperty().isNotNull());
        open.setOnAction(e -> OpenFile.open(vm.savedProperty().get(), vm::openFailed));
        vm.savedProperty().addListener((o, a, p) -> {
            status.setTooltip(p == null ? null : new Tooltip(p.toAbsolutePath().toString()));
            if (p != null) {
                open.requestFocus();
            }
        });
        HBox actions = new HBox(10, save, busy, status, open);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.SOMETIMES);
        return actions;
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void shown() {
        formats.requestFocus();
    }

    ExportViewModel model() {
        return vm;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static void shownWhen(Node n, javafx.beans.value.ObservableValue<Boolean> on) {
        n.visibleProperty().bind(on);
        n.managedProperty().bind(on);
    }

    private final class FormatCell extends ListCell<ExportFormat> {
        private final Label name = new Label();
        private final Label desc = new Label();
        private final VBox box = new VBox(2, name, desc);

        FormatCell() {
            name.getStyleClass().add("text-bold");
            for (Label l : List.of(name, desc)) {
                l.setWrapText(true);
                l.setMinWidth(0);
                l.prefWidthProperty().bind(formats.widthProperty().subtract(36));
                l.maxWidthProperty().bind(l.prefWidthProperty());
                l.setMinHeight(Region.USE_PREF_SIZE);
            }
            desc.getStyleClass().addAll("text-muted", "text-small");
            box.setMinWidth(0);
            box.setPadding(new Insets(3, 0, 3, 0));
        }

        @Override
        protected void updateItem(ExportFormat f, boolean empty) {
            super.updateItem(f, empty);
            setText(null);
            if (empty || f == null) {
                setGraphic(null);
                return;
            }
            name.setText(vm.name(f));
            desc.setText(vm.describe(f) + "  (" + f.extension() + ")");
            setAccessibleText(vm.name(f) + " (" + f.extension() + "): " + vm.describe(f));
            setGraphic(box);
        }
    }

    // ---- choosing

    /** Chooses a format as a click in the list would. */
    void select(ExportFormat f) {
        formats.getSelectionModel().select(f);
    }

    private void chooseTemplate() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("export.template.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("export.template.files"), "*.docx", "*.dotx"));
        startIn(chooser);
        File f = chooser.showOpenDialog(node.getScene() == null ? null : node.getScene().getWindow());
        if (f != null) {
            vm.template.set(f.toPath());
        }
    }

    private void showTemplate(Path file) {
        templateLabel.setText(file == null ? t.get("export.template.none") : file.getFileName().toString());
        templateLabel.setTooltip(file == null ? null : new Tooltip(file.toString()));
    }

    private void startIn(FileChooser chooser) {
        Path folder = vm.startFolder();
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
    }

    // ---- preview

    private void drawPreview(ExportPreview p) {
        preview.getChildren().clear();
        preview.getColumnConstraints().clear();
        previewScroll.setVisible(p.rows().size() > 1);
        if (!previewScroll.isVisible()) {
            return;
        }
        int columns = p.rows().get(0).size();
        boolean wide = columns > 6;
        previewScroll.setFitToWidth(!wide);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            if (wide) {
                final int col = c;
                int longest = p.rows().stream().limit(40).mapToInt(r -> col < r.size() ? r.get(col).length() : 0).max().orElse(0);
                cc.setPrefWidth(Math.max(80, Math.min(260, 7.5 * longest + 26)));
                cc.setMinWidth(70);
            } else {
                cc.setPercentWidth(100.0 / columns);
            }
            cc.setFillWidth(true);
            preview.getColumnConstraints().add(cc);
        }
        int shownRows = Math.min(p.rows().size(), PREVIEW_ROWS + 1);
        for (int r = 0; r < shownRows; r++) {
            List<String> row = p.rows().get(r);
            for (int c = 0; c < columns; c++) {
                String value = c < row.size() ? row.get(c) : "";
                preview.add(cell(value, r == 0, p.bold().contains(r)), c, r);
            }
        }
        if (p.rows().size() > shownRows) {
            Label more = Styled.label(t.get("export.preview.more", p.rows().size() - shownRows), "text-muted");
            more.setPadding(new Insets(6, 4, 6, 4));
            preview.add(more, 0, shownRows, columns, 1);
        }
    }

    private static Label cell(String value, boolean header, boolean bold) {
        Label l = new Label(value.length() > 600 ? value.substring(0, 597) + "…" : value);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.setAlignment(Pos.TOP_LEFT);
        l.setPadding(new Insets(5, 7, 5, 7));
        l.getStyleClass().add("export-cell");
        if (header) {
            l.getStyleClass().add("export-head");
        }
        if (header || bold) {
            l.getStyleClass().add("text-bold");
        }
        GridPane.setFillWidth(l, true);
        GridPane.setFillHeight(l, true);
        return l;
    }

    ExportPreview shownPreview() {
        return vm.previewProperty().get();
    }

    // ---- saving

    private void saveDialog() {
        ExportFormat f = vm.format.get();
        ProjectSnapshot s = wb.snapshot();
        if (f == null || s == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("export.save.title", vm.name(f)));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(vm.name(f) + " (*" + f.extension() + ")", "*" + f.extension()));
        chooser.setInitialFileName(vm.fileName(s, f));
        startIn(chooser);
        File file = chooser.showSaveDialog(node.getScene() == null ? null : node.getScene().getWindow());
        if (file != null) {
            vm.saveAs(file.toPath());
        }
    }

    /** What "Save as…" does after the file chooser. */
    java.util.concurrent.CompletableFuture<Path> saveTo(Path path) {
        return vm.saveTo(path);
    }
}
