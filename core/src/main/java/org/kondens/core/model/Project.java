package org.kondens.core.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The project itself: what is being studied and why. {@code modified} is the time of the last
 * recorded change (the newest audit entry). The level names are what this project calls its two
 * analysis levels ("Kodegruppe"/"Subgruppe", "Tema"/"Subtema" …); null means the language's default.
 */
public record Project(
        UUID id,
        String title,
        Language language,
        String researchQuestion,
        List<String> subQuestions,
        String interviewGuide,
        String notes,
        String groupLevelName,
        String subgroupLevelName,
        Instant created,
        Instant modified) {

    public Project {
        subQuestions = List.copyOf(subQuestions);
    }
}
