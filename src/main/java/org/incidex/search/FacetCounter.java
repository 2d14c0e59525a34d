package org.incidex.search;

import org.incidex.index.Fields;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists the keyword facets (group, country, region, city, year, attack type, target) from drill-sideways counts:
 * every counted value of a dimension is read (a few hundred groups or cities at most, counted in one pass over
 * the matches anyway), filtered by the request's prefix, ordered by count then name, and cut to
 * {@code facetSize} unless the request asks for {@code more}. The number of values before the cut is reported so a
 * client knows whether "more" would show anything. Stateless.
 */
final class FacetCounter {
    private static final Comparator<SearchResult.FacetValue> ORDER =
            Comparator.comparingLong(SearchResult.FacetValue::count).reversed().thenComparing(SearchResult.FacetValue::value);

    private FacetCounter() {}

    /** The listed values and, per dimension, how many values passed the prefix filter. */
    record Listed(Map<String, List<SearchResult.FacetValue>> values, Map<String, Integer> totals) {}

    /**
     * @param counted a dimension's values with a count above zero (any order; empty when the generation has none)
     */
    static Listed count(java.util.function.Function<String, List<SearchResult.FacetValue>> counted, SearchRequest req) {
        Map<String, List<SearchResult.FacetValue>> values = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (String dim : Fields.FACET_DIMS) {
            FacetOptions opts = req.facetOptions(dim);
            List<SearchResult.FacetValue> all = new ArrayList<>();
            for (SearchResult.FacetValue v : counted.apply(dim)) if (opts.accepts(v.value())) all.add(v);
            all.sort(ORDER);
            int limit = opts.more() ? FacetOptions.MAX_VALUES : req.facetSize();
            values.put(dim, List.copyOf(all.subList(0, Math.min(limit, all.size()))));
            totals.put(dim, all.size());
        }
        return new Listed(values, totals);
    }
}
