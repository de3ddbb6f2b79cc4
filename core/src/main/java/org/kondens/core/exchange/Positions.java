package org.kondens.core.exchange;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Text positions at the REFI-QDA boundary. Kondens stores half-open UTF-16 offsets into the
 * normalised transcript text; REFI-QDA counts Unicode code points from 0 in the source as
 * written (end exclusive). An emoji is one code point but two UTF-16 units, so every position
 * is converted here and nowhere else.
 *
 * <p>Sources from other tools are normalised the way Kondens normalises every transcript (see
 * {@link org.kondens.core.importer.TextNormalizer}): CRLF becomes LF, soft hyphens vanish, NFC …
 * {@link #normalize} does the same and also keeps a map from every position of the text as
 * written to the position in the normalised text, so a coding counted by another tool over a
 * CRLF file still covers the same words after the CR is gone.
 *
 * <p>Not every tool counts as the standard says: {@link Counting} names the ways found in real
 * files (NVivo: UTF-16 units; ATLAS.ti: a CRLF as one), and {@link PositionCounting} finds a file's.
 */
public final class Positions {

    private Positions() {
    }

    /** The code point index of UTF-16 offset {@code utf16} in {@code text}. */
    public static int toCodePoints(String text, int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            throw new IndexOutOfBoundsException("offset " + utf16 + " outside a text of " + text.length() + " UTF-16 units");
        }
        return text.codePointCount(0, utf16);
    }

    /**
     * Code point indexes of many UTF-16 offsets into one text, each counted from the one before:
     * a transcript's turns in order cost one pass over its text, not one pass each.
     */
    static final class CodePoints {
        private final String text;
        private int utf16;
        private int codePoints;

        CodePoints(String text) {
            this.text = text;
        }

        /** As {@link #toCodePoints(String, int)}. */
        int of(int offset) {
            if (offset < 0 || offset > text.length()) {
                throw new IndexOutOfBoundsException("offset " + offset + " outside a text of " + text.length() + " UTF-16 units");
            }
            codePoints += offset >= utf16 ? text.codePointCount(utf16, offset) : -text.codePointCount(offset, utf16);
            utf16 = offset;
            return codePoints;
        }
    }

    /** The UTF-16 offset of code point index {@code codePoints}; -1 if the text is shorter. */
    public static int toUtf16(String text, int codePoints) {
        if (codePoints < 0) {
            return -1;
        }
        int offset = 0;
        for (int i = 0; i < codePoints; i++) {
            if (offset >= text.length()) {
                return -1;
            }
            offset += Character.charCount(text.codePointAt(offset));
        }
        return offset;
    }

    /** The length of {@code text} in code points. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * A normalised text and, for every UTF-16 offset {@code i} of the text as written (0 to its
     * length), {@code map[i]}: the matching offset in the normalised text.
     */
    public record Normalized(String text, int[] map) {

        /** The normalised offset of written offset {@code written}. */
        public int at(int written) {
            if (map == null) { // nothing was changed: each offset is its own (no array of the text's length kept)
                if (written < 0 || written > text.length()) {
                    throw new ArrayIndexOutOfBoundsException(written);
                }
                return written;
            }
            return map[written];
        }

        /** For every written offset 0..n, its normalised offset. */
        @Override
        public int[] map() {
            if (map == null) {
                int[] same = new int[text.length() + 1];
                Arrays.setAll(same, k -> k);
                return same;
            }
            return map;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Normalized n && n.text.equals(text) && Arrays.equals(n.map(), map());
        }

        @Override
        public int hashCode() {
            return text.hashCode() * 31 + Arrays.hashCode(map());
        }

        @Override
        public String toString() {
            return "Normalized[" + text.length() + " chars]";
        }
    }

    /**
     * Normalises like {@code TextNormalizer.normalize} (leading BOM dropped, CRLF/CR/VT → LF,
     * non-breaking spaces → spaces, soft hyphens and zero-width spaces removed, NFC) while
     * tracking positions.
     */
    public static Normalized normalize(String raw) {
        int n = raw.length();
        if (alreadyNormal(raw)) {
            // As most tools write it (and Kondens always): the text itself, and no map of its length.
            return new Normalized(raw, null);
        }
        int[] toMid = new int[n + 1];
        StringBuilder mid = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            toMid[i] = mid.length();
            char c = raw.charAt(i);
            if (i == 0 && c == '\uFEFF') {
                continue;
            }
            switch (c) {
                case '\r' -> {
                    if (i + 1 >= n || raw.charAt(i + 1) != '\n') {
                        mid.append('\n');
                    }
                }
                case '\u000B' -> mid.append('\n');
                case '\u00A0', '\u202F', '\u2007' -> mid.append(' ');
                case '\u00AD', '\u200B', '\uFEFF' -> {
                    // removed: invisible in print, they would split words
                }
                default -> mid.append(c);
            }
        }
        toMid[n] = mid.length();
        String m = mid.toString();
        if (Normalizer.isNormalized(m, Normalizer.Form.NFC)) {
            return new Normalized(m, toMid);
        }
        // NFC only merges a base character with the marks that follow it: normalise each such
        // cluster on its own and map positions inside a cluster into its normalised form.
        int[] midToOut = new int[m.length() + 1];
        StringBuilder out = new StringBuilder(m.length());
        int i = 0;
        while (i < m.length()) {
            int end = i + Character.charCount(m.codePointAt(i));
            while (end < m.length() && isMark(m.codePointAt(end))) {
                end += Character.charCount(m.codePointAt(end));
            }
            String cluster = Normalizer.normalize(m.substring(i, end), Normalizer.Form.NFC);
            int base = out.length();
            out.append(cluster);
            for (int k = i; k < end; k++) {
                midToOut[k] = base + Math.min(k - i, cluster.length());
            }
            i = end;
        }
        midToOut[m.length()] = out.length();
        String text = out.toString();
        String whole = Normalizer.normalize(m, Normalizer.Form.NFC);
        if (!whole.equals(text)) {
            // A composition across clusters (rare scripts): keep the exact normalised text and
            // clamp positions into it; offsets stay inside the text.
            text = whole;
            for (int k = 0; k < midToOut.length; k++) {
                midToOut[k] = Math.min(midToOut[k], text.length());
            }
        }
        int[] map = new int[n + 1];
        for (int k = 0; k <= n; k++) {
            map[k] = midToOut[toMid[k]];
        }
        return new Normalized(text, map);
    }

    /** True when {@link #normalize} would change nothing in {@code raw}. */
    private static boolean alreadyNormal(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            switch (raw.charAt(i)) {
                case '\r', '\u000B', '\u00A0', '\u202F', '\u2007', '\u00AD', '\u200B', '\uFEFF' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return Normalizer.isNormalized(raw, Normalizer.Form.NFC);
    }

    /**
     * How a tool counts positions. The standard counts code points with a CRLF as two; NVivo
     * counts UTF-16 units; ATLAS.ti counts a CRLF as one. {@link #steps} turns every position
     * of a counting into the UTF-16 offset of the text as written.
     */
    public enum Counting {
        CODE_POINTS(false, false),
        UTF16_UNITS(true, false),
        CODE_POINTS_CRLF_AS_ONE(false, true),
        UTF16_UNITS_CRLF_AS_ONE(true, true);

        private final boolean units;
        private final boolean crlfAsOne;

        Counting(boolean units, boolean crlfAsOne) {
            this.units = units;
            this.crlfAsOne = crlfAsOne;
        }

        /**
         * The positions of {@code raw} counted this way as UTF-16 offsets, kept as the few
         * positions that take two units (a letter outside the BMP, a CRLF counted as one): a
         * corpus' sources keep no array of their length.
         */
        public Steps steps(String raw) {
            int[] doubles = new int[8];
            int d = 0;
            int n = 0;
            int i = 0;
            while (i < raw.length()) {
                int step = crlfAsOne && raw.charAt(i) == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n' ? 2
                        : units ? 1 : Character.charCount(raw.codePointAt(i));
                if (step == 2) {
                    if (d == doubles.length) {
                        doubles = Arrays.copyOf(doubles, d * 2);
                    }
                    doubles[d++] = n;
                }
                n++;
                i += step;
            }
            return new Steps(Arrays.copyOf(doubles, d), n);
        }
    }

    /** Positions 0..{@code length} as UTF-16 offsets: each position plus the two-unit steps before it. */
    public record Steps(int[] doubles, int length) {

        /** The UTF-16 offset of {@code position}; -1 outside 0..length. */
        public int offset(int position) {
            if (position < 0 || position > length) {
                return -1;
            }
            int k = Arrays.binarySearch(doubles, position);
            return position + (k >= 0 ? k : -k - 1);
        }
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }
}
