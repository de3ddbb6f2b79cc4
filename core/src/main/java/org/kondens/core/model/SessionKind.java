package org.kondens.core.model;

/** How data was collected in one session. */
public enum SessionKind {
    INDIVIDUAL,
    FOCUS_GROUP
}
