package org.kondens.core.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A search builds its KWIC lines from the text the index keeps beside each passage, not from the
 * transcript: every line and sentence must be exactly what the whole text gives.
 */
class KwicNearTest {

    private static final String[] PIECES = {"hjelp ", "æøå ", "Ærlig talt. ", "😀 ", "𐍈𐍈 ", "\r\n", "I: ", "Ja! ", "nei… ", "x", " ", "  ",
        "sykepleier ", "?", "\n\n"};

    @Test
    void everyKwicLineFromTheKeptNearTextEqualsTheWholeText() {
        Random random = new Random(17);
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + random.nextInt(120);
            for (int i = 0; i < pieces; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String whole = b.toString();
            Kwic.Near all = new Kwic.Near(whole, 0, whole.length());
            int passageStart = random.nextInt(whole.length());
            int passageEnd = passageStart + 1 + random.nextInt(whole.length() - passageStart);
            Kwic.Near near = Kwic.Near.of(whole, passageStart, passageEnd);
            for (int start = passageStart; start < passageEnd; start++) {
                int end = start + 1 + random.nextInt(Math.min(12, passageEnd - start));
                String at = "round " + round + " [" + start + "," + end + ") in [" + passageStart + "," + passageEnd + ")";
                assertEquals(Kwic.left(all, start), Kwic.left(near, start), at);
                assertEquals(Kwic.right(all, end), Kwic.right(near, end), at);
                assertEquals(all.substring(start, end), near.substring(start, end), at);
                assertArrayEquals(Kwic.sentence(all, passageStart, passageEnd, start, end),
                        Kwic.sentence(near, passageStart, passageEnd, start, end), at);
            }
        }
    }
}
