package org.incidex.search;

import java.util.List;

/**
 * Incidents like one incident, most alike first.
 *
 * @param id   the incident they are like (never among the hits)
 * @param hits the related incidents; snippets are the escaped summaries
 */
public record RelatedResult(String id, List<SearchResult.Hit> hits) {
    /** Largest {@code size} a caller may ask for. */
    public static final int MAX_SIZE = 50;
}
