package org.kondens.core.model;

import java.util.UUID;

/**
 * An illustrative ("golden") quotation chosen from a meaning unit, for a subgroup or, when
 * {@code subgroupId} is null, for the code group as a whole. It keeps the source span (possibly
 * narrower than the unit) and the edited text shown in the thesis. A null {@code label} means
 * "the informant's label", so renaming an informant updates every quote.
 */
public record Quote(
        UUID id,
        UUID meaningUnitId,
        UUID codeGroupId,
        UUID subgroupId,
        int start,
        int end,
        String displayText,
        String label,
        int order) {
}
