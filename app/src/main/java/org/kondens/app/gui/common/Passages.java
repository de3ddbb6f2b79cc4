package org.kondens.app.gui.common;

/** Selections of a transcript's words, as steps 2 and 3 take them. */
public final class Passages {

    private Passages() {
    }

    /**
     * [{@code start}, {@code end}) of {@code text} (clipped to it) without the white space a
     * selection often catches at its ends, as {start, end}; start == end when nothing is left.
     */
    public static int[] withoutWhiteSpace(String text, int start, int end) {
        int a = Math.max(0, start);
        int b = Math.min(end, text.length());
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return new int[] {a, Math.max(a, b)};
    }
}
