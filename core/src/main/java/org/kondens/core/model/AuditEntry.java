package org.kondens.core.model;

import java.time.Instant;

/** One line of the audit trail: what changed, when. Supervisors read it to see how a finding grew. */
public record AuditEntry(long id, Instant time, String action, String detail) {
}
