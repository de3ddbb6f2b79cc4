package org.kondens.core.export;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Choices an export takes. {@code rowsLayout}: the findings table with code groups in rows
 * instead of columns. {@code subgroups}: the rows of the process table (empty: one per code
 * group). {@code template}: a .docx/.dotx whose styles Word exports use. {@code attributes}:
 * the informant attributes the participant table shows (empty: all).
 */
public record ExportOptions(boolean rowsLayout, List<UUID> subgroups, Path template, List<String> attributes) {

    public static final ExportOptions DEFAULT = new ExportOptions(false, List.of(), null, List.of());

    public ExportOptions {
        subgroups = List.copyOf(subgroups);
        attributes = List.copyOf(attributes);
    }

    public ExportOptions withRowsLayout(boolean rows) {
        return new ExportOptions(rows, subgroups, template, attributes);
    }

    public ExportOptions withSubgroups(List<UUID> ids) {
        return new ExportOptions(rowsLayout, ids, template, attributes);
    }

    public ExportOptions withTemplate(Path file) {
        return new ExportOptions(rowsLayout, subgroups, file, attributes);
    }

    public ExportOptions withAttributes(List<String> names) {
        return new ExportOptions(rowsLayout, subgroups, template, names);
    }
}
