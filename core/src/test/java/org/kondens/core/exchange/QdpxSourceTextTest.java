package org.kondens.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A source's REFI-QDA positions (code points of the text as written) mapped to Kondens offsets. */
class QdpxSourceTextTest {

    @Test
    void positionsCountTheWrittenTextAfterTheBomAndLandInTheNormalisedText() {
        SourceTexts.SourceText t = SourceTexts.SourceText.of("\uFEFFI: Ja?\r\nEK1: 😀 bra\r\n");
        assertEquals("I: Ja?\nEK1: 😀 bra\n", t.text());
        assertEquals(20, t.length(Positions.Counting.CODE_POINTS), "the BOM is not counted, the CR is");
        assertEquals(18, t.length(Positions.Counting.CODE_POINTS_CRLF_AS_ONE), "a CRLF counted as one");
        int start = t.offset(13);
        int end = t.offset(18);
        assertEquals("😀 bra", t.text().substring(start, end), "after CRLF and an emoji");
        assertEquals(t.text().length(), t.offset(20));
        assertEquals(-1, t.offset(21), "outside the text");
        assertEquals(-1, t.offset(-1));
    }
}
