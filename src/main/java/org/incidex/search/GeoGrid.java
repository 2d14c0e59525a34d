package org.incidex.search;


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

    /** Cells of one zoom level filled one incident at a time; not thread-safe. */
    static final class Accumulator {
        private final int zoom;
        private final long n;
        private final double w;
        private final double h;
        // x * n + y → {count, sumLat, sumLon, sumKilled}: in one flat array up to DENSE_ZOOM (the world view and
        // continents: a look-up is an index), in a hash table of the cells that occur beyond it.
        private final double[] dense;
        private final Cells cells;

        Accumulator(int zoom) {
            this.zoom = zoom;
            this.n = 1L << zoom;
            this.w = 360.0 / n;
            this.h = 180.0 / n;
            this.dense = zoom <= DENSE_ZOOM ? new double[(int) (n * n) * 4] : null;
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

        void add(double lat, double lon, long killed) {
            addToCell(key(zoom, lat, lon), lat, lon, killed);
        }

        /** Adds a position whose cell key at this accumulator's zoom is already known ({@link #key}). */
        void addToCell(long key, double lat, double lon, long killed) {
            if (dense != null) {
                int i = (int) key * 4;
                dense[i]++;
                dense[i + 1] += lat;
                dense[i + 2] += lon;
                dense[i + 3] += killed;
                return;
            }
            double[] acc = cells.get(key);
            acc[0]++;
            acc[1] += lat;
            acc[2] += lon;
            acc[3] += killed;
        }

        /** Adds the cells of {@code other} (same zoom) to these. */
        void merge(Accumulator other) {
            if (other.zoom != zoom) throw new IllegalArgumentException("zoom " + other.zoom + " is not " + zoom);
            if (dense != null) {
                for (int i = 0; i < dense.length; i++) dense[i] += other.dense[i];
                return;
            }
            for (int slot = 0; slot < other.cells.keys.length; slot++) {
                double[] o = other.cells.values[slot];
                if (o == null) continue;
                double[] acc = cells.get(other.cells.keys[slot]);
                for (int i = 0; i < 4; i++) acc[i] += o[i];
            }
        }

        SearchResult.Grid result() {
            List<SearchResult.GridCell> out = new ArrayList<>();
            if (dense != null) {
                for (int key = 0; key < n * n; key++) {
                    if (dense[key * 4] > 0) out.add(cell(key, dense[key * 4], dense[key * 4 + 1], dense[key * 4 + 2], dense[key * 4 + 3]));
                }
            } else {
                for (int slot = 0; slot < cells.keys.length; slot++) {
                    double[] acc = cells.values[slot];
                    if (acc != null) out.add(cell(cells.keys[slot], acc[0], acc[1], acc[2], acc[3]));
                }
            }
            out.sort(Comparator.comparingLong(SearchResult.GridCell::count).reversed().thenComparing(SearchResult.GridCell::key));
            return new SearchResult.Grid(zoom, List.copyOf(out));
        }

        private SearchResult.GridCell cell(long key, double count, double sumLat, double sumLon, double sumKilled) {
            long x = key / n;
            long y = key % n;
            double west = -180 + x * w;
            double north = 90 - y * h;
            // A plain mean is a fair centroid: no cell straddles the antimeridian and cells are small on the globe.
            return new SearchResult.GridCell(zoom + "/" + x + "/" + y, (long) count, round(sumLat / count),
                    round(sumLon / count), (long) sumKilled, new BoundingBox(west, north - h, west + w, north));
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
