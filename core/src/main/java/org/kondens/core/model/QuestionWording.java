package org.kondens.core.model;

import java.time.Instant;

/** An earlier wording of the research question or sub-questions, kept when it is reworded. */
public record QuestionWording(Instant replaced, String field, String text) {
}
