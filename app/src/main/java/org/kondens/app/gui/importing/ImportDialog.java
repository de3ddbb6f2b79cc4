package org.kondens.app.gui.importing;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kondens.app.gui.common.Css;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Styled;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.importer.ImportedTranscript;
import org.kondens.core.importer.TranscriptFiles;

/**
 * Importing transcripts: choose files or drop them on the window; each is read in the background
 * and shows the speakers and turns found, for the user to check, with an optional informant label.
 * "Import" stores them one by one (a bad file never stops the others), with progress and Cancel,
 * and then tells per file what happened. Not modal: the project stays usable meanwhile.
 */
public final class ImportDialog {

    private final ImportViewModel vm;
    private final I18n t;
    /** A file's state in the "found" column (kondens.css). */
    private static final PseudoClass IMPORTED = PseudoClass.getPseudoClass("imported");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    final Stage stage = new Stage();
    final TableView<ImportFile> files = new TableView<>();
    final Button run = new Button();
    final Label summary = Styled.wrapped("");

    private ImportDialog(Window owner, Workbench wb) {
        this.vm = new ImportViewModel(wb, Platform::runLater);
        this.t = wb.text();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(t.get("import.title"));

        Label head = Styled.label(t.get("import.header"), "title-4");
        Label explain = Styled.wrapped(t.get("import.explain", ImportViewModel.extensions()), "text-muted");
        Button choose = new Button(t.get("import.choose"));
        choose.setId("import-choose");
        choose.setOnAction(e -> chooseFiles());
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.disableProperty().bind(vm.runningProperty());
        VBox intro = new VBox(4, head, explain);
        intro.setMinWidth(0);
        HBox.setHgrow(intro, Priority.ALWAYS);
        HBox top = new HBox(12, intro, choose);
        top.setAlignment(Pos.CENTER_LEFT);

        files.setId("import-files");
        files.setEditable(true);
        files.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        files.setPlaceholder(Styled.label(t.get("import.drop"), "text-muted"));
        files.getColumns().setAll(List.of(fileColumn(), foundColumn(), wordsColumn(), labelColumn(), removeColumn()));
        files.setItems(vm.files());
        files.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.remove(files.getSelectionModel().getSelectedItem());
            }
        });

        ProgressBar progress = new ProgressBar(0);
        progress.setId("import-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label progressText = Styled.label("", "text-muted");
        progressText.setId("import-progress-text");
        progressText.textProperty().bind(vm.progressTextProperty());
        summary.setId("import-summary");
        summary.textProperty().bind(vm.summaryProperty());
        vm.outcomeProperty().addListener((o, a, outcome) -> {
            Css.set(summary, "success", outcome == ImportViewModel.Outcome.ALL_IMPORTED);
            Css.set(summary, "warning", outcome == ImportViewModel.Outcome.SOME_FAILED);
        });

        run.setId("import-run");
        run.getStyleClass().add("accent");
        run.setDefaultButton(true);
        run.setOnAction(e -> vm.runImport());
        run.textProperty().bind(vm.runTextProperty());
        run.disableProperty().bind(vm.canRunProperty().not());
        Button cancel = new Button(t.get("import.cancel"));
        cancel.setId("import-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(vm.runningProperty());
        Button close = new Button(t.get("import.close"));
        close.setId("import-close");
        close.setOnAction(e -> stage.hide());
        close.disableProperty().bind(vm.runningProperty());
        HBox buttons = new HBox(8, progress, progressText, run, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        vm.runningProperty().addListener((o, a, b) -> files.refresh());

        BorderPane root = new BorderPane(files, top, null, new VBox(8, summary, buttons), null);
        BorderPane.setMargin(files, new Insets(12, 0, 12, 0));
        root.setPadding(new Insets(16));
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
        stage.setScene(new Scene(root, 920, 520));
        Css.style(stage.getScene());
        // Sized explicitly: under some window managers a JavaFX window otherwise opens at 200×200.
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.setWidth(920);
        stage.setHeight(560);
        stage.setOnHidden(e -> vm.cancel());
    }

    /** Opens the dialog (File → Import transcripts…). */
    public static void show(Window owner, Workbench wb) {
        open(owner, wb);
    }

    public static ImportDialog open(Window owner, Workbench wb) {
        ImportDialog d = new ImportDialog(owner, wb);
        d.stage.show();
        return d;
    }

    /** The dialog's window. */
    public Stage stage() {
        return stage;
    }

    // ---- columns

    private TableColumn<ImportFile, ImportFile> column(String key, double width) {
        TableColumn<ImportFile, ImportFile> c = new TableColumn<>(t.get(key));
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue()));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    private TableColumn<ImportFile, ImportFile> fileColumn() {
        TableColumn<ImportFile, ImportFile> c = column("import.col.file", 200);
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(ImportFile f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.name());
                setTooltip(empty || f == null ? null : new Tooltip(f.path.toString()));
            }
        });
        return c;
    }

    /** What was found, or what happened: updates when the file's state changes. */
    private TableColumn<ImportFile, ImportFile> foundColumn() {
        TableColumn<ImportFile, ImportFile> c = column("import.col.found", 330);
        c.setCellFactory(x -> new TableCell<>() {
            private ImportFile shown;
            private final javafx.beans.InvalidationListener redraw = o -> draw();

            {
                getStyleClass().add("import-state");
            }

            @Override
            protected void updateItem(ImportFile f, boolean empty) {
                super.updateItem(f, empty);
                if (shown != null) {
                    shown.state.removeListener(redraw);
                    shown.message.removeListener(redraw);
                }
                shown = empty ? null : f;
                if (shown != null) {
                    shown.state.addListener(redraw);
                    shown.message.addListener(redraw);
                }
                draw();
            }

            private void draw() {
                if (shown == null) {
                    setText(null);
                    setTooltip(null);
                    pseudoClassStateChanged(IMPORTED, false);
                    pseudoClassStateChanged(FAILED, false);
                    return;
                }
                setWrapText(true);
                setText(found(shown));
                ImportedTranscript read = shown.read();
                setTooltip(read == null || read.notices().isEmpty() ? null : new Tooltip(String.join("\n", read.notices(t.locale()))));
                pseudoClassStateChanged(IMPORTED, shown.state.get() == ImportFile.State.IMPORTED);
                pseudoClassStateChanged(FAILED, shown.state.get() == ImportFile.State.FAILED || shown.state.get() == ImportFile.State.UNREADABLE);
            }
        });
        return c;
    }

    String found(ImportFile f) {
        return vm.found(f);
    }

    private TableColumn<ImportFile, ImportFile> wordsColumn() {
        TableColumn<ImportFile, ImportFile> c = column("import.col.words", 70);
        c.setCellFactory(x -> new TableCell<>() {
            private ImportFile shown;
            private final javafx.beans.InvalidationListener redraw = o -> setText(words(shown));

            @Override
            protected void updateItem(ImportFile f, boolean empty) {
                super.updateItem(f, empty);
                if (shown != null) {
                    shown.state.removeListener(redraw);
                }
                shown = empty ? null : f;
                if (shown != null) {
                    shown.state.addListener(redraw);
                }
                setText(words(shown));
            }
        });
        return c;
    }

    private static String words(ImportFile f) {
        return f == null || f.read() == null ? "" : String.valueOf(f.read().words());
    }

    /** The informant label: a text field bound to the file's label; the prompt tells what the speakers would give. */
    private TableColumn<ImportFile, ImportFile> labelColumn() {
        TableColumn<ImportFile, ImportFile> c = column("import.col.informant", 200);
        c.setCellFactory(x -> new TableCell<>() {
            private final TextField field = new TextField();
            private ImportFile shown;
            private final javafx.beans.InvalidationListener state = o -> field.setDisable(shown == null || !shown.importable() || vm.runningProperty().get());

            {
                field.setAccessibleText(t.get("import.col.informant"));
            }

            @Override
            protected void updateItem(ImportFile f, boolean empty) {
                super.updateItem(f, empty);
                if (shown != null) {
                    field.textProperty().unbindBidirectional(shown.label);
                    shown.state.removeListener(state);
                }
                shown = empty ? null : f;
                if (shown == null) {
                    setGraphic(null);
                    return;
                }
                field.textProperty().bindBidirectional(shown.label);
                field.setPromptText(vm.labelPrompt(shown));
                shown.state.addListener(state);
                state.invalidated(null);
                setGraphic(field);
            }
        });
        return c;
    }

    private TableColumn<ImportFile, ImportFile> removeColumn() {
        TableColumn<ImportFile, ImportFile> c = column("import.col.remove", 44);
        c.setMaxWidth(60);
        c.setCellFactory(x -> new TableCell<>() {
            private final Button remove = new Button("✕");

            {
                remove.getStyleClass().addAll("flat", "small");
                remove.setTooltip(new Tooltip(t.get("import.remove")));
                remove.setAccessibleText(t.get("import.remove"));
                remove.setOnAction(e -> vm.remove(getItem()));
            }

            @Override
            protected void updateItem(ImportFile f, boolean empty) {
                super.updateItem(f, empty);
                setGraphic(empty || f == null || f.state.get() == ImportFile.State.IMPORTED ? null : remove);
                remove.setDisable(vm.runningProperty().get());
            }
        });
        return c;
    }

    // ---- adding files

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("import.choose.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(t.get("import.files"), TranscriptFiles.EXTENSIONS.stream().map(e -> "*." + e).toList()),
                new FileChooser.ExtensionFilter(t.get("import.allFiles"), "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(stage);
        if (chosen != null) {
            addFiles(chosen.stream().map(File::toPath).toList());
        }
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && !vm.runningProperty().get()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean ok = e.getDragboard().hasFiles() && !vm.runningProperty().get();
        if (ok) {
            addFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    /** Lists the files and reads each in the background. */
    CompletableFuture<Void> addFiles(List<Path> paths) {
        return vm.addFiles(paths);
    }

    /** Imports every file that was read (what "Import" does). */
    CompletableFuture<List<ImportViewModel.Imported>> runImport() {
        return vm.runImport();
    }

    /** The files listed, for tests. */
    List<ImportFile> listed() {
        return List.copyOf(vm.files());
    }
}
