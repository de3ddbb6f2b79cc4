package org.kondens.core.importer;

import java.text.Normalizer;

/**
 * The one place where transcript text is normalised, at import, before anything points into it:
 * a leading byte-order mark is dropped, every line break (CRLF, CR, LF) becomes LF, and the text
 * is put in Unicode NFC (so "å" typed as a+ring and as one character are the same). After this
 * the text never changes again.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
