package org.incidex.index;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
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
    private final Directory directory;
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
            this.directory = store.openDirectory(dir);
            IndexWriterConfig cfg = new IndexWriterConfig(new IncidexAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(directory, cfg);
            CrashPoints.reached("begin");
        } catch (IOException e) {
            IndexStore.deleteTree(dir);
            throw new IndexStoreException("cannot create a new generation in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The directory being written. */
    public Path directory() {
        return dir;
    }

    /**
     * Writes the documents added so far as a segment of their own; a generation is otherwise cut into segments by
     * memory use alone (tests use it to check that searching works the same over many segments as over one).
     */
    public void flush() throws IOException {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new IndexStoreException("cannot write the new generation " + dir + ": " + describe(e)
                    + "; the live generation is unchanged", e);
        }
    }

    /**
     * Adds every incident, on every core: Lucene's writer takes documents from several threads at once, and mapping
     * and inverting them is most of a reindex after extraction. Their order in the index is not the list's (nothing
     * depends on it: results sort by score, date or id). The first failure is thrown; the others are then skipped.
     */
    public void addAll(java.util.List<IncidentRecord> incidents) throws IOException {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), incidents.size() / 500 + 1);
        if (threads <= 1) {
            for (IncidentRecord r : incidents) add(r);
            return;
        }
        java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
        try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int first = t;
                pool.execute(() -> {
                    try {
                        for (int i = first; i < incidents.size() && failed.get() == null; i += threads) add(incidents.get(i));
                    } catch (IOException | RuntimeException | Error e) {
                        failed.compareAndSet(null, e);
                    }
                });
            }
        }
        switch (failed.get()) {
            case null -> { }
            case IOException e -> throw e;
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(failed.get());
        }
    }

    public void add(IncidentRecord incident) throws IOException {
        try {
            writer.addDocument(mapper.toDocument(incident));
        } catch (IOException e) { // a flush of the buffer failed (a full disk…)
            throw new IndexStoreException("cannot write the new generation " + dir + ": " + describe(e)
                    + "; the live generation is unchanged", e);
        } catch (org.apache.lucene.store.AlreadyClosedException e) {
            // another thread's add failed and closed the writer: report that failure, not the closing
            Throwable cause = writer.getTragicException();
            if (cause == null) throw e;
            throw new IndexStoreException("cannot write the new generation " + dir + ": " + describe(cause)
                    + "; the live generation is unchanged", cause);
        }
    }

    /**
     * Stores the knowledge base's inputs with this generation (see {@link SourceArchive}); call once, before
     * {@link #publish(String)}. A generation published without it cannot be added to by {@code incidex import}.
     */
    public void storeSources(java.util.List<org.incidex.model.ExtractedArticle> sources) throws IOException {
        if (closed) throw new IllegalStateException("generation writer already closed");
        try {
            SourceArchive.write(dir, sources);
        } catch (IOException e) {
            throw new IndexStoreException("cannot write the sources of the new generation " + dir + ": " + describe(e)
                    + "; the live generation is unchanged", e);
        }
    }

    /**
     * Commits everything added, then makes this generation the live one. When anything up to and including the switch
     * fails (a full disk, a failing fsync or rename), the live generation stays as it was and the failure is thrown
     * as an {@link IndexStoreException} naming this generation and the cause; {@link #close()} then deletes it.
     *
     * @param fingerprint identifies the sources (stored in the commit; {@code incidex demo} compares it)
     */
    public void publish(String fingerprint) {
        if (closed) throw new IllegalStateException("generation writer already closed");
        Map<String, String> data = new HashMap<>();
        data.put(Fields.COMMIT_FINGERPRINT, fingerprint == null ? "" : fingerprint);
        data.put(Fields.COMMIT_CREATED, Instant.now().toString());
        data.put(Fields.COMMIT_VERSION, SCHEMA_VERSION);
        try {
            writer.setLiveCommitData(data.entrySet());
            CrashPoints.reached("before-commit");
            writer.commit();
            writerClosed = true;
            writer.close();
            directory.close();
            IndexStore.fsyncDirectory(dir);
            CrashPoints.reached("after-commit");
            store.publish(dir);
        } catch (IOException | RuntimeException e) {
            throw new IndexStoreException("cannot publish the new generation " + dir + ": " + describe(e)
                    + "; the live generation is unchanged", e);
        }
        published = true;
        CrashPoints.reached("after-rename");
        store.pruneOldGenerations(dir);
        CrashPoints.reached("published");
        close();
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
