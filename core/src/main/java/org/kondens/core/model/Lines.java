package org.kondens.core.model;

import java.util.Arrays;

/**
 * The lines (paragraphs) of a transcript text: where each starts. The reader numbers its lines
 * with it, and a meaning unit's passage stores the line it starts on.
 */
public record Lines(int[] starts) {

    /** The lines of {@code text}: one more than its line breaks. */
    public static Lines of(String text) {
        int[] starts = new int[breaksBefore(text, text.length()) + 1];
        int j = 1;
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                starts[j++] = k + 1;
            }
        }
        return new Lines(starts);
    }

    /** How many line breaks {@code text} has before {@code offset}. */
    public static int breaksBefore(String text, int offset) {
        int n = 0;
        for (int k = 0; k < offset; k++) {
            if (text.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The 0-based line that holds {@code offset}. */
    public int indexOf(int offset) {
        int k = Arrays.binarySearch(starts, offset);
        return k >= 0 ? k : -k - 2;
    }

    /** The passage [start, end) of {@code text} (these are its lines) and the line it starts on, 1 for the first. */
    public Passage passage(String text, int start, int end) {
        return new Passage(text.substring(start, end), indexOf(start) + 1);
    }
}
