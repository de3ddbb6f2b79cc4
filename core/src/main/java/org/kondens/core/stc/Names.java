package org.kondens.core.stc;

import java.util.Locale;
import org.kondens.core.KondensException;
import org.kondens.core.Localizable;
import org.kondens.core.Problem;
import org.kondens.core.Term;

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
     * the message ({@link Term#CODE_GROUP_NAME}: "A code group name"). Null and blank pass: whether a name is required is the
     * caller's check. Leading and trailing white space is not counted (names are stored stripped).
     */
    public static void checkName(String name, Term what) {
        if (name == null) {
            return;
        }
        String s = name.strip();
        int length = s.codePointCount(0, s.length());
        if (length > MAX_LENGTH) {
            throw new KondensException(Problem.NAME_TOO_LONG, what, MAX_LENGTH, length);
        }
        s.codePoints().forEach(c -> check(c, what, true));
    }

    /** Refuses NUL and direction overrides in a longer text (a condensate, a note); tabs and line breaks are fine. */
    public static void checkText(String text, Term what) {
        if (text != null) {
            text.codePoints().forEach(c -> check(c, what, false));
        }
    }

    private static void check(int c, Term what, boolean oneLine) {
        Localizable problem = null;
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            problem = Term.DIRECTION_CHARACTER.of(code(c));
        } else if (c == 0) {
            problem = Term.NUL_CHARACTER;
        } else if (oneLine && (c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029)) {
            problem = Term.LINE_BREAK;
        } else if (oneLine && c == '\t') {
            problem = Term.TAB;
        } else if (oneLine && Character.getType(c) == Character.CONTROL) {
            problem = Term.CONTROL_CHARACTER.of(code(c));
        }
        if (problem != null) {
            throw new KondensException(Problem.NAME_HAS_CHARACTER, what, problem);
        }
    }

    private static String code(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }
}
