package org.kondens.core.search;

import static org.kondens.core.search.PassageFields.END;
import static org.kondens.core.search.PassageFields.ORDER;
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
import java.util.function.Supplier;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Transcript;

/**
 * One search run over an open reader of the index: the parsed query narrowed by the filter,
 * every matching passage counted per transcript and speaker, and the KWIC lines of the first
 * {@code limit} passages in transcript order. Opening, syncing and releasing readers is
 * {@link SearchIndex}'s job.
 */
final class PassageSearch {

    private record Candidate(long order, int leaf, int doc, String tid, String who, int start, int end) {
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
     * Runs {@code query} (its text {@code query}, as the user typed it) against {@code searcher}.
     * {@code interviewers} is asked once, at the end, for the speakers to label as interviewers.
     */
    static SearchResult run(IndexSearcher searcher, Query filtered, String query, ProjectSnapshot snapshot, SearchFilter filter,
            int limit, Supplier<Set<String>> interviewers) throws IOException {
        Map<String, Transcript> transcripts = new HashMap<>();
        snapshot.transcripts().forEach(t -> transcripts.put(t.id().toString(), t));
        Hits.UnitSpans units = filter.needsMeaningUnits() ? new Hits.UnitSpans(snapshot, filter) : null;
        Weight weight = searcher.createWeight(searcher.rewrite(filtered), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<String, Integer> whoCounts = new HashMap<>();
        Map<String, Integer> transcriptCounts = new HashMap<>();
        PriorityQueue<Candidate> first = new PriorityQueue<>(Comparator.comparingLong(Candidate::order).reversed());
        List<Candidate> kept = new ArrayList<>();
        int passages = 0;
        for (int li = 0; li < leaves.size(); li++) {
            LeafReaderContext leaf = leaves.get(li);
            ScorerSupplier supplier = weight.scorerSupplier(leaf);
            if (supplier == null) {
                continue;
            }
            Scorer scorer = supplier.get(Long.MAX_VALUE);
            DocIdSetIterator it = scorer.iterator();
            Bits live = leaf.reader().getLiveDocs();
            SortedDocValues tids = DocValues.getSorted(leaf.reader(), TID);
            SortedDocValues whos = DocValues.getSorted(leaf.reader(), WHO);
            NumericDocValues starts = DocValues.getNumeric(leaf.reader(), START);
            NumericDocValues ends = DocValues.getNumeric(leaf.reader(), END);
            NumericDocValues orders = DocValues.getNumeric(leaf.reader(), ORDER);
            // Counted by ordinal, and a transcript's or speaker's id made a string once per
            // segment, not once per match: a common word matches most passages of a corpus.
            String[] tidOf = new String[(int) tids.getValueCount()];
            String[] whoOf = new String[(int) whos.getValueCount()];
            int[] perTid = new int[tidOf.length];
            int[] perWho = new int[whoOf.length];
            int noSpeaker = 0;
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                int tidOrd = tids.advanceExact(doc) ? tids.ordValue() : -1;
                String tid = tidOrd < 0 ? "" : name(tids, tidOrd, tidOf);
                if (!transcripts.containsKey(tid)) {
                    continue; // removed since the last sync
                }
                int whoOrd = whos.advanceExact(doc) ? whos.ordValue() : -1;
                if (units != null || limit > 0) {
                    long order = orders.advanceExact(doc) ? orders.longValue() : 0;
                    if (units == null && first.size() >= limit && order >= first.peek().order()) {
                        order = -1; // later than every passage kept: no line for it
                    }
                    if (order >= 0) {
                        Candidate c = new Candidate(order, li, doc, tid, whoOrd < 0 ? "" : name(whos, whoOrd, whoOf),
                                starts.advanceExact(doc) ? (int) starts.longValue() : 0, ends.advanceExact(doc) ? (int) ends.longValue() : 0);
                        if (units != null) {
                            List<int[]> spans = units.keep(tid, c.start, occurrences(weight, leaf, doc, c.start));
                            if (spans.isEmpty()) {
                                continue;
                            }
                            kept.add(c);
                        } else {
                            first.add(c);
                            if (first.size() > limit) {
                                first.poll();
                            }
                        }
                    }
                }
                passages++;
                perTid[tidOrd]++;
                if (whoOrd < 0) {
                    noSpeaker++;
                } else {
                    perWho[whoOrd]++;
                }
            }
            for (int o = 0; o < perTid.length; o++) {
                if (perTid[o] > 0) {
                    transcriptCounts.merge(name(tids, o, tidOf), perTid[o], Integer::sum);
                }
            }
            for (int o = 0; o < perWho.length; o++) {
                if (perWho[o] > 0) {
                    whoCounts.merge(name(whos, o, whoOf), perWho[o], Integer::sum);
                }
            }
            if (noSpeaker > 0) {
                whoCounts.merge("", noSpeaker, Integer::sum);
            }
        }
        List<Candidate> shown = new ArrayList<>(units != null ? kept : first);
        Map<String, Integer> orderOf = new HashMap<>();
        for (int i = 0; i < snapshot.transcripts().size(); i++) {
            orderOf.put(snapshot.transcripts().get(i).id().toString(), i);
        }
        shown.sort(Comparator.<Candidate>comparingInt(c -> orderOf.get(c.tid)).thenComparingInt(Candidate::start));
        List<SearchHit> hits = new ArrayList<>();
        int passagesShown = 0;
        for (Candidate c : shown) {
            if (passagesShown++ >= limit) {
                break;
            }
            LeafReaderContext leaf = leaves.get(c.leaf);
            List<int[]> spans = occurrences(weight, leaf, c.doc, c.start);
            if (units != null) {
                spans = units.keep(c.tid, c.start, spans);
            }
            for (int[] span : spans) {
                hits.add(Hits.hit(snapshot, transcripts.get(c.tid), c.who, c.start, c.end, span[0], span[1]));
            }
        }
        return new SearchResult(query, passages, Hits.labelled(whoCounts, snapshot, interviewers.get()), Hits.titled(transcriptCounts, snapshot), hits,
                passages > passagesShown);
    }

    /** The string of ordinal {@code ord}, looked up once per segment. */
    private static String name(SortedDocValues values, int ord, String[] names) throws IOException {
        String n = names[ord];
        if (n == null) {
            n = values.lookupOrd(ord).utf8ToString();
            names[ord] = n;
        }
        return n;
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
