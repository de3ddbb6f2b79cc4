package org.kondens.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Speaker markers are sought only where a line starts, and found exactly where a multi-line
 * {@code ^} with {@code find()} finds them: every line ending, a timestamp or a space before a
 * line's colon, and a marker whose blanks run on into the next line.
 */
class SpeakerMarkerPropertyTest {

    /** The search as it was written first: the same marker, at any multi-line {@code ^}. */
    private static final Pattern EVERY_LINE_START = Pattern.compile("^" + SpeakerDetector.MARKER.pattern(), Pattern.MULTILINE);

    @Provide
    Arbitrary<String> transcripts() {
        return Arbitraries.of("I: ", "Informant 1: ", "Kari:\t", "Per Olav Berg: ", "ÆSE 2 : ", "[12:30] ", "(01:02:03) ", "[1:2] ",
                        "Dato: ", "tekst", "Hei", " ", ":", ": ", "\t", "\n", "\n\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "😀",
                        "nei, ", "Ja")
                .list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Property(tries = 3000)
    void markersAreFoundWhereAMultiLineSearchFindsThem(@ForAll("transcripts") String text) {
        List<SpeakerDetector.Marker> expected = new ArrayList<>();
        Matcher m = EVERY_LINE_START.matcher(text);
        while (m.find()) {
            expected.add(new SpeakerDetector.Marker(m.start(), m.group(1).strip()));
        }
        assertEquals(expected, SpeakerDetector.markersAtLineStarts(text), text.replace("\r", "\\r").replace("\n", "\\n"));
    }
}
