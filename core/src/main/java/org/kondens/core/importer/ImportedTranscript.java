package org.kondens.core.importer;

import java.util.List;

/** The result of reading one file: normalised text, its speaker turns, and notices for the user. */
public record ImportedTranscript(String sourceFile, String title, String text, List<DetectedTurn> turns, List<String> notices) {

    public ImportedTranscript {
        turns = List.copyOf(turns);
        notices = List.copyOf(notices);
    }
}
