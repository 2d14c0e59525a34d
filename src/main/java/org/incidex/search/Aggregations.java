package org.incidex.search;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.incidex.index.Fields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a search answer counts besides its hits, from {@link DocColumns}: keyword facets, casualty ranges, the
 * date histogram and the map grid in one pass over the matches, then one pass per filtered dimension over the
 * documents drill-sideways collected for it (the matches of every filter but that dimension's), counting only that
 * dimension, so a filter never hides its own alternatives. Stateless.
 */
final class Aggregations {
    /** Doc ids handed from the collected sets to the counting loops at a time. */
    private static final int BATCH = 512;

    private Aggregations() {}

    record Result(FacetCounter.Listed facets, Map<String, List<SearchResult.RangeCount>> ranges,
                  SearchResult.Histogram histogram, SearchResult.Grid grid) {}

    static Result count(DocColumns cols, SidewaysSearch ds, SearchRequest req) throws IOException {
        long[] ords = new long[cols.ordinals()];
        long[][] ranges = new long[RangeFacets.DIMS.size()][RangeFacets.BUCKET_COUNT];
        DateHistogram.DayCounts days = new DateHistogram.DayCounts();
        long undated = 0;
        GeoGrid.Accumulator grid = new GeoGrid.Accumulator(GeoGrid.zoom(req));
        boolean cells = grid.zoom() == GeoGrid.DEFAULT_ZOOM; // the cell of every incident at this zoom is known
        int[] buf = new int[BATCH];
        for (FacetsCollector.MatchingDocs md : ds.matches().getMatchingDocs()) {
            DocColumns.Leaf leaf = cols.leaf(md.context());
            DocBatches batches = new DocBatches(md.bits());
            for (int n = batches.next(buf); n > 0; n = batches.next(buf)) {
                for (int b = 0; b < n; b++) {
                    int doc = buf[b];
                    for (int i = leaf.ordStart[doc], end = leaf.ordStart[doc + 1]; i < end; i++) ords[leaf.ords[i]]++;
                    int k = leaf.killed[doc];
                    if (k >= 0) ranges[0][RangeFacets.bucket(k)]++;
                    int j = leaf.injured[doc];
                    if (j >= 0) ranges[1][RangeFacets.bucket(j)]++;
                    int day = leaf.day[doc];
                    if (day != DocColumns.NONE) days.add(day);
                    else undated++;
                    double lat = leaf.lat[doc];
                    if (Double.isNaN(lat)) continue;
                    if (cells) grid.addToCell(leaf.cell[doc], lat, leaf.lon[doc], k == DocColumns.NONE ? 0 : k);
                    else grid.add(lat, leaf.lon[doc], k == DocColumns.NONE ? 0 : k);
                }
            }
        }
        Map<String, long[]> sidewaysOrds = new LinkedHashMap<>();
        for (Map.Entry<String, FacetsCollector> e : ds.sideways().entrySet()) {
            String dim = e.getKey();
            int range = RangeFacets.DIMS.indexOf(dim);
            if (range >= 0) {
                ranges[range] = rangesOver(cols, e.getValue(), range);
            } else if (cols.range(dim) != null) {
                sidewaysOrds.put(dim, ordsOver(cols, e.getValue(), cols.range(dim)));
            }
        }
        FacetCounter.Listed facets = FacetCounter.count(dim -> {
            SortedSetDocValuesReaderState.OrdRange r = cols.range(dim);
            if (r == null) return List.of();
            long[] counts = sidewaysOrds.getOrDefault(dim, ords);
            List<SearchResult.FacetValue> out = new ArrayList<>();
            for (int ord = r.start(); ord <= r.end(); ord++) {
                if (counts[ord] > 0) out.add(new SearchResult.FacetValue(cols.value(ord), counts[ord]));
            }
            return out;
        }, req);
        days.seal();
        return new Result(facets, RangeFacets.list(ranges), DateHistogram.compute(days, undated, req), grid.result());
    }

    /** Counts of one dimension's ordinals over {@code docs} (other dimensions' ordinals are skipped). */
    private static long[] ordsOver(DocColumns cols, FacetsCollector docs, SortedSetDocValuesReaderState.OrdRange r)
            throws IOException {
        long[] counts = new long[cols.ordinals()];
        int[] buf = new int[BATCH];
        for (FacetsCollector.MatchingDocs md : docs.getMatchingDocs()) {
            DocColumns.Leaf leaf = cols.leaf(md.context());
            DocBatches batches = new DocBatches(md.bits());
            for (int n = batches.next(buf); n > 0; n = batches.next(buf)) {
                for (int b = 0; b < n; b++) {
                    for (int i = leaf.ordStart[buf[b]], end = leaf.ordStart[buf[b] + 1]; i < end; i++) {
                        int ord = leaf.ords[i];
                        if (ord >= r.start() && ord <= r.end()) counts[ord]++;
                    }
                }
            }
        }
        return counts;
    }

    private static long[] rangesOver(DocColumns cols, FacetsCollector docs, int dim) throws IOException {
        long[] counts = new long[RangeFacets.BUCKET_COUNT];
        int[] buf = new int[BATCH];
        for (FacetsCollector.MatchingDocs md : docs.getMatchingDocs()) {
            DocColumns.Leaf leaf = cols.leaf(md.context());
            int[] values = RangeFacets.DIMS.get(dim).equals(Fields.KILLED) ? leaf.killed : leaf.injured;
            DocBatches batches = new DocBatches(md.bits());
            for (int n = batches.next(buf); n > 0; n = batches.next(buf)) {
                for (int b = 0; b < n; b++) {
                    int v = values[buf[b]];
                    if (v >= 0) counts[RangeFacets.bucket(v)]++;
                }
            }
        }
        return counts;
    }
}
