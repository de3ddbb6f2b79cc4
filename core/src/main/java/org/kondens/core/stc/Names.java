package org.kondens.core.stc;

import java.util.Locale;
import org.kondens.core.KondensException;

/**
 * What a name may contain. Names, labels and titles are one line that ends up in table cells,
 * file names and headings: no control characters or line breaks, at most {@link #MAX_LENGTH}
 * characters. Neither names nor longer texts may hold NUL (it cuts text short in other programs)
 * or the invisible characters that reverse the direction of text around them (U+202A–U+202E,
 * U+2066–U+2069), which can make a table or a quote read differently from what it says.
 */
public final class Names {

    public static final int MAX_LENGTH = 200;

    private Names() {
    }

    /**
     * Refuses a name that is too long or has characters a name cannot have; {@code what} starts
     * the message ("A code group name"). Null and blank pass: whether a name is required is the
     * caller's check. Leading and trailing white space is not counted (names are stored stripped).
     */
    public static void checkName(String name, String what) {
        if (name == null) {
            return;
        }
        String s = name.strip();
        int length = s.codePointCount(0, s.length());
        if (length > MAX_LENGTH) {
            throw new KondensException(what + " can be at most " + MAX_LENGTH + " characters long (this one has " + length + ").");
        }
        s.codePoints().forEach(c -> check(c, what, true));
    }

    /** Refuses NUL and direction overrides in a longer text (a condensate, a note); tabs and line breaks are fine. */
    public static void checkText(String text, String what) {
        if (text != null) {
            text.codePoints().forEach(c -> check(c, what, false));
        }
    }

    private static void check(int c, String what, boolean oneLine) {
        String problem = null;
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            problem = "an invisible text-direction character (" + code(c) + ")";
        } else if (c == 0) {
            problem = "a NUL character (U+0000)";
        } else if (oneLine && (c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029)) {
            problem = "a line break";
        } else if (oneLine && c == '\t') {
            problem = "a tab";
        } else if (oneLine && Character.getType(c) == Character.CONTROL) {
            problem = "a control character (" + code(c) + ")";
        }
        if (problem != null) {
            throw new KondensException(what + " cannot contain " + problem + ".");
        }
    }

    private static String code(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }
}
