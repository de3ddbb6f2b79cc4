package org.kondens.core.importer;

import org.kondens.core.Message;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The result of reading one file: normalised text, its speaker turns, and what the user should
 * know about the reading ({@code noticed}: a part left out, a guessed encoding).
 */
public record ImportedTranscript(String sourceFile, String title, String text, List<DetectedTurn> turns, List<Message> noticed) {

    public ImportedTranscript {
        turns = List.copyOf(turns);
        noticed = List.copyOf(noticed);
    }

    /** The notices in English (the CLI). */
    public List<String> notices() {
        return notices(Locale.ROOT);
    }

    /** The notices in {@code locale}'s language. */
    public List<String> notices(Locale locale) {
        return noticed.stream().map(m -> m.text(locale)).toList();
    }

    /** A transcript titled after its file name without the extension. */
    static ImportedTranscript of(String fileName, String text, List<DetectedTurn> turns, List<Message> notices) {
        int dot = fileName.lastIndexOf('.');
        return new ImportedTranscript(fileName, dot > 0 ? fileName.substring(0, dot) : fileName, text, turns, notices);
    }

    /** Turns per speaker label, for the user to confirm: {I=41, EK2=40}. */
    public Map<String, Long> speakers() {
        return turns.stream().collect(Collectors.groupingBy(DetectedTurn::speaker, TreeMap::new, Collectors.counting()));
    }

    public int words() {
        return words(text);
    }

    /** The words of {@code text}: runs of letters and digits, counted in one pass (no regex, no copies). */
    public static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
