package org.kondens.app.gui.importing;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
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
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.KondensException;
import org.kondens.core.importer.ImportedTranscript;
import org.kondens.core.importer.TranscriptFiles;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.stc.TranscriptImport.FileResult;
import org.kondens.core.stc.TranscriptImport;

/**
 * Importing transcripts: choose files or drop them on the window; each is read in the background
 * and shows the speakers and turns found, for the user to check, with an optional informant label.
 * "Import" stores them one by one (a bad file never stops the others), with progress and Cancel,
 * and then tells per file what happened. Not modal: the project stays usable meanwhile.
 */
public final class ImportDialog {

    private final Workbench wb;
    private final I18n t;
    /** A file's state in the "found" column (kondens.css). */
    private static final PseudoClass IMPORTED = PseudoClass.getPseudoClass("imported");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    final Stage stage = new Stage();
    final TableView<ImportFile> files = new TableView<>();
    final Button choose = new Button();
    final Button run = new Button();
    final Button cancel = new Button();
    final Button close = new Button();
    final ProgressBar progress = new ProgressBar(0);
    final Label progressText = new Label();
    final Label summary = new Label();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private boolean running;

    private ImportDialog(Window owner, Workbench wb) {
        this.wb = wb;
        this.t = wb.text();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(t.get("import.title"));

        Label head = new Label(t.get("import.header"));
        head.getStyleClass().add("title-4");
        Label explain = new Label(t.get("import.explain", String.join(", ", TranscriptFiles.EXTENSIONS.stream().map(e -> "." + e).toList())));
        explain.getStyleClass().add("text-muted");
        explain.setWrapText(true);
        choose.setId("import-choose");
        choose.setText(t.get("import.choose"));
        choose.setOnAction(e -> chooseFiles());
        choose.setMinWidth(Region.USE_PREF_SIZE);
        VBox intro = new VBox(4, head, explain);
        intro.setMinWidth(0);
        HBox.setHgrow(intro, Priority.ALWAYS);
        HBox top = new HBox(12, intro, choose);
        top.setAlignment(Pos.CENTER_LEFT);

        files.setId("import-files");
        files.setEditable(true);
        files.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label(t.get("import.drop"));
        placeholder.getStyleClass().add("text-muted");
        files.setPlaceholder(placeholder);
        files.getColumns().setAll(List.of(fileColumn(), foundColumn(), wordsColumn(), labelColumn(), removeColumn()));
        files.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && !running) {
                ImportFile f = files.getSelectionModel().getSelectedItem();
                if (f != null && f.state.get() != ImportFile.State.IMPORTED) {
                    files.getItems().remove(f);
                    updateButtons();
                }
            }
        });

        progress.setId("import-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progressText.setId("import-progress-text");
        progressText.getStyleClass().add("text-muted");
        summary.setId("import-summary");
        summary.setWrapText(true);

        run.setId("import-run");
        run.getStyleClass().add("accent");
        run.setDefaultButton(true);
        run.setOnAction(e -> runImport());
        cancel.setId("import-cancel");
        cancel.setText(t.get("import.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancelled.set(true));
        cancel.setVisible(false);
        cancel.setManaged(false);
        close.setId("import-close");
        close.setText(t.get("import.close"));
        close.setOnAction(e -> stage.hide());
        HBox buttons = new HBox(8, progress, progressText, run, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

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
        stage.setOnHidden(e -> cancelled.set(true));
        updateButtons();
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
        return switch (f.state.get()) {
            case READING -> t.get("import.reading");
            case UNREADABLE -> "✗ " + f.message.get();
            case READ -> {
                String speakers = f.speakers();
                String text = speakers.isEmpty() ? t.get("import.noSpeakers") : t.get("import.turns", speakers);
                yield f.read().notices().isEmpty() ? text : text + "  ⚠ " + t.get("import.notices", f.read().notices().size());
            }
            case IMPORTED -> "✓ " + t.get("import.imported", f.message.get());
            case FAILED -> "✗ " + f.message.get();
        };
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
            private final javafx.beans.InvalidationListener state = o -> field.setDisable(shown == null || !shown.importable() || running);

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
                field.setPromptText(prompt(shown));
                shown.state.addListener(state);
                state.invalidated(null);
                setGraphic(field);
            }
        });
        return c;
    }

    /** "Speakers: EK2" — what the informant will be called without a label. */
    private String prompt(ImportFile f) {
        if (f.read() == null) {
            return t.get("import.label.prompt");
        }
        List<String> informants = f.read().turns().stream().filter(x -> x.role() == SpeakerRole.INFORMANT).map(x -> x.speaker())
                .distinct().toList();
        return informants.isEmpty() ? t.get("import.label.prompt") : t.get("import.label.fromSpeakers", String.join(", ", informants));
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
                remove.setOnAction(e -> {
                    files.getItems().remove(getItem());
                    updateButtons();
                });
            }

            @Override
            protected void updateItem(ImportFile f, boolean empty) {
                super.updateItem(f, empty);
                setGraphic(empty || f == null || f.state.get() == ImportFile.State.IMPORTED ? null : remove);
                remove.setDisable(running);
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
        if (e.getDragboard().hasFiles() && !running) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean ok = e.getDragboard().hasFiles() && !running;
        if (ok) {
            addFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    /** Lists the files and reads each in the background; a file already listed is not added twice. */
    void addFiles(List<Path> paths) {
        for (Path path : paths) {
            Path p = path.toAbsolutePath().normalize();
            if (files.getItems().stream().anyMatch(f -> f.path.equals(p) && f.state.get() != ImportFile.State.IMPORTED)) {
                continue;
            }
            ImportFile f = new ImportFile(p);
            files.getItems().add(f);
            if (!TranscriptFiles.isSupported(p)) {
                f.message.set(t.get("import.unsupported", String.join(", ", TranscriptFiles.EXTENSIONS.stream().map(x -> "." + x).toList())));
                f.state.set(ImportFile.State.UNREADABLE);
                continue;
            }
            // Reading errors come back as values: a bad file is a line in the list, never a dialog.
            wb.call(() -> {
                try {
                    return (Object) TranscriptFiles.read(p);
                } catch (KondensException e) {
                    return e.message(t.locale());
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            }).thenAccept(result -> {
                if (result instanceof ImportedTranscript read) {
                    f.setRead(read);
                } else {
                    f.message.set(String.valueOf(result));
                    f.state.set(ImportFile.State.UNREADABLE);
                }
                updateButtons();
            });
        }
        summary.setText("");
        updateButtons();
    }

    private List<ImportFile> importable() {
        return files.getItems().stream().filter(ImportFile::importable).toList();
    }

    private void updateButtons() {
        int n = importable().size();
        boolean reading = files.getItems().stream().anyMatch(f -> f.state.get() == ImportFile.State.READING);
        run.setText(t.get("import.run", n));
        run.setDisable(running || n == 0 || reading || !wb.isOpen());
        choose.setDisable(running);
        cancel.setVisible(running);
        cancel.setManaged(running);
        close.setDisable(running);
        if (!wb.isOpen()) {
            summary.setText(t.get("import.noProject"));
        }
        files.refresh();
    }

    // ---- importing

    /** Imports every file that was read, each with its label (or its speakers' labels). */
    CompletableFuture<List<FileResult>> runImport() {
        List<ImportFile> chosen = importable();
        if (chosen.isEmpty() || running) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<Path> labelled = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Path> plain = new ArrayList<>();
        Map<Path, ImportFile> byPath = new HashMap<>();
        for (ImportFile f : chosen) {
            byPath.put(f.path, f);
            String label = f.label.get() == null ? "" : f.label.get().strip();
            if (label.isEmpty()) {
                plain.add(f.path);
            } else {
                labelled.add(f.path);
                labels.add(label);
            }
        }
        int total = chosen.size();
        running = true;
        cancelled.set(false);
        progress.setProgress(0);
        progress.setVisible(true);
        summary.setText("");
        updateButtons();
        CompletableFuture<List<FileResult>> done = wb.edit(p -> {
            List<FileResult> results = new ArrayList<>();
            if (!labelled.isEmpty()) {
                results.addAll(TranscriptImport.importAll(p, labelled, labels, (n, all, current) -> tell(n, total, current), cancelled::get));
            }
            int offset = labelled.size();
            if (!plain.isEmpty()) {
                results.addAll(TranscriptImport.importAll(p, plain, List.of(), (n, all, current) -> tell(offset + n, total, current),
                        cancelled::get));
            }
            return results;
        });
        done.whenComplete((results, e) -> {
            running = false;
            progress.setVisible(false);
            progressText.setText("");
            if (e != null) {
                summary.setText(t.get("import.failed"));
                updateButtons();
                return;
            }
            for (FileResult r : results) {
                ImportFile f = byPath.get(r.file());
                if (f == null) {
                    continue;
                }
                if (r.ok()) {
                    f.message.set(r.transcript().title());
                    f.state.set(ImportFile.State.IMPORTED);
                } else {
                    f.message.set(r.error(t.locale()));
                    f.state.set(ImportFile.State.FAILED);
                }
            }
            long ok = results.stream().filter(FileResult::ok).count();
            summary.getStyleClass().removeAll("success", "warning");
            summary.getStyleClass().add(ok == results.size() ? "success" : "warning");
            summary.setText(t.get("import.summary", ok, results.size() - ok));
            results.stream().filter(FileResult::ok).findFirst().ifPresent(r -> wb.transcript.set(r.transcript().id()));
            updateButtons();
        });
        return done;
    }

    private void tell(int done, int total, Path current) {
        Platform.runLater(() -> {
            progress.setProgress(total == 0 ? 1 : (double) done / total);
            progressText.setText(current == null ? "" : t.get("import.progress", Math.min(done + 1, total), total, current.getFileName()));
        });
    }

    /** The files listed, for tests. */
    List<ImportFile> listed() {
        return files.getItems().stream().collect(Collectors.toList());
    }
}
