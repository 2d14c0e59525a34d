package org.incidex.search;

import org.apache.lucene.facet.FacetsCollector;

import java.io.IOException;
import java.util.List;

/**
 * The counts of one pass over a share of the matching documents: every facet ordinal, the casualty ranges, the days
 * and the grid cells. A large match set is cut into shares by doc id, each counted on its own core, and the shares
 * are merged; a share is read in one sequential sweep over the column arrays. Not thread-safe: one per thread.
 */
final class MatchPass {
    final int[] ords;
    final long[][] ranges = new long[RangeFacets.DIMS.size()][RangeFacets.BUCKET_COUNT];
    final DateHistogram.DayCounts days;
    long undated;
    final GeoGrid.Accumulator grid;

    MatchPass(DocColumns cols, int zoom) {
        this.ords = new int[cols.ordinals()];
        this.days = cols.newDayCounts();
        this.grid = new GeoGrid.Accumulator(zoom);
    }

    /** Counts share {@code part} of {@code parts} (by doc id within each segment) of {@code matches}. */
    MatchPass count(DocColumns cols, List<FacetsCollector.MatchingDocs> matches, int part, int parts) throws IOException {
        boolean cells = grid.zoom() == GeoGrid.DEFAULT_ZOOM; // the cell of every incident at this zoom is known
        DocBatches.forEach(cols, matches, part, parts, (leaf, docs, n) -> {
            for (int b = 0; b < n; b++) {
                int doc = docs[b];
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
                long killed = k == DocColumns.NONE ? 0 : k;
                if (cells) grid.addToCell(leaf.cell[doc], lat, leaf.lon[doc], killed);
                else grid.add(lat, leaf.lon[doc], killed);
            }
        });
        return this;
    }

    /** Adds another share's counts to this one's. */
    void merge(MatchPass other) {
        for (int i = 0; i < ords.length; i++) ords[i] += other.ords[i];
        for (int d = 0; d < ranges.length; d++) for (int b = 0; b < ranges[d].length; b++) ranges[d][b] += other.ranges[d][b];
        days.merge(other.days);
        undated += other.undated;
        grid.merge(other.grid);
    }
}
