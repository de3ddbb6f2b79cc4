package org.kondens.core.importer;

import java.util.Map;

/** One informant from an attribute table: the label and its attributes in column order. */
public record InformantRow(String label, Map<String, String> attributes) {
}
