package org.kondens.app.gui.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.SpeakerTurn;

/**
 * The transcript reader's look, computed from spans (never per character): speaker labels bold,
 * interviewer turns muted, meaning units in their code group's colour (a second group as an
 * underline, overlaps darker, unsorted units grey and dashed), marks (note anchors) framed.
 * One sweep over the sorted span ends gives inline CSS runs for the whole text.
 */
public final class ReaderStyles {

    static final String BASE = "-fx-fill: -color-fg-default;";
    private static final String MUTED = "-fx-fill: -color-fg-muted;";
    private static final String BOLD = "-fx-font-weight: bold;";
    private static final String GREY = "#8C8C8C";
    /** Paragraph style of a paragraph that opens a speaker turn: a little air above it. */
    static final String TURN_PARAGRAPH = "-fx-padding: 0.7em 0 0 0;";

    private ReaderStyles() {
    }

    /** What to draw over a transcript. {@code emphasis} (nullable) is the code group to bring forward. */
    record Input(String text, List<SpeakerTurn> turns, List<MeaningUnit> units, Map<UUID, CodeGroup> groups, UUID emphasis,
            List<int[]> marks) {
    }

    private static final int UNIT = 0;
    private static final int LABEL = 1;
    private static final int INTERVIEWER = 2;
    private static final int MARK = 3;

    static StyleSpans<String> compute(Input in) {
        int length = in.text().length();
        // events: {position, +1/-1, kind, index}
        List<int[]> events = new ArrayList<>(in.units().size() * 2 + in.turns().size() * 4 + 8);
        for (int i = 0; i < in.units().size(); i++) {
            MeaningUnit u = in.units().get(i);
            int s = clamp(u.start(), length);
            int e = clamp(u.end(), length);
            if (e > s) {
                events.add(new int[] {s, 1, UNIT, i});
                events.add(new int[] {e, -1, UNIT, i});
            }
        }
        for (SpeakerTurn t : in.turns()) {
            int s = clamp(t.start(), length);
            int e = clamp(t.end(), length);
            if (e <= s) {
                continue;
            }
            int labelEnd = labelEnd(in.text(), t);
            if (labelEnd > s) {
                events.add(new int[] {s, 1, LABEL, 0});
                events.add(new int[] {labelEnd, -1, LABEL, 0});
            }
            if (t.role() == SpeakerRole.INTERVIEWER) {
                events.add(new int[] {s, 1, INTERVIEWER, 0});
                events.add(new int[] {e, -1, INTERVIEWER, 0});
            }
        }
        for (int[] m : in.marks()) {
            int s = clamp(m[0], length);
            int e = clamp(m[1], length);
            if (e > s) {
                events.add(new int[] {s, 1, MARK, 0});
                events.add(new int[] {e, -1, MARK, 0});
            }
        }
        events.sort(Comparator.comparingInt((int[] x) -> x[0]));

        StyleSpansBuilder<String> out = new StyleSpansBuilder<>(events.size() + 1);
        Map<String, String> cache = new HashMap<>();
        List<Integer> active = new ArrayList<>(4);
        int labels = 0;
        int interviewer = 0;
        int marks = 0;
        int cur = 0;
        int i = 0;
        boolean any = false;
        while (i < events.size()) {
            int pos = events.get(i)[0];
            if (pos > cur) {
                out.add(style(in, active, labels > 0, interviewer > 0, marks > 0, cache), pos - cur);
                any = true;
                cur = pos;
            }
            while (i < events.size() && events.get(i)[0] == pos) {
                int[] ev = events.get(i++);
                switch (ev[2]) {
                    case UNIT -> {
                        if (ev[1] > 0) {
                            active.add(ev[3]);
                        } else {
                            active.remove(Integer.valueOf(ev[3]));
                        }
                    }
                    case LABEL -> labels += ev[1];
                    case INTERVIEWER -> interviewer += ev[1];
                    default -> marks += ev[1];
                }
            }
        }
        if (length > cur || !any) {
            out.add(style(in, active, labels > 0, interviewer > 0, marks > 0, cache), length - cur);
        }
        return out.create();
    }

    /** Where the speaker's label ("Informant 1:") ends inside its turn, or the turn start if it is not written there. */
    static int labelEnd(String text, SpeakerTurn t) {
        String speaker = t.speaker();
        if (speaker == null || speaker.isEmpty() || !text.regionMatches(true, t.start(), speaker, 0, speaker.length())) {
            return t.start();
        }
        int end = t.start() + speaker.length();
        int limit = Math.min(t.end(), end + 3);
        for (int k = end; k < limit; k++) {
            char c = text.charAt(k);
            if (c == ':' || c == '.' || c == '–' || c == '-') {
                return k + 1;
            }
            if (!Character.isWhitespace(c) || c == '\n') {
                break;
            }
        }
        return end;
    }

    private static String style(Input in, List<Integer> active, boolean label, boolean interviewer, boolean mark,
            Map<String, String> cache) {
        StringBuilder sb = new StringBuilder(96);
        sb.append(interviewer && !label ? MUTED : BASE);
        if (label) {
            sb.append(BOLD);
        }
        if (!active.isEmpty()) {
            unitStyle(in, active, sb);
        }
        if (mark) {
            sb.append("-rtfx-border-stroke-color: -color-accent-emphasis; -rtfx-border-stroke-width: 1;");
        }
        String s = sb.toString();
        return cache.computeIfAbsent(s, k -> k);
    }

    private static void unitStyle(Input in, List<Integer> active, StringBuilder sb) {
        List<CodeGroup> groups = new ArrayList<>(3);
        boolean unsorted = false;
        for (int idx : active) {
            MeaningUnit u = in.units().get(idx);
            if (u.memberships().isEmpty()) {
                unsorted = true;
            }
            for (Membership m : u.memberships()) {
                CodeGroup g = in.groups().get(m.codeGroupId());
                if (g != null && !groups.contains(g)) {
                    groups.add(g);
                }
            }
        }
        UUID emphasis = in.emphasis();
        groups.sort(Comparator.comparing((CodeGroup g) -> !g.id().equals(emphasis)).thenComparingInt(CodeGroup::order));
        boolean emphasised = emphasis != null && !groups.isEmpty() && groups.get(0).id().equals(emphasis);
        double alpha = (emphasis == null ? 0.30 : emphasised ? 0.42 : 0.16) * (darkTheme() ? 1.8 : 1);
        if (active.size() > 1) {
            alpha += 0.14; // overlapping units: a darker shade shows where they meet
        }
        if (groups.isEmpty()) {
            sb.append("-rtfx-background-color: ").append(rgba(GREY, unsorted ? 0.28 : alpha)).append(';');
            sb.append("-rtfx-underline-color: ").append(GREY).append("; -rtfx-underline-width: 1.5; -rtfx-underline-dash-array: 4 3;");
            return;
        }
        sb.append("-rtfx-background-color: ").append(rgba(groups.get(0).color(), alpha)).append(';');
        String second = groups.size() > 1 ? groups.get(1).color() : unsorted ? GREY : null;
        if (second != null) {
            sb.append("-rtfx-underline-color: ").append(rgba(second, 0.95)).append("; -rtfx-underline-width: 3;");
            if (groups.size() > 2) {
                sb.append("-rtfx-underline-dash-array: 6 3;");
            }
        }
    }

    /** On a dark background a see-through colour needs more body to be seen. */
    private static boolean darkTheme() {
        String sheet = javafx.application.Application.getUserAgentStylesheet();
        return sheet != null && sheet.toLowerCase(java.util.Locale.ROOT).contains("dark");
    }

    /** "#RRGGBB" with an alpha, as CSS; a malformed colour falls back to grey. */
    static String rgba(String hex, double alpha) {
        int rgb;
        try {
            rgb = Integer.parseInt(hex.substring(1, 7), 16);
        } catch (RuntimeException e) {
            rgb = 0x8C8C8C;
        }
        return "rgba(" + ((rgb >> 16) & 0xFF) + "," + ((rgb >> 8) & 0xFF) + "," + (rgb & 0xFF) + ","
                + String.format(java.util.Locale.ROOT, "%.2f", Math.min(1, alpha)) + ")";
    }

    private static int clamp(int x, int length) {
        return Math.max(0, Math.min(x, length));
    }

}
