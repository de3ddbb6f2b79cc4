package org.kondens.core.search;

/**
 * Keyword-in-context lines and the sentence around a hit, cut from the {@link Near} text the
 * index keeps beside each passage: a search reads no transcript text from the project.
 */
final class Kwic {

    static final int CONTEXT = 60;

    /**
     * The part of a transcript's text a hit in one passage can show, {@code text} from offset
     * {@code from}, the passage with {@link #CONTEXT} characters either side; positions are the
     * whole text's, of {@code length} characters.
     */
    record Near(String text, int from, int length) {

        static Near of(String whole, int passageStart, int passageEnd) {
            int from = Math.max(0, passageStart - CONTEXT);
            // one more after: right() looks for a blank at its last position too
            return new Near(whole.substring(from, Math.min(whole.length(), passageEnd + CONTEXT + 1)), from, whole.length());
        }

        char charAt(int i) {
            return text.charAt(i - from);
        }

        String substring(int start, int end) {
            return text.substring(start - from, end - from);
        }

        int indexOf(char c, int at) {
            int i = text.indexOf(c, at - from);
            return i < 0 ? -1 : i + from;
        }

        int lastIndexOf(char c, int at) {
            int i = text.lastIndexOf(c, at - from);
            return i < 0 ? -1 : i + from;
        }
    }

    private Kwic() {
    }

    static String left(Near text, int start) {
        int from = Math.max(0, start - CONTEXT);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }
        return oneLine(text.substring(from, start));
    }

    static String right(Near text, int end) {
        int to = Math.min(text.length(), end + CONTEXT);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > end ? space : to;
        }
        return oneLine(text.substring(end, to));
    }

    /** Line breaks and runs of blanks as single spaces, so a KWIC line stays one line. */
    static String oneLine(String s) {
        // By hand, not replaceAll("\\s+", " "): a page of KWIC lines is three calls per hit.
        int n = s.length();
        int i = 0;
        while (i < n && !(isBlank(s.charAt(i)) && (s.charAt(i) != ' ' || i + 1 < n && isBlank(s.charAt(i + 1))))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i++);
            if (isBlank(c)) {
                b.append(' ');
                while (i < n && isBlank(s.charAt(i))) {
                    i++;
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** What the regex {@code \\s} matches. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The sentence in [passageStart, passageEnd) that holds [start, end): from after the last . ! ? … before it; a line break inside a turn is not an end, transcribers wrap lines. */
    static int[] sentence(Near text, int passageStart, int passageEnd, int start, int end) {
        int s = start;
        while (s > passageStart && !(isStop(text.charAt(s - 1)) && Character.isWhitespace(text.charAt(s)))) {
            s--;
        }
        while (s < start && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int e = end;
        while (e < passageEnd && !(isStop(text.charAt(e))
                && (e + 1 == passageEnd || Character.isWhitespace(text.charAt(e + 1))))) {
            e++;
        }
        if (e < passageEnd && isStop(text.charAt(e))) {
            e++;
        }
        return new int[] {s, e};
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }
}
