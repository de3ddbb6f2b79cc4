package org.kondens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Prints a command's result as human text or, with {@code --json}, as one JSON document. */
final class Printer {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final PrintWriter out;
    private final boolean json;

    Printer(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    boolean json() {
        return json;
    }

    void line(String text) {
        if (!json) {
            out.println(text);
        }
    }

    /** Prints {@code value} as JSON in JSON mode; in text mode prints {@code text}. */
    void result(String text, Object value) {
        if (json) {
            try {
                out.println(JSON.writeValueAsString(value));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else if (text != null) {
            out.println(text);
        }
    }

    /** A small ordered JSON object: {@code obj("id", id, "name", name)}. */
    static Map<String, Object> obj(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    static String shortId(Object id) {
        return id.toString().substring(0, 8);
    }
}
