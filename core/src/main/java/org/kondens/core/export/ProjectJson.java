package org.kondens.core.export;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.model.AuditEntry;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.Project;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.QuestionWording;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Review;
import org.kondens.core.model.Session;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.kondens.core.model.TranscriptNote;
import org.kondens.core.store.ProjectDatabase;
import org.kondens.core.store.ProjectRepository;

/**
 * Writes a whole project as JSON and builds a new project file from such JSON. The output is
 * deterministic (fixed order, LF line ends, ISO times), so export → import → export gives the
 * same bytes, and two exports can be compared with diff.
 */
public final class ProjectJson {

    /**
     * Far above any real project (a thesis study's export is a few MB, a 30-million-word corpus's
     * 330 MB); bigger files are refused unread. The file is read a part at a time, so this bounds
     * the time a mistaken file takes, not the memory.
     */
    static final long MAX_BYTES = 4096L * 1024 * 1024;
    /** Our documents nest six levels deep; deeper input is not ours and only costs stack. */
    private static final int MAX_DEPTH = 32;

    private static final ObjectMapper MAPPER = mapper();

    private ProjectJson() {
    }

    private static ObjectMapper mapper() {
        JsonMapper m = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // A repeated key or text after the document would make the file mean two things.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        // Records' components only: helper methods such as isUnsorted() are not data.
        m.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
        m.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        m.addMixIn(Transcript.class, TranscriptFields.class);
        // Transcripts are long; allow strings up to the import size limit.
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(100_000_000)
                .maxDocumentLength(MAX_BYTES).maxNestingDepth(MAX_DEPTH).build());
        return m;
    }

    /**
     * A transcript in JSON as it always was, the fields of a record: its text is written through
     * {@link Transcript#text()}, as a stored transcript does not hold it.
     */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"id", "sessionId", "title", "text", "sourceFile", "hash", "imported"})
    private abstract static class TranscriptFields {
        @com.fasterxml.jackson.annotation.JsonCreator
        TranscriptFields(@com.fasterxml.jackson.annotation.JsonProperty("id") java.util.UUID id,
                @com.fasterxml.jackson.annotation.JsonProperty("sessionId") java.util.UUID sessionId,
                @com.fasterxml.jackson.annotation.JsonProperty("title") String title,
                @com.fasterxml.jackson.annotation.JsonProperty("text") String text,
                @com.fasterxml.jackson.annotation.JsonProperty("sourceFile") String sourceFile,
                @com.fasterxml.jackson.annotation.JsonProperty("hash") String hash,
                @com.fasterxml.jackson.annotation.JsonProperty("imported") java.time.Instant imported) {
        }

        @com.fasterxml.jackson.annotation.JsonProperty("text")
        abstract String text();
    }

    /** Writes the JSON export to {@code out} as {@link Exports#write} writes every export: whole or not at all. */
    public static void write(ProjectSnapshot snapshot, Path out) {
        Exports.write(snapshot, ExportFormat.JSON, ExportOptions.DEFAULT, out);
    }

    static void write(ProjectSnapshot snapshot, java.io.OutputStream out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        // Streamed, not built as one string: a 30-million-word project's JSON does not fit a 1 GB heap twice.
        // Through a Writer: the UTF-8 generator would write a letter outside the BMP as two escapes.
        java.io.Writer text = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
        try {
            MAPPER.writer(printer).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(text, new ProjectDocument(ProjectDocument.FORMAT, ProjectDocument.VERSION, snapshot));
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            if (e.getCause() instanceof RuntimeException readFailed) {
                throw readFailed; // a text the project could not give: not a fault of the file written
            }
            throw e;
        }
        text.write('\n');
        text.flush();
    }

    /**
     * Builds a new project file {@code out} from a JSON project. The whole file is checked first,
     * so a refused file never creates {@code out}; a failure while writing leaves no file behind.
     * Every problem (not JSON, not ours, a newer format, any field, id, reference or offset that
     * does not fit) is refused with one line naming the file, the JSON path and the problem.
     *
     * <p>The file is read a part at a time, twice (checked, then written): memory holds one
     * transcript, never the project, so a research group's corpus restores on a laptop.
     */
    public static void restore(Path in, Path out) {
        if (Files.exists(out)) {
            throw new KondensException(Problem.FILE_EXISTS, out);
        }
        String name = String.valueOf(in.getFileName());
        JsonSections document = sections(in);
        Map<String, String> hashes;
        try {
            checkHeader(document.root(), name);
            hashes = ProjectJsonValidator.validate(document);
        } catch (JsonProblem p) {
            throw new KondensException(Problem.JSON_INVALID_AT, name, p.getMessage());
        }
        ProjectDatabase.createFrom(out, name, rows -> insert(document, hashes, rows, name));
    }

    /** The file read once through, its parts to be read one at a time. */
    static JsonSections sections(Path in) {
        return JsonSections.open(in, String.valueOf(in.getFileName()), MAPPER, MAX_BYTES);
    }

    private static void checkHeader(JsonCursor root, String name) {
        JsonNode format = root.node().get("format");
        if (!root.node().isObject() || format == null || !ProjectDocument.FORMAT.equals(format.textValue())) {
            throw new KondensException(Problem.JSON_NOT_KONDENS, name, ProjectDocument.FORMAT);
        }
        JsonCursor versionAt = root.at("version");
        int version = versionAt.integer();
        if (version > ProjectDocument.VERSION) {
            throw new KondensException(Problem.JSON_NEWER, name, version, ProjectDocument.VERSION);
        }
        if (version < 1) {
            throw versionAt.problem(version + " is not a version of the Kondens JSON format (1 to " + ProjectDocument.VERSION + ").");
        }
        root.object(Set.of("format", "version", "content"));
    }

    /** The checked parts as records, each written as it is read; derived values are computed here, never taken from the file. */
    private static void insert(JsonSections doc, Map<String, String> hashes, ProjectRepository rows, String name) {
        ObjectNode project = (ObjectNode) doc.whole("project").node();
        project.remove("modified");
        rows.insertProject(bind(project, Project.class, name));
        doc.elements("questionHistory", w -> rows.addQuestionWording(bind(w.node(), QuestionWording.class, name)));
        doc.elements("informants", i -> rows.insertInformant(bind(i.node(), Informant.class, name)));
        doc.elements("sessions", s -> rows.insertSession(bind(s.node(), Session.class, name)));
        doc.elements("transcripts", at -> {
            ((ObjectNode) at.node()).remove("hash");
            Transcript t = bind(at.node(), Transcript.class, name);
            rows.insertTranscript(new Transcript(t.id(), t.sessionId(), t.title(), t.text(), t.sourceFile(),
                    hashes.get(t.id().toString()), t.imported()), List.of());
        });
        JavaType turns = MAPPER.getTypeFactory().constructCollectionType(List.class, SpeakerTurn.class);
        doc.entries("turns", (id, list) -> rows.insertTurns(UUID.fromString(id), bind(list.node(), turns, name)));
        doc.elements("notes", n -> rows.insertNote(bind(n.node(), TranscriptNote.class, name)));
        doc.elements("themes", t -> rows.insertTheme(bind(t.node(), PreliminaryTheme.class, name)));
        doc.elements("codeGroups", g -> rows.insertCodeGroup(bind(g.node(), CodeGroup.class, name)));
        doc.elements("subgroups", s -> rows.insertSubgroup(bind(s.node(), Subgroup.class, name)));
        doc.elements("meaningUnits", u -> rows.insertMeaningUnit(bind(u.node(), MeaningUnit.class, name)));
        doc.elements("quotes", q -> rows.insertQuote(bind(q.node(), Quote.class, name)));
        doc.elements("audit", e -> rows.insertAudit(bind(e.node(), AuditEntry.class, name)));
        if (doc.has("review")) {
            rows.insertReview(bind(doc.whole("review").node(), Review.class, name));
        }
        doc.checkUnchanged(); // before the commit: what was written is what was checked
    }

    private static <T> T bind(JsonNode node, Class<T> type, String name) {
        return bind(node, MAPPER.constructType(type), name);
    }

    private static <T> T bind(JsonNode node, JavaType type, String name) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            // The validator has checked every field the records read; this stays one line all the same.
            throw new KondensException(e, Problem.JSON_INVALID, name, JsonSections.oneLine(e.getOriginalMessage()));
        }
    }
}
