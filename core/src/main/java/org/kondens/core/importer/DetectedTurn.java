package org.kondens.core.importer;

import org.kondens.core.model.SpeakerRole;

/** A speaker turn found in imported text: [start, end) with the label as written. */
public record DetectedTurn(int start, int end, String speaker, SpeakerRole role) {
}
