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
    final long[] casualties = new long[RangeFacets.CODES]; // incidents per casualty code (RangeFacets.code)
    final DateHistogram.DayCounts days;
    long undated;
    final GeoGrid.Accumulator grid;

    MatchPass(DocColumns cols, int zoom) {
        this(cols.ordinals(), cols.newDayCounts(), new GeoGrid.Accumulator(zoom));
    }

    private MatchPass(int ordinals, DateHistogram.DayCounts days, GeoGrid.Accumulator grid) {
        this.ords = new int[ordinals];
        this.days = days;
        this.grid = grid;
    }

    /** Counts share {@code part} of {@code parts} (by doc id within each segment) of {@code matches}. */
    MatchPass count(DocColumns cols, List<FacetsCollector.MatchingDocs> matches, int part, int parts) throws IOException {
        boolean cells = grid.zoom() == GeoGrid.DEFAULT_ZOOM; // the cell of every incident at this zoom is known
        DocBatches.forEach(cols, matches, part, parts, (leaf, docs, n) -> add(leaf, docs, n, cells));
        return this;
    }

    /** Counts every incident of the generation that is not in {@code matches} ({@link DocBatches#forEachMissing}). */
    MatchPass countMissing(DocColumns cols, List<FacetsCollector.MatchingDocs> matches) throws IOException {
        boolean cells = grid.zoom() == GeoGrid.DEFAULT_ZOOM;
        DocBatches.forEachMissing(cols, matches, (leaf, docs, n) -> add(leaf, docs, n, cells));
        return this;
    }

    private void add(DocColumns.Leaf leaf, int[] docs, int n, boolean cells) {
        leaf.countOrds(docs, n, ords);
        for (int b = 0; b < n; b++) {
            int doc = docs[b];
            casualties[leaf.casualties[doc]]++;
            int day = leaf.day[doc];
            if (day != DocColumns.NONE) days.add(day);
            else undated++;
            int cell = leaf.cell[doc];
            if (cell < 0) continue; // no coordinates
            int k = leaf.killed[doc];
            long killed = k == DocColumns.NONE ? 0 : k;
            if (cells) grid.addToCell(cell, leaf.lat[doc], leaf.lon[doc], killed);
            else grid.add(leaf.lat[doc], leaf.lon[doc], killed);
        }
    }

    /** A copy to take from ({@link #subtract}), leaving this one as it is (neither sealed). */
    MatchPass copy() {
        MatchPass c = new MatchPass(ords.length, days.copy(), grid.copy());
        System.arraycopy(ords, 0, c.ords, 0, ords.length);
        System.arraycopy(casualties, 0, c.casualties, 0, casualties.length);
        c.undated = undated;
        return c;
    }

    /**
     * Takes the counts of {@code other}, a pass over documents all counted in this one at the same zoom, from these.
     * Whole numbers only, so the result is exactly that of a pass over the documents left.
     *
     * @return false, changing nothing, when this pass's days cannot be taken from ({@link DateHistogram.DayCounts#canSubtract})
     */
    boolean subtract(MatchPass other) {
        if (!days.canSubtract(other.days)) return false;
        for (int i = 0; i < ords.length; i++) ords[i] -= other.ords[i];
        for (int i = 0; i < casualties.length; i++) casualties[i] -= other.casualties[i];
        days.subtract(other.days);
        undated -= other.undated;
        grid.subtract(other.grid);
        return true;
    }

    /** Adds another share's counts to this one's. */
    void merge(MatchPass other) {
        for (int i = 0; i < ords.length; i++) ords[i] += other.ords[i];
        for (int i = 0; i < casualties.length; i++) casualties[i] += other.casualties[i];
        days.merge(other.days);
        undated += other.undated;
        grid.merge(other.grid);
    }
}
