package org.kondens.core.search;

import static org.kondens.core.search.PassageFields.END;
import static org.kondens.core.search.PassageFields.ROLE;
import static org.kondens.core.search.PassageFields.START;
import static org.kondens.core.search.PassageFields.TID;
import static org.kondens.core.search.PassageFields.WHO;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Transcript;

/**
 * One search run over an open reader of the index: the parsed query narrowed by the filter,
 * every matching passage counted per transcript and speaker, and the KWIC lines of one page of
 * passages in transcript order ({@code limit} passages from the {@code offset}-th). Opening,
 * syncing and releasing readers is {@link SearchIndex}'s job.
 *
 * <p>Without a meaning-unit filter, the cost of a common word is one pass over its matching
 * documents that adds to two counters each ({@link PassageTable}); the page is then found from
 * the counts per transcript, and only its passages are visited again for their matches and
 * KWIC. A meaning-unit filter must look at the matches of every passage, so it still does.
 */
final class PassageSearch {

    /** A passage of the page: where its document is, and its place in the project (transcript, then start). */
    private record Candidate(long key, int leaf, int doc) {
    }

    private PassageSearch() {
    }

    /** The parsed query {@code q} narrowed to what {@code filter} lets through. */
    static Query filtered(Query q, SearchFilter filter) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, Occur.MUST);
        if (!filter.transcriptIds().isEmpty()) {
            b.add(new TermInSetQuery(TID, filter.transcriptIds().stream().map(id -> new BytesRef(id.toString())).toList()), Occur.FILTER);
        }
        if (!filter.informantIds().isEmpty()) {
            b.add(new TermInSetQuery(WHO, filter.informantIds().stream().map(id -> new BytesRef(id.toString())).toList()), Occur.FILTER);
        }
        if (filter.role() != null) {
            b.add(new TermQuery(new Term(ROLE, filter.role().name())), Occur.FILTER);
        }
        return b.build();
    }

    /**
     * Runs {@code query} (its text {@code query}, as the user typed it) against {@code searcher},
     * whose segments' tables are {@code tables}; {@code keys} are {@code snapshot}'s.
     */
    static SearchResult run(IndexSearcher searcher, PassageTable[] tables, Query filtered, String query, ProjectSnapshot snapshot,
            SearchFilter filter, int offset, int limit, SnapshotKeys keys) throws IOException {
        List<Transcript> transcripts = keys.transcripts();
        Map<String, Integer> rankOf = keys.rankOf();
        Weight weight = searcher.createWeight(searcher.rewrite(filtered), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int[][] ranks = new int[leaves.size()][];
        for (int li = 0; li < leaves.size(); li++) {
            ranks[li] = ranks(tables[li], rankOf);
        }
        Counts counts = new Counts(transcripts.size());
        Hits.UnitSpans units = filter.needsMeaningUnits() ? new Hits.UnitSpans(snapshot, filter) : null;
        List<Candidate> page = units == null ? countThenPage(weight, leaves, tables, ranks, counts, offset, limit)
                : visitEvery(weight, leaves, tables, ranks, units, counts, offset, limit);
        List<SearchHit> hits = new ArrayList<>();
        for (Candidate c : page) {
            LeafReaderContext leaf = leaves.get(c.leaf);
            PassageTable table = tables[c.leaf];
            Transcript t = transcripts.get(ranks[c.leaf][table.tidOrd()[c.doc]]);
            int[] span = passage(leaf, c.doc);
            List<int[]> spans = occurrences(weight, leaf, c.doc, span[0]);
            if (units != null) {
                spans = units.keep(t.id().toString(), span[0], spans);
            }
            for (int[] s : spans) {
                hits.add(Hits.hit(snapshot, t, table.whos()[table.whoOrd()[c.doc]], span[0], span[1], s[0], s[1]));
            }
        }
        int passages = counts.total();
        return new SearchResult(query, passages, Hits.labelled(counts.perWho, keys), Hits.titled(counts.perRank, transcripts), hits,
                passages > offset + page.size(), offset, page.size());
    }

    /** Matching passages counted per transcript (by its place in the snapshot) and per speaker. */
    private static final class Counts {
        final int[] perRank;
        final Map<String, Integer> perWho = new HashMap<>();

        Counts(int transcripts) {
            perRank = new int[transcripts];
        }

        int total() {
            int n = 0;
            for (int c : perRank) {
                n += c;
            }
            return n;
        }
    }

    /** Each transcript ordinal of {@code table}'s segment mapped to the transcript's place in the snapshot, -1 if it is gone. */
    private static int[] ranks(PassageTable table, Map<String, Integer> rankOf) {
        int[] ranks = new int[table.tids().length];
        for (int o = 0; o < ranks.length; o++) {
            Integer r = table.tids()[o] == null ? null : rankOf.get(table.tids()[o]);
            ranks[o] = r == null ? -1 : r;
        }
        return ranks;
    }

    /**
     * Counts every match (two array increments each), then visits only the transcripts the page
     * [offset, offset + limit) falls in: their passages are contiguous documents.
     */
    private static List<Candidate> countThenPage(Weight weight, List<LeafReaderContext> leaves, PassageTable[] tables, int[][] ranks,
            Counts counts, int offset, int limit) throws IOException {
        for (int li = 0; li < leaves.size(); li++) {
            LeafReaderContext leaf = leaves.get(li);
            BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer == null) {
                continue;
            }
            PassageTable table = tables[li];
            int[] tidOrd = table.tidOrd();
            int[] whoOrd = table.whoOrd();
            int[] rank = ranks[li];
            int[] perOrd = new int[rank.length];
            int[] perWho = new int[table.whos().length];
            scorer.score(new LeafCollector() {
                @Override
                public void setScorer(Scorable s) {
                }

                @Override
                public void collect(int doc) {
                    int o = tidOrd[doc];
                    if (rank[o] >= 0) { // else removed since the last sync
                        perOrd[o]++;
                        perWho[whoOrd[doc]]++;
                    }
                }
            }, leaf.reader().getLiveDocs(), 0, DocIdSetIterator.NO_MORE_DOCS);
            for (int o = 0; o < perOrd.length; o++) {
                if (perOrd[o] > 0) {
                    counts.perRank[rank[o]] += perOrd[o];
                }
            }
            for (int w = 0; w < perWho.length; w++) {
                if (perWho[w] > 0) {
                    counts.perWho.merge(table.whos()[w], perWho[w], Integer::sum);
                }
            }
        }
        List<Candidate> page = new ArrayList<>();
        int before = 0;
        for (int r = 0; r < counts.perRank.length && page.size() < limit; r++) {
            int n = counts.perRank[r];
            if (n > 0 && before + n > offset) {
                List<Candidate> all = passagesOf(weight, leaves, tables, ranks, r);
                int from = Math.max(0, offset - before);
                page.addAll(all.subList(from, Math.min(all.size(), from + limit - page.size())));
            }
            before += n;
        }
        return page;
    }

    /** The matching passages of the transcript in place {@code rank}, in order. */
    private static List<Candidate> passagesOf(Weight weight, List<LeafReaderContext> leaves, PassageTable[] tables, int[][] ranks,
            int rank) throws IOException {
        List<Candidate> found = new ArrayList<>();
        for (int li = 0; li < leaves.size(); li++) {
            PassageTable table = tables[li];
            for (int o = 0; o < ranks[li].length; o++) {
                if (ranks[li][o] != rank || table.firstDoc()[o] >= table.endDoc()[o]) {
                    continue;
                }
                LeafReaderContext leaf = leaves.get(li);
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                NumericDocValues starts = DocValues.getNumeric(leaf.reader(), START);
                DocIdSetIterator it = scorer.iterator();
                int end = table.endDoc()[o];
                for (int doc = it.advance(table.firstDoc()[o]); doc < end; doc = it.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        long start = starts.advanceExact(doc) ? starts.longValue() : 0;
                        found.add(new Candidate(((long) rank << 32) | start, li, doc));
                    }
                }
            }
        }
        found.sort(Comparator.comparingLong(Candidate::key));
        return found;
    }

    /**
     * For a meaning-unit filter: every matching passage's matches are checked against the units;
     * the passages with a match kept count, and the first {@code offset + limit} in order are kept.
     */
    private static List<Candidate> visitEvery(Weight weight, List<LeafReaderContext> leaves, PassageTable[] tables, int[][] ranks,
            Hits.UnitSpans units, Counts counts, int offset, int limit) throws IOException {
        int keep = (int) Math.min(Integer.MAX_VALUE, (long) offset + limit);
        PriorityQueue<Candidate> first = new PriorityQueue<>(Comparator.comparingLong(Candidate::key).reversed());
        for (int li = 0; li < leaves.size(); li++) {
            LeafReaderContext leaf = leaves.get(li);
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            PassageTable table = tables[li];
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues starts = DocValues.getNumeric(leaf.reader(), START);
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                int o = table.tidOrd()[doc];
                int rank = ranks[li][o];
                if (rank < 0 || live != null && !live.get(doc)) {
                    continue;
                }
                int start = starts.advanceExact(doc) ? (int) starts.longValue() : 0;
                if (units.keep(table.tids()[o], start, occurrences(weight, leaf, doc, start)).isEmpty()) {
                    continue;
                }
                counts.perRank[rank]++;
                counts.perWho.merge(table.whos()[table.whoOrd()[doc]], 1, Integer::sum);
                Candidate c = new Candidate(((long) rank << 32) | start, li, doc);
                if (keep > 0 && (first.size() < keep || c.key < first.peek().key)) {
                    first.add(c);
                    if (first.size() > keep) {
                        first.poll();
                    }
                }
            }
        }
        List<Candidate> sorted = new ArrayList<>(first);
        sorted.sort(Comparator.comparingLong(Candidate::key));
        return sorted.subList(Math.min(offset, sorted.size()), sorted.size());
    }

    /** The passage {@code [start, end)} of document {@code doc}, in transcript offsets. */
    private static int[] passage(LeafReaderContext leaf, int doc) throws IOException {
        NumericDocValues starts = DocValues.getNumeric(leaf.reader(), START);
        NumericDocValues ends = DocValues.getNumeric(leaf.reader(), END);
        return new int[] {starts.advanceExact(doc) ? (int) starts.longValue() : 0, ends.advanceExact(doc) ? (int) ends.longValue() : 0};
    }

    /** The matched spans of one passage, in transcript offsets, in order, without repeats. */
    private static List<int[]> occurrences(Weight weight, LeafReaderContext leaf, int doc, int passageStart) throws IOException {
        Matches matches = weight.matches(leaf, doc);
        List<int[]> spans = new ArrayList<>();
        if (matches == null) {
            return spans;
        }
        Set<Long> seen = new HashSet<>();
        for (String field : List.of(TextAnalysis.STEMMED, TextAnalysis.EXACT)) {
            MatchesIterator mi = matches.getMatches(field);
            while (mi != null && mi.next()) {
                int s = mi.startOffset();
                int e = mi.endOffset();
                if (s >= 0 && e > s && seen.add(((long) s << 32) | e)) {
                    spans.add(new int[] {passageStart + s, passageStart + e});
                }
            }
        }
        spans.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
        return spans;
    }
}
