package org.kondens.core.exchange;

import org.kondens.core.Message;
import org.kondens.core.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import has to tell: notices (how something was adapted), the items it could not carry
 * over, and texts that have no place in the Kondens model and are kept in the project notes so
 * that nothing is lost. Kept in the order things happened, which is the order of the report.
 */
final class ImportLog {

    private final List<Message> notices = new ArrayList<>();
    private final List<Message> notCarried = new ArrayList<>();
    private final List<String> projectNotes = new ArrayList<>();

    void notice(Problem code, Object... args) {
        notices.add(Message.of(code, args));
    }

    void notCarried(Problem code, Object... args) {
        notCarried.add(Message.of(code, args));
    }

    void notCarried(Message item) {
        notCarried.add(item);
    }

    /** Keeps {@code text} in the new project's notes. */
    void keepInProjectNotes(String text) {
        projectNotes.add(text);
    }

    List<Message> notices() {
        return notices;
    }

    List<Message> notCarried() {
        return notCarried;
    }

    /** The kept texts, one paragraph each; empty when there are none. */
    String projectNotesText() {
        return String.join("\n\n", projectNotes);
    }

    /** Takes back an item reported as not carried over that a later step did carry; true if it was there. */
    boolean withdraw(Message item) {
        return notCarried.remove(item);
    }
}
