package org.kondens.core.stc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Language;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.kondens.core.sample.CorpusGenerator;
import org.kondens.core.search.IndexKeeper;
import org.kondens.core.search.SearchFilter;

/**
 * Times what one click costs the GUI, as its workbench does it on the project thread: the edit,
 * then the snapshot the screens show brought up to date; and a search on the index thread. Each
 * is timed two ways: {@code full}, reading the whole project after every edit and before every
 * search (how the GUI worked before changes were reported), and {@code refresh}, re-reading only
 * what the edit changed and searching the snapshot already shown. The "…Read" figures are the
 * reading alone, without the edit's own commit (whose fsync varies with the disk). Used by
 * {@code kondens bench}; numbers, not a pass/fail test.
 */
public final class ScreenPathBench {

    private static final int SAMPLES = 20;
    private static final List<String> EDITS = List.of("addMeaningUnit", "moveMeaningUnit", "renameCodeGroup", "writeCondensate");

    private ScreenPathBench() {
    }

    /** A new project {@code work/name.kondens} of generated transcripts, imported without undo history. */
    public static Path corpus(Path work, String name, int transcripts, int words) {
        Path file = work.resolve(name + ".kondens");
        List<Path> files = CorpusGenerator.write(work.resolve(name), transcripts, words);
        try (StcProject p = StcProject.create(file, "Benchmark " + name, Language.NB)) {
            TranscriptImport.importAll(p, files, List.of(), (d, t, f) -> { }, () -> false);
            p.database().forgetUndoHistory();
        }
        return file;
    }

    /**
     * Adds {@code units} meaning units in six new code groups (four subgroups each) to the closed
     * project {@code file}, spread over its transcripts: the analysis the edits then work on.
     */
    public static void analyse(Path file, int units) {
        try (StcProject p = StcProject.open(file)) {
            Setup.of(p, units);
            p.database().forgetUndoHistory();
        }
    }

    /**
     * p50 and p95 in milliseconds of each edit and of search, both ways ("full" and "refresh"),
     * on the closed project {@code file}, which must hold code groups with subgroups and units.
     */
    public static Map<String, Map<String, Double>> run(Path file, Path cache, List<String> queries) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        try (StcProject p = StcProject.open(file); IndexKeeper keeper = new IndexKeeper(cache, s -> { })) {
            Setup s = Setup.found(p);
            for (boolean full : new boolean[] {true, false}) {
                String way = full ? "full" : "refresh";
                ProjectSnapshot[] shown = {p.refreshed(null, p.takeChange())};
                double[] read = new double[SAMPLES];
                int[] at = {0};
                Consumer<Runnable> click = edit -> {
                    edit.run();
                    // What the workbench does after every edit, with the Edit menu's names.
                    long r0 = System.nanoTime();
                    shown[0] = full ? p.snapshot() : p.refreshed(shown[0], p.takeChange());
                    p.undoName();
                    p.redoName();
                    read[at[0]++ % SAMPLES] = (System.nanoTime() - r0) / 1e6;
                };
                List<MeaningUnit> added = new ArrayList<>();
                out.put("addMeaningUnit." + way, time(i -> click.accept(() -> added.add(
                        p.addMeaningUnit(s.spans.next(), List.of(new Membership(s.group(i).id(), s.sub(i, 0).id())))))));
                out.put("addMeaningUnit." + way + "Read", stats(read));
                out.put("moveMeaningUnit." + way, time(i -> click.accept(() ->
                        p.moveMeaningUnit(added.get(i).id(), s.group(i).id(), s.group(i + 1).id(), s.sub(i + 1, 1).id()))));
                out.put("moveMeaningUnit." + way + "Read", stats(read));
                out.put("renameCodeGroup." + way, time(i -> click.accept(() ->
                        p.renameCodeGroup(s.group(i).id(), s.group(i).workingName() + " " + way + " v" + i))));
                out.put("renameCodeGroup." + way + "Read", stats(read));
                out.put("writeCondensate." + way, time(i -> click.accept(() ->
                        p.setCondensate(s.sub(i, i).id(), "Jeg-form, " + way + " " + i + ": det vi fant.", null))));
                out.put("writeCondensate." + way + "Read", stats(read));
                keeper.keepUp(shown[0]);
                keeper.search(shown[0], queries.get(0), SearchFilter.NONE, 50); // warm-up
                out.put("search." + way, time(i -> {
                    ProjectSnapshot given = full ? p.snapshot() : shown[0];
                    keeper.search(given, queries.get(i % queries.size()), SearchFilter.NONE, 50);
                }));
                p.database().forgetUndoHistory();
            }
        }
        return out;
    }

    /** The edits and search by name, in the order printed. */
    public static List<String> measures() {
        List<String> m = new ArrayList<>(EDITS);
        m.add("search");
        return m;
    }

    @FunctionalInterface
    private interface Sample {
        void run(int i);
    }

    private static Map<String, Double> time(Sample sample) {
        double[] ms = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long t0 = System.nanoTime();
            sample.run(i);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return stats(ms);
    }

    private static Map<String, Double> stats(double[] times) {
        double[] ms = times.clone();
        Arrays.sort(ms);
        Map<String, Double> s = new LinkedHashMap<>();
        s.put("p50Ms", round(ms[SAMPLES / 2 - 1]));
        s.put("p95Ms", round(ms[(int) Math.ceil(0.95 * SAMPLES) - 1]));
        return s;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** The code groups and subgroups the edits work on, and free passages for new units. */
    private record Setup(List<CodeGroup> groups, List<List<Subgroup>> subs, Spans spans) {

        private static final int GROUPS = 6;
        private static final int SUBGROUPS = 4;

        CodeGroup group(int i) {
            return groups.get(i % groups.size());
        }

        Subgroup sub(int group, int i) {
            List<Subgroup> s = subs.get(group % groups.size());
            return s.get(i % s.size());
        }

        static Setup of(StcProject p, int units) {
            List<CodeGroup> groups = new ArrayList<>();
            List<List<Subgroup>> subs = new ArrayList<>();
            for (int g = 0; g < GROUPS; g++) {
                CodeGroup group = p.addCodeGroup("Benk " + g, null, List.of());
                groups.add(group);
                List<Subgroup> s = new ArrayList<>();
                for (int k = 0; k < SUBGROUPS; k++) {
                    s.add(p.addSubgroup(group.id(), "Benk " + g + "." + k));
                }
                subs.add(s);
            }
            Setup setup = new Setup(groups, subs, new Spans(p.snapshot(), units + 4 * SAMPLES));
            for (int i = 0; i < units; i++) {
                p.addMeaningUnit(setup.spans.next(), List.of(new Membership(setup.group(i).id(), setup.sub(i, i / GROUPS).id())));
            }
            return setup;
        }

        /** The project's code groups that have subgroups (the sample's own, or those {@link #analyse} made). */
        static Setup found(StcProject p) {
            ProjectSnapshot s = p.snapshot();
            List<CodeGroup> groups = s.codeGroups().stream().filter(g -> !s.subgroupsOf(g.id()).isEmpty()).toList();
            if (groups.size() < 2) {
                throw new IllegalStateException("the bench project needs two code groups with subgroups");
            }
            return new Setup(groups, groups.stream().map(g -> s.subgroupsOf(g.id())).toList(), new Spans(s, 4 * SAMPLES));
        }
    }

    /** Passages of 20 characters no unit covers yet, taken in turn from each transcript's free stretches. */
    private static final class Spans {
        private final List<Span> free = new ArrayList<>();
        private int next;

        Spans(ProjectSnapshot s, int count) {
            int length = 20;
            List<List<Span>> perTranscript = new ArrayList<>();
            for (Transcript t : s.transcripts()) {
                boolean[] taken = new boolean[t.text().length()];
                s.meaningUnits().stream().filter(u -> u.transcriptId().equals(t.id()))
                        .forEach(u -> Arrays.fill(taken, u.start(), Math.min(u.end(), taken.length), true));
                List<Span> spans = new ArrayList<>();
                for (int at = 0; at + length < taken.length; at += 2 * length) {
                    // Letters at both ends: a passage never cuts an emoji (a surrogate pair) in half.
                    if (!taken[at] && !taken[at + length - 1] && Character.isLetter(t.text().charAt(at))
                            && Character.isLetter(t.text().charAt(at + length - 1))) {
                        spans.add(new Span(t.id(), at, at + length));
                    }
                }
                perTranscript.add(spans);
            }
            for (int i = 0; free.size() < count; i++) {
                boolean any = false;
                for (List<Span> spans : perTranscript) {
                    if (i < spans.size()) {
                        free.add(spans.get(i));
                        any = true;
                    }
                }
                if (!any) {
                    throw new IllegalStateException("the corpus is too small for " + count + " meaning units");
                }
            }
        }

        Span next() {
            return free.get(next++);
        }
    }
}
