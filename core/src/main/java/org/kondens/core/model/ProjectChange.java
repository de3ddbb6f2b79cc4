package org.kondens.core.model;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * What one operation (an edit, an undo, a redo, an open) changed: the parts it touched and the ids
 * of the rows it wrote, where known. Screens use it to refresh only what they show.
 */
public record ProjectChange(Set<Part> parts, Set<UUID> ids) {

    /** An open, a restore, an import: everything may have changed. */
    public static final ProjectChange EVERYTHING = new ProjectChange(EnumSet.allOf(Part.class), Set.of());
    /** A read, or a refused edit: nothing changed. */
    public static final ProjectChange NOTHING = new ProjectChange(Set.of(), Set.of());

    public ProjectChange {
        parts = parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
        ids = Set.copyOf(ids);
    }

    /** True when any of {@code wanted} changed. */
    public boolean touches(Part... wanted) {
        for (Part p : wanted) {
            if (parts.contains(p)) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** True when every part may have changed (an open, a restore): read everything again. */
    public boolean isEverything() {
        return parts.size() == Part.values().length;
    }

    /** What this change and {@code other} changed together (several operations in one GUI edit). */
    public ProjectChange and(ProjectChange other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        if (isEverything() || other.isEverything()) {
            return EVERYTHING;
        }
        Set<Part> p = EnumSet.noneOf(Part.class);
        p.addAll(parts);
        p.addAll(other.parts);
        Set<UUID> i = new java.util.HashSet<>(ids);
        i.addAll(other.ids);
        return new ProjectChange(p, i);
    }
}
