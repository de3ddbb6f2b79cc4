package org.kondens.core.exchange;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * GUIDs at the REFI-QDA boundary. Every Kondens entity already has a UUID that never changes, so
 * it is written as the GUID as is; elements that have no entity of their own (the note holding
 * a condensate, a coding, a variable …) get a name-based UUID derived from the entity they
 * belong to. Two exports of the same project therefore carry the same GUIDs and can be compared.
 */
public final class Guids {

    private Guids() {
    }

    public static String of(UUID id) {
        return id.toString();
    }

    /** A stable GUID for the {@code kind} element that belongs to {@code owner}. */
    public static UUID derived(String kind, Object owner) {
        return UUID.nameUUIDFromBytes(("kondens:" + kind + ":" + owner).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a GUID as other tools write it: 8-4-4-4-12 hex, optionally in braces, any case.
     * Anything else (the schema forbids it, but files exist) maps to a stable name-based UUID.
     */
    public static UUID parse(String guid) {
        String g = guid == null ? "" : guid.strip();
        if (g.startsWith("{") && g.endsWith("}")) {
            g = g.substring(1, g.length() - 1);
        }
        if (g.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return UUID.fromString(g);
        }
        return derived("foreign-guid", g);
    }
}
