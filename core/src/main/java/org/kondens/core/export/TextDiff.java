package org.kondens.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which words of a rewritten text are new and which are gone, so a supervisor sees at a glance
 * what changed in a long condensate: the longest common run of words stays, the rest is marked.
 */
final class TextDiff {

    enum Kind { SAME, REMOVED, ADDED }

    record Piece(Kind kind, String text) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");
    /** Beyond this many word pairs the texts are shown as removed and added whole. */
    private static final long LIMIT = 4_000_000;

    private TextDiff() {
    }

    static List<Piece> of(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Piece> out = new ArrayList<>();
        if ((long) a.size() * b.size() > LIMIT) {
            add(out, Kind.REMOVED, before);
            add(out, Kind.ADDED, after);
            return out;
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(out, Kind.SAME, a.get(i++));
                j++;
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                add(out, Kind.ADDED, b.get(j++));
            } else {
                add(out, Kind.REMOVED, a.get(i++));
            }
        }
        return out;
    }

    /** Appends, joining with the previous piece of the same kind. */
    private static void add(List<Piece> out, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.getLast().kind() == kind) {
            out.set(out.size() - 1, new Piece(kind, out.getLast().text() + text));
        } else {
            out.add(new Piece(kind, text));
        }
    }

    private static List<String> tokens(String s) {
        List<String> t = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            t.add(m.group());
        }
        return t;
    }
}
