package org.kondens.core.export;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What strings in a JSON project may hold. Names, labels and titles are one line of plain text;
 * long texts (transcripts, notes, condensates) may also hold tabs and line feeds. No string may
 * hold other control characters (NUL ends C strings in other tools, CR was normalised away at
 * import) or half of a surrogate pair (it has no UTF-8 form, so SQLite would store a '?').
 */
final class TextRules {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final int SHOWN = 40;

    private TextRules() {
    }

    /** Why {@code s} is not a valid name, label or title, or null when it is. */
    static String problemInLine(String s) {
        return problemIn(s, false);
    }

    /** Why {@code s} is not a valid long text, or null when it is. */
    static String problemInText(String s) {
        return problemIn(s, true);
    }

    private static String problemIn(String s, boolean multiLine) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains half a character (the unpaired surrogate " + hex(c) + ") at position " + i + ".";
            } else if (multiLine ? isControl(c) && c != '\t' && c != '\n' : isControl(c) || isLineSeparator(c)) {
                return "contains the control character " + hex(c) + " at position " + i
                        + (multiLine ? "; only tab and line feed are allowed." : "; it must be one line of plain text.");
            }
        }
        return null;
    }

    static boolean isUuid(String s) {
        return UUID.matcher(s).matches();
    }

    static boolean isColor(String s) {
        return COLOR.matcher(s).matches();
    }

    /** {@code s} quoted for a one-line message: control characters escaped, long text shortened. */
    static String shown(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().limit(SHOWN).forEach(cp -> {
            if (cp < 0x10000 && (isControl((char) cp) || isLineSeparator((char) cp) || Character.isSurrogate((char) cp))) {
                b.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.append(s.codePointCount(0, s.length()) > SHOWN ? "…\"" : "\"").toString();
    }

    private static boolean isControl(char c) {
        return Character.getType(c) == Character.CONTROL;
    }

    private static boolean isLineSeparator(char c) {
        return c == '\u2028' || c == '\u2029';
    }

    private static String hex(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
