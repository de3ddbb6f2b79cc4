package org.kondens.core.model;

import java.util.List;
import java.util.UUID;

/**
 * Step 2: a passage of a transcript that says something about the research question.
 * {@code start}/{@code end} are half-open UTF-16 offsets into the transcript's stored text.
 * {@code created} is kept for the audit of how the analysis grew.
 * A unit with no memberships is "unsorted": it lost its group but is never lost itself.
 */
public record MeaningUnit(
        UUID id,
        UUID transcriptId,
        int start,
        int end,
        UUID informantId,
        String note,
        java.time.Instant created,
        List<Membership> memberships) {

    public MeaningUnit {
        memberships = List.copyOf(memberships);
    }

    public boolean isUnsorted() {
        return memberships.isEmpty();
    }

    public boolean isIn(UUID codeGroupId) {
        return memberships.stream().anyMatch(m -> m.codeGroupId().equals(codeGroupId));
    }

    public boolean isIn(UUID codeGroupId, UUID subgroupId) {
        return memberships.stream().anyMatch(m -> m.codeGroupId().equals(codeGroupId)
                && java.util.Objects.equals(m.subgroupId(), subgroupId));
    }
}
