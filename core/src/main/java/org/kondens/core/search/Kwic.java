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
        return s.replaceAll("\\s+", " ");
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
