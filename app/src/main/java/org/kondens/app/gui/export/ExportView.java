package org.kondens.app.gui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
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
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.WorkView;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.KondensException;
import org.kondens.core.export.ExportFormat;
import org.kondens.core.export.ExportOptions;
import org.kondens.core.export.ExportPreview;
import org.kondens.core.export.Exports;
import org.kondens.core.model.ProjectSnapshot;

/**
 * Exports for the thesis: every format core writes, with what it is for, its options (layout of
 * the findings table, a Word template), a preview of the table it will contain, and "Save as…"
 * that writes in the background and then offers to open the file in the system's program.
 */
public final class ExportView implements WorkView {

    /** Where the last export went, so the next "Save as…" starts there. */
    private static File lastFolder;

    private final Workbench wb;
    private final I18n t;
    private final SplitPane node = new SplitPane();
    final ListView<ExportFormat> formats = new ListView<>();
    final RadioButton columns = new RadioButton();
    final RadioButton rows = new RadioButton();
    final Button templateButton = new Button();
    final Button clearTemplate = new Button();
    final Button save = new Button();
    final Button open = new Button();
    final Label status = new Label();
    /** The preview: the export's table drawn as a grid, header row first, as in the document. */
    final GridPane preview = new GridPane();
    private final ScrollPane previewScroll = new ScrollPane(preview);
    private final Label title = new Label();
    private final Label description = new Label();
    private final Label caption = new Label();
    private final Label templateLabel = new Label();
    private final Label noPreview = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final HBox layoutBox;
    private final HBox templateBox;
    private Path template;
    private Path saved;
    private ExportPreview shown;

    public ExportView(Workbench wb) {
        this.wb = wb;
        this.t = wb.text();
        node.setId("export-view");

        formats.setId("export-formats");
        formats.setAccessibleText(t.get("export.formats"));
        formats.getItems().setAll(ExportFormat.values());
        formats.setCellFactory(list -> new FormatCell());
        Label formatsHead = new Label(t.get("export.formats"));
        formatsHead.getStyleClass().add("title-4");
        VBox left = new VBox(8, formatsHead, formats);
        VBox.setVgrow(formats, Priority.ALWAYS);
        left.setPadding(new Insets(12, 8, 12, 12));
        left.setMinWidth(240);

        title.getStyleClass().add("title-3");
        title.setId("export-title");
        description.setWrapText(true);
        description.getStyleClass().add("text-muted");

        ToggleGroup layout = new ToggleGroup();
        columns.setId("export-layout-columns");
        columns.setText(t.get("export.layout.columns"));
        columns.setToggleGroup(layout);
        columns.setSelected(true);
        rows.setId("export-layout-rows");
        rows.setText(t.get("export.layout.rows"));
        rows.setToggleGroup(layout);
        layout.selectedToggleProperty().addListener((o, a, b) -> refreshPreview());
        layoutBox = new HBox(12, label(t.get("export.layout")), columns, rows);
        layoutBox.setAlignment(Pos.CENTER_LEFT);

        templateButton.setId("export-template");
        templateButton.setText(t.get("export.template.choose"));
        templateButton.setOnAction(e -> chooseTemplate());
        clearTemplate.setId("export-template-clear");
        clearTemplate.setText(t.get("export.template.clear"));
        clearTemplate.setOnAction(e -> setTemplate(null));
        templateLabel.setId("export-template-name");
        templateLabel.getStyleClass().add("text-muted");
        templateBox = new HBox(8, label(t.get("export.template")), templateLabel, templateButton, clearTemplate);
        templateBox.setAlignment(Pos.CENTER_LEFT);
        setTemplate(null);

        Label previewHead = new Label(t.get("export.preview"));
        previewHead.getStyleClass().add("title-4");
        caption.setId("export-caption");
        caption.getStyleClass().add("text-italic");
        preview.setId("export-preview");
        preview.getStyleClass().add("export-preview");
        previewScroll.setFitToWidth(true);
        previewScroll.setId("export-preview-scroll");
        noPreview.setId("export-no-preview");
        noPreview.setWrapText(true);
        noPreview.getStyleClass().add("text-muted");
        StackPane previewArea = new StackPane(previewScroll, noPreview);
        StackPane.setAlignment(noPreview, Pos.TOP_LEFT);
        VBox.setVgrow(previewArea, Priority.ALWAYS);

        save.setId("export-save");
        save.setText(t.get("export.save"));
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.setOnAction(e -> saveDialog());
        busy.setId("export-busy");
        busy.setPrefSize(20, 20);
        busy.setMaxSize(20, 20);
        busy.setVisible(false);
        status.setId("export-status");
        status.setWrapText(true);
        status.setMinWidth(0);
        open.setId("export-open");
        open.setText(t.get("export.open"));
        open.setVisible(false);
        open.setManaged(false);
        open.setOnAction(e -> openSaved());
        HBox actions = new HBox(10, save, busy, status, open);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.SOMETIMES);

        VBox right = new VBox(10, new VBox(4, title, description), layoutBox, templateBox, new Region(),
                previewHead, caption, previewArea, actions);
        right.setPadding(new Insets(12, 16, 12, 12));
        node.getItems().addAll(left, right);
        node.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(left, false);

        formats.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> formatChosen(f));
        formats.getSelectionModel().select(ExportFormat.FINDINGS_DOCX);
        save.disableProperty().bind(wb.snapshotProperty().isNull().or(formats.getSelectionModel().selectedItemProperty().isNull())
                .or(busy.visibleProperty()));
        wb.snapshotProperty().addListener((o, a, s) -> refreshPreview());
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void shown() {
        formats.requestFocus();
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** The format's name in the UI's language. */
    private String name(ExportFormat f) {
        String key = "export.name." + f.id();
        String name = t.get(key);
        return name.equals("!" + key + "!") ? f.id() : name;
    }

    /** The format's purpose in the UI's language; core's English description for a format newer than the bundle. */
    private String describe(ExportFormat f) {
        String key = "export.desc." + f.id();
        String desc = t.get(key);
        return desc.equals("!" + key + "!") ? f.description() + "." : desc;
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
            name.setText(name(f));
            desc.setText(describe(f) + "  (" + f.extension() + ")");
            setAccessibleText(name(f) + " (" + f.extension() + "): " + describe(f));
            setGraphic(box);
        }
    }

    // ---- choosing

    /** Chooses a format as a click in the list would. */
    void select(ExportFormat f) {
        formats.getSelectionModel().select(f);
    }

    private void formatChosen(ExportFormat f) {
        if (f == null) {
            return;
        }
        title.setText(name(f));
        description.setText(describe(f) + " " + t.get("export.fileType", f.extension()));
        boolean findings = f == ExportFormat.FINDINGS_DOCX;
        layoutBox.setVisible(findings);
        layoutBox.setManaged(findings);
        boolean word = f.extension().equals(".docx");
        templateBox.setVisible(word);
        templateBox.setManaged(word);
        open.setVisible(false);
        open.setManaged(false);
        status.setText("");
        refreshPreview();
    }

    ExportOptions options() {
        ExportOptions o = ExportOptions.DEFAULT.withRowsLayout(rows.isSelected());
        ExportFormat f = formats.getSelectionModel().getSelectedItem();
        return f != null && f.extension().equals(".docx") ? o.withTemplate(template) : o;
    }

    private void chooseTemplate() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("export.template.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("export.template.files"), "*.docx", "*.dotx"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File f = chooser.showOpenDialog(node.getScene() == null ? null : node.getScene().getWindow());
        if (f != null) {
            setTemplate(f.toPath());
        }
    }

    void setTemplate(Path file) {
        template = file;
        templateLabel.setText(file == null ? t.get("export.template.none") : file.getFileName().toString());
        templateLabel.setTooltip(file == null ? null : new Tooltip(file.toString()));
        clearTemplate.setDisable(file == null);
    }

    // ---- preview

    private void refreshPreview() {
        ExportFormat f = formats.getSelectionModel().getSelectedItem();
        ProjectSnapshot s = wb.snapshot();
        if (f == null) {
            return;
        }
        ExportPreview p = s == null ? ExportPreview.NONE : Exports.preview(s, f, options());
        shown = p;
        caption.setText(p.caption());
        caption.setVisible(!p.caption().isEmpty());
        preview.getChildren().clear();
        preview.getColumnConstraints().clear();
        if (s == null) {
            noPreview.setText(t.get("export.noProject"));
        } else if (f == ExportFormat.JSON) {
            noPreview.setText(t.get("export.preview.json"));
        } else if (p.rows().isEmpty()) {
            noPreview.setText(t.get("export.preview.none"));
        } else if (p.rows().size() <= 1) {
            noPreview.setText(t.get("export.preview.nothing"));
        } else {
            noPreview.setText("");
        }
        noPreview.setVisible(!noPreview.getText().isEmpty());
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
            Label more = new Label(t.get("export.preview.more", p.rows().size() - shownRows));
            more.getStyleClass().add("text-muted");
            more.setPadding(new Insets(6, 4, 6, 4));
            preview.add(more, 0, shownRows, columns, 1);
        }
    }

    /** Rows drawn in the preview at most; the file holds them all. */
    static final int PREVIEW_ROWS = 120;

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
        return shown;
    }

    // ---- saving

    private void saveDialog() {
        ExportFormat f = formats.getSelectionModel().getSelectedItem();
        ProjectSnapshot s = wb.snapshot();
        if (f == null || s == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("export.save.title", name(f)));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(name(f) + " (*" + f.extension() + ")", "*" + f.extension()));
        chooser.setInitialFileName(fileName(s, f));
        File folder = lastFolder;
        if (folder == null && wb.fileProperty().get() != null && wb.fileProperty().get().toAbsolutePath().getParent() != null) {
            folder = wb.fileProperty().get().toAbsolutePath().getParent().toFile();
        }
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File file = chooser.showSaveDialog(node.getScene() == null ? null : node.getScene().getWindow());
        if (file != null) {
            Path path = file.toPath();
            if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(f.extension())) {
                path = path.resolveSibling(path.getFileName() + f.extension());
            }
            lastFolder = path.toAbsolutePath().getParent() == null ? null : path.toAbsolutePath().getParent().toFile();
            saveTo(path);
        }
    }

    /** "Projekttittel – Funntabell.docx", without characters file systems refuse. */
    String fileName(ProjectSnapshot s, ExportFormat f) {
        String base = s.project().title() + " – " + name(f);
        return base.replaceAll("[\\\\/:*?\"<>|]", "-").strip() + f.extension();
    }

    /** Writes the chosen format to {@code path} in the background (what "Save as…" does after the file chooser). */
    CompletableFuture<Path> saveTo(Path path) {
        ExportFormat f = formats.getSelectionModel().getSelectedItem();
        ProjectSnapshot s = wb.snapshot();
        if (f == null || s == null) {
            return CompletableFuture.failedFuture(new KondensException(t.get("export.noProject")));
        }
        ExportOptions o = options();
        busy.setVisible(true);
        open.setVisible(false);
        open.setManaged(false);
        status.getStyleClass().removeAll("success", "danger");
        status.setText(t.get("export.saving", path.getFileName()));
        // A refused export (nothing to put in it, file open elsewhere) is told here, not in a dialog.
        CompletableFuture<Path> done = wb.call(() -> {
            try {
                Exports.write(s, f, o, path);
                return (String) null;
            } catch (KondensException e) {
                return e.message(t.locale());
            }
        }).thenCompose(refused -> refused == null ? CompletableFuture.completedFuture(path)
                : CompletableFuture.<Path>failedFuture(new KondensException(refused)));
        done.whenComplete((p, e) -> {
            busy.setVisible(false);
            if (e != null) {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                status.getStyleClass().add("danger");
                status.setText(t.get("export.failed", cause instanceof KondensException ? cause.getMessage() : t.get("export.failed.unknown")));
                return;
            }
            saved = p;
            status.getStyleClass().add("success");
            status.setText(t.get("export.saved", p.getFileName(), p.toAbsolutePath().getParent()));
            status.setTooltip(new Tooltip(p.toAbsolutePath().toString()));
            open.setVisible(true);
            open.setManaged(true);
            open.requestFocus();
        });
        return done;
    }

    /** Opens the saved file in the system's program for it; tells the user where it is if that is not possible. */
    private void openSaved() {
        Path file = saved;
        if (file == null || !Files.exists(file)) {
            return;
        }
        Thread opener = new Thread(() -> {
            boolean ok = false;
            try {
                if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                    java.awt.Desktop.getDesktop().open(file.toFile());
                    ok = true;
                }
            } catch (Exception | Error e) {
                ok = false;
            }
            if (!ok) {
                ok = runOpener(file);
            }
            if (!ok) {
                Platform.runLater(() -> status.setText(t.get("export.openFailed", file.toAbsolutePath())));
            }
        }, "kondens-open-export");
        opener.setDaemon(true);
        opener.start();
    }

    /** The desktop's own "open" command, for systems where AWT cannot open files. */
    private static boolean runOpener(Path file) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("cmd", "/c", "start", "", file.toString())
                : os.contains("mac") ? List.of("open", file.toString()) : List.of("xdg-open", file.toString());
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            return p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) ? p.exitValue() == 0 : true;
        } catch (Exception e) {
            return false;
        }
    }
}
