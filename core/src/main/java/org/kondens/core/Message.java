package org.kondens.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** A sentence core says without refusing (a warning on open): its code and arguments. */
public record Message(Problem code, List<Object> args) implements Localizable {

    public static Message of(Problem code, Object... args) {
        return new Message(code, Collections.unmodifiableList(Arrays.asList(args.clone())));
    }

    @Override
    public String text(Locale locale) {
        return Messages.text(code.key(), locale, args.toArray());
    }

    /** The English sentence. */
    @Override
    public String toString() {
        return text(Locale.ROOT);
    }
}
