package org.kondens.core.model;

/**
 * The parts of a project a change can touch, as a screen sees them: a view that shows code groups
 * and meaning units refreshes only when one of those changed.
 *
 * <p>A unit's place in code groups and subgroups (its memberships) belongs to {@link #MEANING_UNITS}:
 * it is part of the unit's record, and the counts a code group shows are counted from the units,
 * so a view that shows counts listens to MEANING_UNITS too. A theme's link to the code group or
 * subgroup that grew from it touches THEMES, CODE_GROUPS and SUBGROUPS.
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
    /** Subgroups with their condensates and condensate sources. */
    SUBGROUPS,
    MEANING_UNITS,
    QUOTES,
    /** Review comments, their replies, suggested edits and review rounds. */
    REVIEW
}
