package org.incidex.search;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The two halves of a search's answer: the sorted top documents (for the page of hits) and the counts
 * ({@link Aggregations}, which give the exact total too).
 *
 * <p>They are searches started side by side: the counts collect every match without scoring it, on the pool, while
 * the top documents are scored here and may skip documents that cannot enter them once {@link #EXACT_HITS} matches
 * are seen. One pass that collected both scored every match (a common word: every document that has it, the
 * proximity clause read at each) and the counting waited for it. With filters, the counting task also searches, per
 * filtered dimension, the matches of every filter but that one's, unscored: Lucene's drill-sideways did all in one
 * pass that scored every document of the text query and checked each filter at each (twice the work at a million
 * incidents for one filter over a common word), and the counts had to wait for it.
 *
 * <p>The caller must await the counts ({@link #awaitQuietly}) before releasing the snapshot; when the top documents
 * throw, {@link #start} has awaited them already.
 */
final class SearchPasses {
    /**
     * Matches the top documents count exactly before they may skip non-competitive ones (Lucene's default). Their
     * total is not used: the counting pass's is exact.
     */
    static final int EXACT_HITS = 1_000;

    private SearchPasses() {}

    /** What counting needs besides the matches. */
    record Counting(DocColumns columns, SearchRequest req, Executor pool, long splitAbove, boolean complement) {
        Aggregations.Result count(FacetsCollector matches, Map<String, FacetsCollector> sideways) throws IOException {
            return Aggregations.count(columns, matches, sideways, req, pool, splitAbove, complement);
        }
    }

    /** The top documents, and the counts (possibly still running). */
    record Started(TopFieldDocs top, CompletableFuture<Aggregations.Result> counts) {}

    /**
     * Runs the searches of {@code query}; {@code timedOut} is checked after each (the searcher's time budget).
     *
     * @param sideways per filtered dimension, the query without that dimension's filter (empty without filters)
     */
    static Started start(IndexSearcher searcher, Query query, Map<String, Query> sideways, Sort sort, int collect,
                         FieldDoc after, Counting counting, java.util.function.Supplier<RuntimeException> timedOut)
            throws IOException {
        boolean concurrent = searcher.getSlices().length > 1;
        CompletableFuture<Aggregations.Result> counts = CompletableFuture.supplyAsync(() -> unchecked(() -> {
            FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
            Map<String, FacetsCollector> others = new LinkedHashMap<>();
            for (Map.Entry<String, Query> e : sideways.entrySet()) {
                others.put(e.getKey(), searcher.search(e.getValue(), new FacetsCollectorManager()));
            }
            if (searcher.timedOut()) throw timedOut.get();
            return counting.count(matches, others);
        }), counting.pool());
        try {
            TopFieldDocs top = searcher.search(query,
                    new TopFieldCollectorManager(sort, collect, after, Math.max(EXACT_HITS, collect), concurrent));
            if (searcher.timedOut()) throw timedOut.get();
            return new Started(top, counts);
        } catch (IOException | RuntimeException | Error e) {
            awaitQuietly(counts); // the counts still read the snapshot the caller is about to release
            throw e;
        }
    }

    /** Waits for {@code f} to finish, ignoring how: its outcome is read by a join, or superseded by another error. */
    static void awaitQuietly(CompletableFuture<?> f) {
        try {
            f.join();
        } catch (RuntimeException e) {
            // reported by the join that reads it, or superseded by the exception already in flight
        }
    }

    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    private static <T> T unchecked(IoSupplier<T> s) {
        try {
            return s.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
