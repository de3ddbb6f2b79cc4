package org.kondens.app.gui.common;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * Saves a text editor without a Save button: 800 ms after typing pauses, when the editor loses
 * focus, and when the app closes. {@link #load} shows new text without saving it back.
 */
public final class Autosave {

    private final TextInputControl editor;
    private final Consumer<String> save;
    private final PauseTransition pause = new PauseTransition(Duration.millis(800));
    private String saved = "";
    private boolean loading;

    private Autosave(TextInputControl editor, Consumer<String> save) {
        this.editor = editor;
        this.save = save;
        pause.setOnFinished(e -> flush());
        editor.textProperty().addListener((o, a, b) -> {
            if (!loading) {
                pause.playFromStart();
            }
        });
        editor.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                flush();
            }
        });
        if (editor instanceof TextArea) {
            editor.addEventFilter(KeyEvent.KEY_PRESSED, Autosave::tabMovesFocus);
        }
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> redoOnCtrlY(editor, e));
    }

    /**
     * Ctrl+Y redoes typing inside a text box, as the README and every Windows editor promise
     * (JavaFX's text boxes know only Ctrl+Shift+Z on Linux); the key would otherwise reach the
     * window and redo a whole project step under the cursor.
     */
    private static void redoOnCtrlY(TextInputControl editor, KeyEvent e) {
        if (REDO.match(e)) {
            e.consume();
            if (editor.isRedoable()) {
                editor.redo();
            }
        }
    }

    private static final javafx.scene.input.KeyCombination REDO =
            new javafx.scene.input.KeyCodeCombination(KeyCode.Y, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    /**
     * Tab moves to the next field, as everywhere else in a form; a condensate or an analytic text
     * has no use for a tab character. (A TextArea moves focus on Ctrl+Tab: the key is re-sent so.)
     */
    private static void tabMovesFocus(KeyEvent e) {
        if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
            e.consume();
            ((javafx.scene.Node) e.getSource()).fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(),
                    e.getCharacter(), e.getText(), e.getCode(), e.isShiftDown(), true, false, false));
        }
    }

    /** Autosaves {@code editor} through {@code save}; the workbench flushes it on close. */
    public static Autosave attach(Workbench wb, TextInputControl editor, Consumer<String> save) {
        Autosave a = new Autosave(editor, save);
        wb.beforeClose(a::flush);
        // review mode: the analysis is read only, so its texts cannot be typed in either
        editor.editableProperty().bind(wb.reviewOnlyProperty().not());
        return a;
    }

    /** Shows {@code text} (for example another subgroup's condensate), saving pending text first. */
    public void load(String text) {
        flush();
        loading = true;
        saved = Objects.requireNonNullElse(text, "");
        editor.setText(saved);
        loading = false;
    }

    /**
     * The project's text changed underneath the editor (undo, redo): show it, even in a focused
     * editor, unless the user has typed words not yet saved — those win and are saved next.
     * Without this, undo left the old words in a focused editor and the next key saved them again.
     */
    public void follow(String fromProject) {
        String text = Objects.requireNonNullElse(fromProject, "");
        boolean unsaved = !Objects.equals(editor.getText(), saved);
        if (text.equals(editor.getText())) {
            saved = text;
        } else if (!(unsaved && editor.isFocused())) {
            pause.stop();
            int caret = editor.getCaretPosition();
            loading = true;
            saved = text;
            editor.setText(text);
            editor.positionCaret(Math.min(caret, text.length()));
            loading = false;
        }
    }

    /** Saves now if the text differs from what was last saved or loaded. */
    public void flush() {
        pause.stop();
        String now = editor.getText();
        if (!Objects.equals(now, saved)) {
            saved = now;
            save.accept(now);
        }
    }
}
