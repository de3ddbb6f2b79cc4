package org.kondens.core.search;

import static org.kondens.core.search.PassageFields.TID;
import static org.kondens.core.search.PassageFields.WHO;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * One index segment's passages as plain arrays: each passage's transcript and speaker (as
 * ordinals into {@code tids}/{@code whos}) and each transcript's range of documents. Read once
 * per segment and kept while the segment lives, so counting a common word's matches per
 * transcript and speaker is two array increments per passage, not two doc-value look-ups and
 * two strings.
 *
 * <p>A transcript is indexed in one block ({@code addDocuments}), and merges keep blocks whole,
 * so its passages are the contiguous documents {@code [firstDoc, endDoc)} of one segment.
 */
record PassageTable(int[] tidOrd, int[] whoOrd, String[] tids, String[] whos, int[] firstDoc, int[] endDoc) {

    /** The slot of passages with no speaker: {@code whos[noSpeaker()]} is "". */
    int noSpeaker() {
        return whos.length - 1;
    }

    /** The tables of the segments in use, by segment (a segment's documents never change, only its deletions). */
    static final class Cache {
        private final Map<IndexReader.CacheKey, PassageTable> tables = new ConcurrentHashMap<>();

        /** The table of each of {@code leaves}, read for new segments; tables of segments gone are dropped. */
        PassageTable[] of(List<LeafReaderContext> leaves) throws IOException {
            PassageTable[] out = new PassageTable[leaves.size()];
            Set<IndexReader.CacheKey> current = new java.util.HashSet<>();
            for (int i = 0; i < out.length; i++) {
                LeafReader reader = leaves.get(i).reader();
                IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
                if (helper == null) {
                    out[i] = read(reader);
                    continue;
                }
                current.add(helper.getKey());
                PassageTable t = tables.get(helper.getKey());
                if (t == null) {
                    t = read(reader);
                    tables.put(helper.getKey(), t);
                }
                out[i] = t;
            }
            tables.keySet().retainAll(current);
            return out;
        }
    }

    static PassageTable read(LeafReader reader) throws IOException {
        int max = reader.maxDoc();
        SortedDocValues tidValues = DocValues.getSorted(reader, TID);
        SortedDocValues whoValues = DocValues.getSorted(reader, WHO);
        String[] tids = names(tidValues, 0);
        String[] whos = names(whoValues, 1);
        whos[whos.length - 1] = "";
        int[] tidOrd = new int[max];
        int[] whoOrd = new int[max];
        int missingTid = tids.length;
        Arrays.fill(tidOrd, missingTid);
        Arrays.fill(whoOrd, whos.length - 1);
        for (int doc = tidValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = tidValues.nextDoc()) {
            tidOrd[doc] = tidValues.ordValue();
        }
        for (int doc = whoValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = whoValues.nextDoc()) {
            int ord = whoValues.ordValue();
            // An empty "who" (a header line) is the no-speaker slot too.
            whoOrd[doc] = whos[ord].isEmpty() ? whos.length - 1 : ord;
        }
        int[] first = new int[tids.length + 1];
        int[] end = new int[tids.length + 1];
        Arrays.fill(first, max);
        for (int doc = 0; doc < max; doc++) {
            int o = tidOrd[doc];
            first[o] = Math.min(first[o], doc);
            end[o] = doc + 1;
        }
        return new PassageTable(tidOrd, whoOrd, Arrays.copyOf(tids, tids.length + 1), whos, first, end);
    }

    /** Every ordinal's string, with {@code extra} empty slots after them. */
    private static String[] names(SortedDocValues values, int extra) throws IOException {
        String[] names = new String[(int) values.getValueCount() + extra];
        for (int o = 0; o < values.getValueCount(); o++) {
            names[o] = values.lookupOrd(o).utf8ToString();
        }
        return names;
    }
}
