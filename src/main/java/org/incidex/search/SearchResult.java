package org.incidex.search;

import org.incidex.model.Place;

import java.util.List;
import java.util.Map;

/**
 * One page of hits and the facet counts for the whole result.
 *
 * @param total  number of matching incidents
 * @param page   1-based page number
 * @param size   page size asked for
 * @param hits   this page's hits
 * @param facets dimension → values with counts, most frequent first (drill-sideways for filtered dimensions)
 * @param didYouMean for a query without hits, a corrected query (plain text) that finds incidents with the same
 *                   filters; null when there are hits or no correction finds any
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets,
                           String didYouMean) {

    /** A result without a spelling suggestion. */
    public SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets) {
        this(total, page, size, hits, facets, null);
    }

    /**
     * A hit: the incident's key fields and a snippet whose only markup is {@code <mark>} (the rest is escaped).
     * {@code groups} lists the groups tied to the attack; groups only mentioned are on the incident page.
     */
    public record Hit(String id, String title, String date, Place place, List<String> groups, Integer killed,
                      Integer injured, Integer hostages, List<String> attackTypes, String snippet) {}

    public record FacetValue(String value, long count) {}
}
