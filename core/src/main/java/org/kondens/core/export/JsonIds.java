package org.kondens.core.export;

import java.util.HashMap;
import java.util.Map;

/**
 * The ids of one kind seen so far in a JSON project, each with the path of the entity it names:
 * an id defined twice, or a reference to one not seen (yet), is a {@link JsonProblem}.
 */
final class JsonIds {

    private final String kind;
    private final Map<String, String> paths = new HashMap<>();

    JsonIds(String kind) {
        this.kind = kind;
    }

    /** Reads the {@code id} of {@code entity}; it must not name another entity of this kind. */
    String define(JsonCursor entity) {
        JsonCursor at = entity.at("id");
        String id = at.id();
        String earlier = paths.putIfAbsent(id, entity.path());
        if (earlier != null) {
            throw at.problem("the id " + id + " is used twice (also by the " + kind + " at " + earlier + ").");
        }
        return id;
    }

    String ref(JsonCursor at) {
        String id = at.id();
        if (!paths.containsKey(id)) {
            throw at.problem("refers to " + kind + " " + id + ", which is not in the file.");
        }
        return id;
    }

    String refOrNull(JsonCursor at) {
        return at.isNull() ? null : ref(at);
    }

    String pathOf(String id) {
        return paths.get(id);
    }
}
