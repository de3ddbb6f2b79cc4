package org.kondens.core.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.SpeakerTurn;

/**
 * A transcript's speaker turns in the Kondens extension, written compactly: each speaker once
 * ({@code [name, role, informant id]}) and the turns as one string of {@code start end speaker}
 * numbers. As one JSON object per turn, a 30-million-word project's turns took 130 MB of
 * project.qde, past what a .qdpx import reads; so they take about a tenth. Turns written by an
 * earlier Kondens (a list of objects) are still read.
 */
final class CompactTurns {

    private CompactTurns() {
    }

    /** Writes {@code {"speakers": [[name, role, informant]...], "spans": "start end speaker ..."}}. */
    static final class Writer extends JsonSerializer<List<SpeakerTurn>> {
        @Override
        public void serialize(List<SpeakerTurn> turns, JsonGenerator g, SerializerProvider provider) throws IOException {
            Map<Speaker, Integer> speakers = new LinkedHashMap<>();
            StringBuilder spans = new StringBuilder(turns.size() * 16);
            for (SpeakerTurn t : turns) {
                int k = speakers.computeIfAbsent(new Speaker(t.speaker(), t.role(), t.informantId()), s -> speakers.size());
                if (!spans.isEmpty()) {
                    spans.append(' ');
                }
                spans.append(t.start()).append(' ').append(t.end()).append(' ').append(k);
            }
            g.writeStartObject();
            g.writeArrayFieldStart("speakers");
            for (Speaker s : speakers.keySet()) {
                g.writeStartArray();
                g.writeString(s.name());
                g.writeString(s.role() == null ? null : s.role().name());
                if (s.informantId() == null) {
                    g.writeNull();
                } else {
                    g.writeString(s.informantId().toString());
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeStringField("spans", spans.toString());
            g.writeEndObject();
        }
    }

    /** Reads the compact form, or the list of turn objects an earlier Kondens wrote. */
    static final class Reader extends JsonDeserializer<List<SpeakerTurn>> {
        @Override
        public List<SpeakerTurn> deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken() == JsonToken.START_ARRAY) {
                return ctx.readValue(p, ctx.getTypeFactory().constructCollectionType(List.class, SpeakerTurn.class));
            }
            Compact c = ctx.readValue(p, Compact.class);
            List<Speaker> speakers = new ArrayList<>();
            for (List<String> s : Objects.requireNonNullElse(c.speakers(), List.<List<String>>of())) {
                if (s.size() != 3) {
                    throw JsonMappingException.from(p, "a speaker is [name, role, informant]");
                }
                try {
                    speakers.add(new Speaker(s.get(0), s.get(1) == null ? null : SpeakerRole.valueOf(s.get(1)),
                            s.get(2) == null ? null : UUID.fromString(s.get(2))));
                } catch (IllegalArgumentException e) {
                    throw JsonMappingException.from(p, "a speaker's role or informant is not one", e);
                }
            }
            String spans = Objects.requireNonNullElse(c.spans(), "").strip();
            String[] n = spans.isEmpty() ? new String[0] : spans.split(" ");
            if (n.length % 3 != 0) {
                throw JsonMappingException.from(p, "turn spans come in threes: start end speaker");
            }
            List<SpeakerTurn> turns = new ArrayList<>(n.length / 3);
            try {
                for (int i = 0; i < n.length; i += 3) {
                    Speaker s = speakers.get(Integer.parseInt(n[i + 2]));
                    turns.add(new SpeakerTurn(Integer.parseInt(n[i]), Integer.parseInt(n[i + 1]), s.name(), s.role(), s.informantId()));
                }
            } catch (RuntimeException e) {
                throw JsonMappingException.from(p, "a turn span is not three numbers naming a speaker", e);
            }
            return turns;
        }
    }

    private record Speaker(String name, SpeakerRole role, UUID informantId) {
    }

    /** The compact form as read. */
    record Compact(List<List<String>> speakers, String spans) {
    }
}
