package org.incidex.index;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One open generation, its files' checksums verified on opening: its reader, a searcher and the facet state built once for it. Reference-counted by
 * {@link LiveIndex}: a snapshot stays open while any request still uses it, even after a newer generation is live.
 * Thread-safe for searching; {@link #release()} exactly once per {@link LiveIndex#acquire()}.
 */
public final class IndexSnapshot {
    private final Path generation;
    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;
    private final Map<String, String> commitData;
    private final AtomicInteger refs = new AtomicInteger(1);
    private final java.util.concurrent.ConcurrentHashMap<Class<?>, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    IndexSnapshot(Path generation) throws IOException {
        this.generation = generation;
        this.directory = FSDirectory.open(generation);
        DirectoryReader opened = null;
        try {
            opened = DirectoryReader.open(directory);
            for (LeafReaderContext leaf : opened.leaves()) leaf.reader().checkIntegrity(); // every file's checksum
            this.facetState = new DefaultSortedSetDocValuesReaderState(opened, Fields.facetsConfig());
            this.commitData = Map.copyOf(opened.getIndexCommit().getUserData());
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(opened, directory);
            throw e;
        }
        this.reader = opened;
        this.searcher = new IndexSearcher(reader);
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    /**
     * A value computed from this snapshot once, by the first caller (others asking meanwhile wait for it), and kept as
     * long as the snapshot: per-generation structures of the layers above (e.g. the search's column arrays).
     */
    public <T> T derived(Class<T> type, java.util.function.Function<IndexSnapshot, T> compute) {
        return type.cast(derived.computeIfAbsent(type, k -> compute.apply(this)));
    }

    /** The generation directory's name ("gen-000003"). */
    public String generationName() {
        return generation.getFileName().toString();
    }

    public Map<String, String> commitData() {
        return commitData;
    }

    public int incidentCount() {
        return reader.numDocs();
    }

    boolean tryIncRef() {
        while (true) {
            int n = refs.get();
            if (n <= 0) return false;
            if (refs.compareAndSet(n, n + 1)) return true;
        }
    }

    /** Gives back a reference taken by {@link LiveIndex#acquire()}; the last one closes the reader. */
    public void release() {
        int n = refs.decrementAndGet();
        if (n == 0) {
            try {
                reader.close();
                directory.close();
            } catch (IOException e) {
                throw new IndexStoreException("cannot close generation " + generation + ": " + e.getMessage(), e);
            }
        } else if (n < 0) {
            throw new IllegalStateException("snapshot of " + generation + " released more often than acquired");
        }
    }
}
