package org.kondens.core.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads back the instants the store writes ({@link Instant#toString}: {@code 2026-12-01T09:30:00.123456Z}).
 * {@link Instant#parse} takes about 5 µs each in the app's JIT, and a research group's snapshot
 * has one per meaning unit and per audit line: 0.2 s of a 30 M-word project's open. This reads
 * that one form directly and leaves any other (an offset, a leap second, a year past 9999) to
 * {@link Instant#parse}, so the result and the errors are always the JDK's.
 */
final class InstantText {

    private InstantText() {
    }

    static Instant parse(String s) {
        int n = s.length();
        // yyyy-MM-ddTHH:mm:ss then, optionally, a fraction of 1 to 9 digits, then Z
        if (n < 20 || n == 21 || n > 30 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z' || (n > 20 && s.charAt(19) != '.')) {
            return Instant.parse(s);
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int fraction = n > 20 ? digits(s, 20, n - 1) : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || fraction < 0) {
            return Instant.parse(s);
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            int nanos = fraction;
            for (int i = n - 1 - 20; i < 9 && n > 20; i++) {
                nanos *= 10;
            }
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
        } catch (DateTimeException e) {
            return Instant.parse(s); // 30 February and the like: the JDK's own message
        }
    }

    /** The number written in {@code s[from, to)}, or -1 if any of it is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
