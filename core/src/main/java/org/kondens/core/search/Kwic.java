package org.kondens.core.search;

/** Keyword-in-context lines and the sentence around a hit. */
final class Kwic {

    static final int CONTEXT = 60;

    private Kwic() {
    }

    static String left(String text, int start) {
        int from = Math.max(0, start - CONTEXT);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }
        return oneLine(text.substring(from, start));
    }

    static String right(String text, int end) {
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
    static int[] sentence(String text, int passageStart, int passageEnd, int start, int end) {
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
