package org.incidex.search;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;
import org.incidex.index.Fields;
import org.incidex.index.IndexSnapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the aggregations read of each incident, per generation, in plain arrays: its facet values as global ordinals,
 * its day, coordinates and casualty counts. Every search counts facets, casualty ranges, the date histogram and the
 * map grid over all its matches; reading those from doc values meant decoding seven facet dimensions and four
 * numeric fields per match per search (a third of a search's time at 100,000 incidents). The arrays are read once
 * when a generation is first searched and kept with its {@link IndexSnapshot} (about 40 bytes per incident with seven facet values).
 * Immutable after loading; thread-safe.
 */
final class DocColumns {
    /** Marks a missing int value (no date, unknown toll). */
    static final int NONE = Integer.MIN_VALUE;

    /** One segment's columns, indexed by the segment's doc id. */
    static final class Leaf {
        final int[] day;
        final int[] killed; // the grid sums it per cell
        final byte[] casualties; // the killed and injured buckets in one code (RangeFacets.code): one look-up per match
        final int[] lat; // Lucene's encoding (GeoEncodingUtils); read only where cell >= 0
        final int[] lon;
        final short[] cell; // the grid cell key at GeoGrid.DEFAULT_ZOOM (the world view every plain search draws); -1: no coordinates
        final int[] ordStart; // the document's ordinals, ascending, are ords[ordStart[doc] .. ordStart[doc + 1])
        // Exactly one is set: 16-bit ordinals while the generation has at most 65,536 facet values (then the ordinal
        // column, the largest, is read in half the memory traffic; counting is bound by it), else 32-bit.
        private final char[] ords16;
        private final int[] ords32;

        /** @param narrow whether every ordinal fits 16 bits ({@link #narrow(int)}) */
        Leaf(int[] day, int[] killed, byte[] casualties, int[] lat, int[] lon, short[] cell, int[] ordStart,
             int[] ords, boolean narrow) {
            this.day = day;
            this.killed = killed;
            this.casualties = casualties;
            this.lat = lat;
            this.lon = lon;
            this.cell = cell;
            this.ordStart = ordStart;
            for (int d = 0; d + 1 < ordStart.length; d++) {
                for (int i = ordStart[d] + 1; i < ordStart[d + 1]; i++) {
                    if (ords[i] <= ords[i - 1]) throw new IllegalArgumentException("the ordinals of document " + d + " do not ascend");
                }
            }
            if (narrow) {
                this.ords16 = new char[ords.length];
                for (int i = 0; i < ords.length; i++) {
                    if (ords[i] >>> 16 != 0) throw new IllegalArgumentException("ordinal " + ords[i] + " does not fit 16 bits");
                    ords16[i] = (char) ords[i];
                }
                this.ords32 = null;
            } else {
                this.ords16 = null;
                this.ords32 = ords;
            }
        }

        /** Adds one to {@code counts[ord]} for every ordinal of each of {@code docs[0..n)}. */
        void countOrds(int[] docs, int n, int[] counts) {
            if (ords16 != null) {
                char[] o = ords16;
                for (int b = 0; b < n; b++) {
                    for (int i = ordStart[docs[b]], end = ordStart[docs[b] + 1]; i < end; i++) counts[o[i]]++;
                }
            } else {
                int[] o = ords32;
                for (int b = 0; b < n; b++) {
                    for (int i = ordStart[docs[b]], end = ordStart[docs[b] + 1]; i < end; i++) counts[o[i]]++;
                }
            }
        }

        /** As {@link #countOrds}, for the ordinals in {@code [first, last]} only (one dimension's). */
        void countOrds(int[] docs, int n, int[] counts, int first, int last) {
            for (int b = 0; b < n; b++) {
                for (int i = ordStart[docs[b]], end = ordStart[docs[b] + 1]; i < end; i++) {
                    int ord = ords16 != null ? ords16[i] : ords32[i];
                    if (ord > last) break; // a document's ordinals ascend
                    if (ord >= first) counts[ord]++;
                }
            }
        }
    }

    /** Whether a generation with {@code ordinals} facet values keeps them in 16 bits. */
    static boolean narrow(int ordinals) {
        return ordinals <= 1 << 16;
    }

    private final Leaf[] leaves;
    private final List<LeafReaderContext> contexts;
    private final long liveDocs;
    private volatile MatchPass everything;
    private final String[] values; // global ordinal → facet value
    private final Map<String, SortedSetDocValuesReaderState.OrdRange> dims;
    private final int ordinals;
    private final int firstDay; // NONE when no incident is dated
    private final int lastDay;

    private DocColumns(List<LeafReaderContext> contexts, Leaf[] leaves, String[] values,
                       Map<String, SortedSetDocValuesReaderState.OrdRange> dims) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Leaf l : leaves) {
            for (int d : l.day) {
                if (d == NONE) continue;
                first = Math.min(first, d);
                last = Math.max(last, d);
            }
        }
        this.firstDay = first > last ? NONE : first;
        this.lastDay = first > last ? NONE : last;
        this.leaves = leaves;
        this.contexts = List.copyOf(contexts);
        this.liveDocs = contexts.stream().mapToLong(c -> c.reader().numDocs()).sum();
        this.values = values;
        this.dims = dims;
        this.ordinals = values.length;
    }

    /** The columns of {@code snap}, read on first use and kept with it. */
    static DocColumns of(IndexSnapshot snap) {
        return snap.derived(DocColumns.class, DocColumns::load);
    }

    Leaf leaf(LeafReaderContext context) {
        return leaves[context.ord];
    }

    /** The generation's segments. */
    List<LeafReaderContext> contexts() {
        return contexts;
    }

    /** Number of incidents (live documents) in the generation. */
    long liveDocs() {
        return liveDocs;
    }

    /**
     * The counts of every incident of the generation at {@link GeoGrid#DEFAULT_ZOOM}, counted on first use and kept:
     * a search matching most incidents is counted as these less the few it does not match. Shared: read, never
     * modify (take a {@link MatchPass#copy()}).
     */
    MatchPass everything() throws IOException {
        MatchPass e = everything;
        if (e == null) {
            synchronized (this) {
                e = everything;
                if (e == null) everything = e = new MatchPass(this, GeoGrid.DEFAULT_ZOOM).countMissing(this, List.of());
            }
        }
        return e;
    }

    /** Day counts sized for this generation's dates (epoch days), counted in place. */
    DateHistogram.DayCounts newDayCounts() {
        return firstDay == NONE ? new DateHistogram.DayCounts() : new DateHistogram.DayCounts(firstDay, lastDay);
    }

    /** Number of facet ordinals (all dimensions). */
    int ordinals() {
        return ordinals;
    }

    /** The ordinals of {@code dim}'s values, or null when no incident of this generation has one. */
    SortedSetDocValuesReaderState.OrdRange range(String dim) {
        return dims.get(dim);
    }

    /** The facet value (without its dimension) of a global ordinal. */
    String value(int ord) {
        return values[ord];
    }

    private static DocColumns load(IndexSnapshot snap) {
        try {
            SortedSetDocValuesReaderState state = snap.facetState();
            SortedSetDocValues all = state.getDocValues();
            OrdinalMap map = all instanceof MultiDocValues.MultiSortedSetDocValues m ? m.mapping : null;
            String[] values = new String[state.getSize()];
            for (int ord = 0; ord < values.length; ord++) {
                String[] path = FacetsConfig.stringToPath(all.lookupOrd(ord).utf8ToString());
                values[ord] = path[path.length - 1];
            }
            Map<String, SortedSetDocValuesReaderState.OrdRange> dims = new HashMap<>();
            for (String dim : Fields.FACET_DIMS) {
                SortedSetDocValuesReaderState.OrdRange r = state.getOrdRange(dim);
                if (r != null) dims.put(dim, r);
            }
            List<LeafReaderContext> contexts = snap.searcher().getIndexReader().leaves();
            Leaf[] leaves = new Leaf[contexts.size()];
            for (LeafReaderContext c : contexts) {
                leaves[c.ord] = leaf(c.reader(), state.getField(), map == null ? LongValues.IDENTITY : map.getGlobalOrds(c.ord),
                        values.length);
            }
            return new DocColumns(contexts, leaves, values, Map.copyOf(dims));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the aggregation columns of " + snap.generationName(), e);
        }
    }

    private static Leaf leaf(LeafReader reader, String facetField, LongValues toGlobal, int ordinals) throws IOException {
        int n = reader.maxDoc();
        int[] day = ints(DocValues.getNumeric(reader, Fields.DATE_DAY), n);
        int[] killed = ints(DocValues.getNumeric(reader, Fields.KILLED), n);
        int[] injured = ints(DocValues.getNumeric(reader, Fields.INJURED), n);
        byte[] casualties = new byte[n];
        for (int doc = 0; doc < n; doc++) {
            casualties[doc] = RangeFacets.code(killed[doc] == NONE ? -1 : killed[doc], injured[doc] == NONE ? -1 : injured[doc]);
        }
        int[] lat = new int[n];
        int[] lon = new int[n];
        short[] cell = new short[n];
        Arrays.fill(cell, (short) -1);
        SortedNumericDocValues points = DocValues.getSortedNumeric(reader, Fields.LOCATION);
        for (int doc = points.nextDoc(); doc != SortedNumericDocValues.NO_MORE_DOCS; doc = points.nextDoc()) {
            long v = points.nextValue(); // the first point, as the grid always used
            lat[doc] = (int) (v >>> 32);
            lon[doc] = (int) (v & 0xFFFFFFFFL);
            cell[doc] = (short) GeoGrid.Accumulator.key(GeoGrid.DEFAULT_ZOOM, GeoEncodingUtils.decodeLatitude(lat[doc]),
                    GeoEncodingUtils.decodeLongitude(lon[doc]));
        }
        int[] ordStart = new int[n + 1];
        int[] ords = new int[Math.max(16, n * 4)];
        int size = 0;
        SortedSetDocValues ss = DocValues.getSortedSet(reader, facetField);
        int doc = ss.nextDoc();
        for (int d = 0; d < n; d++) {
            ordStart[d] = size;
            if (doc != d) continue;
            for (int i = 0; i < ss.docValueCount(); i++) {
                if (size == ords.length) ords = Arrays.copyOf(ords, size * 2);
                ords[size++] = (int) toGlobal.get(ss.nextOrd());
            }
            doc = ss.nextDoc();
        }
        ordStart[n] = size;
        return new Leaf(day, killed, casualties, lat, lon, cell, ordStart, Arrays.copyOf(ords, size), narrow(ordinals));
    }

    private static int[] ints(NumericDocValues dv, int n) throws IOException {
        int[] out = new int[n];
        Arrays.fill(out, NONE);
        for (int doc = dv.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = dv.nextDoc()) {
            out[doc] = Math.toIntExact(dv.longValue());
        }
        return out;
    }
}
