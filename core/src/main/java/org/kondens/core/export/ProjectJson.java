package org.kondens.core.export;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kondens.core.KondensException;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Session;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.kondens.core.store.ProjectDatabase;

/**
 * Writes a whole project as JSON and builds a new project file from such JSON. The output is
 * deterministic (fixed order, LF line ends, ISO times), so export → import → export gives the
 * same bytes, and two exports can be compared with diff.
 */
public final class ProjectJson {

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
                .build();
        // Records' components only: helper methods such as isUnsorted() are not data.
        m.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
        m.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        // Transcripts are long; allow strings up to the import size limit.
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(100_000_000).build());
        return m;
    }

    public static void write(ProjectSnapshot snapshot, Path out) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        try {
            Files.write(tmp, (MAPPER.writer(printer).writeValueAsString(
                    new ProjectDocument(ProjectDocument.FORMAT, ProjectDocument.VERSION, snapshot)) + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new KondensException("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /** Reads and checks a JSON project; nothing is written. */
    public static ProjectDocument read(Path in) {
        ProjectDocument doc;
        try {
            JsonNode tree = MAPPER.readTree(in.toFile());
            if (tree == null || !ProjectDocument.FORMAT.equals(tree.path("format").asText())) {
                throw new KondensException(in.getFileName() + " is JSON, but not a Kondens project (it has no \"format\": \""
                        + ProjectDocument.FORMAT + "\").");
            }
            if (tree.path("version").asInt() > ProjectDocument.VERSION) {
                throw new KondensException(in.getFileName() + " was written by a newer Kondens (JSON format "
                        + tree.path("version").asInt() + "); this version reads up to " + ProjectDocument.VERSION + ".");
            }
            doc = MAPPER.treeToValue(tree, ProjectDocument.class);
        } catch (JsonProcessingException e) {
            throw new KondensException(in.getFileName() + " is not a valid Kondens JSON project: "
                    + e.getOriginalMessage() + (e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                    : " (line " + e.getLocation().getLineNr() + ")"), e);
        } catch (IOException e) {
            throw new KondensException("Cannot read " + in + ": " + e.getMessage(), e);
        }
        if (doc.content() == null || doc.content().project() == null) {
            throw new KondensException(in.getFileName() + " is a Kondens JSON file without a project in it.");
        }
        checkOffsets(in, doc.content());
        return doc;
    }

    /**
     * Builds a new project file {@code out} from a JSON project. Either the whole project is
     * written or, on any problem, no file is left behind.
     */
    public static void restore(Path in, Path out) {
        if (Files.exists(out)) {
            throw new KondensException(out + " already exists; choose a new file name.");
        }
        ProjectDatabase.createFrom(out, read(in).content(), in.getFileName().toString());
    }

    private static void checkOffsets(Path in, ProjectSnapshot s) {
        Map<UUID, Integer> lengths = s.transcripts().stream().collect(Collectors.toMap(Transcript::id, t -> t.text().length()));
        for (MeaningUnit u : s.meaningUnits()) {
            requireInside(in, lengths, u.transcriptId(), u.start(), u.end(), "meaning unit " + u.id());
        }
        Map<UUID, MeaningUnit> units = s.unitsById();
        for (Quote q : s.quotes()) {
            MeaningUnit u = units.get(q.meaningUnitId());
            if (u == null) {
                throw new KondensException(in.getFileName() + ": quote " + q.id() + " refers to a missing meaning unit.");
            }
            requireInside(in, lengths, u.transcriptId(), q.start(), q.end(), "quote " + q.id());
        }
        for (Map.Entry<UUID, List<SpeakerTurn>> e : s.turns().entrySet()) {
            for (SpeakerTurn t : e.getValue()) {
                requireInside(in, lengths, e.getKey(), t.start(), t.end(), "a speaker turn");
            }
        }
        for (Session session : s.sessions()) {
            if (session.kind() == null) {
                throw new KondensException(in.getFileName() + ": session " + session.id() + " has no kind.");
            }
        }
    }

    private static void requireInside(Path in, Map<UUID, Integer> lengths, UUID transcript, int start, int end, String what) {
        Integer n = lengths.get(transcript);
        if (n == null) {
            throw new KondensException(in.getFileName() + ": " + what + " refers to a missing transcript.");
        }
        if (start < 0 || start >= end || end > n) {
            throw new KondensException(in.getFileName() + ": " + what + " has offsets [" + start + "–" + end
                    + "] outside its transcript (length " + n + ").");
        }
    }


}
