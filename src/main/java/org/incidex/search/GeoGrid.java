package org.incidex.search;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.geo.GeoEncodingUtils;

/**
 * The map aggregation: matching incidents counted per grid cell, with the mean position of each cell's incidents
 * (so a marker sits where the incidents are, not in the middle of the cell) and the sum of their known killed counts
 * (so a map can size a marker by casualties, not only by incidents). Cells are equal-angle: zoom {@code z}
 * cuts the world into 2^z columns of 360/2^z degrees and 2^z rows of 180/2^z degrees; cell {@code z/x/y} counts x
 * from 180°W eastwards and y from the North Pole southwards. Without an explicit zoom, one is chosen so that the
 * {@code bbox} (or the {@code near} circle) is about {@value #CELLS_ACROSS} cells wide; else {@value #DEFAULT_ZOOM}.
 * Positions are those of the {@code LatLonDocValuesField} of the collected documents ({@link Aggregations}).
 */
final class GeoGrid {
    static final int MAX_ZOOM = 20;
    static final int DEFAULT_ZOOM = 3;
    static final int CELLS_ACROSS = 8;
    /** Up to this zoom (1,024 cells) the cells are counted in a flat array. */
    static final int DENSE_ZOOM = 5;
    private static final double KM_PER_DEGREE = 111.32;

    private GeoGrid() {}

    /**
     * Cells of one zoom level filled one incident at a time; not thread-safe. Positions come in Lucene's 32-bit
     * encoding ({@code GeoEncodingUtils}) and are summed as whole numbers, so sums add and subtract exactly in any
     * order: two halves merged, or the generation's totals less the documents that do not match, give the same cells
     * as one pass.
     */
    static final class Accumulator {
        private static final double LAT_STEP = 180.0 / (1L << 32);
        private static final double LON_STEP = 360.0 / (1L << 32);
        private final int zoom;
        private final long n;
        private final double w;
        private final double h;
        // x * n + y → {count, sumLat, sumLon, sumKilled}: in one flat array up to DENSE_ZOOM (the world view and
        // continents: a look-up is an index), in a hash table of the cells that occur beyond it.
        private final long[] dense;
        private final Cells cells;

        Accumulator(int zoom) {
            this.zoom = zoom;
            this.n = 1L << zoom;
            this.w = 360.0 / n;
            this.h = 180.0 / n;
            this.dense = zoom <= DENSE_ZOOM ? new long[(int) (n * n) * 4] : null;
            this.cells = dense == null ? new Cells() : null;
        }

        int zoom() {
            return zoom;
        }

        /** The cell key (x * 2^zoom + y) of a position at {@code zoom}. */
        static long key(int zoom, double lat, double lon) {
            long n = 1L << zoom;
            long x = Math.min(n - 1, (long) Math.floor((lon + 180) / (360.0 / n)));
            long y = Math.min(n - 1, (long) Math.floor((90 - lat) / (180.0 / n)));
            return x * n + y;
        }

        /** Adds a position given in Lucene's encoding. */
        void add(int lat, int lon, long killed) {
            addToCell(key(zoom, GeoEncodingUtils.decodeLatitude(lat), GeoEncodingUtils.decodeLongitude(lon)), lat, lon, killed);
        }

        /** Adds an encoded position whose cell key at this accumulator's zoom is already known ({@link #key}). */
        void addToCell(long key, int lat, int lon, long killed) {
            long[] acc;
            int i;
            if (dense != null) {
                acc = dense;
                i = (int) key * 4;
            } else {
                acc = cells.get(key);
                i = 0;
            }
            acc[i]++;
            acc[i + 1] += lat;
            acc[i + 2] += lon;
            acc[i + 3] += killed;
        }

        /** Adds the cells of {@code other} (same zoom) to these. */
        void merge(Accumulator other) {
            combine(other, 1);
        }

        /** Takes the cells of {@code other} (same zoom; a subset of what was added here) from these. */
        void subtract(Accumulator other) {
            combine(other, -1);
        }

        /** A copy to add to or take from, leaving this one as it is. */
        Accumulator copy() {
            Accumulator c = new Accumulator(zoom);
            c.merge(this);
            return c;
        }

        private void combine(Accumulator other, int sign) {
            if (other.zoom != zoom) throw new IllegalArgumentException("zoom " + other.zoom + " is not " + zoom);
            if (dense != null) {
                for (int i = 0; i < dense.length; i++) dense[i] += sign * other.dense[i];
                return;
            }
            for (int slot = 0; slot < other.cells.keys.length; slot++) {
                long[] o = other.cells.values[slot];
                if (o == null) continue;
                long[] acc = cells.get(other.cells.keys[slot]);
                for (int i = 0; i < 4; i++) acc[i] += sign * o[i];
            }
        }

        SearchResult.Grid result() {
            List<SearchResult.GridCell> out = new ArrayList<>();
            if (dense != null) {
                for (int key = 0; key < n * n; key++) {
                    if (dense[key * 4] > 0) out.add(cell(key, dense, key * 4));
                }
            } else {
                for (int slot = 0; slot < cells.keys.length; slot++) {
                    long[] acc = cells.values[slot];
                    if (acc != null && acc[0] > 0) out.add(cell(cells.keys[slot], acc, 0));
                }
            }
            out.sort(Comparator.comparingLong(SearchResult.GridCell::count).reversed().thenComparing(SearchResult.GridCell::key));
            return new SearchResult.Grid(zoom, List.copyOf(out));
        }

        private SearchResult.GridCell cell(long key, long[] acc, int i) {
            long count = acc[i];
            long x = key / n;
            long y = key % n;
            double west = -180 + x * w;
            double north = 90 - y * h;
            // A plain mean is a fair centroid: no cell straddles the antimeridian and cells are small on the globe.
            return new SearchResult.GridCell(zoom + "/" + x + "/" + y, count, round((double) acc[i + 1] / count * LAT_STEP),
                    round((double) acc[i + 2] / count * LON_STEP), acc[i + 3], new BoundingBox(west, north - h, west + w, north));
        }
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
        long[][] values = new long[64][];
        int size;

        long[] get(long key) {
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
            return values[slot] = new long[4];
        }

        private void grow() {
            long[] oldKeys = keys;
            long[][] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new long[oldKeys.length * 2][];
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
