package org.kondens.app.gui.common;

import org.kondens.core.model.Span;

/**
 * "Show in the interview" from steps 2 and 3: the reader opens the passage's transcript and
 * scrolls to it (the main window switches to the reader). A finding is never far from its words.
 */
public final class InterviewLink {

    private InterviewLink() {
    }

    public static void show(Workbench wb, Span span) {
        wb.transcript.set(span.transcriptId());
        // Set to null first: showing the same passage twice must scroll again.
        wb.reveal.set(null);
        wb.reveal.set(span);
    }
}
