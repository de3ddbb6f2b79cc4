package org.kondens.core.model;

import java.util.Locale;

/** The language of a project: drives labels in exports, hints and (later) search analysis. */
public enum Language {
    NB("nb", "Norsk bokmål"),
    NN("nn", "Norsk nynorsk"),
    EN("en", "English");

    private final String code;
    private final String displayName;

    Language(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    /** Parses "nb", "nn" or "en" (any case); anything else is a user error. */
    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code.equals(code == null ? "" : code.trim().toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "' (use nb, nn or en)");
    }
}
