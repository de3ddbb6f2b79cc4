package org.kondens.core;

import java.util.List;
import java.util.Locale;
import org.kondens.core.model.Language;

/**
 * A problem the user can fix: a wrong name, a bad offset, a file that is not a project. It
 * carries a {@link Problem} and its arguments, so each reader gets the sentence in their
 * language ({@link #message(Locale)}); {@link #getMessage()} is the English sentence (logs, the CLI).
 */
public class KondensException extends RuntimeException implements Localizable {

    private final transient Message message;

    public KondensException(Problem code, Object... args) {
        this(null, code, args);
    }

    public KondensException(Throwable cause, Problem code, Object... args) {
        this(cause, Message.of(code, args));
    }

    public KondensException(Message message) {
        this(null, message);
    }

    public KondensException(Throwable cause, Message message) {
        super(message.toString(), cause);
        this.message = message;
    }

    /**
     * A sentence already written in its reader's language (the app's own texts, from its
     * bundles); core itself always gives a {@link Problem}.
     */
    public KondensException(String worded) {
        this(Problem.WORDED, worded);
    }

    public Problem code() {
        return message.code();
    }

    public List<Object> args() {
        return message.args();
    }

    /** The sentence in {@code locale}'s language (bokmål, nynorsk, else English). */
    public String message(Locale locale) {
        return message.text(locale);
    }

    public String message(Language language) {
        return message(Messages.locale(language));
    }

    @Override
    public String text(Locale locale) {
        return message(locale);
    }
}
