package org.kondens.core.importer;

import java.text.Normalizer;

/**
 * The one place where transcript text is normalised, at import, before anything points into it.
 * After this the text never changes again, so every offset stays valid forever.
 * <ul>
 * <li>A leading byte-order mark is dropped.</li>
 * <li>Every line break (CRLF, CR, LF, and Word's vertical tab) becomes one LF.</li>
 * <li>Non-breaking spaces become plain spaces, so search and "--quote" find words around them.</li>
 * <li>Soft hyphens and zero-width spaces are removed: invisible in print, they would split words.
 *     (The zero-width joiner stays: it holds emoji sequences together.)</li>
 * <li>Unicode NFC, so "å" typed as a + ring and as one character are the same.</li>
 * </ul>
 * Typographic quotes and dashes are kept as typed: they are the transcriber's text.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u000B', '\n');
        s = s.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ');
        s = s.replace("\u00AD", "").replace("\u200B", "").replace("\uFEFF", "");
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
