package org.incidex.search;

import org.incidex.index.Fields;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated search: free text, facet filters (values of one dimension OR together, dimensions AND), a date range,
 * casualty bounds, order and page. Construction validates and throws {@link InvalidRequestException} naming the bad
 * parameter.
 *
 * @param query     free text in the query language, or blank for everything
 * @param filters   dimension ({@link Fields#FACET_DIMS}) → accepted values
 * @param from      first day, inclusive, or null
 * @param to        last day, inclusive, or null
 * @param killedMin at least this many killed, or null
 * @param killedMax at most this many killed, or null
 * @param sort      result order
 * @param page      1-based page number
 * @param size      hits per page (1..100)
 * @param facetSize values per facet dimension (1..1000)
 */
public record SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to,
                            Integer killedMin, Integer killedMax, SortOrder sort, int page, int size, int facetSize) {
    public static final int MAX_SIZE = 100;
    public static final int MAX_DEPTH = 10_000;
    public static final int MAX_QUERY_CHARS = 2_000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_CHARS) {
            throw new InvalidRequestException("q is " + query.length() + " characters; the limit is " + MAX_QUERY_CHARS);
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((dim, values) -> {
                if (!Fields.FACET_DIMS.contains(dim)) {
                    throw new InvalidRequestException("unknown filter '" + dim + "'; filters are " + Fields.FACET_DIMS);
                }
                List<String> vs = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
                if (!vs.isEmpty()) copy.put(dim, vs);
            });
        }
        filters = Map.copyOf(copy);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("from " + from + " is after to " + to);
        }
        if (killedMin != null && killedMin < 0) throw new InvalidRequestException("killedMin must be >= 0, was " + killedMin);
        if (killedMax != null && killedMax < 0) throw new InvalidRequestException("killedMax must be >= 0, was " + killedMax);
        if (killedMin != null && killedMax != null && killedMin > killedMax) {
            throw new InvalidRequestException("killedMin " + killedMin + " is greater than killedMax " + killedMax);
        }
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (page < 1) throw new InvalidRequestException("page must be >= 1, was " + page);
        if (size < 1 || size > MAX_SIZE) throw new InvalidRequestException("size must be 1.." + MAX_SIZE + ", was " + size);
        if ((long) page * size > MAX_DEPTH) {
            throw new InvalidRequestException("page " + page + " x size " + size + " goes deeper than " + MAX_DEPTH + " hits");
        }
        if (facetSize < 1 || facetSize > 1000) throw new InvalidRequestException("facetSize must be 1..1000, was " + facetSize);
    }

    /** Everything, first page, relevance order. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), null, null, null, null, SortOrder.RELEVANCE, 1, 20, 10);
    }

    /** The same request with another free-text query (validated again). */
    public SearchRequest withQuery(String q) {
        return new SearchRequest(q, filters, from, to, killedMin, killedMax, sort, page, size, facetSize);
    }

    public SearchRequest withFilters(Map<String, List<String>> f) {
        return new SearchRequest(query, f, from, to, killedMin, killedMax, sort, page, size, facetSize);
    }
}
