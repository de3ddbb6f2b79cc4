package org.kondens.core.export;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.TextHash;
import org.kondens.core.model.Transcript;
import org.kondens.core.store.ProjectDatabase;

/**
 * Writes a whole project as JSON and builds a new project file from such JSON. The output is
 * deterministic (fixed order, LF line ends, ISO times), so export → import → export gives the
 * same bytes, and two exports can be compared with diff.
 */
public final class ProjectJson {

    /** Far above any real project (a thesis study's export is a few MB); bigger files are refused unread. */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final long MB = 1024 * 1024;
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
     * Reads and checks a JSON project; nothing is written. Every problem (not JSON, not ours, a
     * newer format, any field, id, reference or offset that does not fit) is refused with one line
     * naming the file, the JSON path and the problem. Transcript hashes are computed from the text.
     */
    public static ProjectDocument read(Path in) {
        String name = String.valueOf(in.getFileName());
        JsonNode tree = parse(in, name);
        try {
            JsonCursor root = JsonCursor.root(tree);
            checkHeader(root, name);
            ProjectJsonValidator.validate(root.at("content"));
        } catch (JsonProblem p) {
            throw new KondensException(Problem.JSON_INVALID_AT, name, p.getMessage());
        }
        return bind(tree, name);
    }

    /**
     * Builds a new project file {@code out} from a JSON project. The whole file is checked first,
     * so a refused file never creates {@code out}; a failure while writing leaves no file behind.
     */
    public static void restore(Path in, Path out) {
        if (Files.exists(out)) {
            throw new KondensException(Problem.FILE_EXISTS, out);
        }
        ProjectDatabase.createFrom(out, read(in).content(), in.getFileName().toString());
    }

    private static JsonNode parse(Path in, String name) {
        if (!Files.isRegularFile(in)) {
            throw new KondensException(Files.isDirectory(in) ? Problem.JSON_NOT_A_FILE : Problem.IMPORT_NO_FILE, name);
        }
        try {
            long size = Files.size(in);
            if (size == 0) {
                throw new KondensException(Problem.JSON_EMPTY, name);
            }
            if (size > MAX_BYTES) {
                throw new KondensException(Problem.JSON_TOO_LARGE, name, (size + MB - 1) / MB, MAX_BYTES / MB);
            }
            JsonNode tree = MAPPER.readTree(in.toFile());
            if (tree == null || tree.isMissingNode()) {
                throw new KondensException(Problem.JSON_WHITE_SPACE, name);
            }
            return tree;
        } catch (StreamConstraintsException e) {
            throw new KondensException(e, Problem.JSON_TOO_DEEP, name, pathOf(e), oneLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw at == null || at.getLineNr() < 1
                    ? new KondensException(e, Problem.JSON_SYNTAX, name, pathOf(e), oneLine(e.getOriginalMessage()))
                    : new KondensException(e, Problem.JSON_SYNTAX_AT, name, pathOf(e), at.getLineNr(), at.getColumnNr(),
                            oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new KondensException(e, Problem.CANNOT_READ, in, oneLine(e.getMessage()));
        }
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

    /** The checked tree as records; derived values are computed here, never taken from the file. */
    private static ProjectDocument bind(JsonNode tree, String name) {
        JsonNode content = tree.get("content");
        ((ObjectNode) content.get("project")).remove("modified");
        content.get("transcripts").forEach(t -> ((ObjectNode) t).remove("hash"));
        ProjectDocument doc;
        try {
            doc = MAPPER.treeToValue(tree, ProjectDocument.class);
        } catch (JsonProcessingException e) {
            // The validator has checked every field the records read; this stays one line all the same.
            throw new KondensException(e, Problem.JSON_INVALID, name, oneLine(e.getOriginalMessage()));
        }
        return new ProjectDocument(doc.format(), doc.version(), withTextHashes(doc.content()));
    }

    private static ProjectSnapshot withTextHashes(ProjectSnapshot s) {
        List<Transcript> transcripts = s.transcripts().stream().map(t -> new Transcript(t.id(), t.sessionId(), t.title(),
                t.text(), t.sourceFile(), TextHash.of(t.text()), t.imported())).toList();
        return new ProjectSnapshot(s.project(), s.questionHistory(), s.informants(), s.sessions(), transcripts, s.turns(),
                s.notes(), s.themes(), s.codeGroups(), s.subgroups(), s.meaningUnits(), s.quotes(), s.audit(), s.review());
    }

    /** Where the parser was when it failed, as a JSON path ({@code $.content.sessions[2]}). */
    private static String pathOf(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return "$";
        }
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                String key = c.getCurrentName();
                steps.add(key.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + key : "[" + TextRules.shown(key) + "]");
            }
        }
        Collections.reverse(steps);
        return "$" + String.join("", steps);
    }

    /** A library message cut to one short line, without Jackson's source excerpts. */
    private static String oneLine(String message) {
        String s = String.valueOf(message).replaceAll("(?s)\\s*\\(?(start marker )?at \\[Source.*", "")
                .replaceAll(", from `[^`]*`", "").replaceAll("\\s+", " ").strip();
        return s.length() <= 160 ? s : s.substring(0, 159) + "…";
    }
}
