package org.kondens.core.export;

import java.util.List;
import java.util.Set;

/**
 * The table an export writes, for showing before anything is saved: {@code rows} include the
 * header row 0; {@code bold} rows print bold. Empty for formats without a table (JSON, REFI-QDA).
 */
public record ExportPreview(String caption, List<List<String>> rows, Set<Integer> bold) {

    public static final ExportPreview NONE = new ExportPreview("", List.of(), Set.of());

    public ExportPreview {
        rows = rows.stream().map(List::copyOf).toList();
        bold = Set.copyOf(bold);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
