package org.kondens.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.kondens.core.PlainErrors;
import org.kondens.core.PrivateFiles;
import org.kondens.core.model.Language;

/**
 * The index's files: its owner-only folder in the cache, opening it, and what to do when it
 * cannot be used. A damaged index is wiped and rebuilt; one held by another Kondens process, or
 * on a full disk, is replaced by a temporary one in memory, with a notice saying why.
 */
final class IndexFiles {

    /**
     * The writer's buffer before it flushes a segment: the same for any corpus, so an index build
     * needs no more memory for 30 M words than for 3 M. (Measured at 30 M words: 16 MB leaves
     * more segments and a larger index; 32 to 128 MB build alike, in about 20 s.)
     */
    static final double RAM_BUFFER_MB = 64;

    private IndexFiles() {
    }

    static SearchIndex open(Path cacheRoot, UUID projectId, Language language, SearchIndex.Directories directories) {
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

    static String diskFull(Path folder) {
        return "The disk is full where the search index is kept (" + folder + "); searching a temporary index.";
    }

    private static SearchIndex recreate(Path folder, Language language, Analyzer analyzer, Exception cause, SearchIndex.Directories directories) {
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

    static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig c = new IndexWriterConfig(analyzer);
        c.setOpenMode(mode);
        c.setRAMBufferSizeMB(RAM_BUFFER_MB);
        c.setCommitOnClose(false);
        return c;
    }

    static void closeQuietly(Directory dir) {
        try {
            if (dir != null) {
                dir.close();
            }
        } catch (IOException e) {
            // nothing to do
        }
    }

    static void deleteContents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
