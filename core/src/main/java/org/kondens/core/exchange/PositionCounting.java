package org.kondens.core.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kondens.core.Localizable;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.exchange.Positions.Counting;

/**
 * Which way a file counts its positions. The standard says code points, but NVivo counts UTF-16
 * units and ATLAS.ti a CRLF as one character, and neither says so. Every reading is tried on
 * every selection of the file: one fits when the selected text it gives equals the selection's
 * {@code name} (the selected text, where the tool writes it) or else starts and ends on word
 * boundaries. The file's {@code origin} only breaks ties. A reading is used only when it fits
 * clearly; otherwise the standard's, and the report gives the numbers either way.
 */
final class PositionCounting {

    /** A selection as written: its positions and its {@code name} (may be empty). */
    record Evidence(SourceTexts.SourceText source, int start, int end, String name) {
    }

    /** At least this share of the selections must fit a reading for it to be used. */
    private static final double CLEAR = 2.0 / 3;

    private PositionCounting() {
    }

    /** The counting for every selection of the file; what was chosen and why goes to {@code log}. */
    static Counting choose(String origin, List<Evidence> selections, ImportLog log) {
        int n = selections.size();
        if (n == 0) {
            return Counting.CODE_POINTS;
        }
        boolean[] byName = new boolean[n];
        for (int i = 0; i < n; i++) {
            Evidence e = selections.get(i);
            byName[i] = !e.name().isBlank() && Arrays.stream(Counting.values()).anyMatch(c -> nameMatches(e, c));
        }
        Counting[] all = Counting.values();
        Fit[] fits = new Fit[all.length];
        for (int k = 0; k < all.length; k++) {
            fits[k] = fit(all[k], selections, byName);
        }
        Fit standard = fits[Counting.CODE_POINTS.ordinal()];
        if (Arrays.stream(fits).allMatch(f -> f.spans().equals(standard.spans()))) {
            return Counting.CODE_POINTS; // no selection lies where the readings differ
        }
        Counting hint = hint(origin);
        int best = Arrays.stream(fits).mapToInt(Fit::fits).max().orElse(0);
        Fit pick = fits[hint.ordinal()].fits() == best ? fits[hint.ordinal()]
                : standard.fits() == best ? standard : Arrays.stream(fits).filter(f -> f.fits() == best).findFirst().orElseThrow();
        boolean rival = pick.counting() != hint && Arrays.stream(fits)
                .anyMatch(f -> f.fits() == best && !f.spans().equals(pick.spans()));
        if (best < CLEAR * n || rival) {
            int otherwise = Arrays.stream(fits).filter(f -> f != standard).mapToInt(Fit::fits).max().orElse(0);
            log.notice(Problem.QDPX_COUNTING_UNCLEAR, standard.fits(), n, otherwise);
            return Counting.CODE_POINTS;
        }
        Localizable why = pick.spans().equals(standard.spans()) ? Term.COUNTING_AS_STANDARD
                : pick.counting() == hint ? Term.COUNTING_AS_TOOL.of(tool(origin)) : Term.COUNTING_AS_SELECTIONS_SHOW;
        Localizable instead = pick.spans().equals(standard.spans()) ? l -> "" : Term.COUNTING_INSTEAD.of(standard.fits(), n);
        Counting used = pick.spans().equals(standard.spans()) ? Counting.CODE_POINTS : pick.counting();
        log.notice(Problem.QDPX_COUNTING, Term.valueOf("COUNTING_" + used.name()), why, pick.fits(), n, pick.byText(),
                pick.fits() - pick.byText(), instead);
        return used;
    }

    /** How many selections fit {@code c}, how many of them by their name, and the spans it gives. */
    private record Fit(Counting counting, int fits, int byText, List<Integer> spans) {
    }

    private static Fit fit(Counting c, List<Evidence> selections, boolean[] byName) {
        int fits = 0;
        int byText = 0;
        List<Integer> spans = new ArrayList<>();
        for (int i = 0; i < selections.size(); i++) {
            Evidence e = selections.get(i);
            int s = e.source().start(e.start(), c);
            int end = e.source().end(e.end(), c);
            spans.add(s);
            spans.add(end);
            if (!whole(e, c) || s < 0 || end <= s) {
                continue;
            }
            if (byName[i]) {
                if (nameMatches(e, c)) {
                    fits++;
                    byText++;
                }
            } else if (boundary(e.source().text(), s) && boundary(e.source().text(), end)) {
                fits++;
            }
        }
        return new Fit(c, fits, byText, spans);
    }

    /** False when a position falls inside a character (between the halves of a surrogate pair). */
    private static boolean whole(Evidence e, Counting c) {
        int s = e.source().written(e.start(), c);
        int end = e.source().written(e.end(), c);
        return s >= 0 && end >= 0 && !e.source().splitsPair(s) && !e.source().splitsPair(end);
    }

    /** The selected text read as {@code c} equals the selection's name (or its start, when the name is cut off with an ellipsis). */
    private static boolean nameMatches(Evidence e, Counting c) {
        int s = e.source().start(e.start(), c);
        int end = e.source().end(e.end(), c);
        if (!whole(e, c) || s < 0 || end <= s) {
            return false;
        }
        String span = collapse(e.source().text().substring(s, end));
        String name = collapse(Positions.normalize(e.name()).text());
        if (name.endsWith("…") || name.endsWith("...")) {
            String head = name.replaceFirst("(…|\\.\\.\\.)$", "").strip();
            return !head.isEmpty() && span.startsWith(head);
        }
        return span.equals(name);
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** True between two characters unless both belong to one word. */
    private static boolean boundary(String text, int at) {
        if (at <= 0 || at >= text.length()) {
            return true;
        }
        return !(Character.isLetterOrDigit(text.codePointBefore(at)) && Character.isLetterOrDigit(text.codePointAt(at)));
    }

    /** What the writing tool is known to do: NVivo counts UTF-16 units, ATLAS.ti a CRLF as one. */
    static Counting hint(String origin) {
        String o = origin == null ? "" : origin.toLowerCase(Locale.ROOT);
        if (o.contains("nvivo")) {
            return Counting.UTF16_UNITS;
        }
        if (o.contains("atlas")) {
            return Counting.CODE_POINTS_CRLF_AS_ONE;
        }
        return Counting.CODE_POINTS;
    }

    /** "NVivo" of "NVivo 12.6 (Windows)". */
    private static String tool(String origin) {
        String o = origin == null ? "" : origin.strip();
        return o.isEmpty() ? "?" : o.split("\\s+")[0];
    }
}
