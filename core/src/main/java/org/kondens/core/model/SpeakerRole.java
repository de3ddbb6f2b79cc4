package org.kondens.core.model;

/** Who is talking in a speaker turn. Search and hints treat interviewer talk differently. */
public enum SpeakerRole {
    INTERVIEWER,
    INFORMANT,
    UNKNOWN
}
