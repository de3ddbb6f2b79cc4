package org.kondens.core.model;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A person interviewed. The label ("Informant 3", "EK2", a fictive first name) is set here once
 * and shown everywhere: in the reader, after quotes, in every export.
 */
public record Informant(UUID id, String label, SortedMap<String, String> attributes) {

    public Informant {
        attributes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    }

    public static Informant of(UUID id, String label, Map<String, String> attributes) {
        return new Informant(id, label, new TreeMap<>(attributes));
    }
}
