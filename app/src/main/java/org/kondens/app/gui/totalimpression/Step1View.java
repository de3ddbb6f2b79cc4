package org.kondens.app.gui.totalimpression;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.kondens.app.gui.common.Autosave;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Menus;
import org.kondens.app.gui.common.Shortcuts;
import org.kondens.app.gui.common.Words;
import org.kondens.app.gui.common.WorkView;
import org.kondens.app.gui.common.Workbench;
import org.kondens.app.gui.reader.ReaderNav;
import org.kondens.app.gui.reader.TranscriptReader;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.model.Transcript;
import org.kondens.core.model.TranscriptNote;

/**
 * Step 1, total impression: read the transcripts one after another (previous / next), write
 * impressions as notes (anchored at the cursor, or about the whole transcript), and gather the
 * preliminary themes beside the text, with Malterud's gentle 4–8 hint.
 */
public final class Step1View implements WorkView {

    private static final KeyCombination ADD_NOTE = Shortcuts.ADD_NOTE;

    private final Workbench wb;
    private final I18n t;
    private final BorderPane root = new BorderPane();
    private final TranscriptReader reader;
    private final ReaderNav nav;
    private final ListView<TranscriptNote> notes = new ListView<>();
    private final Label notesHeader = new Label();
    private final TextArea noteText = new TextArea();
    private final CheckBox anchored = new CheckBox();
    private final ListView<PreliminaryTheme> themes = new ListView<>();
    private final Label themesHeader = new Label();
    private final Label hint = new Label();
    private final TextField newTheme = new TextField();
    private final TextArea description = new TextArea();
    private final Autosave describe;
    private UUID describing;
    private boolean updating;

    public Step1View(Workbench wb) {
        this.wb = wb;
        this.t = wb.text();
        this.reader = new TranscriptReader(wb, false, false);
        this.nav = new ReaderNav(wb, "step1");
        root.setId("step1");

        Label tip = new Label(t.get("step1.tip"));
        tip.getStyleClass().add("text-muted");
        tip.setWrapText(true);
        VBox head = new VBox(6, nav.node(), tip);
        head.setPadding(new Insets(8, 10, 6, 10));
        BorderPane readerPane = new BorderPane(reader.node());
        readerPane.setTop(head);

        SplitPane right = new SplitPane(buildNotes(), buildThemes());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.45);
        right.setMinWidth(260);
        SplitPane split = new SplitPane(readerPane, right);
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(right, false);
        root.setCenter(split);

        describe = Autosave.attach(wb, description, text -> {
            UUID id = describing;
            if (id != null) {
                wb.editVoid(p -> p.describeTheme(id, text));
            }
        });
        readerMenu();
        nav.bindKeys(root);
        wb.snapshotProperty().addListener((o, a, s) -> refresh());
        wb.transcript.addListener((o, a, id) -> refresh());
        refresh();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        Platform.runLater(() -> reader.area().requestFocus());
    }

    TranscriptReader reader() {
        return reader;
    }

    // ---- notes

    private Node buildNotes() {
        notesHeader.getStyleClass().add("title-4");
        notes.setId("step1-notes");
        notes.setAccessibleText(t.get("step1.notes"));
        notes.setPlaceholder(placeholder(t.get("step1.notes.none")));
        notes.setCellFactory(v -> new NoteCell());
        notes.getSelectionModel().selectedItemProperty().addListener((o, a, n) -> {
            if (!updating && n != null && n.anchor() != null) {
                reader.select(n.anchor(), n.anchor());
            }
        });
        VBox.setVgrow(notes, Priority.ALWAYS);
        notes.setMinHeight(60);
        noteText.setId("step1-note-text");
        noteText.setPromptText(t.get("step1.note.prompt"));
        noteText.setAccessibleText(t.get("step1.note.prompt"));
        noteText.setWrapText(true);
        noteText.setPrefRowCount(3);
        noteText.setMinHeight(60);
        noteText.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (ADD_NOTE.match(e)) {
                e.consume();
                addNote();
            }
        });
        anchored.setText(t.get("step1.note.anchored"));
        anchored.setId("step1-note-anchored");
        anchored.setSelected(true);
        anchored.setTooltip(new Tooltip(t.get("step1.note.anchored.tooltip")));
        anchored.setMinWidth(0);
        Button add = new Button(t.get("step1.note.add"));
        add.setId("step1-add-note");
        add.setTooltip(new Tooltip(t.get("step1.note.add.tooltip")));
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> addNote());
        add.disableProperty().bind(noteText.textProperty().isEmpty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, anchored, gap, add);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, notesHeader, notes, noteText, row);
        box.setPadding(new Insets(8));
        return box;
    }

    /** Adds the typed note to the shown transcript, at the cursor when "at the cursor" is ticked and the reader has one. */
    void addNote() {
        UUID tid = reader.transcriptId();
        String text = noteText.getText().strip();
        if (tid == null || text.isEmpty()) {
            return;
        }
        Integer anchor = anchored.isSelected() ? reader.caret() : null;
        wb.editVoid(p -> p.addTranscriptNote(tid, anchor, text)).thenRun(noteText::clear);
    }

    TextArea noteText() {
        return noteText;
    }

    private final class NoteCell extends ListCell<TranscriptNote> {
        private final Text text = new Text();
        private final Label meta = new Label();
        private final VBox box = new VBox(2, text, meta);

        NoteCell() {
            text.getStyleClass().add("fg-text");
            meta.getStyleClass().addAll("text-muted", "text-small");
            setPrefWidth(0);
            text.wrappingWidthProperty().bind(widthProperty().subtract(24));
        }

        @Override
        protected void updateItem(TranscriptNote n, boolean empty) {
            super.updateItem(n, empty);
            setText(null);
            if (empty || n == null) {
                setGraphic(null);
                return;
            }
            text.setText(n.text());
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(t.locale())
                    .withZone(ZoneId.systemDefault()).format(n.created());
            meta.setText(n.anchor() == null ? t.get("step1.note.whole", when) : t.get("step1.note.at", reader.lineOf(n.anchor()), when));
            setGraphic(box);
            setAccessibleText(text.getText() + " — " + meta.getText());
            MenuItem edit = Menus.item(t.get("step1.note.edit"));
            edit.setOnAction(e -> editNote(n));
            MenuItem delete = Menus.item(t.get("step1.note.delete"));
            delete.setOnAction(e -> wb.editVoid(p -> p.deleteTranscriptNote(n.id())));
            setContextMenu(new ContextMenu(edit, delete));
        }
    }

    /** Rewrites a note in a small dialog; its place in the text stays. */
    private void editNote(TranscriptNote n) {
        TextInputDialog d = new TextInputDialog(n.text());
        d.initOwner(root.getScene().getWindow());
        d.setTitle(t.get("step1.note.edit"));
        d.setHeaderText(t.get("step1.note.edit"));
        d.getEditor().setPrefColumnCount(40);
        d.showAndWait().map(String::strip).filter(s -> !s.isEmpty() && !s.equals(n.text()))
                .ifPresent(s -> wb.editVoid(p -> p.editTranscriptNote(n.id(), s)));
    }

    // ---- themes

    private Node buildThemes() {
        themesHeader.getStyleClass().add("title-4");
        hint.setId("step1-theme-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        themes.setId("step1-themes");
        themes.setAccessibleText(t.get("step1.themes"));
        themes.setEditable(true);
        themes.setPlaceholder(placeholder(t.get("step1.themes.none")));
        themes.setCellFactory(v -> new ThemeCell());
        themes.setOnEditCommit(e -> {
            PreliminaryTheme before = themes.getItems().get(e.getIndex());
            String name = e.getNewValue().name().strip();
            if (!name.isEmpty() && !name.equals(before.name())) {
                wb.editVoid(p -> p.renameTheme(before.id(), name));
            }
        });
        themes.setOnKeyPressed(e -> {
            PreliminaryTheme th = themes.getSelectionModel().getSelectedItem();
            if (th != null && e.getCode() == KeyCode.DELETE && themes.getEditingIndex() < 0) {
                e.consume();
                wb.editVoid(p -> p.deleteTheme(th.id()));
            }
        });
        themes.getSelectionModel().selectedItemProperty().addListener((o, a, th) -> showDescription(th));
        VBox.setVgrow(themes, Priority.ALWAYS);
        themes.setMinHeight(80);

        newTheme.setId("step1-new-theme");
        newTheme.setPromptText(t.get("step1.theme.new.prompt"));
        newTheme.setAccessibleText(t.get("step1.theme.new.prompt"));
        newTheme.setOnAction(e -> addTheme());
        HBox.setHgrow(newTheme, Priority.ALWAYS);
        Button add = new Button(t.get("step1.theme.add"));
        add.setId("step1-add-theme");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> addTheme());
        add.disableProperty().bind(newTheme.textProperty().isEmpty());
        HBox addRow = new HBox(6, newTheme, add);
        addRow.setAlignment(Pos.CENTER_LEFT);

        description.setId("step1-theme-description");
        description.setPromptText(t.get("step1.theme.description.prompt"));
        description.setAccessibleText(t.get("step1.theme.description.prompt"));
        description.setWrapText(true);
        description.setPrefRowCount(3);
        description.setMinHeight(64);
        description.setDisable(true);

        VBox box = new VBox(6, themesHeader, hint, themes, addRow, description);
        box.setPadding(new Insets(8));
        return box;
    }

    /** A theme: its name wrapped (its description as a tooltip); F2, double-click or "Rename" edits the name in place. */
    private final class ThemeCell extends TextFieldListCell<PreliminaryTheme> {
        private final Text name = new Text();
        private final Tooltip tip = new Tooltip();

        ThemeCell() {
            super(new StringConverter<>() {
                @Override
                public String toString(PreliminaryTheme th) {
                    return th == null ? "" : th.name();
                }

                @Override
                public PreliminaryTheme fromString(String text) {
                    PreliminaryTheme th = themes.getItems().get(themes.getEditingIndex());
                    return new PreliminaryTheme(th.id(), text, th.description(), th.order(), th.anchors());
                }
            });
            name.getStyleClass().add("fg-text");
            name.wrappingWidthProperty().bind(widthProperty().subtract(24));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            setPrefWidth(0);
            setOnContextMenuRequested(e -> {
                if (getItem() != null) {
                    themes.getSelectionModel().select(getItem());
                    themeMenu(getItem(), this).show(this, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
        }

        @Override
        public void updateItem(PreliminaryTheme th, boolean empty) {
            super.updateItem(th, empty);
            if (!empty && th != null && !isEditing()) {
                name.setText(th.anchors().isEmpty() ? th.name() : t.get("step1.theme.withAnchors", th.name(), th.anchors().size()));
                setText(null);
                setGraphic(name);
                tip.setText(th.description());
                setTooltip(th.description().isBlank() ? null : tip);
                setAccessibleText(th.name());
            } else if (empty || th == null) {
                setTooltip(null);
            }
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            updateItem(getItem(), getItem() == null);
        }
    }

    private void addTheme() {
        String name = newTheme.getText().strip();
        if (!name.isEmpty()) {
            wb.edit(p -> p.addTheme(name, "")).thenAccept(th -> {
                newTheme.clear();
                themes.getItems().stream().filter(x -> x.id().equals(th.id())).findFirst()
                        .ifPresent(x -> themes.getSelectionModel().select(x));
            });
        }
    }

    private ContextMenu themeMenu(PreliminaryTheme th, ListCell<PreliminaryTheme> cell) {
        MenuItem rename = Menus.item(t.get("step1.theme.rename"));
        rename.setOnAction(e -> themes.edit(cell.getIndex()));
        Menu merge = Menus.menu(t.get("step1.theme.mergeInto"));
        for (PreliminaryTheme other : themes.getItems()) {
            if (!other.id().equals(th.id())) {
                MenuItem into = Menus.item(other.name());
                into.setOnAction(e -> wb.editVoid(p -> p.mergeThemes(other.id(), th.id())));
                merge.getItems().add(into);
            }
        }
        merge.setDisable(merge.getItems().isEmpty());
        MenuItem anchor = Menus.item(t.get("step1.theme.anchor"));
        Span span = reader.selectedSpan();
        anchor.setDisable(span == null);
        anchor.setOnAction(e -> wb.editVoid(p -> p.anchorTheme(th.id(), span)));
        MenuItem up = Menus.item(t.get("step1.theme.up"));
        up.setDisable(th.order() == 0);
        up.setOnAction(e -> wb.editVoid(p -> p.moveTheme(th.id(), Math.max(0, th.order() - 1))));
        MenuItem down = Menus.item(t.get("step1.theme.down"));
        down.setDisable(th.order() >= themes.getItems().size() - 1);
        down.setOnAction(e -> wb.editVoid(p -> p.moveTheme(th.id(), th.order() + 1)));
        MenuItem delete = Menus.item(t.get("step1.theme.delete"));
        delete.setOnAction(e -> wb.editVoid(p -> p.deleteTheme(th.id())));
        return new ContextMenu(rename, anchor, merge, up, down, new SeparatorMenuItem(), delete);
    }

    private void showDescription(PreliminaryTheme th) {
        describe.load(th == null ? "" : th.description());
        describing = th == null ? null : th.id();
        description.setDisable(th == null);
        description.setPromptText(th == null ? t.get("step1.theme.description.none")
                : t.get("step1.theme.description.prompt"));
    }

    /** Malterud's rule of thumb as a gentle sentence: 4–8 preliminary themes. */
    static String hintKey(int n) {
        return n == 0 ? "step1.hint.none" : n < 4 ? "step1.hint.few" : n <= 8 ? "step1.hint.good" : "step1.hint.many";
    }

    // ---- reader menu

    private void readerMenu() {
        ContextMenu menu = new ContextMenu(Menus.item("…"));
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            MenuItem note = Menus.item(t.get("step1.reader.note"));
            note.setOnAction(x -> {
                anchored.setSelected(true);
                noteText.requestFocus();
            });
            Span span = reader.selectedSpan();
            MenuItem theme = Menus.item(t.get("step1.reader.theme"));
            theme.setDisable(span == null);
            theme.setOnAction(x -> {
                String words = wb.snapshot().transcript(span.transcriptId()).map(Transcript::text).orElse("")
                        .substring(span.start(), span.end()).strip();
                newTheme.setText(Words.shorten(words, 60));
                newTheme.requestFocus();
                newTheme.selectAll();
            });
            Menu anchorTo = Menus.menu(t.get("step1.reader.anchorTo"));
            anchorTo.setDisable(span == null || themes.getItems().isEmpty());
            for (PreliminaryTheme th : themes.getItems()) {
                MenuItem to = Menus.item(th.name());
                to.setOnAction(x -> wb.editVoid(p -> p.anchorTheme(th.id(), span)));
                anchorTo.getItems().add(to);
            }
            menu.getItems().addAll(note, theme, anchorTo);
        });
        reader.area().setContextMenu(menu);
    }

    // ---- refresh

    private void refresh() {
        ProjectSnapshot s = wb.snapshot();
        updating = true;
        try {
            UUID tid = wb.transcript.get();
            Transcript tr = s == null || tid == null ? null : s.transcript(tid).orElse(null);
            List<TranscriptNote> mine = s == null || tr == null ? List.of()
                    : s.notes().stream().filter(n -> n.transcriptId().equals(tr.id())).toList();
            if (!mine.equals(notes.getItems())) {
                notes.getItems().setAll(mine);
                if (!mine.isEmpty()) {
                    notes.scrollTo(mine.size() - 1);
                }
            }
            notesHeader.setText(tr == null ? t.get("step1.notes") : t.get("step1.notes.of", tr.title(), mine.size()));
            reader.setMarks(mine.stream().map(TranscriptNote::anchor).filter(Objects::nonNull).toList());

            List<PreliminaryTheme> list = s == null ? List.of() : s.themes();
            PreliminaryTheme selected = themes.getSelectionModel().getSelectedItem();
            if (!list.equals(themes.getItems())) {
                themes.getItems().setAll(list);
                if (selected != null) {
                    list.stream().filter(x -> x.id().equals(selected.id())).findFirst()
                            .ifPresent(x -> themes.getSelectionModel().select(x));
                }
            }
            int n = list.size();
            themesHeader.setText(t.get("step1.themes.count", n));
            hint.setText(t.get(hintKey(n), n));
            hint.getStyleClass().removeAll("text-muted", "warning");
            hint.getStyleClass().add(n > 8 ? "warning" : "text-muted");
            PreliminaryTheme now = themes.getSelectionModel().getSelectedItem();
            if (now != null && now.id().equals(describing)) {
                describe.follow(now.description());
            } else if (now != null) {
                showDescription(now);
            }
            if (now == null && describing != null) {
                showDescription(null);
            }
        } finally {
            updating = false;
        }
    }

    private static Label placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        l.setPadding(new Insets(8));
        return l;
    }
}
