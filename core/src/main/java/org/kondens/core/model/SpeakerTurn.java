package org.kondens.core.model;

import java.util.UUID;

/**
 * A half-open range [start, end) of a transcript spoken by one speaker. {@code informantId} is set
 * when the speaker label resolves to an informant (null for the interviewer or an unknown voice).
 */
public record SpeakerTurn(int start, int end, String speaker, SpeakerRole role, UUID informantId) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
