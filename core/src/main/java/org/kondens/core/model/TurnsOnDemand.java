package org.kondens.core.model;

import java.util.Set;

/**
 * The speaker turns of a project file as a map that reads a transcript's turns when asked for
 * (a 30-million-word corpus has three quarters of a million): {@link ProjectSnapshot} keeps it
 * as it is instead of copying it. Like a transcript's text, a transcript's turns never change.
 */
public interface TurnsOnDemand {

    /** The labels of speakers who only interview ("I"), without reading every turn. */
    Set<String> interviewerSpeakers();
}
