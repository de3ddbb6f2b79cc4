package org.kondens.app.gui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.KondensException;
import org.kondens.core.importer.ImportedTranscript;
import org.kondens.core.importer.TranscriptFiles;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.stc.TranscriptImport;
import org.kondens.core.stc.TranscriptImport.FileResult;

/**
 * Importing transcripts, without the window: the files listed (each read in the background for
 * the user to check, a bad one a line, never a dialog), their informant labels, and the import
 * itself, one file after another with progress and Cancel, then one result per file.
 */
public final class ImportViewModel {

    /** How the import went, for the summary's look. */
    public enum Outcome { NONE, ALL_IMPORTED, SOME_FAILED }

    private final Workbench wb;
    private final I18n t;
    /** Where progress from the project thread is shown: the FX thread in the app. */
    private final Executor ui;
    private final ObservableList<ImportFile> files = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper runText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public ImportViewModel(Workbench wb, Executor ui) {
        this.wb = wb;
        this.t = wb.text();
        this.ui = ui;
        recount();
    }

    // ---- the files

    /** Lists the files and reads each in the background; a file already listed is not added twice. Completes when all are read. */
    public CompletableFuture<Void> addFiles(List<Path> paths) {
        List<CompletableFuture<?>> reads = new ArrayList<>();
        for (Path path : paths) {
            Path p = path.toAbsolutePath().normalize();
            if (files.stream().anyMatch(f -> f.path.equals(p) && f.state.get() != ImportFile.State.IMPORTED)) {
                continue;
            }
            ImportFile f = new ImportFile(p);
            files.add(f);
            if (!TranscriptFiles.isSupported(p)) {
                f.message.set(t.get("import.unsupported", extensions()));
                f.state.set(ImportFile.State.UNREADABLE);
                continue;
            }
            // Reading errors come back as values: a bad file is a line in the list, never a dialog.
            reads.add(wb.call(() -> {
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
                recount();
            }));
        }
        summary.set("");
        outcome.set(Outcome.NONE);
        recount();
        return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new));
    }

    static String extensions() {
        return String.join(", ", TranscriptFiles.EXTENSIONS.stream().map(x -> "." + x).toList());
    }

    /** Takes a file off the list; not while importing, and an imported file stays as the record of it. */
    public boolean remove(ImportFile f) {
        if (f == null || running.get() || f.state.get() == ImportFile.State.IMPORTED) {
            return false;
        }
        files.remove(f);
        recount();
        return true;
    }

    private List<ImportFile> importable() {
        return files.stream().filter(ImportFile::importable).toList();
    }

    /** "Import 2 files", and whether it can run: something read, nothing still reading, a project open, not running. */
    private void recount() {
        int n = importable().size();
        boolean reading = files.stream().anyMatch(f -> f.state.get() == ImportFile.State.READING);
        runText.set(t.get("import.run", n));
        canRun.set(!running.get() && n > 0 && !reading && wb.isOpen());
        if (!wb.isOpen()) {
            summary.set(t.get("import.noProject"));
        }
    }

    /** What the "found" column says of {@code f}: its speakers and turns, or what went wrong, or what it became. */
    public String found(ImportFile f) {
        return switch (f.state.get()) {
            case READING -> t.get("import.reading");
            case UNREADABLE, FAILED -> "✗ " + f.message.get();
            case READ -> {
                String speakers = f.speakers();
                String text = speakers.isEmpty() ? t.get("import.noSpeakers") : t.get("import.turns", speakers);
                yield f.read().notices().isEmpty() ? text : text + "  ⚠ " + t.get("import.notices", f.read().notices().size());
            }
            case IMPORTED -> "✓ " + t.get("import.imported", f.message.get());
        };
    }

    /** "Speakers: EK2": what the informant will be called without a label. */
    public String labelPrompt(ImportFile f) {
        if (f.read() == null) {
            return t.get("import.label.prompt");
        }
        List<String> informants = f.read().turns().stream().filter(x -> x.role() == SpeakerRole.INFORMANT).map(x -> x.speaker())
                .distinct().toList();
        return informants.isEmpty() ? t.get("import.label.prompt") : t.get("import.label.fromSpeakers", String.join(", ", informants));
    }

    // ---- importing

    /** Stops after the file being imported now; the ones done stay. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Imports every file that was read, each with its label (or its speakers' labels), one result per file. */
    public CompletableFuture<List<Imported>> runImport() {
        List<ImportFile> chosen = importable();
        if (chosen.isEmpty() || running.get()) {
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
        running.set(true);
        cancelled.set(false);
        progress.set(0);
        summary.set("");
        outcome.set(Outcome.NONE);
        recount();
        java.util.Locale locale = t.locale();
        // Each file's outcome is kept without its text, so a large import holds no corpus in memory.
        CompletableFuture<List<Imported>> done = wb.edit(p -> {
            List<Imported> results = new ArrayList<>();
            if (!labelled.isEmpty()) {
                TranscriptImport.importEach(p, labelled, labels, (n, all, current) -> tell(n, total, current), cancelled::get,
                        r -> results.add(Imported.of(r, locale)));
            }
            int offset = labelled.size();
            if (!plain.isEmpty()) {
                TranscriptImport.importEach(p, plain, List.of(), (n, all, current) -> tell(offset + n, total, current),
                        cancelled::get, r -> results.add(Imported.of(r, locale)));
            }
            return results;
        });
        return done.whenComplete((results, e) -> {
            running.set(false);
            progressText.set("");
            if (e != null) {
                summary.set(t.get("import.failed"));
                recount();
                return;
            }
            for (Imported r : results) {
                ImportFile f = byPath.get(r.file());
                if (f != null) {
                    f.message.set(r.ok() ? r.title() : r.error());
                    f.state.set(r.ok() ? ImportFile.State.IMPORTED : ImportFile.State.FAILED);
                }
            }
            long ok = results.stream().filter(Imported::ok).count();
            outcome.set(ok == results.size() ? Outcome.ALL_IMPORTED : Outcome.SOME_FAILED);
            summary.set(t.get("import.summary", ok, results.size() - ok));
            results.stream().filter(Imported::ok).findFirst().ifPresent(r -> wb.transcript.set(r.transcriptId()));
            recount();
        });
    }

    /** What the dialog shows of one imported file: its transcript or why it was refused, not its text. */
    public record Imported(Path file, UUID transcriptId, String title, String error) {

        static Imported of(FileResult r, java.util.Locale locale) {
            return r.ok() ? new Imported(r.file(), r.transcript().id(), r.transcript().title(), null)
                    : new Imported(r.file(), null, null, r.error(locale));
        }

        public boolean ok() {
            return transcriptId != null;
        }
    }

    /** On the project thread: progress, handed to the screen. */
    private void tell(int done, int total, Path current) {
        ui.execute(() -> {
            progress.set(total == 0 ? 1 : (double) done / total);
            progressText.set(current == null ? "" : t.get("import.progress", Math.min(done + 1, total), total, current.getFileName()));
        });
    }

    // ---- properties

    public ObservableList<ImportFile> files() {
        return files;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRunProperty() {
        return canRun.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty runTextProperty() {
        return runText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
