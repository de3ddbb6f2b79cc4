package org.kondens.app.gui.common;

import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * JavaFX names its standard dialog buttons (OK, Cancel …) from its own bundles, which have no
 * Norwegian: every dialog the app shows gets them from the app's bundle, in the UI's language.
 */
public final class DialogButtons {

    private static final Map<ButtonType, String> KEYS = Map.of(ButtonType.OK, "button.ok", ButtonType.CANCEL, "button.cancel",
            ButtonType.YES, "button.yes", ButtonType.NO, "button.no", ButtonType.CLOSE, "button.close",
            ButtonType.APPLY, "button.apply");

    /** The UI's language now; the listener is added once, the newest window's workbench is asked. */
    private static volatile Supplier<I18n> language;

    private DialogButtons() {
    }

    /** From now on, every dialog shown names its standard buttons in {@code text}'s language (asked each time). */
    public static void nameInEveryDialog(Supplier<I18n> text) {
        boolean first = language == null;
        language = text;
        if (!first) {
            return;
        }
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
                        name(pane, language.get());
                    }
                }
            }
        });
    }

    /** Renames the standard buttons of {@code pane}; buttons the app named itself keep their words. */
    public static void name(DialogPane pane, I18n t) {
        for (ButtonType type : pane.getButtonTypes()) {
            Node button = pane.lookupButton(type);
            String word = word(type, t);
            if (button instanceof Button b && word != null) {
                b.setText(word);
            }
        }
    }

    /** The word for a standard button, or null for one of the app's own. */
    static String word(ButtonType type, I18n t) {
        String key = KEYS.get(type);
        return key == null ? null : t.get(key);
    }
}
