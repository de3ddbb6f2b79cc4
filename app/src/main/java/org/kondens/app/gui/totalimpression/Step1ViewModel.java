package org.kondens.app.gui.totalimpression;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kondens.app.gui.common.DialogService;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.ListPatch;
import org.kondens.app.gui.common.PartRefresh;
import org.kondens.app.gui.common.Words;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.Part;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.model.Transcript;
import org.kondens.core.model.TranscriptNote;

/**
 * Step 1's state and rules: the notes on the transcript being read (at the cursor or about the
 * whole transcript) and the preliminary themes with Malterud's 4–8 hint. Notes refresh when notes
 * or transcripts change, themes when themes change; nothing else wakes it.
 */
public final class Step1ViewModel {

    private final Workbench wb;
    private final I18n t;
    private final DialogService dialogs;
    private final PartRefresh refresh;

    private final ReadOnlyObjectWrapper<Transcript> transcript = new ReadOnlyObjectWrapper<>();
    private final ObservableList<TranscriptNote> notes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notesTitle = new ReadOnlyStringWrapper("");
    /** What the user is typing as the next note. */
    public final StringProperty noteDraft = new SimpleStringProperty("");
    /** Ticked: the next note is tied to the reader's cursor; else it is about the whole transcript. */
    public final BooleanProperty anchored = new SimpleBooleanProperty(true);

    private final ObservableList<PreliminaryTheme> themes = FXCollections.observableArrayList();
    /** The theme chosen in the list (its description is edited beside it). */
    public final ObjectProperty<PreliminaryTheme> selectedTheme = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper themesTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper tooManyThemes = new ReadOnlyBooleanWrapper();
    /** The name typed for the next theme. */
    public final StringProperty themeDraft = new SimpleStringProperty("");

    private final BooleanBinding canAddNote;
    private final BooleanBinding canAddTheme;

    public Step1ViewModel(Workbench wb, DialogService dialogs) {
        this.wb = wb;
        this.t = wb.text();
        this.dialogs = dialogs;
        canAddNote = Bindings.createBooleanBinding(() -> transcript.get() != null && !noteDraft.get().isBlank(), transcript, noteDraft);
        canAddTheme = Bindings.createBooleanBinding(() -> wb.snapshot() != null && !themeDraft.get().isBlank(), themeDraft,
                wb.snapshotProperty());
        refresh = PartRefresh.listen(wb)
                .on(this::showNotes, Part.NOTES, Part.TRANSCRIPTS)
                .on(this::showThemes, Part.THEMES);
        wb.transcript.addListener((o, a, id) -> showNotes(wb.snapshot()));
        showNotes(wb.snapshot());
        showThemes(wb.snapshot());
    }

    /** For tests: what a publish with {@code update} does to this view model. */
    void apply(Workbench.Update update) {
        refresh.apply(update);
    }

    // ---- notes

    private void showNotes(ProjectSnapshot s) {
        UUID tid = wb.transcript.get();
        Transcript tr = s == null || tid == null ? null : s.transcript(tid).orElse(null);
        transcript.set(tr);
        List<TranscriptNote> mine = tr == null ? List.of() : s.notes().stream().filter(n -> n.transcriptId().equals(tr.id())).toList();
        ListPatch.patch(notes, mine);
        notesTitle.set(tr == null ? t.get("step1.notes") : t.get("step1.notes.of", tr.title(), mine.size()));
    }

    /** The shown transcript's notes tied to a place, for the reader's marks. */
    public List<Integer> noteAnchors() {
        return notes.stream().map(TranscriptNote::anchor).filter(Objects::nonNull).toList();
    }

    /**
     * Adds the typed note to the shown transcript: at {@code caret} when "at the cursor" is ticked
     * and the reader has a cursor, else about the whole transcript. The draft is cleared once saved.
     */
    public CompletableFuture<Void> addNote(Integer caret) {
        Transcript tr = transcript.get();
        String text = noteDraft.get().strip();
        if (tr == null || text.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Integer anchor = anchored.get() ? caret : null;
        return wb.editVoid(p -> p.addTranscriptNote(tr.id(), anchor, text)).thenRun(() -> noteDraft.set(""));
    }

    /** Asks for the note's new words; its place in the text stays. Unchanged or blank words change nothing. */
    public CompletableFuture<Void> editNote(TranscriptNote note) {
        String title = t.get("step1.note.edit");
        return dialogs.askText(title, title, note.text()).map(String::strip).filter(s -> !s.isEmpty() && !s.equals(note.text()))
                .map(s -> wb.editVoid(p -> p.editTranscriptNote(note.id(), s)))
                .orElse(CompletableFuture.completedFuture(null));
    }

    public CompletableFuture<Void> deleteNote(TranscriptNote note) {
        return wb.editVoid(p -> p.deleteTranscriptNote(note.id()));
    }

    // ---- themes

    private void showThemes(ProjectSnapshot s) {
        List<PreliminaryTheme> list = s == null ? List.of() : s.themes();
        UUID chosen = selectedTheme.get() == null ? null : selectedTheme.get().id();
        ListPatch.patch(themes, list);
        selectedTheme.set(list.stream().filter(x -> x.id().equals(chosen)).findFirst().orElse(null));
        int n = list.size();
        themesTitle.set(t.get("step1.themes.count", n));
        hint.set(t.get(hintKey(n), n));
        tooManyThemes.set(n > 8);
    }

    /** Malterud's rule of thumb as a gentle sentence: 4–8 preliminary themes. */
    static String hintKey(int n) {
        return n == 0 ? "step1.hint.none" : n < 4 ? "step1.hint.few" : n <= 8 ? "step1.hint.good" : "step1.hint.many";
    }

    /** Adds the typed theme and chooses it; the field is cleared for the next one. */
    public CompletableFuture<PreliminaryTheme> addTheme() {
        String name = themeDraft.get().strip();
        if (name.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return wb.edit(p -> p.addTheme(name, "")).thenApply(th -> {
            themeDraft.set("");
            themes.stream().filter(x -> x.id().equals(th.id())).findFirst().ifPresent(selectedTheme::set);
            return th;
        });
    }

    /** Renames {@code theme}; a blank or unchanged name changes nothing. */
    public CompletableFuture<Void> renameTheme(PreliminaryTheme theme, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.equals(theme.name())) {
            return CompletableFuture.completedFuture(null);
        }
        return wb.editVoid(p -> p.renameTheme(theme.id(), n));
    }

    /** Saves {@code text} as the description of the theme {@code id}, if it still exists. */
    public CompletableFuture<Void> describeTheme(UUID id, String text) {
        return id != null && themes.stream().anyMatch(x -> x.id().equals(id)) ? wb.editVoid(p -> p.describeTheme(id, text))
                : CompletableFuture.completedFuture(null);
    }

    public CompletableFuture<Void> deleteTheme(PreliminaryTheme theme) {
        return wb.editVoid(p -> p.deleteTheme(theme.id()));
    }

    /** The themes {@code theme} can be merged into: every other one. */
    public List<PreliminaryTheme> mergeTargets(PreliminaryTheme theme) {
        return themes.stream().filter(x -> !x.id().equals(theme.id())).toList();
    }

    /** Merges {@code source} into {@code target}: the target keeps its name, the source's passages join it. */
    public CompletableFuture<Void> merge(PreliminaryTheme source, PreliminaryTheme target) {
        return wb.editVoid(p -> p.mergeThemes(target.id(), source.id()));
    }

    /** Ties the passage {@code span} to {@code theme}; no passage, nothing to do. */
    public CompletableFuture<Void> anchor(PreliminaryTheme theme, Span span) {
        return span == null ? CompletableFuture.completedFuture(null) : wb.editVoid(p -> p.anchorTheme(theme.id(), span));
    }

    public boolean canMoveUp(PreliminaryTheme theme) {
        return theme.order() > 0;
    }

    public boolean canMoveDown(PreliminaryTheme theme) {
        return theme.order() < themes.size() - 1;
    }

    /** Moves {@code theme} one place up ({@code by} −1) or down (+1), within the list. */
    public CompletableFuture<Void> move(PreliminaryTheme theme, int by) {
        int to = Math.max(0, Math.min(themes.size() - 1, theme.order() + by));
        return to == theme.order() ? CompletableFuture.completedFuture(null) : wb.editVoid(p -> p.moveTheme(theme.id(), to));
    }

    /** Starts a new theme from a passage the user selected: its words, shortened, become the draft name. */
    public void draftThemeFrom(Span span) {
        ProjectSnapshot s = wb.snapshot();
        if (span == null || s == null) {
            return;
        }
        String words = s.transcript(span.transcriptId()).map(Transcript::text).orElse("").substring(span.start(), span.end()).strip();
        themeDraft.set(Words.shorten(words, 60));
    }

    // ---- properties

    public ReadOnlyObjectProperty<Transcript> transcriptProperty() {
        return transcript.getReadOnlyProperty();
    }

    public ObservableList<TranscriptNote> notes() {
        return notes;
    }

    public ReadOnlyStringProperty notesTitleProperty() {
        return notesTitle.getReadOnlyProperty();
    }

    public ObservableList<PreliminaryTheme> themes() {
        return themes;
    }

    public ReadOnlyStringProperty themesTitleProperty() {
        return themesTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** More than eight themes: the hint is shown as a warning. */
    public ReadOnlyBooleanProperty tooManyThemesProperty() {
        return tooManyThemes.getReadOnlyProperty();
    }

    public BooleanBinding canAddNote() {
        return canAddNote;
    }

    public BooleanBinding canAddTheme() {
        return canAddTheme;
    }
}
