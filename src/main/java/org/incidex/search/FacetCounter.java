package org.incidex.search;

import org.incidex.index.Fields;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists the keyword facets (group, country, region, city, year, attack type, target) from drill-sideways counts:
 * every counted value of a dimension is read (a few hundred groups or thousands of cities, counted in one pass over
 * the matches anyway), filtered by the request's prefix, ordered by count then name, and cut to {@code facetSize}
 * unless the request asks for {@code more}. The number of values before the cut is reported so a client knows
 * whether "more" would show anything. Only the values listed are named and sorted: the cut is found on the counts
 * alone, names break ties at the cut. Stateless.
 */
final class FacetCounter {
    static final Comparator<SearchResult.FacetValue> ORDER =
            Comparator.comparingLong(SearchResult.FacetValue::count).reversed().thenComparing(SearchResult.FacetValue::value);

    private FacetCounter() {}

    /** The listed values and, per dimension, how many values passed the prefix filter. */
    record Listed(Map<String, List<SearchResult.FacetValue>> values, Map<String, Integer> totals) {}

    /**
     * A dimension's counts: values {@code 0..size-1}, each with its count (zero: not counted) and its name (read
     * only for values that may be listed, or for every counted one when the request filters by prefix).
     */
    interface Counts {
        int size();

        int count(int i);

        String value(int i);
    }

    /** No values: a dimension the generation does not hold. */
    static final Counts NONE = new Counts() {
        public int size() { return 0; }

        public int count(int i) { return 0; }

        public String value(int i) { throw new IndexOutOfBoundsException(i); }
    };

    static Listed count(java.util.function.Function<String, Counts> counted, SearchRequest req) {
        Map<String, List<SearchResult.FacetValue>> values = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (String dim : Fields.FACET_DIMS) {
            FacetOptions opts = req.facetOptions(dim);
            Counts c = counted.apply(dim);
            int[] listed = new int[c.size()]; // the values that pass: counted, and the prefix when there is one
            int n = 0;
            for (int i = 0; i < c.size(); i++) {
                if (c.count(i) > 0 && (opts.prefix() == null || opts.accepts(c.value(i)))) listed[n++] = i;
            }
            int limit = opts.more() ? FacetOptions.MAX_VALUES : req.facetSize();
            values.put(dim, top(c, listed, n, limit));
            totals.put(dim, n);
        }
        return new Listed(values, totals);
    }

    /** The {@code limit} first of {@code candidates[0..n)} in {@link #ORDER}, in that order. */
    private static List<SearchResult.FacetValue> top(Counts c, int[] candidates, int n, int limit) {
        int cut = 0; // values counted more than this are listed for sure; ties at it are taken by name
        if (n > limit && limit > 0) {
            int[] counts = new int[n];
            for (int k = 0; k < n; k++) counts[k] = c.count(candidates[k]);
            Arrays.sort(counts);
            cut = counts[n - limit];
        } else if (limit <= 0) {
            return List.of();
        }
        List<SearchResult.FacetValue> out = new ArrayList<>(Math.min(n, limit));
        List<SearchResult.FacetValue> ties = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int count = c.count(candidates[k]);
            if (count > cut || n <= limit) out.add(new SearchResult.FacetValue(c.value(candidates[k]), count));
            else if (count == cut) ties.add(new SearchResult.FacetValue(c.value(candidates[k]), count));
        }
        if (!ties.isEmpty()) {
            ties.sort(ORDER);
            out.addAll(ties.subList(0, Math.min(ties.size(), limit - out.size())));
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }
}
