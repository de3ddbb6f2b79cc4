package org.kondens.core.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;

/**
 * A JSON project read a part at a time, so that memory holds one transcript (its text, or its
 * speaker turns), never the whole project. Opening reads the file once as tokens, keeping none:
 * that checks its syntax and notes where each part of {@code content} begins. Each part is then
 * read again from there, as often as it is needed (checked, then written), an element at a time.
 *
 * <p>{@link #root()} is the document with every object or list replaced by an empty one: enough to
 * check which fields are there and what they are.
 */
final class JsonSections {

    private static final long MB = 1024 * 1024;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Path file;
    private final String name;
    private final ObjectMapper mapper;
    private final JsonCursor root;
    /** Where the value of each member of {@code content} begins, in bytes from the file's start. */
    private final Map<String, Long> starts;
    /** The file as it was read first: it is read again, and must not have changed since. */
    private final FileStamp stamp;
    /** The checksum of the bytes each part's first read took, which every later read must match. */
    private final Map<String, Long> checksums = new HashMap<>();

    private JsonSections(Path file, String name, ObjectMapper mapper, JsonNode root, Map<String, Long> starts, FileStamp stamp) {
        this.file = file;
        this.name = name;
        this.mapper = mapper;
        this.root = JsonCursor.root(root);
        this.starts = starts;
        this.stamp = stamp;
    }

    /** A file's size, time of change and identity: a restore refuses a file written to while it reads it. */
    private record FileStamp(long size, FileTime modified, Object key) {
        static FileStamp of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(a.size(), a.lastModifiedTime(), a.fileKey());
        }
    }

    /**
     * Reads {@code file} through once: every syntax problem (and a file too large, empty or not
     * UTF-8) is refused here with one line naming {@code name}, before anything is checked or written.
     */
    static JsonSections open(Path file, String name, ObjectMapper mapper, long maxBytes) {
        if (!Files.isRegularFile(file)) {
            throw new KondensException(Files.isDirectory(file) ? Problem.JSON_NOT_A_FILE : Problem.IMPORT_NO_FILE, name);
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new KondensException(Problem.JSON_EMPTY, name);
            }
            if (size > maxBytes) {
                throw new KondensException(Problem.JSON_TOO_LARGE, name, (size + MB - 1) / MB, maxBytes / MB);
            }
            FileStamp stamp = FileStamp.of(file);
            try (JsonParser p = mapper.createParser(file.toFile())) {
                if (p.nextToken() == null) {
                    throw new KondensException(Problem.JSON_WHITE_SPACE, name);
                }
                if (p.currentTokenLocation().getByteOffset() < 0) {
                    throw new KondensException(Problem.JSON_NOT_UTF8, name);
                }
                Map<String, Long> starts = new HashMap<>();
                JsonNode skeleton = skeleton(p, starts, 0);
                if (p.nextToken() != null) {
                    throw new KondensException(Problem.JSON_SYNTAX_AT, name, "$", p.currentTokenLocation().getLineNr(),
                            p.currentTokenLocation().getColumnNr(), "text after the end of the document");
                }
                return new JsonSections(file, name, mapper, skeleton, starts, stamp);
            }
        } catch (IOException e) {
            throw failure(e, file, name, "$");
        }
    }

    /**
     * The value at the parser, with objects and lists emptied but the root and its {@code content}
     * ({@code depth} 0 and 1), where the start of each member's value is noted.
     */
    private static JsonNode skeleton(JsonParser p, Map<String, Long> starts, int depth) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT && depth > 1) {
            p.skipChildren(); // still read token by token: every syntax problem is found
            return token == JsonToken.START_ARRAY ? NODES.arrayNode() : NODES.objectNode();
        }
        if (token != JsonToken.START_OBJECT) {
            return tree(p);
        }
        ObjectNode object = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String member = p.currentName();
            p.nextToken();
            if (depth == 1) {
                starts.put(member, p.currentTokenLocation().getByteOffset());
            }
            object.set(member, skeleton(p, starts, depth == 0 && member.equals("content") ? 1 : 2));
        }
        return object;
    }

    /** The value at the parser as a tree; more may follow it (the parts of a document do). */
    private static JsonNode tree(JsonParser p) throws IOException {
        JsonNode node = p.getCodec() instanceof ObjectMapper mapper ? mapper.readerFor(JsonNode.class)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(p) : p.readValueAsTree();
        return node == null ? NODES.nullNode() : node;
    }

    JsonCursor root() {
        return root;
    }

    boolean has(String member) {
        return root.at("content").node().has(member);
    }

    /** A part read whole, as a tree: for the small ones (the project's fields, the review). */
    JsonCursor whole(String member) {
        JsonCursor at = root.at("content").at(member);
        // A value that is no object or list is in the first read's outline already.
        return at.node().isContainerNode() ? read(member, p -> new JsonCursor(tree(p), at.path())) : at;
    }

    /** Each element of a list part, in file order, one read at a time. */
    void elements(String member, Consumer<JsonCursor> each) {
        JsonCursor at = root.at("content").at(member);
        if (!at.node().isArray()) {
            at.elements(); // refused there, as any list in the wrong shape
        }
        read(member, p -> {
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                each.accept(new JsonCursor(tree(p), at.path() + "[" + i + "]"));
            }
            return null;
        });
    }

    /** Each entry of an object part used as a map (the turns by transcript), in file order, one read at a time. */
    void entries(String member, BiConsumer<String, JsonCursor> each) {
        JsonCursor at = root.at("content").at(member);
        if (!at.node().isObject()) {
            at.entries();
        }
        read(member, p -> {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                each.accept(key, new JsonCursor(tree(p), at.path() + JsonCursor.member(key)));
            }
            return null;
        });
    }

    private interface Reading<T> {
        T from(JsonParser p) throws IOException;
    }

    /** Refuses the file if it changed since it was first read (a sync or an editor writing it meanwhile). */
    void checkUnchanged() {
        try {
            if (!FileStamp.of(file).equals(stamp)) {
                throw new KondensException(Problem.JSON_CHANGED, name);
            }
        } catch (IOException e) {
            throw failure(e, file, name, "$");
        }
    }

    /** Reads the part {@code member} with a parser standing on its first token. */
    private <T> T read(String member, Reading<T> reading) {
        checkUnchanged();
        String path = "$.content" + JsonCursor.member(member);
        try (FileChannel channel = FileChannel.open(file)) {
            channel.position(starts.get(member));
            CheckedInputStream in = new CheckedInputStream(Channels.newInputStream(channel), new CRC32());
            T read;
            try (JsonParser p = mapper.createParser(in)) {
                p.nextToken();
                read = reading.from(p);
            }
            // The same part read again must be the same bytes: a file rewritten at its size within
            // the clock's tick (FAT, a network share) keeps its stamp, not its checksum.
            Long first = checksums.putIfAbsent(member, in.getChecksum().getValue());
            if (first != null && first != in.getChecksum().getValue()) {
                throw new KondensException(Problem.JSON_CHANGED, name);
            }
            return read;
        } catch (IOException e) {
            throw failure(e, file, name, path);
        }
    }

    /** A parser's or the disk's failure as one line naming the file and, where known, the JSON path. */
    private static KondensException failure(IOException e, Path file, String name, String base) {
        if (e instanceof StreamConstraintsException c) {
            return new KondensException(e, Problem.JSON_TOO_DEEP, name, pathOf(c, base), oneLine(c.getOriginalMessage()));
        }
        if (e instanceof JsonProcessingException j) {
            JsonLocation at = j.getLocation();
            // A part is read on its own: its line numbers would not be the file's, so only its path is given.
            return at == null || at.getLineNr() < 1 || !base.equals("$")
                    ? new KondensException(e, Problem.JSON_SYNTAX, name, pathOf(j, base), oneLine(j.getOriginalMessage()))
                    : new KondensException(e, Problem.JSON_SYNTAX_AT, name, pathOf(j, base), at.getLineNr(), at.getColumnNr(),
                            oneLine(j.getOriginalMessage()));
        }
        return new KondensException(e, Problem.CANNOT_READ, file, oneLine(e.getMessage()));
    }

    /** Where the parser was when it failed, as a JSON path ({@code $.content.sessions[2]}) below {@code base}. */
    private static String pathOf(JsonProcessingException e, String base) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return base;
        }
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                steps.add(JsonCursor.member(c.getCurrentName()));
            }
        }
        Collections.reverse(steps);
        return base + String.join("", steps);
    }

    /** A library message cut to one short line, without Jackson's source excerpts. */
    static String oneLine(String message) {
        String s = String.valueOf(message).replaceAll("(?s)\\s*\\(?(start marker )?at \\[Source.*", "")
                .replaceAll(", from `[^`]*`", "").replaceAll("\\s+", " ").strip();
        return s.length() <= 160 ? s : s.substring(0, 159) + "…";
    }
}
