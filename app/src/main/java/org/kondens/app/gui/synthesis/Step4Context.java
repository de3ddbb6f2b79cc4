package org.kondens.app.gui.synthesis;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.Transcript;

/**
 * Recontextualisation: a meaning unit inside its surrounding speaker turns (the one before, its
 * own, the one after), with the unit's words emphasised. Very long neighbouring turns are cut
 * at the side away from the unit.
 */
final class Step4Context {

    /** How much of a neighbouring turn (or of plain text without turns) is shown on each side. */
    static final int MAX_SIDE = 600;

    /** The passage to show: [start, end) of the transcript around the unit. */
    record Window(int start, int end) {
    }

    private Step4Context() {
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

    static Node flow(ProjectSnapshot s, MeaningUnit u) {
        Transcript tr = s.transcript(u.transcriptId()).orElse(null);
        TextFlow flow = new TextFlow();
        flow.setLineSpacing(2);
        if (tr == null) {
            return flow;
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
        Text a = new Text(before);
        a.getStyleClass().add(Styles.TEXT_MUTED);
        Text unit = new Text(text.substring(u.start(), u.end()));
        unit.getStyleClass().add("context-unit");
        unit.getStyleClass().add("unit-text");
        Text b = new Text(after);
        b.getStyleClass().add(Styles.TEXT_MUTED);
        flow.getChildren().addAll(a, unit, b);
        flow.setAccessibleText(before + text.substring(u.start(), u.end()) + after);
        return flow;
    }
}
