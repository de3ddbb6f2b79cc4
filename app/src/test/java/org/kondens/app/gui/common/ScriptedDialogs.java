package org.kondens.app.gui.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The user of a view-model test: answers questions from a script and keeps what it was told, so
 * tests run as plain JUnit. An unscripted question fails the test rather than guessing.
 */
public final class ScriptedDialogs implements DialogService {

    private final Deque<Object> answers = new ArrayDeque<>();
    /** Everything asked or said, in order: "confirm: …", "ask: …", "inform: …", "warn: …". */
    public final List<String> heard = new ArrayList<>();

    /** The next confirm answers {@code yes}. */
    public ScriptedDialogs agree(boolean yes) {
        answers.add(yes);
        return this;
    }

    /** The next askText answers {@code text} (null: cancelled). */
    public ScriptedDialogs type(String text) {
        answers.add(text == null ? Optional.empty() : Optional.of(text));
        return this;
    }

    @Override
    public boolean confirm(String title, String question) {
        heard.add("confirm: " + question);
        return (Boolean) next(question);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<String> askText(String title, String prompt, String initial) {
        heard.add("ask: " + prompt);
        return (Optional<String>) next(prompt);
    }

    @Override
    public void inform(String title, String message) {
        heard.add("inform: " + message);
    }

    @Override
    public void warn(String message) {
        heard.add("warn: " + message);
    }

    private Object next(String question) {
        if (answers.isEmpty()) {
            throw new AssertionError("the test gave no answer to: " + question);
        }
        return answers.poll();
    }
}
