package org.kondens.core.model;

/**
 * The words of a meaning unit as steps 2–4 list them, and the transcript line it starts on (1 for
 * the first). Stored with the unit, so that listing a fully coded corpus reads no transcript text.
 */
public record Passage(String text, int line) {

    /** The passage [start, end) of {@code transcriptText}; its line counts the line breaks before it. */
    public static Passage in(String transcriptText, int start, int end) {
        return new Passage(transcriptText.substring(start, end), Lines.breaksBefore(transcriptText, start) + 1);
    }
}
