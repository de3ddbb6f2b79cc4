package org.kondens.core.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kondens.core.KondensException;

/**
 * Plain-text transcripts (.txt). Encoding: a UTF-8 or UTF-16 byte-order mark wins; otherwise
 * strict UTF-8; if that fails, Windows-1252 (what older Norwegian Word/Notepad files use).
 */
public final class TextFileImporter {

    /** Larger files are refused: no interview transcript comes near this. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private TextFileImporter() {
    }

    public static ImportedTranscript read(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new KondensException(name + ": the file is " + size / (1024 * 1024) + " MB; transcripts over "
                        + MAX_BYTES / (1024 * 1024) + " MB are refused.");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KondensException(name + ": cannot read the file (" + e.getMessage() + ").", e);
        }
        List<String> notices = new ArrayList<>();
        String text = TextNormalizer.normalize(decode(bytes, notices));
        if (text.isBlank()) {
            throw new KondensException(name + ": the file has no text.");
        }
        if (text.indexOf('\0') >= 0) {
            throw new KondensException(name + ": this looks like a binary file, not a text transcript.");
        }
        List<DetectedTurn> turns = SpeakerDetector.detect(text);
        String title = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return new ImportedTranscript(name, title, text, turns, notices);
    }

    static String decode(byte[] b, List<String> notices) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            notices.add("Not valid UTF-8; read as Windows-1252.");
            return new String(b, Charset.forName("windows-1252"));
        }
    }
}
