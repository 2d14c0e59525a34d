package org.incidex.index;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.incidex.model.IncidentRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes one new generation. Add incidents (from any number of threads: IndexWriter is thread-safe), then either
 * {@link #publish(String)} — commit, fsync, switch CURRENT atomically — or {@link #close()} without publishing, which
 * deletes the unpublished generation. Either way the write lock is released.
 */
public final class GenerationWriter implements AutoCloseable {
    /** Bumped whenever the document layout changes, so stale generations are rebuilt. */
    public static final String SCHEMA_VERSION = "2"; // 2: ids have sorted doc values (stable order, cursors)

    private final IndexStore store;
    private final Path dir;
    private final IndexStore.WriteLock lock;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final DocumentMapper mapper = new DocumentMapper(Fields.facetsConfig());
    private boolean published;
    private boolean writerClosed;
    private boolean closed;

    GenerationWriter(IndexStore store, Path dir, IndexStore.WriteLock lock) {
        this.store = store;
        this.dir = dir;
        this.lock = lock;
        try {
            Files.createDirectories(dir);
            this.directory = FSDirectory.open(dir);
            IndexWriterConfig cfg = new IndexWriterConfig(new IncidexAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(directory, cfg);
        } catch (IOException e) {
            IndexStore.deleteTree(dir);
            throw new IndexStoreException("cannot create a new generation in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The directory being written. */
    public Path directory() {
        return dir;
    }

    public void add(IncidentRecord incident) throws IOException {
        writer.addDocument(mapper.toDocument(incident));
    }

    /**
     * Stores the knowledge base's inputs with this generation (see {@link SourceArchive}); call once, before
     * {@link #publish(String)}. A generation published without it cannot be added to by {@code incidex import}.
     */
    public void storeSources(java.util.List<org.incidex.model.ExtractedArticle> sources) throws IOException {
        if (closed) throw new IllegalStateException("generation writer already closed");
        SourceArchive.write(dir, sources);
    }

    /**
     * Commits everything added, then makes this generation the live one.
     *
     * @param fingerprint identifies the sources (stored in the commit; {@code incidex demo} compares it)
     */
    public void publish(String fingerprint) throws IOException {
        if (closed) throw new IllegalStateException("generation writer already closed");
        Map<String, String> data = new HashMap<>();
        data.put(Fields.COMMIT_FINGERPRINT, fingerprint == null ? "" : fingerprint);
        data.put(Fields.COMMIT_CREATED, Instant.now().toString());
        data.put(Fields.COMMIT_VERSION, SCHEMA_VERSION);
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        writerClosed = true;
        writer.close();
        directory.close();
        IndexStore.fsyncDirectory(dir);
        store.publish(dir);
        published = true;
        store.pruneOldGenerations(dir);
        close();
    }

    /** Releases the lock; an unpublished generation is deleted. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            if (!published) {
                if (!writerClosed) writer.rollback();
                directory.close();
                IndexStore.deleteTree(dir);
            }
        } catch (IOException e) {
            throw new IndexStoreException("cannot discard unpublished generation " + dir + ": " + e.getMessage(), e);
        } finally {
            lock.close();
        }
    }
}
