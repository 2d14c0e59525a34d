package org.incidex.search;

import org.apache.lucene.facet.range.LongRange;
import org.incidex.index.Fields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Range facets over the killed and injured counts: 0, 1–9, 10–49, 50–99, 100+. {@link Aggregations} counts them over
 * the documents {@link SidewaysSearch} collected for that dimension, so a {@code killedMin} filter does not hide the
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
