package org.kondens.core.stc;

import java.util.List;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.Transcript;

/**
 * Recontextualisation (step 4): a meaning unit's words inside its surrounding speaker turns (the
 * one before, its own, the one after). Very long neighbouring turns are cut at the side away from
 * the unit. Read on the project thread: it needs the whole transcript text and its turns.
 */
public record UnitInContext(String before, String words, String after) {

    /** How much of a neighbouring turn (or of plain text without turns) is shown on each side. */
    static final int MAX_SIDE = 600;

    /** The passage to show: [start, end) of the transcript around the unit. */
    record Window(int start, int end) {
    }

    /** The unit in its place; only its words when its transcript is gone. */
    public static UnitInContext of(ProjectSnapshot s, MeaningUnit u) {
        Transcript tr = s.transcript(u.transcriptId()).orElse(null);
        if (tr == null) {
            return new UnitInContext("", "", "");
        }
        String text = tr.text();
        Window w = window(s.turns().getOrDefault(tr.id(), List.of()), text.length(), u.start(), u.end());
        String before = text.substring(w.start(), u.start());
        String after = text.substring(u.end(), w.end());
        if (before.length() > MAX_SIDE) {
            // keep the part of a long previous turn nearest the unit, from a line or word start
            int cut = before.length() - MAX_SIDE;
            int nl = before.indexOf('\n', cut);
            int sp = before.indexOf(' ', cut);
            cut = nl >= 0 && nl < cut + 120 ? nl + 1 : sp >= 0 ? sp + 1 : cut;
            before = "… " + before.substring(cut);
        }
        if (after.length() > MAX_SIDE) {
            int sp = after.lastIndexOf(' ', MAX_SIDE);
            after = after.substring(0, sp > MAX_SIDE / 2 ? sp : MAX_SIDE) + " …";
        }
        return new UnitInContext(before, text.substring(u.start(), u.end()), after);
    }

    /** The previous turn, the unit's turn(s) and the next turn; without turns, some text either side. */
    static Window window(List<SpeakerTurn> turns, int textLength, int unitStart, int unitEnd) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < turns.size(); i++) {
            SpeakerTurn turn = turns.get(i);
            if (turn.start() <= unitStart) {
                first = i;
            }
            if (turn.start() < unitEnd) {
                last = i;
            }
        }
        int start;
        int end;
        if (first < 0) {
            start = Math.max(0, unitStart - MAX_SIDE);
            end = last < 0 ? Math.min(textLength, unitEnd + MAX_SIDE) : turns.get(Math.min(last + 1, turns.size() - 1)).end();
        } else {
            start = turns.get(Math.max(first - 1, 0)).start();
            end = turns.get(Math.min(last + 1, turns.size() - 1)).end();
        }
        return new Window(Math.min(start, unitStart), Math.max(Math.min(end, textLength), unitEnd));
    }

    /** The whole of it, as read aloud. */
    public String all() {
        return before + words + after;
    }
}
