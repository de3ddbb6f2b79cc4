package org.kondens.core.model;

import java.util.UUID;

/**
 * A text as it stood when the analysis was sent for review: a subgroup's condensate
 * ({@code CONDENSATE}) or analytic text ({@code ANALYTIC_TEXT}), or a code group's analytic
 * introduction ({@code CODE_GROUP}), with the element's name then. The next round compares with it.
 */
public record ReviewedText(CommentTarget.Kind kind, UUID id, String name, String text) {
}
