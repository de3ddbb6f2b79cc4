package org.kondens.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One interview or focus group. A pilot session is kept but excluded from the analysis counts.
 * Date and duration are optional (null when unknown).
 */
public record Session(
        UUID id,
        String title,
        SessionKind kind,
        LocalDate date,
        Integer durationMinutes,
        String moderator,
        List<UUID> participants,
        boolean pilot,
        String notes) {

    public Session {
        participants = List.copyOf(participants);
    }
}
