package org.kondens.core.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Positions of other tools' files land on the same characters however the text is kept: the few
 * two-unit steps a source keeps instead of an array of its length, and a text that needs no
 * normalising kept as it is, give the offsets a plain count gives.
 */
class PositionCountingPropertyTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", "å", "Ø", " ", "\n", "\r\n", "\r", "😀", "𐍈", "e\u0301", "\u00A0", "\u00AD", "\uFEFF", ".")
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Property(tries = 400)
    void everyCountingGivesThePlainCountsOffsets(@ForAll("texts") String raw) {
        for (Positions.Counting c : Positions.Counting.values()) {
            assertArrayEquals(plainCount(raw, c), QdpxPositionsTest.offsets(c, raw), c + " of " + raw.codePoints().boxed().toList());
        }
    }

    @Property(tries = 400)
    void aTextKeptAsItIsMapsLikeOneNormalisedCharacterByCharacter(@ForAll("texts") String raw) {
        Positions.Normalized n = Positions.normalize(raw);
        assertEquals(org.kondens.core.importer.TextNormalizer.normalize(raw), n.text());
        int[] map = n.map();
        assertEquals(raw.length() + 1, map.length);
        for (int w = 0; w <= raw.length(); w++) {
            assertEquals(map[w], n.at(w));
        }
        assertEquals(n.text().length(), n.at(raw.length()));
    }

    /** Walks the text one counted position at a time, as the standard describes it. */
    private static int[] plainCount(String raw, Positions.Counting c) {
        boolean units = c == Positions.Counting.UTF16_UNITS || c == Positions.Counting.UTF16_UNITS_CRLF_AS_ONE;
        boolean crlfAsOne = c == Positions.Counting.CODE_POINTS_CRLF_AS_ONE || c == Positions.Counting.UTF16_UNITS_CRLF_AS_ONE;
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i < raw.length()) {
            out.add(i);
            boolean crlf = crlfAsOne && raw.startsWith("\r\n", i);
            i += crlf ? 2 : units ? 1 : Character.charCount(raw.codePointAt(i));
        }
        out.add(raw.length());
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
