package org.kondens.core.export;

import org.kondens.core.model.ProjectSnapshot;

/**
 * The JSON backup of a whole project (see docs/json-format.md): a format tag, the format
 * version, and every entity of the project.
 */
public record ProjectDocument(String format, int version, ProjectSnapshot content) {

    public static final String FORMAT = "kondens-project";
    public static final int VERSION = 1;
}
