package org.kondens.core.export;

/**
 * What the offsets pointing into a transcript of a JSON project (speaker turns, anchors, meaning
 * units, quotes) are checked against: its title, its length and the offsets that fall between
 * the two halves of a surrogate pair. Not the text: a corpus's texts would fill the memory.
 */
record TranscriptText(String title, int length, int[] insidePairs) {

    static TranscriptText of(String title, String text) {
        java.util.stream.IntStream.Builder inside = java.util.stream.IntStream.builder();
        for (int i = 1; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i))) {
                inside.add(i);
            }
        }
        return new TranscriptText(title, text.length(), inside.build().toArray());
    }

    /** The {@code start}/{@code end} of {@code entity}: inside the text, not empty, no character cut in half. */
    Range span(JsonCursor entity) {
        JsonCursor startAt = entity.at("start");
        JsonCursor endAt = entity.at("end");
        int start = startAt.integer();
        int end = endAt.integer();
        offset(startAt, start);
        offset(endAt, end);
        if (start >= end) {
            throw endAt.problem(end + " is not after start " + start + "; a passage needs at least one character.");
        }
        return new Range(start, end);
    }

    void offset(JsonCursor at, int offset) {
        if (offset < 0) {
            throw at.problem(offset + " is negative; offsets count UTF-16 code units from 0.");
        }
        if (offset > length) {
            throw at.problem(offset + " is past the end of transcript " + TextRules.shown(title) + " ("
                    + length + " characters).");
        }
        if (java.util.Arrays.binarySearch(insidePairs, offset) >= 0) {
            throw at.problem(offset + " falls between the two halves of one character (a surrogate pair, such as an emoji) in transcript "
                    + TextRules.shown(title) + ".");
        }
    }

    /** A passage's offsets, start before end. */
    record Range(int start, int end) {
    }
}
