package org.incidex.search;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;

/**
 * Everything a search answer counts besides its hits, from {@link DocColumns}: keyword facets, casualty ranges, the
 * date histogram and the map grid in one pass over the matches, then one pass per filtered dimension over the
 * documents its sideways search found (the matches of every filter but that dimension's), counting only that
 * dimension, so a filter never hides its own alternatives. Stateless.
 */
final class Aggregations {
    /** Match sets at least this large are counted in two halves on two cores. */
    static final long SPLIT_ABOVE = 20_000;

    private static MatchPass get(FutureTask<MatchPass> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while counting");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private Aggregations() {}

    /** The counts, and {@code total}: the number of matches (exact). */
    record Result(long total, FacetCounter.Listed facets, Map<String, List<SearchResult.RangeCount>> ranges,
                  SearchResult.Histogram histogram, SearchResult.Grid grid) {}

    /** The counts of {@code matches} read from the matches themselves, in two halves when there are many. */
    private static MatchPass direct(DocColumns cols, List<FacetsCollector.MatchingDocs> matches, int zoom, long total,
                                    java.util.concurrent.Executor parallel, long splitAbove) throws IOException {
        if (total < splitAbove || parallel == null) return new MatchPass(cols, zoom).count(cols, matches, 0, 1);
        // The second half on another core; run here if no pool thread has taken it (a saturated pool never blocks).
        FutureTask<MatchPass> second = new FutureTask<>(() -> new MatchPass(cols, zoom).count(cols, matches, 1, 2));
        parallel.execute(second);
        MatchPass pass = new MatchPass(cols, zoom).count(cols, matches, 0, 2);
        second.run();
        pass.merge(get(second));
        return pass;
    }

    /**
     * The counts of {@code matches} as the generation's totals less the incidents outside them: a search matching
     * most of the index (a common word, an empty query) reads the few documents it misses instead of all it finds.
     * Null when the day counts cannot be subtracted (a generation whose dates span more than the dense limit).
     */
    private static MatchPass lessMissing(DocColumns cols, List<FacetsCollector.MatchingDocs> matches) throws IOException {
        MatchPass pass = cols.everything().copy();
        return pass.subtract(new MatchPass(cols, GeoGrid.DEFAULT_ZOOM).countMissing(cols, matches)) ? pass : null;
    }

    /**
     * @param all        every match of the search
     * @param sideways   per filtered dimension, the matches of every filter but that dimension's (none without filters)
     * @param parallel   where the second half of a large match set is counted; null: all on this thread
     * @param splitAbove match sets at least this large are counted in two halves
     * @param complement whether a match set of more than half the incidents may be counted through the ones it
     *                   does not match (false only to check that path against the direct one)
     */
    static Result count(DocColumns cols, FacetsCollector all, Map<String, FacetsCollector> sideways, SearchRequest req,
                        java.util.concurrent.Executor parallel, long splitAbove, boolean complement) throws IOException {
        List<FacetsCollector.MatchingDocs> matches = all.getMatchingDocs();
        long total = matched(matches);
        int zoom = GeoGrid.zoom(req);
        MatchPass pass = complement && zoom == GeoGrid.DEFAULT_ZOOM && total * 2 > cols.liveDocs()
                ? lessMissing(cols, matches) : null;
        if (pass == null) pass = direct(cols, matches, zoom, total, parallel, splitAbove);
        int[] ords = pass.ords;
        long[][] ranges = RangeFacets.fromCodes(pass.casualties);
        Map<String, int[]> sidewaysOrds = new LinkedHashMap<>();
        for (Map.Entry<String, FacetsCollector> e : sideways.entrySet()) {
            String dim = e.getKey();
            int range = RangeFacets.DIMS.indexOf(dim);
            List<FacetsCollector.MatchingDocs> docs = e.getValue().getMatchingDocs();
            // Mostly one filter's alternatives over a common word: read the few incidents outside, as above.
            boolean less = complement && matched(docs) * 2 > cols.liveDocs();
            if (range >= 0) {
                ranges[range] = less ? lessMissing(cols.everything().casualties, rangesOver(cols, docs, range, true), range)
                        : rangesOver(cols, docs, range, false);
            } else if (cols.range(dim) != null) {
                SortedSetDocValuesReaderState.OrdRange r = cols.range(dim);
                sidewaysOrds.put(dim, less ? lessMissing(cols.everything().ords, ordsOver(cols, docs, r, true), r)
                        : ordsOver(cols, docs, r, false));
            }
        }
        FacetCounter.Listed facets = FacetCounter.count(dim -> {
            SortedSetDocValuesReaderState.OrdRange r = cols.range(dim);
            if (r == null) return FacetCounter.NONE;
            int[] counts = sidewaysOrds.getOrDefault(dim, ords);
            return new FacetCounter.Counts() {
                public int size() { return r.end() - r.start() + 1; }

                public int count(int i) { return counts[r.start() + i]; }

                public String value(int i) { return cols.value(r.start() + i); }
            };
        }, req);
        pass.days.seal();
        return new Result(total, facets, RangeFacets.list(ranges), DateHistogram.compute(pass.days, pass.undated, req),
                pass.grid.result());
    }

    private static long matched(List<FacetsCollector.MatchingDocs> matches) {
        long total = 0;
        for (FacetsCollector.MatchingDocs md : matches) total += md.totalHits();
        return total;
    }

    /**
     * Counts of one dimension's ordinals (others' stay 0) over {@code docs}, or with {@code missing} over the live
     * incidents not in them.
     */
    private static int[] ordsOver(DocColumns cols, List<FacetsCollector.MatchingDocs> docs,
                                  SortedSetDocValuesReaderState.OrdRange r, boolean missing) throws IOException {
        int[] counts = new int[cols.ordinals()];
        visit(cols, docs, missing, (leaf, ids, n) -> leaf.countOrds(ids, n, counts, r.start(), r.end()));
        return counts;
    }

    /** {@code everything}'s counts of {@code r}'s ordinals less {@code missing}'s. */
    private static int[] lessMissing(int[] everything, int[] missing, SortedSetDocValuesReaderState.OrdRange r) {
        for (int ord = r.start(); ord <= r.end(); ord++) missing[ord] = everything[ord] - missing[ord];
        return missing;
    }

    /** Bucket counts of range dimension {@code dim} over {@code docs}, or with {@code missing} over the rest. */
    private static long[] rangesOver(DocColumns cols, List<FacetsCollector.MatchingDocs> docs, int dim, boolean missing)
            throws IOException {
        long[] counts = new long[RangeFacets.BUCKET_COUNT];
        visit(cols, docs, missing, (leaf, ids, n) -> {
            for (int b = 0; b < n; b++) {
                int bucket = RangeFacets.codeBucket(leaf.casualties[ids[b]], dim);
                if (bucket >= 0) counts[bucket]++;
            }
        });
        return counts;
    }

    /** Hands {@code docs} to {@code consumer}, or with {@code missing} the live incidents not in them. */
    private static void visit(DocColumns cols, List<FacetsCollector.MatchingDocs> docs, boolean missing,
                              DocBatches.Consumer consumer) throws IOException {
        if (missing) DocBatches.forEachMissing(cols, docs, consumer);
        else DocBatches.forEach(cols, docs, 0, 1, consumer);
    }

    /** The generation's bucket counts of range dimension {@code dim} ({@code everything}: its codes) less {@code missing}. */
    private static long[] lessMissing(long[] everything, long[] missing, int dim) {
        long[] all = RangeFacets.fromCodes(everything)[dim];
        for (int b = 0; b < all.length; b++) all[b] -= missing[b];
        return all;
    }
}
