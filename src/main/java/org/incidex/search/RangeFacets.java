package org.incidex.search;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.incidex.index.Fields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Range facets over the killed and injured doc values: 0, 1–9, 10–49, 50–99, 100+. Counted with Lucene's
 * {@link LongRangeFacetCounts} over the documents {@link SidewaysSearch} collected for that dimension, so a
 * {@code killedMin} filter does not hide the other killed ranges (it does narrow the injured ones). Incidents whose
 * toll is unknown are in no bucket. Stateless.
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

    static Map<String, List<SearchResult.RangeCount>> count(SidewaysSearch search) throws IOException {
        Map<String, List<SearchResult.RangeCount>> out = new LinkedHashMap<>();
        for (String dim : DIMS) {
            FacetResult fr = new LongRangeFacetCounts(dim, search.forDimension(dim), BUCKETS).getAllChildren(dim);
            Map<String, Long> counts = new HashMap<>();
            if (fr != null) for (LabelAndValue lv : fr.labelValues) counts.put(lv.label, lv.value.longValue());
            List<SearchResult.RangeCount> list = new ArrayList<>(BUCKETS.length);
            for (LongRange r : BUCKETS) {
                list.add(new SearchResult.RangeCount(r.label, (int) r.min,
                        r.max == Long.MAX_VALUE ? null : (int) r.max, counts.getOrDefault(r.label, 0L)));
            }
            out.put(dim, List.copyOf(list));
        }
        return out;
    }
}
