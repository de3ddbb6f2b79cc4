package org.kondens.core.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kondens.core.model.SpeakerRole;

/**
 * Finds speaker turns. A turn starts at a speaker marker at the start of a line ("I:",
 * "Intervjuer:", "Informant 3:", "EK1:", "P4:", "Kari:"), optionally after a timestamp such as
 * "[00:12:31]" or "(12:31)", or at a speaker name set in bold in a Word/LibreOffice document;
 * it runs until the next marker. Text before the first marker is not a turn.
 * <p>
 * Header lines use the same shape ("Dato: 3. mars", "Transkribert av: …"), so a label counts
 * as a speaker only if it is a usual speaker label or occurs as a marker at least twice, and
 * never if it is a usual header word.
 */
public final class SpeakerDetector {

    /** A possible turn start found by a reader (for example a bold name in a .docx). */
    public record Marker(int start, String label) {
    }

    /** A marker, tried at each line's start ({@link #markersAtLineStarts}). */
    static final Pattern MARKER = Pattern.compile(
            "(?:[\\[(]\\d{1,2}:\\d{2}(?::\\d{2})?[\\])]\\s*)?(\\p{Lu}[\\p{L}\\p{N}-]*(?: [\\p{L}\\p{N}]+){0,2})\\s*:[ \\t]");
    private static final Pattern USUAL_LABEL = Pattern.compile(
            "(?iu)(i|int|intervjuer|intervjuar|interviewer|moderator|medmoderator|forsker|forskar|researcher"
                    + "|(informant|deltaker|deltakar|participant|respondent|fg-deltaker|ip)\\s*\\d+|\\p{Lu}{1,3}\\d{1,3})");
    private static final Set<String> INTERVIEWER = Set.of("i", "int", "intervjuer", "intervjuar", "interviewer", "moderator",
            "medmoderator", "m", "forsker", "forskar", "researcher");
    private static final Set<String> HEADER_WORDS = Set.of("dato", "date", "sted", "stad", "place", "tid", "time", "varighet",
            "duration", "pseudonym", "transkribert av", "transkribert", "transcribed by", "intervjuet", "notat", "note", "notes",
            "merknad", "kommentar", "comment", "tema", "theme", "obs", "nb", "kl", "lydfil", "audio", "fil", "file", "tittel",
            "title", "prosjekt", "project", "spørsmål", "question", "stikkord", "til stede", "deltakere", "participants");

    private SpeakerDetector() {
    }

    public static List<DetectedTurn> detect(String text) {
        return detect(text, List.of());
    }

    /** Turns from line-start markers in {@code text} plus the markers a reader found itself. */
    public static List<DetectedTurn> detect(String text, List<Marker> extra) {
        List<Marker> candidates = new ArrayList<>(extra);
        candidates.addAll(markersAtLineStarts(text));
        Map<String, Integer> counts = new HashMap<>();
        candidates.forEach(c -> counts.merge(key(c.label()), 1, Integer::sum));
        // Keep one marker per start; a bold name followed by a colon is found by both routes.
        Map<Integer, Marker> accepted = new TreeMap<>();
        candidates.stream()
                .filter(c -> !HEADER_WORDS.contains(key(c.label())))
                .filter(c -> USUAL_LABEL.matcher(c.label()).matches() || counts.get(key(c.label())) >= 2)
                .sorted(Comparator.comparingInt(Marker::start))
                .forEach(c -> accepted.putIfAbsent(c.start(), c));
        List<Marker> starts = List.copyOf(accepted.values());
        List<DetectedTurn> turns = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i).start();
            int end = i + 1 < starts.size() ? starts.get(i + 1).start() : text.length();
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                String label = starts.get(i).label();
                turns.add(new DetectedTurn(start, end, label, roleOf(label)));
            }
        }
        return turns;
    }

    /**
     * The markers that begin a line, as a multi-line {@code ^} and {@code find()} would give them,
     * but tried only where a line starts: a regex that must test every character of a long
     * interview for a line start took a quarter of an import's reading.
     */
    static List<Marker> markersAtLineStarts(String text) {
        List<Marker> found = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        int after = 0; // as find() does, a match is never sought inside the one before
        for (int at = 0; at < text.length(); at = nextLineStart(text, at)) {
            if (at >= after && m.region(at, text.length()).lookingAt()) {
                found.add(new Marker(at, m.group(1).strip()));
                after = m.end();
            }
        }
        return found;
    }

    /** Where the line after the one holding {@code at} starts (a line ends as {@code ^} sees it), or the text's length. */
    private static int nextLineStart(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return text.length();
    }

    /** Whether a short bold text at a paragraph's start could be a speaker's name. */
    static boolean looksLikeLabel(String s) {
        return s.length() <= 30 && s.split("\\s+").length <= 3 && Character.isUpperCase(s.codePointAt(0))
                && s.chars().noneMatch(c -> c == '.' || c == '?' || c == '!' || c == ',');
    }

    public static SpeakerRole roleOf(String label) {
        return INTERVIEWER.contains(key(label)) ? SpeakerRole.INTERVIEWER : SpeakerRole.INFORMANT;
    }

    private static String key(String label) {
        return label.toLowerCase(Locale.ROOT);
    }
}
