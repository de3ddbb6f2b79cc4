package org.kondens.core.stc;

import java.util.UUID;

/**
 * A gentle method hint, never an error: STC is iterative and the researcher decides.
 * {@code subject} is the entity the hint is about (null for the project as a whole).
 */
public record Hint(Kind kind, UUID subject, String message) {

    public enum Kind {
        TOO_MANY_THEMES,
        FEW_SUBGROUPS,
        MANY_SUBGROUPS,
        NO_CONDENSATE,
        NO_QUOTE,
        UNSORTED_UNIT
    }
}
