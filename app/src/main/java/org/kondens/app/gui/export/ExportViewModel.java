package org.kondens.app.gui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.PartRefresh;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.KondensException;
import org.kondens.core.export.ExportFormat;
import org.kondens.core.export.ExportOptions;
import org.kondens.core.export.ExportPreview;
import org.kondens.core.export.Exports;
import org.kondens.core.model.Part;
import org.kondens.core.model.ProjectSnapshot;

/**
 * Export's state and rules: the chosen format and its options (findings-table layout, a Word
 * template), the preview of the table the file will hold, the file name offered, and saving in the
 * background with the outcome in one line (a refused target is said there, not in a dialog).
 */
public final class ExportViewModel {

    /** How the last save went: the status line's look. */
    public enum Outcome { NONE, SAVING, SAVED, REFUSED }

    /** Where the last export went, so the next "Save as…" starts there. */
    private static Path lastFolder;

    private final Workbench wb;
    private final I18n t;
    private final PartRefresh refresh;
    public final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>();
    /** The findings table with the code groups down the first column instead of across the top. */
    public final BooleanProperty rowsLayout = new SimpleBooleanProperty();
    /** The Word file whose styles a .docx export takes; null for Kondens's own. */
    public final ObjectProperty<Path> template = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ExportPreview> preview = new ReadOnlyObjectWrapper<>(ExportPreview.NONE);
    private final ReadOnlyStringWrapper previewNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding layoutApplies;
    private final BooleanBinding templateApplies;
    private final BooleanBinding canSave;

    public ExportViewModel(Workbench wb) {
        this.wb = wb;
        this.t = wb.text();
        layoutApplies = Bindings.createBooleanBinding(() -> format.get() == ExportFormat.FINDINGS_DOCX, format);
        templateApplies = Bindings.createBooleanBinding(() -> format.get() != null && format.get().extension().equals(".docx"), format);
        canSave = Bindings.createBooleanBinding(() -> wb.snapshot() != null && format.get() != null && !busy.get(),
                wb.snapshotProperty(), format, busy);
        format.addListener((o, a, f) -> {
            saved.set(null);
            outcome.set(Outcome.NONE);
            status.set("");
            showPreview(wb.snapshot());
        });
        rowsLayout.addListener((o, a, b) -> showPreview(wb.snapshot()));
        template.addListener((o, a, b) -> showPreview(wb.snapshot()));
        // Every format holds a part of the project; the preview follows any change but a read.
        refresh = PartRefresh.listen(wb).on(this::showPreview, Part.values());
        format.set(ExportFormat.FINDINGS_DOCX);
    }

    /** For tests: what a publish with {@code update} does to this view model. */
    void apply(Workbench.Update update) {
        refresh.apply(update);
    }

    /** Every format but the review document: that one is a review round, sent from Export › For review…, which records it. */
    public List<ExportFormat> formats() {
        return java.util.Arrays.stream(ExportFormat.values()).filter(f -> f != ExportFormat.REVIEW_DOCX).toList();
    }

    /** The format's name in the UI's language. */
    public String name(ExportFormat f) {
        String key = "export.name." + f.id();
        String name = t.get(key);
        return name.equals("!" + key + "!") ? f.id() : name;
    }

    /** The format's purpose in the UI's language; core's English description for a format newer than the bundle. */
    public String describe(ExportFormat f) {
        String key = "export.desc." + f.id();
        String desc = t.get(key);
        return desc.equals("!" + key + "!") ? f.description() + "." : desc;
    }

    /** The options as core takes them: the template only for Word files. */
    ExportOptions options() {
        ExportOptions o = ExportOptions.DEFAULT.withRowsLayout(rowsLayout.get());
        return templateApplies.get() ? o.withTemplate(template.get()) : o;
    }

    private void showPreview(ProjectSnapshot s) {
        ExportFormat f = format.get();
        if (f == null) {
            return;
        }
        if (s != null && !Exports.previewNeedsNoDisk(s, f)) {
            // The participant table counts every transcript's words: read on the project thread.
            ExportOptions o = options();
            wb.read(p -> Exports.preview(s, f, o)).thenAccept(p -> {
                if (s == wb.snapshot() && f == format.get() && o.equals(options())) {
                    showPreview(s, f, p);
                }
            });
            return;
        }
        showPreview(s, f, s == null ? ExportPreview.NONE : Exports.preview(s, f, options()));
    }

    private void showPreview(ProjectSnapshot s, ExportFormat f, ExportPreview p) {
        previewNote.set(s == null ? t.get("export.noProject") : f == ExportFormat.JSON ? t.get("export.preview.json")
                : p.rows().isEmpty() ? t.get("export.preview.none") : p.rows().size() <= 1 ? t.get("export.preview.nothing") : "");
        preview.set(p);
    }

    // ---- the target file

    /** "Projekttittel – Funntabell.docx", without characters file systems refuse. */
    public String fileName(ProjectSnapshot s, ExportFormat f) {
        String base = s.project().title() + " – " + name(f);
        return base.replaceAll("[\\\\/:*?\"<>|]", "-").strip() + f.extension();
    }

    /** Where "Save as…" starts: the last export's folder, else the project's. */
    public Path startFolder() {
        Path project = wb.fileProperty().get();
        return lastFolder != null ? lastFolder : project == null ? null : project.toAbsolutePath().getParent();
    }

    /** The file chosen, with the format's extension added when the user left it off. */
    public Path target(Path chosen) {
        ExportFormat f = format.get();
        String name = chosen.getFileName().toString();
        return f == null || name.toLowerCase(Locale.ROOT).endsWith(f.extension()) ? chosen : chosen.resolveSibling(name + f.extension());
    }

    /** What "Save as…" does with the file chosen: its extension added if missing, then written. */
    public CompletableFuture<Path> saveAs(Path chosen) {
        return saveTo(target(chosen));
    }

    /** Writes the chosen format to {@code path} in the background; core refuses a target that is no place for it. */
    public CompletableFuture<Path> saveTo(Path path) {
        ExportFormat f = format.get();
        ProjectSnapshot s = wb.snapshot();
        if (f == null || s == null) {
            return CompletableFuture.failedFuture(new KondensException(t.get("export.noProject")));
        }
        lastFolder = path.toAbsolutePath().getParent();
        ExportOptions o = options();
        busy.set(true);
        saved.set(null);
        outcome.set(Outcome.SAVING);
        status.set(t.get("export.saving", path.getFileName()));
        // A refused export (nothing to put in it, file open elsewhere) is told in the status line, not in a dialog.
        CompletableFuture<Path> done = wb.call(() -> {
            try {
                Exports.write(s, f, o, path);
                return (String) null;
            } catch (KondensException e) {
                return e.message(t.locale());
            }
        }).thenCompose(refused -> refused == null ? CompletableFuture.completedFuture(path)
                : CompletableFuture.<Path>failedFuture(new KondensException(refused)));
        return done.whenComplete((p, e) -> {
            busy.set(false);
            if (e != null) {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                outcome.set(Outcome.REFUSED);
                status.set(t.get("export.failed", cause instanceof KondensException ? cause.getMessage() : t.get("export.failed.unknown")));
                return;
            }
            saved.set(p);
            outcome.set(Outcome.SAVED);
            status.set(t.get("export.saved", p.getFileName(), p.toAbsolutePath().getParent()));
        });
    }

    /** The saved file could not be opened: say where it is. */
    public void openFailed(Path file) {
        status.set(t.get("export.openFailed", file.toAbsolutePath()));
    }

    // ---- properties

    public ReadOnlyObjectProperty<ExportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why the preview shows no table, or "". */
    public ReadOnlyStringProperty previewNoteProperty() {
        return previewNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The file the last save wrote, or null: "Open" is offered for it. */
    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public BooleanBinding layoutApplies() {
        return layoutApplies;
    }

    public BooleanBinding templateApplies() {
        return templateApplies;
    }

    public BooleanBinding canSave() {
        return canSave;
    }
}
