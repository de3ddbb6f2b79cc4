package org.kondens.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.AlreadyClosedException;
import org.kondens.core.KondensException;
import org.kondens.core.PlainErrors;
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

    private static final String FORMAT_KEY = "format";
    private static final String TRANSCRIPT_KEY = "t:";

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
    /** The transcripts last found current; forgotten by every sync. */
    private List<Transcript> verified;
    /** The keys of the snapshot last searched (a search thread's cache; never locks against a sync). */
    private volatile SnapshotKeys keys = SnapshotKeys.NONE;
    /** Each segment's passages as arrays, read once per segment (see {@link PassageTable}). */
    private final PassageTable.Cache tables = new PassageTable.Cache();

    SearchIndex(Path folder, Directory directory, IndexWriter writer, Language language, Analyzer analyzer,
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
        return IndexFiles.open(cacheRoot, projectId, language, directories);
    }

    /** An empty index in memory, for when the cache folder cannot be used at all; {@code notice} says why. */
    static SearchIndex temporary(Language language, String notice) {
        return IndexFiles.temporary(language, notice);
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
        if (snapshot.transcripts() == verified) {
            return true; // the same transcripts as last checked, and no sync since: asked before every search
        }
        boolean current = snapshot.transcripts().stream().allMatch(t -> t.hash().equals(indexed.get(t.id().toString())));
        verified = current ? snapshot.transcripts() : null;
        return current;
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
        verified = null;
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
                    writer.deleteDocuments(new Term(PassageFields.TID, id));
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
            RuntimeException unread = null;
            for (Transcript t : toAdd) {
                if (cancelled.getAsBoolean()) {
                    break;
                }
                List<org.apache.lucene.document.Document> docs;
                try {
                    docs = PassageFields.of(t, snapshot, orders.get(t.id().toString())); // reads its text from the project
                } catch (RuntimeException e) {
                    unread = unread == null ? e : unread; // gone since this snapshot (an undo), or unreadable: the next sync tries again
                    continue;
                }
                writer.addDocuments(docs);
                indexed.put(t.id().toString(), t.hash());
                added++;
                progress.at(added, toAdd.size());
            }
            if (added > 0 || removed > 0 || rebuilt || !writer.getLiveCommitData().iterator().hasNext()) {
                commit();
            }
            if (unread != null) {
                throw unread;
            }
            if (rebuilt && notice == null) {
                notice = "The search index was made by another version of Kondens; it has been rebuilt.";
            }
            return new SyncReport(added, removed, rebuilt, (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException | AlreadyClosedException e) {
            if (folder != null && PlainErrors.isDiskFull(e)) {
                // A cache must not stop the search: go on in memory, as a second window does.
                toMemory(IndexFiles.diskFull(folder));
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
        IndexFiles.closeQuietly(directory);
        try {
            IndexFiles.deleteContents(old);
        } catch (IOException e) {
            // best effort: the next open finds whatever is left and rebuilds it
        }
        try {
            directory = new ByteBuffersDirectory();
            writer = new IndexWriter(directory, IndexFiles.config(analyzer, IndexWriterConfig.OpenMode.CREATE));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory, not disk: cannot fail for want of space
        }
        folder = null;
        indexed.clear();
        rebuildPending = false;
        notice = why;
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

    /**
     * Searches the indexed transcripts of {@code snapshot}: the KWIC lines of the first
     * {@code limit} matching passages in transcript order; the counts cover everything.
     */
    public SearchResult search(ProjectSnapshot snapshot, String query, SearchFilter filter, int limit) {
        return search(snapshot, query, filter, 0, limit);
    }

    /**
     * One page of a search: the KWIC lines of the {@code limit} matching passages from the
     * {@code offset}-th, in transcript order; the counts cover everything. The cost grows with
     * the page, not with the matches (unless a meaning-unit filter must check each of them).
     */
    public SearchResult search(ProjectSnapshot snapshot, String query, SearchFilter filter, int offset, int limit) {
        ThreadGuard.check();
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        Query filtered = PassageSearch.filtered(SearchQuery.parse(query, language, analyzer), filter);
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new KondensException(e, Problem.INDEX_UNREADABLE, e.getMessage());
        }
        try {
            PassageTable[] tables = this.tables.of(searcher.getIndexReader().leaves());
            return PassageSearch.run(searcher, tables, filtered, query, snapshot, filter, offset, limit, keys(snapshot));
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

    /** {@code snapshot}'s keys, worked out again only for new lists (see {@link SnapshotKeys}). */
    private SnapshotKeys keys(ProjectSnapshot snapshot) {
        SnapshotKeys k = SnapshotKeys.of(snapshot, keys);
        keys = k;
        return k;
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

}
