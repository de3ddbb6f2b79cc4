package org.kondens.core.exchange;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kondens.core.model.AuditEntry;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.Project;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.QuestionWording;
import org.kondens.core.model.Session;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.kondens.core.model.TranscriptNote;

/**
 * What a Kondens project holds that REFI-QDA has no element for, written as JSON in one project
 * note (Description {@value #MARKER}) so that Kondens → .qdpx → Kondens loses nothing.
 *
 * <p>The REFI-QDA elements stay the authority: names, colours, descriptions, code hierarchy,
 * selections, codings, cases, notes' texts come from them, so what a user changed in another
 * tool wins. This extension only fills in, by GUID, what the standard cannot say (final names,
 * order, sessions, speaker turns, quote labels …); an entry whose element has gone is ignored.
 * All positions in it are code points, like the rest of the file.
 */
record KondensExtension(
        String format,
        int version,
        Project project,
        List<QuestionWording> questionHistory,
        List<Session> sessions,
        Map<UUID, TranscriptExtra> transcripts,
        Map<UUID, GroupExtra> codeGroups,
        Map<UUID, SubgroupExtra> subgroups,
        Map<UUID, UnitExtra> units,
        Map<UUID, QuoteExtra> quotes,
        Map<UUID, ThemeExtra> themes,
        Map<UUID, NoteExtra> notes,
        List<AuditEntry> audit) {

    static final String MARKER = "kondens:extension";
    static final String FORMAT = "kondens-refi-qda-extension";
    static final int VERSION = 1;

    /**
     * Turns are in code points of the transcript text, written compactly ({@link CompactTurns}) as
     * {@code turnSpans}: an earlier Kondens passes that name over (and finds the turns again in the
     * text) instead of refusing the whole note; its own {@code turns} are still read.
     */
    record TranscriptExtra(UUID sessionId, String sourceFile, String hash,
            @com.fasterxml.jackson.annotation.JsonProperty("turnSpans") @com.fasterxml.jackson.annotation.JsonAlias("turns")
            @com.fasterxml.jackson.databind.annotation.JsonSerialize(using = CompactTurns.Writer.class)
            @com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = CompactTurns.Reader.class) List<SpeakerTurn> turns) {
    }

    /** {@code color} only when Kondens' colour cannot be written as a REFI-QDA colour. */
    record GroupExtra(String finalName, int order, List<UUID> grewFrom, String color) {
    }

    record SubgroupExtra(int order, List<UUID> condensateSources, List<UUID> grewFrom) {
    }

    record UnitExtra(UUID informantId) {
    }

    record QuoteExtra(UUID meaningUnitId, UUID codeGroupId, UUID subgroupId, String label, int order) {
    }

    record ThemeExtra(int order) {
    }

    /** The anchor in code points, null when the note is about the whole transcript. */
    record NoteExtra(Integer anchor) {
    }

    private static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
        JsonMapper m = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        m.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
        m.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(100_000_000).build());
        return m;
    }

    String toJson() {
        try {
            return MAPPER.writeValueAsString(this).replace("\r\n", "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the extension is plain records", e);
        }
    }

    /**
     * Writes {@link #toJson()} to {@code out} as it goes, escaped as XML text: a 30-million-word
     * project's turns make a hundred megabytes of it. {@code out} is left open.
     */
    void writeJsonAsXmlText(java.io.Writer out) throws java.io.IOException {
        java.io.Writer escaped = new java.io.Writer() {
            @Override
            public void write(char[] chars, int off, int len) throws java.io.IOException {
                int from = off;
                for (int i = off; i < off + len; i++) {
                    char c = chars[i];
                    String entity = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '\r' ? "" : null;
                    if (entity != null) { // a CR only ever comes from a line separator: JSON escapes one in a string
                        out.write(chars, from, i - from);
                        out.write(entity);
                        from = i + 1;
                    }
                }
                out.write(chars, from, off + len - from);
            }

            @Override
            public void flush() throws java.io.IOException {
                out.flush();
            }

            @Override
            public void close() {
                // the archive goes on
            }
        };
        MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(escaped, this);
        escaped.flush();
    }

    /** The extension in {@code json}; throws {@link JsonProcessingException} if it is not one. */
    static KondensExtension fromJson(String json) throws JsonProcessingException {
        KondensExtension e = MAPPER.readValue(json, KondensExtension.class);
        if (e == null || !FORMAT.equals(e.format())) {
            throw new com.fasterxml.jackson.databind.JsonMappingException(null, "not a " + FORMAT);
        }
        return e;
    }

    /** What a .qdpx cannot carry of {@code s} (positions in code points, as in the file). */
    static KondensExtension of(ProjectSnapshot s) {
        Map<UUID, KondensExtension.TranscriptExtra> transcripts = new LinkedHashMap<>();
        for (Transcript t : s.transcripts()) {
            Positions.CodePoints at = new Positions.CodePoints(t.text());
            List<SpeakerTurn> turns = s.turns().getOrDefault(t.id(), List.of()).stream()
                    .map(x -> new SpeakerTurn(at.of(x.start()), at.of(x.end()), x.speaker(), x.role(), x.informantId())).toList();
            transcripts.put(t.id(), new KondensExtension.TranscriptExtra(t.sessionId(), t.sourceFile(), t.hash(), turns));
        }
        Map<UUID, KondensExtension.GroupExtra> groups = new LinkedHashMap<>();
        for (CodeGroup g : s.codeGroups()) {
            groups.put(g.id(), new KondensExtension.GroupExtra(g.finalName(), g.order(), g.grewFrom(),
                    CodeColours.rgb(g.color()) == null ? g.color() : null));
        }
        Map<UUID, KondensExtension.SubgroupExtra> subgroups = new LinkedHashMap<>();
        for (Subgroup sub : s.subgroups()) {
            subgroups.put(sub.id(), new KondensExtension.SubgroupExtra(sub.order(), sub.condensateSources(), sub.grewFrom()));
        }
        Map<UUID, KondensExtension.UnitExtra> units = new LinkedHashMap<>();
        for (MeaningUnit u : s.meaningUnits()) {
            units.put(u.id(), new KondensExtension.UnitExtra(u.informantId()));
        }
        Map<UUID, KondensExtension.QuoteExtra> quotes = new LinkedHashMap<>();
        for (Quote q : s.quotes()) {
            quotes.put(q.id(), new KondensExtension.QuoteExtra(q.meaningUnitId(), q.codeGroupId(), q.subgroupId(), q.label(), q.order()));
        }
        Map<UUID, KondensExtension.ThemeExtra> themes = new LinkedHashMap<>();
        for (PreliminaryTheme th : s.themes()) {
            themes.put(th.id(), new KondensExtension.ThemeExtra(th.order()));
        }
        Map<UUID, KondensExtension.NoteExtra> notes = new LinkedHashMap<>();
        for (TranscriptNote n : s.notes()) {
            Integer anchor = n.anchor() == null ? null : s.transcript(n.transcriptId())
                    .map(t -> Positions.toCodePoints(t.text(), Math.min(n.anchor(), t.text().length()))).orElse(null);
            notes.put(n.id(), new KondensExtension.NoteExtra(anchor));
        }
        List<Session> sessions = s.sessions();
        return new KondensExtension(KondensExtension.FORMAT, KondensExtension.VERSION, s.project(), s.questionHistory(), sessions,
                transcripts, groups, subgroups, units, quotes, themes, notes, s.audit());
    }
}
