package org.kondens.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.Transcript;

/**
 * A stretch of transcript text indexed as one search document: the words of a speaker turn (its
 * marker such as "I:" left out, so searching "informant" does not find every label), or a
 * paragraph outside any turn, such as a header. Offsets are into the stored transcript text.
 */
record Passage(int start, int end, String speaker, SpeakerRole role, UUID informantId) {

    static List<Passage> of(Transcript transcript, List<SpeakerTurn> turns) {
        String text = transcript.text();
        List<Passage> passages = new ArrayList<>();
        int covered = 0;
        for (SpeakerTurn turn : turns) {
            paragraphs(text, covered, turn.start(), passages);
            int start = afterMarker(text, turn);
            if (start < turn.end()) {
                passages.add(new Passage(start, turn.end(), turn.speaker(), turn.role(), turn.informantId()));
            }
            covered = Math.max(covered, turn.end());
        }
        paragraphs(text, covered, text.length(), passages);
        return passages;
    }

    /** Where the words of a turn begin: after "[00:12:31] Informant 3:" and the blanks after it. */
    private static int afterMarker(String text, SpeakerTurn turn) {
        int label = text.indexOf(turn.speaker(), turn.start());
        if (label < 0 || label > turn.start() + 40 || label >= turn.end()) {
            return turn.start();
        }
        int i = label + turn.speaker().length();
        if (i < turn.end() && text.charAt(i) == ':') {
            i++;
        }
        while (i < turn.end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Text between turns (headers, notes) as one passage per non-blank line. */
    private static void paragraphs(String text, int from, int to, List<Passage> out) {
        int lineStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '\n') {
                int s = lineStart;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (s < e) {
                    out.add(new Passage(s, e, null, null, null));
                }
                lineStart = i + 1;
            }
        }
    }
}
