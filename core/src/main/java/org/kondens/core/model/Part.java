package org.kondens.core.model;

/**
 * The parts of a project a change can touch, as a screen sees them: a view that shows code groups
 * and meaning units refreshes only when one of those changed.
 */
public enum Part {
    PROJECT,
    INFORMANTS,
    SESSIONS,
    /** The transcripts themselves: their text, turns and titles (heavy to read again). */
    TRANSCRIPTS,
    NOTES,
    THEMES,
    CODE_GROUPS,
    SUBGROUPS,
    MEANING_UNITS,
    QUOTES
}
