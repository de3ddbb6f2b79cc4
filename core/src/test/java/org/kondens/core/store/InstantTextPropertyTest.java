package org.kondens.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every time stored in a project (a meaning unit's creation, an audit line) reads back as the
 * JDK reads it: the fast path gives the same instant, and text the JDK refuses is refused alike.
 */
class InstantTextPropertyTest {

    @Property(tries = 2000)
    void everyInstantTheStoreWritesReadsBackExactly(@ForAll("instants") Instant written) {
        assertEquals(written, InstantText.parse(written.toString()));
    }

    @Property(tries = 3000)
    void anyTextReadsAsTheJdkReadsIt(@ForAll("nearlyIsoTexts") String text) {
        assertEquals(jdk(text), ours(text), text);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Combinators.combine(Arbitraries.longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()), Arbitraries.integers().between(0, 999_999_999),
                Arbitraries.of(1, 1_000, 1_000_000, 1_000_000_000))
                .as((seconds, nanos, step) -> Instant.ofEpochSecond(seconds, nanos / step * step));
    }

    /** Dates and times at and past their bounds, fractions of 0 to 10 digits, other zones and letters. */
    @Provide
    Arbitrary<String> nearlyIsoTexts() {
        Arbitrary<String> date = Combinators.combine(Arbitraries.of("0000", "1970", "2024", "2026", "2100", "9999", "20x6"),
                Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32))
                .as((y, m, d) -> "%s-%02d-%02d".formatted(y, m, d));
        Arbitrary<String> time = Combinators.combine(Arbitraries.integers().between(0, 24), Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 61)).as((h, m, s) -> "%02d:%02d:%02d".formatted(h, m, s));
        Arbitrary<String> fraction = Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(10)
                .map(f -> f.isEmpty() ? "" : "." + f);
        return Combinators.combine(date, Arbitraries.of("T", "t", " "), time, fraction, Arbitraries.of("Z", "Z", "Z", "z", "+01:00", ""))
                .as((d, t, h, f, z) -> d + t + h + f + z);
    }

    private static String jdk(String text) {
        try {
            return Instant.parse(text).toString();
        } catch (DateTimeParseException e) {
            return "refused";
        }
    }

    private static String ours(String text) {
        try {
            return InstantText.parse(text).toString();
        } catch (DateTimeParseException e) {
            return "refused";
        }
    }
}
