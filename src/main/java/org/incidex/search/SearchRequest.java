package org.incidex.search;

import org.incidex.index.Fields;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated search: free text, facet filters (values of one dimension OR together, dimensions AND), a date range,
 * casualty bounds, geo filters, how facets are listed, order, and the page (an offset page up to {@link #MAX_PAGE}, or
 * a cursor). Construction validates and throws {@link InvalidRequestException} naming the bad parameter. Immutable.
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
 * @param injuredMin at least this many injured, or null
 * @param injuredMax at most this many injured, or null
 * @param bbox      only incidents inside this box, or null
 * @param near      only incidents within this distance of a point, or null
 * @param facetOptions dimension → prefix filter and "list them all" for that facet (absent: top {@code facetSize})
 * @param interval  the date histogram's bucket width, or null to choose it from the date range
 * @param zoom      the map grid's level (cells of 360/2^zoom by 180/2^zoom degrees, 0..20), or null to choose it
 *                  from {@code bbox}/{@code near} (else 3)
 * @param after     a {@link Cursor} token from a previous response's {@code next}: continue after its last hit
 *                  (then {@code page} must be 1), or null
 */
public record SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to,
                            Integer killedMin, Integer killedMax, SortOrder sort, int page, int size, int facetSize,
                            Integer injuredMin, Integer injuredMax, BoundingBox bbox, Near near,
                            Map<String, FacetOptions> facetOptions, DateInterval interval, Integer zoom, String after) {
    public static final int MAX_SIZE = 100;
    /** Offset paging stops here (page × size hits are collected and all but one page thrown away); deeper pages
     *  continue from a cursor ({@code after}), which costs the same at any depth. */
    public static final int MAX_PAGE = 10;
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
        if (injuredMin != null && injuredMin < 0) throw new InvalidRequestException("injuredMin must be >= 0, was " + injuredMin);
        if (injuredMax != null && injuredMax < 0) throw new InvalidRequestException("injuredMax must be >= 0, was " + injuredMax);
        if (injuredMin != null && injuredMax != null && injuredMin > injuredMax) {
            throw new InvalidRequestException("injuredMin " + injuredMin + " is greater than injuredMax " + injuredMax);
        }
        Map<String, FacetOptions> opts = new LinkedHashMap<>();
        if (facetOptions != null) {
            facetOptions.forEach((dim, o) -> {
                if (!Fields.FACET_DIMS.contains(dim)) {
                    throw new InvalidRequestException("facet." + dim + ": unknown facet; facets are " + Fields.FACET_DIMS);
                }
                if (o != null) opts.put(dim, o);
            });
        }
        facetOptions = Map.copyOf(opts);
        if (zoom != null && (zoom < 0 || zoom > GeoGrid.MAX_ZOOM)) {
            throw new InvalidRequestException("zoom must be 0.." + GeoGrid.MAX_ZOOM + ", was " + zoom);
        }
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (page < 1) throw new InvalidRequestException("page must be >= 1, was " + page);
        if (size < 1 || size > MAX_SIZE) throw new InvalidRequestException("size must be 1.." + MAX_SIZE + ", was " + size);
        if (page > MAX_PAGE) {
            throw new InvalidRequestException("page " + page + " is too deep for offset paging (at most " + MAX_PAGE
                    + "); to go further, pass the previous response's 'next' as after=");
        }
        after = after == null || after.isBlank() ? null : after.strip();
        if (after != null) {
            if (page != 1) throw new InvalidRequestException("page and after cannot be combined; after continues from a cursor, leave page out");
            Cursor.decode(after, sort); // fail now, with the parameter's name, rather than mid-search
        }
        if (facetSize < 1 || facetSize > 1000) throw new InvalidRequestException("facetSize must be 1..1000, was " + facetSize);
    }

    /** The request of the first version of the API: no injured bounds, geo filters, facet options or cursor. */
    public SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to,
                         Integer killedMin, Integer killedMax, SortOrder sort, int page, int size, int facetSize) {
        this(query, filters, from, to, killedMin, killedMax, sort, page, size, facetSize, null, null, null, null,
                Map.of(), null, null, null);
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
        return new SearchRequest(query, f, from, to, killedMin, killedMax, sort, page, size, facetSize, injuredMin,
                injuredMax, bbox, near, facetOptions, interval, zoom, after);
    }

    /** The same search continuing after {@code cursor} (a previous response's {@code next}). */
    public SearchRequest withAfter(String cursor) {
        return new SearchRequest(query, filters, from, to, killedMin, killedMax, sort, 1, size, facetSize, injuredMin,
                injuredMax, bbox, near, facetOptions, interval, zoom, cursor);
    }

    /** How {@code dim}'s facet is listed. */
    public FacetOptions facetOptions(String dim) {
        return facetOptions.getOrDefault(dim, FacetOptions.DEFAULT);
    }
}
