package org.kondens.core.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kondens.core.KondensException;
import org.kondens.core.Message;
import org.kondens.core.Problem;

/**
 * Plain-text transcripts (.txt). Encoding: a UTF-8 or UTF-16 byte-order mark wins; UTF-16
 * without a mark is recognised by its zero bytes; otherwise strict UTF-8, and if that fails,
 * Windows-1252 (what older Norwegian Word and Notepad files use; for æøå it is the same as
 * ISO-8859-1). Valid UTF-8 almost never arises by chance from Windows-1252 Norwegian text, so
 * the order is reliable.
 */
final class TextFileImporter {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextFileImporter() {
    }

    static ImportedTranscript read(String name, byte[] bytes) {
        List<Message> notices = new ArrayList<>();
        String text = TextNormalizer.normalize(decode(bytes, notices));
        if (text.isBlank()) {
            throw new KondensException(Problem.IMPORT_NO_TEXT, name);
        }
        if (text.indexOf('\0') >= 0 || text.chars().limit(4096).filter(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\f').count() > 8) {
            throw new KondensException(Problem.IMPORT_BINARY, name);
        }
        return ImportedTranscript.of(name, text, SpeakerDetector.detect(text), notices);
    }

    static String decode(byte[] b, List<Message> notices) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutMark(b);
        if (utf16 != null) {
            notices.add(Message.of(Problem.NOTICE_UTF16, utf16.name()));
            return new String(b, utf16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            notices.add(Message.of(Problem.NOTICE_WINDOWS_1252));
            return new String(b, WINDOWS_1252);
        }
    }

    /** UTF-16 text of Latin script has a zero in every other byte; binary files don't look like that. */
    private static Charset utf16WithoutMark(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 16) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int half = n / 2;
        if (oddZeros > half * 0.7 && evenZeros < half * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > half * 0.7 && oddZeros < half * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }
}
