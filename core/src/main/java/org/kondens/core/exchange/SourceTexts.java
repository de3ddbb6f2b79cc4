package org.kondens.core.exchange;

import static org.kondens.core.exchange.QdeXml.children;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.importer.SafeZip;
import org.w3c.dom.Element;

/**
 * Recovers the plain text of a TextSource or Note: its {@code <PlainTextContent>} or the file its
 * {@code plainTextPath} names inside the archive ({@code internal://…}, or a plain file name as
 * QualCoder 1.x writes; found in sources/ or at the top), decoded as UTF-8 after a BOM. Tools
 * differ in all of this, so each variant is accepted; an {@code internal://} path that leaves the
 * sources folder is refused, any other such path is an external file.
 */
final class SourceTexts {

    private static final String INTERNAL = "internal://";

    private final String file;
    private final SafeZip zip;
    private final ImportLog log;
    private final long heldLimit;

    SourceTexts(String file, SafeZip zip, ImportLog log) {
        this(file, zip, log, HELD_CHARS);
    }

    /** As above, holding at most {@code heldLimit} characters of source texts. */
    SourceTexts(String file, SafeZip zip, ImportLog log, long heldLimit) {
        this.file = file;
        this.zip = zip;
        this.log = log;
        this.heldLimit = heldLimit;
    }

    /**
     * A source's text as written (for positions) and normalised like every Kondens transcript.
     * Positions are read in a {@link Positions.Counting} (the standard's code points unless the
     * file shows another, see {@link PositionCounting}).
     *
     * <p>Only the texts of the sources used last are held ({@link #HELD_CHARS}); another is read
     * again from the archive when asked for, so that a corpus's import does not hold the corpus.
     * What positions need is kept: the few two-unit steps of each counting.
     */
    static final class SourceText {

        private final Supplier<String> readAgain;
        private final SourceTexts holder;
        private final Map<Positions.Counting, Positions.Steps> steps = new EnumMap<>(Positions.Counting.class);
        private String raw;
        private Positions.Normalized normalized;
        /** True once the text was found to need no normalising: read again, it is not checked again. */
        private boolean normal;

        private SourceText(String written, Supplier<String> readAgain, SourceTexts holder) {
            this.readAgain = readAgain;
            this.holder = holder;
            hold(written);
        }

        /** A text held in memory for good (a test's, or a PlainTextContent already in memory). */
        static SourceText of(String written) {
            return new SourceText(written, () -> written, null);
        }

        private void hold(String written) {
            raw = written.startsWith("\uFEFF") ? written.substring(1) : written;
            normalized = normal ? new Positions.Normalized(raw, null) : Positions.normalize(raw);
            normal = normalized.text() == raw;
            if (holder != null) {
                holder.held(this);
            }
        }

        /** Lets the text go; returns the characters (of text and map) this frees. */
        private long letGo() {
            long chars = heldChars();
            raw = null;
            normalized = null;
            return chars;
        }

        private long heldChars() {
            return raw == null ? 0 : raw.length() + (normalized.text() == raw ? 0 : 3L * raw.length());
        }

        private void atHand() {
            if (raw == null) {
                hold(readAgain.get());
            } else if (holder != null) {
                holder.used(this);
            }
        }

        /** True while the text is in memory (else it is read again when asked for). */
        boolean held() {
            return raw != null;
        }

        String raw() {
            atHand();
            return raw;
        }

        String text() {
            atHand();
            return normalized.text();
        }

        /** The normalised UTF-16 offset of REFI-QDA position {@code codePoints}; -1 outside the text. */
        int offset(int codePoints) {
            return offset(codePoints, Positions.Counting.CODE_POINTS);
        }

        /** The normalised offset of {@code position} counted as {@code counting}; -1 outside the text. */
        int offset(int position, Positions.Counting counting) {
            int w = written(position, counting);
            return w < 0 ? -1 : normalizedAt(w);
        }

        /** A selection's start: a position inside a surrogate pair (UTF-16 counting) takes the whole character. */
        int start(int position, Positions.Counting counting) {
            int w = written(position, counting);
            return w < 0 ? -1 : normalizedAt(splitsPair(w) ? w - 1 : w);
        }

        /** A selection's end, widened like {@link #start} to the whole character. */
        int end(int position, Positions.Counting counting) {
            int w = written(position, counting);
            return w < 0 ? -1 : normalizedAt(splitsPair(w) ? w + 1 : w);
        }

        private int normalizedAt(int written) {
            atHand();
            return normalized.at(written);
        }

        /** The UTF-16 offset in the text as written; -1 outside the text. */
        int written(int position, Positions.Counting counting) {
            return steps(counting).offset(position);
        }

        private Positions.Steps steps(Positions.Counting counting) {
            return steps.computeIfAbsent(counting, c -> c.steps(raw()));
        }

        /** True when written offset {@code w} falls between the two halves of one character. */
        boolean splitsPair(int w) {
            String r = raw();
            return w > 0 && w < r.length() && Character.isLowSurrogate(r.charAt(w)) && Character.isHighSurrogate(r.charAt(w - 1));
        }

        /** The length counted as {@code counting}. */
        int length(Positions.Counting counting) {
            return steps(counting).length();
        }
    }

    /** Characters of source texts held at most (a master's project's all; a corpus's last few). */
    static final long HELD_CHARS = 8_000_000;

    /** The source texts held, least recently used first. */
    private final LinkedHashMap<SourceText, Boolean> held = new LinkedHashMap<>(16, 0.75f, true);
    private long heldChars;

    private void held(SourceText t) {
        held.put(t, Boolean.TRUE);
        heldChars += t.heldChars();
        for (Iterator<SourceText> older = held.keySet().iterator(); heldChars > heldLimit && held.size() > 1;) {
            heldChars -= older.next().letGo();
            older.remove();
        }
    }

    private void used(SourceText t) {
        held.get(t); // now the most recently used
    }

    /** True for an {@code internal://} path; the archive must hold it. */
    static boolean isInternal(String plainTextPath) {
        return plainTextPath.startsWith(INTERNAL);
    }

    /**
     * True for a path whose file the archive holds: {@code internal://…}, or a plain relative
     * path as QualCoder 1.x writes ({@code board.txt}), found in sources/ or at the top. Other
     * paths are external files we cannot read.
     */
    boolean inArchive(String plainTextPath) {
        if (isInternal(plainTextPath)) {
            return true;
        }
        String name = relative(plainTextPath);
        return name != null && find(name).isPresent();
    }

    /** The text of {@code e}: its plain-text file in the archive, or PlainTextContent. Null if neither. */
    String textOf(Element e, String what) {
        ZipEntry file = fileOf(e, what);
        return file != null ? decode(zip.read(file), what, log) : plainTextContent(e);
    }

    /** As {@link #textOf}, held only while used: a text from the archive is read there again when asked for. */
    SourceText sourceOf(Element e, String what) {
        ZipEntry file = fileOf(e, what);
        if (file == null) {
            String content = plainTextContent(e);
            return content == null ? null : SourceText.of(content);
        }
        // Read again without a second notice (the first read gave any); the element is not held, nor its document.
        return new SourceText(decode(zip.read(file), what, log), () -> decode(zip.readAgain(file), what, new ImportLog()), this);
    }

    /** The plain-text file {@code e} names in the archive; null when it names none that is there. */
    private ZipEntry fileOf(Element e, String what) {
        String path = e.getAttribute("plainTextPath");
        if (path.isEmpty()) {
            return null;
        }
        if (isInternal(path)) {
            return internalEntry(path, what);
        }
        String name = relative(path);
        return name == null ? null : find(name).orElse(null);
    }

    private static String plainTextContent(Element e) {
        List<Element> content = children(e, "PlainTextContent");
        if (content.isEmpty() || !e.getAttribute("plainTextPath").isEmpty()) {
            return null;
        }
        String t = content.get(0).getTextContent();
        return t.startsWith("\uFEFF") ? t.substring(1) : t;
    }

    /**
     * The file name a plain relative path gives inside the archive ({@code ./}, {@code sources/}
     * dropped); null for a URL, an absolute path, a sub-folder or {@code ..}, which stay outside.
     */
    private static String relative(String path) {
        String p = path.strip().replace('\\', '/');
        if (p.isEmpty() || p.contains(":") || p.startsWith("/")) {
            return null;
        }
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (p.toLowerCase(Locale.ROOT).startsWith("sources/")) {
            p = p.substring("sources/".length());
        }
        return p.isEmpty() || p.contains("/") || p.contains("..") ? null : p;
    }

    /** SafeZip matches names without regard to case, so this also finds Sources/ (ATLAS.ti). */
    private Optional<ZipEntry> find(String name) {
        return zip.find("sources/" + name).or(() -> zip.find(name));
    }

    private ZipEntry internalEntry(String path, String what) {
        String name = path.substring(INTERNAL.length());
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        if (name.contains("..") || name.contains("/") || name.contains("\\")) {
            throw new KondensException(Problem.QDPX_PATH_OUTSIDE, file, what, path);
        }
        String n = name;
        return find(n).orElseThrow(() -> new KondensException(Problem.QDPX_SOURCE_MISSING, file, n, what));
    }

    /** UTF-8 (a BOM is dropped; UTF-16 with a BOM is accepted); other bytes are read as Windows-1252 with a notice. */
    private static String decode(byte[] b, String what, ImportLog log) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        int from = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, b.length - from)).toString();
        } catch (CharacterCodingException e) {
            log.notice(Problem.QDPX_NOT_UTF8, what);
            return new String(b, from, b.length - from, Charset.forName("windows-1252"));
        }
    }
}
