package org.kondens.core.export;

/**
 * A transcript's title and text in a JSON project, against which the offsets pointing into it
 * (speaker turns, anchors, meaning units, quotes) are checked.
 */
record TranscriptText(String title, String text) {

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
        if (offset > text.length()) {
            throw at.problem(offset + " is past the end of transcript " + TextRules.shown(title) + " ("
                    + text.length() + " characters).");
        }
        if (offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset))) {
            throw at.problem(offset + " falls between the two halves of one character (a surrogate pair, such as an emoji) in transcript "
                    + TextRules.shown(title) + ".");
        }
    }

    /** A passage's offsets, start before end. */
    record Range(int start, int end) {
    }
}
