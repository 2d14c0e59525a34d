package org.incidex.search;

import org.incidex.model.Place;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of hits and the aggregations for the whole result.
 *
 * @param total       number of matching incidents
 * @param page        1-based page number (1 when the page continues from a cursor)
 * @param size        page size asked for
 * @param hits        this page's hits
 * @param facets      dimension → values with counts, most frequent first, then by name (drill-sideways for filtered
 *                    dimensions); at most {@code facetSize} values, or all of them for {@code facet.DIM.more}
 * @param next        a {@link Cursor} token for the page after this one ({@code after=}), or null on the last page
 * @param facetTotals dimension → how many values it has for this search (after its prefix filter); more than
 *                    listed in {@code facets} means {@code facet.DIM.more=true} lists the rest
 * @param ranges      {@code killed} and {@code injured} → counts per range (drill-sideways for a bounded one)
 * @param dates       matching incidents per year, month or day
 * @param grid        matching incidents per map cell
 * @param didYouMean  for a query without hits, a corrected query (plain text) that finds incidents with the same
 *                    filters; null when there are hits or no correction finds any
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets,
                           String next, Map<String, Integer> facetTotals, Map<String, List<RangeCount>> ranges,
                           Histogram dates, Grid grid, String didYouMean) {

    /** A result without the aggregations added with cursors, ranges, histogram and grid, and no suggestion. */
    public SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets) {
        this(total, page, size, hits, facets, null, Map.of(), Map.of(), null, null, null);
    }

    /** This result with a spelling suggestion. */
    public SearchResult withDidYouMean(String suggestion) {
        return new SearchResult(total, page, size, hits, facets, next, facetTotals, ranges, dates, grid, suggestion);
    }

    /**
     * A hit: the incident's key fields and a snippet whose only markup is {@code <mark>} (the rest is escaped).
     * {@code groups} lists the groups tied to the attack; groups only mentioned are on the incident page.
     */
    public record Hit(String id, String title, String date, Place place, List<String> groups, Integer killed,
                      Integer injured, Integer hostages, List<String> attackTypes, String snippet) {}

    public record FacetValue(String value, long count) {}

    /**
     * A casualty range: {@code min..max} inclusive ({@code max} null: no upper bound), e.g. key "10-49".
     * The same bounds as {@code killedMin}/{@code killedMax} select it.
     */
    public record RangeCount(String key, int min, Integer max, long count) {}

    /**
     * The date histogram.
     *
     * @param interval "year", "month" or "day"
     * @param from     first day drawn (null when nothing is dated)
     * @param to       last day drawn
     * @param buckets  every bucket from {@code from} to {@code to}, empty ones included
     * @param undated  matching incidents without a date (in no bucket)
     */
    public record Histogram(String interval, LocalDate from, LocalDate to, List<HistogramBucket> buckets, long undated) {}

    /** One bar: key "2015", "2015-11" or "2015-11-20"; its first and last day; the incidents dated in it. */
    public record HistogramBucket(String key, LocalDate from, LocalDate to, long count) {}

    /** The map grid: its zoom and the non-empty cells, most incidents first. */
    public record Grid(int zoom, List<GridCell> cells) {}

    /** One cell "zoom/x/y": how many incidents, their mean position, their killed (sum of the known counts; an
     *  incident with no figure adds nothing), and the cell's bounds. */
    public record GridCell(String key, long count, double lat, double lon, long killed, BoundingBox bounds) {}
}
