package org.kondens.core.stc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;

/**
 * Times the edits a user makes all day on the benchmark project, after an analysis has been
 * set up (code groups with subgroups and some hundred meaning units): what one click costs
 * as the corpus grows. Used by {@code kondens bench}; numbers, not a pass/fail test.
 */
public final class EditBench {

    private static final int GROUPS = 6;
    private static final int SUBGROUPS = 4;
    private static final int SAMPLES = 30;
    private static final int UNIT_CHARS = 200;

    private EditBench() {
    }

    /** p50 and p95 in milliseconds per edit, plus the set-up time; {@code project} must be closed. */
    public static Map<String, Map<String, Double>> run(Path project, int units) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        try (StcProject p = StcProject.open(project)) {
            List<Transcript> transcripts = p.snapshot().transcripts();
            long t0 = System.nanoTime();
            List<CodeGroup> groups = new ArrayList<>();
            List<List<Subgroup>> subs = new ArrayList<>();
            for (int g = 0; g < GROUPS; g++) {
                CodeGroup group = p.addCodeGroup("Gruppe " + g, null, List.of());
                groups.add(group);
                List<Subgroup> s = new ArrayList<>();
                for (int k = 0; k < SUBGROUPS; k++) {
                    s.add(p.addSubgroup(group.id(), "Sub " + g + "." + k));
                }
                subs.add(s);
            }
            Spans spans = new Spans(transcripts, units + SAMPLES);
            for (int i = 0; i < units; i++) {
                p.addMeaningUnit(spans.next(), List.of(new Membership(groups.get(i % GROUPS).id(),
                        subs.get(i % GROUPS).get((i / GROUPS) % SUBGROUPS).id())));
            }
            out.put("setup", Map.of("seconds", Math.round((System.nanoTime() - t0) / 1e7) / 100.0, "units", (double) units));

            double[] add = new double[SAMPLES];
            List<MeaningUnit> added = new ArrayList<>();
            for (int i = 0; i < SAMPLES; i++) {
                Span s = spans.next();
                Membership m = new Membership(groups.get(i % GROUPS).id(), subs.get(i % GROUPS).get(0).id());
                long e0 = System.nanoTime();
                added.add(p.addMeaningUnit(s, List.of(m)));
                add[i] = millis(e0);
            }
            out.put("addMeaningUnit", stats(add));

            double[] move = new double[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                MeaningUnit u = added.get(i);
                UUID from = groups.get(i % GROUPS).id();
                int to = (i + 1) % GROUPS;
                long e0 = System.nanoTime();
                p.moveMeaningUnit(u.id(), from, groups.get(to).id(), subs.get(to).get(1).id());
                move[i] = millis(e0);
            }
            out.put("moveToGroup", stats(move));

            double[] assign = new double[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                int to = (i + 1) % GROUPS;
                long e0 = System.nanoTime();
                p.assignMeaningUnit(added.get(i).id(), groups.get(to).id(), subs.get(to).get(2).id());
                assign[i] = millis(e0);
            }
            out.put("moveToSubgroup", stats(assign));

            double[] rename = new double[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                long e0 = System.nanoTime();
                p.renameCodeGroup(groups.get(i % GROUPS).id(), "Gruppe " + (i % GROUPS) + " v" + i);
                rename[i] = millis(e0);
            }
            out.put("renameCodeGroup", stats(rename));

            double[] condense = new double[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                Subgroup s = subs.get(i % GROUPS).get(i % SUBGROUPS);
                long e0 = System.nanoTime();
                p.setCondensate(s.id(), "Jeg-form, versjon " + i + ": det vi fant.", null);
                condense[i] = millis(e0);
            }
            out.put("writeCondensate", stats(condense));

            double[] undo = new double[SAMPLES * 2];
            for (int i = 0; i < undo.length; i++) {
                long e0 = System.nanoTime();
                p.undo();
                undo[i] = millis(e0);
            }
            out.put("undo", stats(undo));
        }
        return out;
    }

    /**
     * Passages spread evenly over the corpus, one after another, never overlapping: 200 characters
     * each with a gap as long, shorter when a small corpus must hold all {@code count} of them.
     */
    private static final class Spans {
        private final List<Transcript> transcripts;
        private final int[] next;
        private final int length;
        private int turn;

        Spans(List<Transcript> transcripts, int count) {
            this.transcripts = transcripts;
            this.next = new int[transcripts.size()];
            int perTranscript = (count + transcripts.size() - 1) / Math.max(1, transcripts.size());
            int shortest = transcripts.stream().mapToInt(t -> t.text().length()).min().orElse(0);
            this.length = Math.min(UNIT_CHARS, shortest / Math.max(1, 2 * perTranscript));
            if (length < 1) {
                throw new IllegalStateException("the corpus is too small for " + count + " meaning units");
            }
        }

        Span next() {
            int i = turn++ % transcripts.size();
            int start = next[i];
            next[i] = start + 2 * length;
            return new Span(transcripts.get(i).id(), start, start + length);
        }
    }

    private static Map<String, Double> stats(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        Map<String, Double> s = new LinkedHashMap<>();
        s.put("p50Ms", round(sorted[(int) Math.ceil(0.50 * sorted.length) - 1]));
        s.put("p95Ms", round(sorted[(int) Math.ceil(0.95 * sorted.length) - 1]));
        return s;
    }

    private static double millis(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
