package org.kondens.app.gui.totalimpression;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import javafx.collections.ListChangeListener;
import org.kondens.app.gui.common.Autosave;
import org.kondens.app.gui.common.Css;
import org.kondens.app.gui.common.DialogService;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Menus;
import org.kondens.app.gui.common.Shortcuts;
import org.kondens.app.gui.common.Styled;
import org.kondens.app.gui.common.WorkView;
import org.kondens.app.gui.common.Workbench;
import org.kondens.app.gui.reader.ReaderNav;
import org.kondens.app.gui.reader.TranscriptReader;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.Span;
import org.kondens.core.model.TranscriptNote;

/**
 * Step 1, total impression: read the transcripts one after another (previous / next), write
 * impressions as notes (anchored at the cursor, or about the whole transcript), and gather the
 * preliminary themes beside the text, with Malterud's gentle 4–8 hint.
 */
public final class Step1View implements WorkView {

    private static final KeyCombination ADD_NOTE = Shortcuts.ADD_NOTE;

    private final Step1ViewModel vm;
    private final I18n t;
    private final BorderPane root = new BorderPane();
    private final TranscriptReader reader;
    private final ReaderNav nav;
    private final ListView<TranscriptNote> notes = new ListView<>();
    private final TextArea noteText = new TextArea();
    private final ListView<PreliminaryTheme> themes = new ListView<>();
    private final TextField newTheme = new TextField();
    private final TextArea description = new TextArea();
    private final Autosave describe;
    private UUID describing;

    public Step1View(Workbench wb, DialogService dialogs) {
        this.vm = new Step1ViewModel(wb, dialogs);
        this.t = wb.text();
        this.reader = new TranscriptReader(wb, false, false);
        this.nav = new ReaderNav(wb, "step1");
        root.setId("step1");

        Label tip = Styled.wrapped(t.get("step1.tip"), "text-muted");
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

        describe = Autosave.attach(wb, description, text -> vm.describeTheme(describing, text));
        readerMenu();
        nav.bindKeys(root);
        vm.notes().addListener((ListChangeListener<TranscriptNote>) c -> notesChanged());
        vm.selectedTheme.addListener((o, a, th) -> themeChosen(th));
        notesChanged();
        themeChosen(vm.selectedTheme.get());
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

    Step1ViewModel model() {
        return vm;
    }

    // ---- notes

    private Node buildNotes() {
        Label notesHeader = Styled.label("", "title-4");
        notesHeader.textProperty().bind(vm.notesTitleProperty());
        notes.setId("step1-notes");
        notes.setAccessibleText(t.get("step1.notes"));
        notes.setPlaceholder(placeholder(t.get("step1.notes.none")));
        notes.setCellFactory(v -> new NoteCell());
        notes.setItems(vm.notes());
        notes.getSelectionModel().selectedItemProperty().addListener((o, a, n) -> {
            if (n != null && n.anchor() != null) {
                reader.select(n.anchor(), n.anchor());
            }
        });
        VBox.setVgrow(notes, Priority.ALWAYS);
        notes.setMinHeight(60);
        Styled.area(noteText, "step1-note-text", t.get("step1.note.prompt"), 3);
        noteText.setMinHeight(60);
        noteText.textProperty().bindBidirectional(vm.noteDraft);
        noteText.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (ADD_NOTE.match(e)) {
                e.consume();
                vm.addNote(reader.caret());
            }
        });
        CheckBox anchored = new CheckBox(t.get("step1.note.anchored"));
        anchored.setId("step1-note-anchored");
        anchored.selectedProperty().bindBidirectional(vm.anchored);
        anchored.setTooltip(new Tooltip(t.get("step1.note.anchored.tooltip")));
        anchored.setMinWidth(0);
        Button add = new Button(t.get("step1.note.add"));
        add.setId("step1-add-note");
        add.setTooltip(new Tooltip(t.get("step1.note.add.tooltip")));
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> vm.addNote(reader.caret()));
        add.disableProperty().bind(vm.canAddNote().not());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, anchored, gap, add);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, notesHeader, notes, noteText, row);
        box.setPadding(new Insets(8));
        return box;
    }

    private void notesChanged() {
        reader.setMarks(vm.noteAnchors());
        if (!notes.getItems().isEmpty()) {
            notes.scrollTo(notes.getItems().size() - 1);
        }
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
                setContextMenu(null);
                return;
            }
            text.setText(n.text());
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(t.locale())
                    .withZone(ZoneId.systemDefault()).format(n.created());
            meta.setText(n.anchor() == null ? t.get("step1.note.whole", when) : t.get("step1.note.at", reader.lineOf(n.anchor()), when));
            setGraphic(box);
            setAccessibleText(text.getText() + " — " + meta.getText());
            MenuItem edit = Menus.item(t.get("step1.note.edit"));
            edit.setOnAction(e -> vm.editNote(n));
            MenuItem delete = Menus.item(t.get("step1.note.delete"));
            delete.setOnAction(e -> vm.deleteNote(n));
            setContextMenu(new ContextMenu(edit, delete));
        }
    }

    // ---- themes

    private Node buildThemes() {
        Label themesHeader = Styled.label("", "title-4");
        themesHeader.textProperty().bind(vm.themesTitleProperty());
        Label hint = Styled.wrapped("", "text-muted");
        hint.setId("step1-theme-hint");
        hint.textProperty().bind(vm.hintProperty());
        vm.tooManyThemesProperty().addListener((o, a, many) -> {
            Css.set(hint, "warning", many);
            Css.set(hint, "text-muted", !many);
        });
        themes.setId("step1-themes");
        themes.setAccessibleText(t.get("step1.themes"));
        themes.setEditable(true);
        themes.setPlaceholder(placeholder(t.get("step1.themes.none")));
        themes.setCellFactory(v -> new ThemeCell());
        themes.setItems(vm.themes());
        themes.setOnEditCommit(e -> vm.renameTheme(themes.getItems().get(e.getIndex()), e.getNewValue().name()));
        themes.setOnKeyPressed(e -> {
            PreliminaryTheme th = themes.getSelectionModel().getSelectedItem();
            if (th != null && e.getCode() == KeyCode.DELETE && themes.getEditingIndex() < 0) {
                e.consume();
                vm.deleteTheme(th);
            }
        });
        themes.getSelectionModel().selectedItemProperty().addListener((o, a, th) -> {
            if (th != null || !vm.themes().isEmpty()) {
                vm.selectedTheme.set(th);
            }
        });
        VBox.setVgrow(themes, Priority.ALWAYS);
        themes.setMinHeight(80);

        Styled.prompted(newTheme, "step1-new-theme", t.get("step1.theme.new.prompt"));
        newTheme.textProperty().bindBidirectional(vm.themeDraft);
        newTheme.setOnAction(e -> vm.addTheme());
        HBox.setHgrow(newTheme, Priority.ALWAYS);
        Button add = new Button(t.get("step1.theme.add"));
        add.setId("step1-add-theme");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> vm.addTheme());
        add.disableProperty().bind(vm.canAddTheme().not());
        HBox addRow = new HBox(6, newTheme, add);
        addRow.setAlignment(Pos.CENTER_LEFT);

        Styled.area(description, "step1-theme-description", t.get("step1.theme.description.prompt"), 3);
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

    private ContextMenu themeMenu(PreliminaryTheme th, ListCell<PreliminaryTheme> cell) {
        MenuItem rename = Menus.item(t.get("step1.theme.rename"));
        rename.setOnAction(e -> themes.edit(cell.getIndex()));
        Menu merge = Menus.menu(t.get("step1.theme.mergeInto"));
        for (PreliminaryTheme other : vm.mergeTargets(th)) {
            MenuItem into = Menus.item(other.name());
            into.setOnAction(e -> vm.merge(th, other));
            merge.getItems().add(into);
        }
        merge.setDisable(merge.getItems().isEmpty());
        MenuItem anchor = Menus.item(t.get("step1.theme.anchor"));
        Span span = reader.selectedSpan();
        anchor.setDisable(span == null);
        anchor.setOnAction(e -> vm.anchor(th, span));
        MenuItem up = Menus.item(t.get("step1.theme.up"));
        up.setDisable(!vm.canMoveUp(th));
        up.setOnAction(e -> vm.move(th, -1));
        MenuItem down = Menus.item(t.get("step1.theme.down"));
        down.setDisable(!vm.canMoveDown(th));
        down.setOnAction(e -> vm.move(th, +1));
        MenuItem delete = Menus.item(t.get("step1.theme.delete"));
        delete.setOnAction(e -> vm.deleteTheme(th));
        return new ContextMenu(rename, anchor, merge, up, down, new SeparatorMenuItem(), delete);
    }

    /** The chosen theme changed, or its description changed underneath (undo): show it in the list and the editor. */
    private void themeChosen(PreliminaryTheme th) {
        if (th != themes.getSelectionModel().getSelectedItem()) {
            if (th == null) {
                themes.getSelectionModel().clearSelection();
            } else {
                themes.getSelectionModel().select(th);
            }
        }
        if (th != null && th.id().equals(describing)) {
            describe.follow(th.description());
            return;
        }
        describe.load(th == null ? "" : th.description());
        describing = th == null ? null : th.id();
        description.setDisable(th == null);
        description.setPromptText(t.get(th == null ? "step1.theme.description.none" : "step1.theme.description.prompt"));
    }

    // ---- reader menu

    private void readerMenu() {
        ContextMenu menu = new ContextMenu(Menus.item("…"));
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            MenuItem note = Menus.item(t.get("step1.reader.note"));
            note.setOnAction(x -> {
                vm.anchored.set(true);
                noteText.requestFocus();
            });
            Span span = reader.selectedSpan();
            MenuItem theme = Menus.item(t.get("step1.reader.theme"));
            theme.setDisable(span == null);
            theme.setOnAction(x -> {
                vm.draftThemeFrom(span);
                newTheme.requestFocus();
                newTheme.selectAll();
            });
            Menu anchorTo = Menus.menu(t.get("step1.reader.anchorTo"));
            anchorTo.setDisable(span == null || vm.themes().isEmpty());
            for (PreliminaryTheme th : vm.themes()) {
                MenuItem to = Menus.item(th.name());
                to.setOnAction(x -> vm.anchor(th, span));
                anchorTo.getItems().add(to);
            }
            menu.getItems().addAll(note, theme, anchorTo);
        });
        reader.area().setContextMenu(menu);
    }

    private static Label placeholder(String text) {
        Label l = Styled.wrapped(text, "text-muted");
        l.setPadding(new Insets(8));
        return l;
    }
}
