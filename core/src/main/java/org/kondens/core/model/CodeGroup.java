package org.kondens.core.model;

import java.util.List;
import java.util.UUID;

/**
 * Step 2: a code group that meaning units are sorted into. It keeps its working name for the
 * analysis and gets a final result-category name in step 4; {@code analyticIntro} is the step-4
 * introduction to the group. {@code grewFrom} lists the preliminary themes it came from.
 */
public record CodeGroup(
        UUID id,
        String workingName,
        String finalName,
        String description,
        String color,
        int order,
        String analyticIntro,
        List<UUID> grewFrom) {

    public CodeGroup {
        grewFrom = List.copyOf(grewFrom);
    }

    /** The name results use: the final name once there is one, the working name before. */
    public String displayName() {
        return finalName == null || finalName.isBlank() ? workingName : finalName;
    }
}
