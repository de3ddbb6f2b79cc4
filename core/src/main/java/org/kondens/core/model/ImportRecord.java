package org.kondens.core.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What one import from another tool brought and what it could not carry, kept in the project so a
 * student or supervisor can see later what came from where: the file, when, its kind
 * ({@code qdpx}, {@code qdc}) and the report's lines in the project's language.
 */
public record ImportRecord(UUID id, Instant time, String file, String kind, List<String> lines) {

    public ImportRecord {
        lines = List.copyOf(lines);
    }
}
