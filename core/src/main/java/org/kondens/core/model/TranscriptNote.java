package org.kondens.core.model;

import java.time.Instant;
import java.util.UUID;

/** A step-1 impression about a transcript, optionally anchored at an offset in its text. */
public record TranscriptNote(UUID id, UUID transcriptId, Integer anchor, String text, Instant created) {
}
