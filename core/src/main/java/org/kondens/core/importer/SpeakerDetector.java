package org.kondens.core.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kondens.core.model.SpeakerRole;

/**
 * Finds speaker turns from a marker at the start of a line: "I:", "Intervjuer:", "Informant 3:",
 * "EK1:", "P4:", optionally after a timestamp such as "[00:12:31]" or "(12:31)". A turn runs
 * until the next marker; text before the first marker is not a turn.
 */
public final class SpeakerDetector {

    private static final Pattern MARKER = Pattern.compile(
            "^(?:[\\[(]\\d{1,2}:\\d{2}(?::\\d{2})?[\\])]\\s*)?(\\p{Lu}[\\p{L}\\p{N}]*(?: [\\p{L}\\p{N}]+){0,2})\\s*:[ \\t]",
            Pattern.MULTILINE);
    private static final Set<String> INTERVIEWER = Set.of("i", "int", "intervjuer", "interviewer", "moderator", "m", "forsker", "researcher");

    private SpeakerDetector() {
    }

    public static List<DetectedTurn> detect(String text) {
        List<int[]> starts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            starts.add(new int[] {m.start()});
            labels.add(m.group(1).trim());
        }
        List<DetectedTurn> turns = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i)[0];
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                turns.add(new DetectedTurn(start, end, labels.get(i), roleOf(labels.get(i))));
            }
        }
        return turns;
    }

    public static SpeakerRole roleOf(String label) {
        return INTERVIEWER.contains(label.toLowerCase(Locale.ROOT)) ? SpeakerRole.INTERVIEWER : SpeakerRole.INFORMANT;
    }
}
