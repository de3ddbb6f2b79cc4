package org.kondens.core.model;

import java.util.List;
import java.util.UUID;

/**
 * Step 3: a subgroup inside one code group, with its condensate (a first-person artificial
 * quotation written from {@code condensateSources}) and, in step 4, its analytic text.
 */
public record Subgroup(
        UUID id,
        UUID codeGroupId,
        String name,
        int order,
        String condensate,
        List<UUID> condensateSources,
        String analyticText,
        List<UUID> grewFrom) {

    public Subgroup {
        condensateSources = List.copyOf(condensateSources);
        grewFrom = List.copyOf(grewFrom);
    }
}
