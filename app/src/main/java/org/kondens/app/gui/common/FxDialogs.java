package org.kondens.app.gui.common;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX dialogs owned by the main window and styled like it. */
public final class FxDialogs implements DialogService {

    private final Supplier<Window> owner;

    /** {@code owner} is asked each time, since the main window is rebuilt on a language switch. */
    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String question) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, question);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial == null ? "" : initial);
        place(owner.get(), d);
        d.setTitle(title);
        d.setHeaderText(prompt);
        d.getEditor().setPrefColumnCount(40);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public void inform(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).show();
    }

    @Override
    public void warn(String message) {
        // One sentence beside the sign, no empty header band: the dialog is as small as its message.
        Alert a = alert(Alert.AlertType.WARNING, "Kondens", null);
        a.setContentText(message);
        a.show();
    }

    private Alert alert(Alert.AlertType type, String title, String text) {
        Alert a = new Alert(type);
        place(owner.get(), a);
        a.setTitle(title);
        a.setHeaderText(text);
        return a;
    }

    private static void place(Window window, javafx.scene.control.Dialog<?> d) {
        if (window != null) {
            d.initOwner(window);
        }
        if (d.getDialogPane().getScene() != null) {
            Css.style(d.getDialogPane().getScene());
        }
    }
}
