package org.kondens.app.gui.common;

import java.util.Optional;

/**
 * How a view model asks and informs the user without knowing about windows: the app answers
 * with real dialogs ({@link FxDialogs}), a view-model test with prepared answers. Texts arrive
 * already in the user's language.
 */
public interface DialogService {

    /** Asks a yes/no question; true when the user agrees. */
    boolean confirm(String title, String question);

    /** Asks for one line of text, starting from {@code initial}; empty when cancelled or left blank. */
    Optional<String> askText(String title, String prompt, String initial);

    /** Tells the user something they should know; nothing to decide. */
    void inform(String title, String message);

    /** Tells the user that something could not be done, in one sentence. */
    void warn(String message);
}
