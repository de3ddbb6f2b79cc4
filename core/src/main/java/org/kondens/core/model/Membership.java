package org.kondens.core.model;

import java.util.UUID;

/** A meaning unit's place in one code group, and in at most one of its subgroups (or none). */
public record Membership(UUID codeGroupId, UUID subgroupId) {
}
