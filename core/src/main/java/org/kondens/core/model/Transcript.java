package org.kondens.core.model;

import java.time.Instant;
import java.util.UUID;

/**
 * The written record of a session. {@code text} never changes after import: every meaning unit,
 * quote and note points into it by UTF-16 offsets, so changing one character would move findings.
 */
public record Transcript(
        UUID id,
        UUID sessionId,
        String title,
        String text,
        String sourceFile,
        String hash,
        Instant imported) {
}
