package org.kondens.core;

import java.util.Locale;

/** Something core says to people, told in any of its languages (en, nb, nn) when it is shown. */
public interface Localizable {

    /** The text in {@code locale}'s language; English for a language core does not speak. */
    String text(Locale locale);
}
