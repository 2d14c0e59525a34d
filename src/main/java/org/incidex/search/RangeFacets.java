package org.incidex.search;

import org.apache.lucene.facet.range.LongRange;
import org.incidex.index.Fields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Range facets over the killed and injured counts: 0, 1–9, 10–49, 50–99, 100+. {@link Aggregations} counts them over
 * the matches of every filter but that dimension's ({@link QueryBuilder#sidewaysQueries}), so a {@code killedMin} filter does not hide the
 * other killed ranges (it does narrow the injured ones). Incidents whose toll is unknown are in no bucket. Stateless.
 */
final class RangeFacets {
    /** The range facets, in display order. */
    static final List<String> DIMS = List.of(Fields.KILLED, Fields.INJURED);

    // Keys are ASCII so they can go into a URL as they are; min/max say the same for programs.
    private static final LongRange[] BUCKETS = {
            new LongRange("0", 0, true, 0, true),
            new LongRange("1-9", 1, true, 9, true),
            new LongRange("10-49", 10, true, 49, true),
            new LongRange("50-99", 50, true, 99, true),
            new LongRange("100+", 100, true, Long.MAX_VALUE, true),
    };

    private RangeFacets() {}

    /** Number of buckets per dimension. */
    static final int BUCKET_COUNT = BUCKETS.length;

    /** The bucket of a known (non-negative) count: every one falls in exactly one. */
    static int bucket(long value) {
        for (int i = 0; i < BUCKETS.length; i++) if (BUCKETS[i].accept(value)) return i;
        throw new IllegalArgumentException("no casualty bucket holds " + value);
    }

    /** Slots per dimension in a {@link #code}: the buckets, then one for an unknown count. */
    static final int SLOTS = BUCKETS.length + 1;

    /** Number of distinct codes. */
    static final int CODES = SLOTS * SLOTS;

    /**
     * One incident's killed and injured buckets in one number ({@code -1}: unknown), so counting both ranges is one
     * increment of {@code counts[code]} instead of two bucket searches per match.
     */
    static byte code(long killed, long injured) {
        return (byte) (slot(killed) * SLOTS + slot(injured));
    }

    private static int slot(long value) {
        return value < 0 ? BUCKET_COUNT : bucket(value);
    }

    /** The bucket of dimension {@code dim} ({@link #DIMS} index) in {@code code}, or -1 when that count is unknown. */
    static int codeBucket(int code, int dim) {
        int slot = dim == 0 ? code / SLOTS : code % SLOTS;
        return slot == BUCKET_COUNT ? -1 : slot;
    }

    /** Per dimension, the bucket counts of {@code codeCounts} ({@code codeCounts[code]}: incidents with that code). */
    static long[][] fromCodes(long[] codeCounts) {
        long[][] counts = new long[DIMS.size()][BUCKET_COUNT];
        for (int code = 0; code < CODES; code++) {
            for (int d = 0; d < DIMS.size(); d++) {
                int b = codeBucket(code, d);
                if (b >= 0) counts[d][b] += codeCounts[code];
            }
        }
        return counts;
    }

    /** The buckets with their counts, {@code counts[d][b]} being dimension d's ({@link #DIMS}) bucket b. */
    static Map<String, List<SearchResult.RangeCount>> list(long[][] counts) {
        Map<String, List<SearchResult.RangeCount>> out = new LinkedHashMap<>();
        for (int d = 0; d < DIMS.size(); d++) {
            List<SearchResult.RangeCount> list = new ArrayList<>(BUCKETS.length);
            for (int b = 0; b < BUCKETS.length; b++) {
                LongRange r = BUCKETS[b];
                list.add(new SearchResult.RangeCount(r.label, (int) r.min,
                        r.max == Long.MAX_VALUE ? null : (int) r.max, counts[d][b]));
            }
            out.put(DIMS.get(d), List.copyOf(list));
        }
        return out;
    }
}
