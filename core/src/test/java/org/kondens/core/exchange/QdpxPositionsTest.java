package org.kondens.core.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.kondens.core.importer.TextNormalizer;

class QdpxPositionsTest {

    @Test
    void codePointsCountedOneAfterAnotherAreThoseCountedFromTheStart() {
        String text = "I: Hei 😀\nInformant 1: Æ 𐍈𐍈 veit.\n\nI: Og så? 😀😀\nInformant 1: Nei.";
        Positions.CodePoints at = new Positions.CodePoints(text);
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 500; i++) {
            int offset = random.nextInt(text.length() + 1);
            if (offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))) {
                continue; // no offset of ours splits a letter
            }
            assertEquals(Positions.toCodePoints(text, offset), at.of(offset), "offset " + offset);
        }
    }

    @Test
    void codePointsAndUtf16() {
        String t = "a😀b👩‍⚕️c";
        assertEquals(2, Positions.toCodePoints(t, 3));
        assertEquals(3, Positions.toUtf16(t, 2));
        assertEquals(-1, Positions.toUtf16(t, 99));
        for (int cp = 0; cp <= Positions.length(t); cp++) {
            assertEquals(cp, Positions.toCodePoints(t, Positions.toUtf16(t, cp)));
        }
    }

    @Test
    void normalisationMatchesTextNormalizerAndMapsPositions() {
        String raw = "\uFEFFA:\r\nå\u00ADr a\u030Are\u00A0ok\rx\u000By 😀\r\n";
        Positions.Normalized n = Positions.normalize(raw);
        assertEquals(TextNormalizer.normalize(raw), n.text());
        int at = raw.indexOf("ok");
        assertEquals("ok", n.text().substring(n.at(at), n.at(at + 2)));
        int ring = raw.indexOf("a\u030Are");
        assertEquals("åre", n.text().substring(n.at(ring), n.at(ring + 4)));
        assertEquals(n.text().length(), n.at(raw.length()));
    }

    /** Each way of counting names every character of the text as written once, and only whole characters. */
    @Test
    void eachCountingMapsItsPositionsToTheTextAsWritten() {
        String raw = "a😀\r\nb";
        assertArrayEquals(new int[] {0, 1, 3, 4, 5, 6}, offsets(Positions.Counting.CODE_POINTS, raw));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6}, offsets(Positions.Counting.UTF16_UNITS, raw));
        assertArrayEquals(new int[] {0, 1, 3, 5, 6}, offsets(Positions.Counting.CODE_POINTS_CRLF_AS_ONE, raw));
        assertArrayEquals(new int[] {0, 1, 2, 3, 5, 6}, offsets(Positions.Counting.UTF16_UNITS_CRLF_AS_ONE, raw));

        SourceTexts.SourceText t = SourceTexts.SourceText.of(raw);
        assertEquals("a😀\nb", t.text());
        assertEquals("b", t.text().substring(t.start(3, Positions.Counting.CODE_POINTS_CRLF_AS_ONE),
                t.end(4, Positions.Counting.CODE_POINTS_CRLF_AS_ONE)), "after a CRLF counted as one");
        assertEquals("😀", t.text().substring(t.start(2, Positions.Counting.UTF16_UNITS), t.end(2, Positions.Counting.UTF16_UNITS)),
                "a position inside the emoji's two halves takes the whole emoji");
        assertEquals(-1, t.offset(7, Positions.Counting.UTF16_UNITS), "outside the text");
    }

    /** Every position 0..n of {@code raw} counted as {@code c}, as its UTF-16 offset. */
    static int[] offsets(Positions.Counting c, String raw) {
        Positions.Steps steps = c.steps(raw);
        int[] out = new int[steps.length() + 1];
        java.util.Arrays.setAll(out, steps::offset);
        return out;
    }
}
