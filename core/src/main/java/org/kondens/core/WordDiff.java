package org.kondens.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A suggested edit shown as a difference, word by word: the words both texts share, the words the
 * reviewer took out and the words they put in (the longest common run of words, as Word's
 * tracked changes read). Each word keeps the spaces after it, so the pieces read as the text. The
 * review document ("before → after") and the app's suggested edits both show differences with it.
 */
public final class WordDiff {

    public enum Kind { SAME, DELETED, INSERTED }

    /** A run of words of one kind. */
    public record Piece(Kind kind, String text) {
    }

    /** Beyond this many word pairs the texts are shown as all out, all in: a cheap, still honest answer. */
    private static final long MAX_PAIRS = 4_000_000;
    private static final Pattern WORD = Pattern.compile("\\s*\\S+\\s*");

    private WordDiff() {
    }

    public static List<Piece> of(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        List<Piece> out = new ArrayList<>();
        if ((long) a.size() * b.size() > MAX_PAIRS) {
            add(out, Kind.DELETED, before);
            add(out, Kind.INSERTED, after);
            return out;
        }
        // lcs[i][j]: the longest common run of a[i..] and b[j..], words compared without their spaces
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && same(a.get(i), b.get(j))) {
                add(out, Kind.SAME, b.get(j));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                add(out, Kind.DELETED, a.get(i++)); // what goes out reads before what comes in
            } else {
                add(out, Kind.INSERTED, b.get(j++));
            }
        }
        return out;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static boolean same(String x, String y) {
        return x.strip().equals(y.strip());
    }

    /** Adds {@code text} to the last piece when it is of the same kind. */
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
}
