package org.kondens.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.kondens.core.importer.TextNormalizer;

class QdpxPositionsTest {

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
}
