package org.kondens.core.exchange;

import static org.kondens.core.exchange.QdeXml.children;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.importer.SafeZip;
import org.w3c.dom.Element;

/**
 * Recovers the plain text of a TextSource or Note: its {@code <PlainTextContent>} or the file its
 * {@code plainTextPath} names inside the archive ({@code internal://…}, found in sources/ or at
 * the top), decoded as UTF-8 after a BOM. Tools differ in all of this, so each variant is
 * accepted; a path that leaves the sources folder is refused.
 */
final class SourceTexts {

    private static final String INTERNAL = "internal://";

    private final String file;
    private final SafeZip zip;
    private final ImportLog log;

    SourceTexts(String file, SafeZip zip, ImportLog log) {
        this.file = file;
        this.zip = zip;
        this.log = log;
    }

    /** A source's text as written (for positions) and normalised like every Kondens transcript. */
    record SourceText(String raw, Positions.Normalized normalized) {

        static SourceText of(String written) {
            String raw = written.startsWith("\uFEFF") ? written.substring(1) : written;
            return new SourceText(raw, Positions.normalize(raw));
        }

        String text() {
            return normalized.text();
        }

        /** The normalised UTF-16 offset of REFI-QDA position {@code codePoints}; -1 outside the text. */
        int offset(int codePoints) {
            int written = Positions.toUtf16(raw, codePoints);
            return written < 0 ? -1 : normalized.at(written);
        }

        /** The length in code points, the unit REFI-QDA counts in. */
        int length() {
            return Positions.length(raw);
        }
    }

    /** True for a path the archive holds; other paths are external files we cannot read. */
    static boolean isInternal(String plainTextPath) {
        return plainTextPath.startsWith(INTERNAL);
    }

    /** The text of {@code e}: its internal plain-text file, or PlainTextContent. Null if neither. */
    String textOf(Element e, String what) {
        List<Element> content = children(e, "PlainTextContent");
        String path = e.getAttribute("plainTextPath");
        if (!path.isEmpty()) {
            if (!isInternal(path)) {
                return null;
            }
            return decode(readInternal(path, what), what);
        }
        if (!content.isEmpty()) {
            String t = content.get(0).getTextContent();
            return t.startsWith("\uFEFF") ? t.substring(1) : t;
        }
        return null;
    }

    private byte[] readInternal(String path, String what) {
        String name = path.substring(INTERNAL.length());
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        if (name.contains("..") || name.contains("/") || name.contains("\\")) {
            throw new KondensException(Problem.QDPX_PATH_OUTSIDE, file, what, path);
        }
        String n = name;
        // SafeZip matches names without regard to case, so this also finds Sources/ (ATLAS.ti).
        ZipEntry entry = zip.find("sources/" + n).or(() -> zip.find(n))
                .orElseThrow(() -> new KondensException(Problem.QDPX_SOURCE_MISSING, file, n, what));
        return zip.read(entry);
    }

    /** UTF-8 (a BOM is dropped; UTF-16 with a BOM is accepted); other bytes are read as Windows-1252 with a notice. */
    private String decode(byte[] b, String what) {
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
