package org.incidex.search;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.incidex.index.Fields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The map aggregation: matching incidents counted per grid cell, with the mean position of each cell's incidents
 * (so a marker sits where the incidents are, not in the middle of the cell) and the sum of their known killed counts
 * (so a map can size a marker by casualties, not only by incidents). Cells are equal-angle: zoom {@code z}
 * cuts the world into 2^z columns of 360/2^z degrees and 2^z rows of 180/2^z degrees; cell {@code z/x/y} counts x
 * from 180°W eastwards and y from the North Pole southwards. Without an explicit zoom, one is chosen so that the
 * {@code bbox} (or the {@code near} circle) is about {@value #CELLS_ACROSS} cells wide; else {@value #DEFAULT_ZOOM}.
 * Positions are read from the {@code LatLonDocValuesField} of the collected documents. Stateless.
 */
final class GeoGrid {
    static final int MAX_ZOOM = 20;
    static final int DEFAULT_ZOOM = 3;
    static final int CELLS_ACROSS = 8;
    private static final double KM_PER_DEGREE = 111.32;

    private GeoGrid() {}

    static SearchResult.Grid compute(FacetsCollector matches, SearchRequest req) throws IOException {
        int zoom = zoom(req);
        long n = 1L << zoom;
        double w = 360.0 / n;
        double h = 180.0 / n;
        Cells cells = new Cells(); // x * n + y → {count, sumLat, sumLon, sumKilled}
        for (FacetsCollector.MatchingDocs md : matches.getMatchingDocs()) {
            DocIdSetIterator it = md.bits() == null ? null : md.bits().iterator();
            if (it == null) continue;
            SortedNumericDocValues points = DocValues.getSortedNumeric(md.context().reader(), Fields.LOCATION);
            NumericDocValues killed = DocValues.getNumeric(md.context().reader(), Fields.KILLED);
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (!points.advanceExact(doc)) continue;
                long v = points.nextValue();
                double lat = GeoEncodingUtils.decodeLatitude((int) (v >>> 32));
                double lon = GeoEncodingUtils.decodeLongitude((int) (v & 0xFFFFFFFFL));
                long x = Math.min(n - 1, (long) Math.floor((lon + 180) / w));
                long y = Math.min(n - 1, (long) Math.floor((90 - lat) / h));
                double[] acc = cells.get(x * n + y);
                acc[0]++;
                acc[1] += lat;
                acc[2] += lon;
                if (killed.advanceExact(doc)) acc[3] += killed.longValue();
            }
        }
        List<SearchResult.GridCell> out = new ArrayList<>(cells.size);
        for (int slot = 0; slot < cells.keys.length; slot++) {
            double[] acc = cells.values[slot];
            if (acc == null) continue;
            long x = cells.keys[slot] / n;
            long y = cells.keys[slot] % n;
            double west = -180 + x * w;
            double north = 90 - y * h;
            // A plain mean is a fair centroid: no cell straddles the antimeridian and cells are small on the globe.
            out.add(new SearchResult.GridCell(zoom + "/" + x + "/" + y, (long) acc[0], round(acc[1] / acc[0]),
                    round(acc[2] / acc[0]), (long) acc[3], new BoundingBox(west, north - h, west + w, north)));
        }
        out.sort(Comparator.comparingLong(SearchResult.GridCell::count).reversed().thenComparing(SearchResult.GridCell::key));
        return new SearchResult.Grid(zoom, List.copyOf(out));
    }

    /** The request's zoom, or one that puts about {@value #CELLS_ACROSS} cells across the area it filters on. */
    static int zoom(SearchRequest req) {
        if (req.zoom() != null) return req.zoom();
        double width = Double.POSITIVE_INFINITY;
        if (req.bbox() != null) width = req.bbox().widthDegrees();
        if (req.near() != null) width = Math.min(width, 2 * req.near().km() / KM_PER_DEGREE);
        if (width == Double.POSITIVE_INFINITY) return DEFAULT_ZOOM;
        if (width <= 0) return MAX_ZOOM;
        int z = (int) Math.ceil(Math.log(360.0 * CELLS_ACROSS / width) / Math.log(2));
        return Math.max(0, Math.min(MAX_ZOOM, z));
    }

    /**
     * Cell key → accumulator, open addressing over primitive keys: one look-up per matching document without boxing
     * a key or hashing an object (a HashMap here was a quarter of a search's time). Cells with no incident are never
     * created; the table doubles at half full.
     */
    private static final class Cells {
        long[] keys = new long[64];
        double[][] values = new double[64][];
        int size;

        double[] get(long key) {
            int mask = keys.length - 1;
            int slot = (int) (mix(key) & mask);
            while (values[slot] != null) {
                if (keys[slot] == key) return values[slot];
                slot = (slot + 1) & mask;
            }
            if (2 * (size + 1) > keys.length) {
                grow();
                return get(key);
            }
            keys[slot] = key;
            size++;
            return values[slot] = new double[4];
        }

        private void grow() {
            long[] oldKeys = keys;
            double[][] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new double[oldKeys.length * 2][];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] == null) continue;
                int slot = (int) (mix(oldKeys[i]) & mask);
                while (values[slot] != null) slot = (slot + 1) & mask;
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }

        private static long mix(long k) {
            k *= 0x9E3779B97F4A7C15L;
            return k ^ (k >>> 32);
        }
    }

    /** Six decimals (about 10 cm): enough for a map, and stable in JSON and in tests. */
    private static double round(double d) {
        return Math.round(d * 1e6) / 1e6;
    }
}
