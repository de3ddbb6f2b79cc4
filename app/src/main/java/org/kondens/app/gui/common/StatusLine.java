package org.kondens.app.gui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kondens.core.Localizable;

/**
 * The status bar's first line ("Saved", "Opening …", a refusal): kept as a bundle key with its
 * arguments, or as core's coded message, so a language switch tells it again in the new language.
 */
final class StatusLine {

    /** What is shown: a key and its arguments, or a core message. */
    private record Shown(String key, Object[] args, Localizable coreMessage) {
        String in(I18n t) {
            return key != null ? t.get(key, args) : coreMessage == null ? "" : coreMessage.text(t.locale());
        }
    }

    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper("");
    private Shown shown = new Shown(null, new Object[0], null);
    private I18n text;

    StatusLine(I18n text) {
        this.text = text;
    }

    void show(String key, Object... args) {
        set(new Shown(key, args, null));
    }

    void show(Localizable coreMessage) {
        set(new Shown(null, new Object[0], coreMessage));
    }

    void setText(I18n text) {
        this.text = text;
        line.set(shown.in(text));
    }

    private void set(Shown s) {
        shown = s;
        line.set(s.in(text));
    }

    ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }
}
