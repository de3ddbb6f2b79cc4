package org.kondens.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.kondens.core.KondensException;
import org.kondens.core.PlainErrors;
import org.kondens.core.PrivateFiles;
import org.kondens.core.Problem;
import org.kondens.core.ThreadGuard;
import org.kondens.core.model.Language;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Transcript;

/**
 * The Lucene index of a project's transcripts. It is derived data: it lives in a cache folder
 * keyed by the project's id (never inside the project file), it is brought up to date
 * transcript by transcript ({@link #sync}), and when it is missing, from an older Kondens, or
 * damaged, it is simply rebuilt. Deleting the cache loses nothing.
 *
 * <p>Each passage (speaker turn) is one document. Terms are indexed with their character
 * offsets, so every hit maps back to exact characters of the stored transcript text.
 */
public final class SearchIndex implements AutoCloseable {

    /** Progress of a sync: {@code done} of {@code total} transcripts indexed. */
    public interface Progress {
        void at(int done, int total);
    }

    /** What a sync did. */
    public record SyncReport(int added, int removed, boolean rebuilt, long millis) {
        public boolean changed() {
            return added > 0 || removed > 0 || rebuilt;
        }
    }

    private static final String TID = "tid";
    private static final String WHO = "who";
    private static final String ROLE = "role";
    private static final String START = "start";
    private static final String END = "end";
    private static final String ORDER = "order";
    private static final String FORMAT_KEY = "format";
    private static final String TRANSCRIPT_KEY = "t:";
    private static final FieldType TEXT = textType();

    /**
     * Lucene logs a hint about the JDK's incubating vector module at first use; it means nothing
     * to a researcher, and search is fast enough without it. (Held here: loggers are weakly kept.)
     */
    private static final java.util.logging.Logger LUCENE_HINTS = quiet("org.apache.lucene.internal.vectorization");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    // Not final: a full disk moves the index into memory in the middle of a sync (see toMemory).
    private volatile Path folder;
    private Directory directory;
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    private final Language language;
    private final Analyzer analyzer;
    private final String format;
    private final Map<String, String> indexed = new HashMap<>();
    private volatile String notice;
    private boolean rebuildPending;
    /** The interviewers of the turns last searched (a search thread's cache; never locks against a sync). */
    private volatile Interviewers interviewers = new Interviewers(Map.of(), java.util.Set.of());

    private SearchIndex(Path folder, Directory directory, IndexWriter writer, Language language, Analyzer analyzer,
            String notice) throws IOException {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.language = language;
        this.analyzer = analyzer;
        this.format = "v" + TextAnalysis.VERSION + "-" + language.name();
        this.notice = notice;
        this.searchers = new SearcherManager(writer, null);
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        if (format.equals(data.get(FORMAT_KEY))) {
            data.forEach((k, v) -> {
                if (k.startsWith(TRANSCRIPT_KEY)) {
                    indexed.put(k.substring(TRANSCRIPT_KEY.length()), v);
                }
            });
        } else {
            rebuildPending = writer.getDocStats().numDocs > 0 || data.containsKey(FORMAT_KEY);
        }
    }

    /**
     * Opens (or creates) the index of {@code project} under {@code cacheRoot}. Fast: nothing is
     * indexed here; call {@link #sync}. A damaged index is wiped; an index held by another
     * Kondens process, or on a full disk (found here or during a sync), is replaced by a
     * temporary one in memory.
     */
    public static SearchIndex open(Path cacheRoot, UUID projectId, Language language) {
        return open(cacheRoot, projectId, language, FSDirectory::open);
    }

    /** Opens the Lucene directory of a folder; tests pass one that fails as a full disk does. */
    interface Directories {
        Directory open(Path folder) throws IOException;
    }

    static SearchIndex open(Path cacheRoot, UUID projectId, Language language, Directories directories) {
        Path folder = cacheRoot.resolve("index").resolve(projectId.toString());
        Analyzer analyzer = TextAnalysis.forLanguage(language);
        try {
            PrivateFiles.createFolder(folder); // transcripts' words: owner-only
            PrivateFiles.restrict(cacheRoot);
        } catch (IOException e) {
            return inMemory(language, analyzer, PlainErrors.isDiskFull(e) ? diskFull(folder)
                    : "The search index folder " + folder + " cannot be written (" + e.getMessage() + "); searching a temporary index.");
        }
        Directory dir = null;
        try {
            dir = directories.open(folder);
            IndexWriter writer = new IndexWriter(dir, config(analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            try {
                SearchIndex index = new SearchIndex(folder, dir, writer, language, analyzer, null);
                DirectoryReader.open(writer).close(); // reads every segment's metadata: damage shows here
                return index;
            } catch (IOException | RuntimeException e) {
                writer.rollback();
                throw e;
            }
        } catch (LockObtainFailedException e) {
            closeQuietly(dir);
            return inMemory(language, analyzer, "The search index is in use by another Kondens window; searching a temporary index.");
        } catch (IOException | RuntimeException e) {
            closeQuietly(dir);
            if (PlainErrors.isDiskFull(e)) {
                return inMemory(language, analyzer, diskFull(folder));
            }
            return recreate(folder, language, analyzer, e, directories);
        }
    }

    private static String diskFull(Path folder) {
        return "The disk is full where the search index is kept (" + folder + "); searching a temporary index.";
    }

    private static SearchIndex recreate(Path folder, Language language, Analyzer analyzer, Exception cause, Directories directories) {
        String notice = "The search index was damaged (" + cause.getClass().getSimpleName() + "); it is being rebuilt.";
        try {
            deleteContents(folder);
            Directory dir = directories.open(folder);
            return new SearchIndex(folder, dir, new IndexWriter(dir, config(analyzer, IndexWriterConfig.OpenMode.CREATE)),
                    language, analyzer, notice);
        } catch (IOException e) {
            return inMemory(language, analyzer, notice + " The folder cannot be rewritten (" + e.getMessage()
                    + "); searching a temporary index.");
        }
    }

    /** An empty index in memory, for when the cache folder cannot be used at all; {@code notice} says why. */
    static SearchIndex temporary(Language language, String notice) {
        return inMemory(language, TextAnalysis.forLanguage(language), notice);
    }

    private static SearchIndex inMemory(Language language, Analyzer analyzer, String notice) {
        try {
            Directory dir = new ByteBuffersDirectory();
            return new SearchIndex(null, dir, new IndexWriter(dir, config(analyzer, IndexWriterConfig.OpenMode.CREATE)),
                    language, analyzer, notice);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig c = new IndexWriterConfig(analyzer);
        c.setOpenMode(mode);
        c.setRAMBufferSizeMB(128); // big flushes: fewer segments to merge while a corpus is indexed
        c.setCommitOnClose(false);
        return c;
    }

    /** Something the user should know about the index (rebuilt, temporary), or null. */
    public String notice() {
        return notice;
    }

    Language language() {
        return language;
    }

    /** The cache folder, or null for a temporary index in memory. */
    public Path folder() {
        return folder;
    }

    /** True if every transcript of {@code snapshot} is indexed as it is now, and nothing else is. */
    public synchronized boolean isCurrent(ProjectSnapshot snapshot) {
        ThreadGuard.check();
        if (rebuildPending || snapshot.project().language() != language || snapshot.transcripts().size() != indexed.size()) {
            return false;
        }
        return snapshot.transcripts().stream().allMatch(t -> t.hash().equals(indexed.get(t.id().toString())));
    }

    public SyncReport sync(ProjectSnapshot snapshot) {
        return sync(snapshot, (d, t) -> { }, () -> false);
    }

    /**
     * Brings the index up to date with {@code snapshot}: removes transcripts that are gone,
     * adds new ones. Each transcript is committed whole, so a cancelled sync leaves a consistent
     * index that the next sync continues.
     */
    public synchronized SyncReport sync(ProjectSnapshot snapshot, Progress progress, BooleanSupplier cancelled) {
        ThreadGuard.check();
        long t0 = System.nanoTime();
        boolean rebuilt = rebuildPending;
        try {
            if (rebuildPending) {
                writer.deleteAll();
                indexed.clear();
                rebuildPending = false;
            }
            Map<String, Transcript> wanted = new LinkedHashMap<>();
            snapshot.transcripts().forEach(t -> wanted.put(t.id().toString(), t));
            int removed = 0;
            for (String id : List.copyOf(indexed.keySet())) {
                Transcript t = wanted.get(id);
                if (t == null || !t.hash().equals(indexed.get(id))) {
                    writer.deleteDocuments(new Term(TID, id));
                    indexed.remove(id);
                    removed++;
                }
            }
            List<Transcript> toAdd = wanted.values().stream().filter(t -> !indexed.containsKey(t.id().toString())).toList();
            int order = 0;
            Map<String, Integer> orders = new HashMap<>();
            for (Transcript t : snapshot.transcripts()) {
                orders.put(t.id().toString(), order++);
            }
            int added = 0;
            for (Transcript t : toAdd) {
                if (cancelled.getAsBoolean()) {
                    break;
                }
                addTranscript(t, snapshot, orders.get(t.id().toString()));
                indexed.put(t.id().toString(), t.hash());
                added++;
                progress.at(added, toAdd.size());
            }
            if (added > 0 || removed > 0 || rebuilt || !writer.getLiveCommitData().iterator().hasNext()) {
                commit();
            }
            if (rebuilt && notice == null) {
                notice = "The search index was made by another version of Kondens; it has been rebuilt.";
            }
            return new SyncReport(added, removed, rebuilt, (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException | AlreadyClosedException e) {
            if (folder != null && PlainErrors.isDiskFull(e)) {
                // A cache must not stop the search: go on in memory, as a second window does.
                toMemory(diskFull(folder));
                return sync(snapshot, progress, cancelled);
            }
            rebuildPending = true;
            throw new KondensException(e, Problem.INDEX_NOT_UPDATED, e.getMessage());
        }
    }

    /** Drops the index on disk (freeing what it took of the full disk) and starts an empty one in memory. */
    private void toMemory(String why) {
        Path old = folder;
        try {
            searchers.close();
        } catch (IOException | RuntimeException e) {
            // closing a reader of a broken index: nothing more to do
        }
        try {
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            // the writer is already closed by the failure
        }
        closeQuietly(directory);
        try {
            deleteContents(old);
        } catch (IOException e) {
            // best effort: the next open finds whatever is left and rebuilds it
        }
        try {
            directory = new ByteBuffersDirectory();
            writer = new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory, not disk: cannot fail for want of space
        }
        folder = null;
        indexed.clear();
        rebuildPending = false;
        notice = why;
    }

    private void addTranscript(Transcript t, ProjectSnapshot snapshot, int order) throws IOException {
        String tid = t.id().toString();
        List<Document> docs = new ArrayList<>();
        for (Passage p : Passage.of(t, snapshot.turns().getOrDefault(t.id(), List.of()))) {
            String text = t.text().substring(p.start(), p.end());
            String who = p.informantId() != null ? p.informantId().toString() : p.speaker() != null ? "speaker:" + p.speaker() : "";
            Document d = new Document();
            d.add(new StringField(TID, tid, Field.Store.NO));
            d.add(new SortedDocValuesField(TID, new BytesRef(tid)));
            d.add(new StringField(WHO, who, Field.Store.NO));
            d.add(new SortedDocValuesField(WHO, new BytesRef(who)));
            d.add(new StringField(ROLE, p.role() == null ? "NONE" : p.role().name(), Field.Store.NO));
            d.add(new NumericDocValuesField(START, p.start()));
            d.add(new NumericDocValuesField(END, p.end()));
            d.add(new NumericDocValuesField(ORDER, ((long) order << 32) | p.start()));
            d.add(new Field(TextAnalysis.STEMMED, text, TEXT));
            d.add(new Field(TextAnalysis.EXACT, text, TEXT));
            docs.add(d);
        }
        writer.addDocuments(docs);
    }

    private void commit() throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(FORMAT_KEY, format);
        indexed.forEach((id, hash) -> data.put(TRANSCRIPT_KEY + id, hash));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Bytes the index takes on disk (or in memory). */
    public long sizeBytes() {
        try {
            long sum = 0;
            for (String f : directory.listAll()) {
                try {
                    sum += directory.fileLength(f);
                } catch (IOException e) {
                    // a file merged away meanwhile
                }
            }
            return sum;
        } catch (IOException e) {
            return -1;
        }
    }

    // ---- searching

    private record Candidate(long order, int leaf, int doc, String tid, String who, int start, int end) {
    }

    /**
     * Searches the indexed transcripts of {@code snapshot}. {@code limit} caps the KWIC lines
     * (hits of the first matching passages in transcript order); the counts cover everything.
     */
    public SearchResult search(ProjectSnapshot snapshot, String query, SearchFilter filter, int limit) {
        ThreadGuard.check();
        Query q = SearchQuery.parse(query, language, analyzer);
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
        Map<String, Transcript> transcripts = new HashMap<>();
        snapshot.transcripts().forEach(t -> transcripts.put(t.id().toString(), t));
        Hits.UnitSpans units = filter.needsMeaningUnits() ? new Hits.UnitSpans(snapshot, filter) : null;
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new KondensException(e, Problem.INDEX_UNREADABLE, e.getMessage());
        }
        try {
            Weight weight = searcher.createWeight(searcher.rewrite(b.build()), ScoreMode.COMPLETE_NO_SCORES, 1f);
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
            return new SearchResult(query, passages, Hits.labelled(whoCounts, snapshot, interviewers(snapshot)), Hits.titled(transcriptCounts, snapshot), hits,
                    passages > passagesShown);
        } catch (IOException e) {
            rebuildPending = true;
            throw new KondensException(e, Problem.INDEX_UNREADABLE_REBUILT, e.getMessage());
        } catch (IndexSearcher.TooManyClauses e) {
            throw new KondensException(e, Problem.SEARCH_TOO_LONG, String.format(java.util.Locale.ROOT, "%,d", SearchQuery.MAX_WORDS));
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                // releasing a reader only fails if it is already closed
            }
        }
    }

    /**
     * The interviewers of {@code snapshot}'s turns, worked out again only when the turns are new:
     * a refreshed snapshot keeps its turns unless transcripts changed.
     */
    private java.util.Set<String> interviewers(ProjectSnapshot snapshot) {
        Interviewers seen = interviewers;
        if (seen.turns() != snapshot.turns()) {
            seen = new Interviewers(snapshot.turns(), Hits.interviewers(snapshot.turns()));
            interviewers = seen;
        }
        return seen.names();
    }

    private record Interviewers(Map<UUID, List<org.kondens.core.model.SpeakerTurn>> turns, java.util.Set<String> names) {
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

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            // The index is a cache: a failed close costs at most a rebuild next time.
        }
    }

    private static FieldType textType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private static void closeQuietly(Directory dir) {
        try {
            if (dir != null) {
                dir.close();
            }
        } catch (IOException e) {
            // nothing to do
        }
    }

    private static void deleteContents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
