package org.kondens.core.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Transcript;
import org.kondens.core.sample.CorpusGenerator;

/**
 * Times search as the app runs it: {@link IndexKeeper#search} on a published snapshot (what
 * {@code Workbench.search} does on the index thread, no database read) for the first page of
 * {@link #PAGE} passages and the exact counts. The JIT is warmed up first (a fresh JVM is about
 * four times slower for its first hundred searches), then several passes over the query mix are
 * timed, so figures compare between runs.
 */
public final class SearchBench {

    /** Passages on the first page, as the bench has always asked for. */
    public static final int PAGE = 50;
    /** Searches run before timing: past the JIT's warm-up. */
    static final int WARM_UP = 300;
    /** Timed passes over the mix. */
    static final int PASSES = 3;
    /** Queries the regex scan is timed on (it is slow: a whole pass over every text per query). */
    static final int SCAN_QUERIES = 20;

    /**
     * The commonest words of the generated corpus (fillers that are also vocabulary words, and
     * words whose inflections share a stem): the worst case, every third passage or more.
     */
    public static final List<String> COMMON_WORDS = List.of("altså", "liksom", "ja", "eh", "hjelp", "venn", "og", "jeg");

    /** 200 queries, the same every run (inflected words, phrases, proximity, prefixes, Boolean pairs), then {@link #COMMON_WORDS}. */
    public static final List<String> QUERY_MIX = queryMix();

    /** One slow query: its p50 over the timed passes, and how many passages it matched. */
    public record Slow(String query, double p50Ms, int passages) {
    }

    /**
     * What the bench found: percentiles over every timed search; the slowest queries; the exact
     * passage count of each common word; and, when asked, the regex scan's time against the
     * index's on {@code scanQueries} of the mix ({@code speedupVsScan} = scan / index, means).
     * {@code firstSearchMs} is the very first search, cold: segment tables read, JIT not warm.
     */
    public record Result(double firstSearchMs, int queries, int timedSearches, double p50Ms, double p95Ms, double p99Ms, double commonP50Ms,
            double commonP99Ms, List<Slow> slowest, Map<String, Integer> commonWordPassages, int scanQueries,
            double scanMeanMs, double indexMeanMs, double speedupVsScan) {

        /** The figures as a plain map, for JSON. */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("firstSearchMs", round(firstSearchMs));
            m.put("queries", queries);
            m.put("timedSearches", timedSearches);
            m.put("p50Ms", round(p50Ms));
            m.put("p95Ms", round(p95Ms));
            m.put("p99Ms", round(p99Ms));
            m.put("commonWordsP50Ms", round(commonP50Ms));
            m.put("commonWordsP99Ms", round(commonP99Ms));
            List<Map<String, Object>> slow = new ArrayList<>();
            slowest.forEach(s -> slow.add(new LinkedHashMap<>(Map.of("query", s.query(), "p50Ms", round(s.p50Ms()), "passages", s.passages()))));
            m.put("slowest", slow);
            m.put("commonWordPassages", commonWordPassages);
            if (scanQueries > 0) {
                m.put("scanQueries", scanQueries);
                m.put("scanMeanMs", round(scanMeanMs));
                m.put("indexMeanMs", round(indexMeanMs));
                m.put("speedupVsScan", round(speedupVsScan));
            }
            return m;
        }
    }

    private SearchBench() {
    }

    /**
     * Brings the index of {@code snapshot} under {@code cacheRoot} up to date (building it if
     * need be), then times the mix; see {@link #run(IndexKeeper, ProjectSnapshot, boolean)}.
     */
    public static Result run(Path cacheRoot, ProjectSnapshot snapshot, boolean compareScan) {
        try (IndexKeeper keeper = new IndexKeeper(cacheRoot, s -> { })) {
            keeper.keepUp(snapshot);
            return run(keeper, snapshot, compareScan);
        }
    }

    /** Times {@link #QUERY_MIX} on {@code keeper} as the app runs it; {@code compareScan} also times the plain regex scan. */
    public static Result run(IndexKeeper keeper, ProjectSnapshot snapshot, boolean compareScan) {
        List<String> mix = QUERY_MIX;
        long cold = System.nanoTime();
        keeper.search(snapshot, COMMON_WORDS.get(0), SearchFilter.NONE, PAGE);
        double first = (System.nanoTime() - cold) / 1e6;
        for (int done = 0; done < WARM_UP; ) {
            for (String q : mix) {
                keeper.search(snapshot, q, SearchFilter.NONE, PAGE);
                done++;
            }
        }
        double[][] times = new double[mix.size()][PASSES];
        int[] passages = new int[mix.size()];
        for (int pass = 0; pass < PASSES; pass++) {
            for (int i = 0; i < mix.size(); i++) {
                long t0 = System.nanoTime();
                SearchResult r = keeper.search(snapshot, mix.get(i), SearchFilter.NONE, PAGE);
                times[i][pass] = (System.nanoTime() - t0) / 1e6;
                passages[i] = r.passages();
            }
        }
        double[] all = Arrays.stream(times).flatMapToDouble(Arrays::stream).sorted().toArray();
        double[] common = new double[COMMON_WORDS.size() * PASSES];
        Map<String, Integer> commonPassages = new LinkedHashMap<>();
        List<Slow> perQuery = new ArrayList<>();
        int c = 0;
        for (int i = 0; i < mix.size(); i++) {
            double[] t = times[i].clone();
            Arrays.sort(t);
            perQuery.add(new Slow(mix.get(i), pct(t, 50), passages[i]));
            if (i >= mix.size() - COMMON_WORDS.size()) {
                commonPassages.put(mix.get(i), passages[i]);
                for (double v : times[i]) {
                    common[c++] = v;
                }
            }
        }
        Arrays.sort(common);
        List<Slow> slowest = perQuery.stream().sorted(Comparator.comparingDouble(Slow::p50Ms).reversed()).limit(10).toList();
        if (!compareScan) {
            return new Result(first, mix.size(), all.length, pct(all, 50), pct(all, 95), pct(all, 99), pct(common, 50), pct(common, 99),
                    slowest, commonPassages, 0, 0, 0, 0);
        }
        double index = 0;
        double scan = 0;
        List<String> texts = snapshot.transcripts().stream().map(Transcript::text).toList();
        int step = Math.max(1, mix.size() / SCAN_QUERIES);
        int scanned = 0;
        for (int i = 0; i < mix.size() && scanned < SCAN_QUERIES; i += step, scanned++) {
            index += perQuery.get(i).p50Ms();
            scan += scanMillis(scanPattern(mix.get(i)), texts);
        }
        return new Result(first, mix.size(), all.length, pct(all, 50), pct(all, 95), pct(all, 99), pct(common, 50), pct(common, 99),
                slowest, commonPassages, scanned, scan / scanned, index / scanned, scan / index);
    }

    /** One pass of {@code p} over every text, as a simple tool searches: every match found. */
    private static double scanMillis(Pattern p, List<String> texts) {
        long t0 = System.nanoTime();
        long found = 0;
        for (String text : texts) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found++;
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        return found < 0 ? -1 : ms; // found is used, so the loop is not optimised away
    }

    /** What a simple tool does with the query: a case-insensitive scan for its words as prefixes. */
    public static Pattern scanPattern(String query) {
        List<String> alternatives = new ArrayList<>();
        String[] parts = query.replace("\"", " ").replaceAll("~\\d+", " ").replace("*", " ").split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            String w = parts[i];
            if (w.isBlank() || (parts.length > 1 && (w.equals("og") || w.equals("eller")))) {
                continue;
            }
            if (w.equals("ikke") && parts.length > 1) {
                i++;
                continue;
            }
            alternatives.add(Pattern.quote(w));
        }
        return Pattern.compile("(?iu)\\b(?:" + String.join("|", alternatives) + ")\\w*");
    }

    private static List<String> queryMix() {
        List<String> words = CorpusGenerator.vocabulary().stream().filter(w -> w.length() >= 4 && !List.of("ikke", "eller").contains(w)).toList();
        String[] endings = {"", "", "en", "ene", "er", "et", "a"};
        Random r = new Random(CorpusGenerator.SEED);
        List<String> q = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            q.add(pick(words, r) + endings[r.nextInt(endings.length)]);
        }
        for (int i = 0; i < 15; i++) {
            q.add("\"" + pick(words, r) + " " + pick(words, r) + "\"");
        }
        for (int i = 0; i < 15; i++) {
            q.add("\"" + pick(words, r) + " " + pick(words, r) + "\"~5");
        }
        for (int i = 0; i < 30; i++) {
            q.add(pick(words, r).substring(0, 4) + "*");
        }
        for (int i = 0; i < 30; i++) {
            q.add(pick(words, r) + " og " + pick(words, r));
        }
        for (int i = 0; i < 20; i++) {
            q.add(pick(words, r) + " eller " + pick(words, r));
        }
        for (int i = 0; i < 10; i++) {
            q.add(pick(words, r) + " ikke " + pick(words, r));
        }
        q.addAll(COMMON_WORDS);
        return List.copyOf(q);
    }

    private static String pick(List<String> words, Random r) {
        return words.get(r.nextInt(words.size()));
    }

    private static double pct(double[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
