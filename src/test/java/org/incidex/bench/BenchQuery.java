package org.incidex.bench;

import java.util.Map;

/**
 * One query of the benchmark's rotating mix. Every system answers it the same way: the top 10 by relevance (or by
 * date, newest first, when {@code sortByDate}), the total number of matches, and — when {@code facets} — the counts of
 * the top 10 values of each of the six {@link BenchDoc#DIMENSIONS} over all matches.
 *
 * @param kind      which part of the mix
 * @param text      the words; for {@link Kind#PHRASE} one phrase; for {@link Kind#AND} all words required; else any
 * @param filters   dimension → value, all required (may be empty)
 * @param from      first day (ISO) of a date range, or null
 * @param to        last day (ISO), or null
 * @param facets    count the six dimensions over the matches
 * @param highlight return a highlighted snippet per hit
 * @param sortByDate newest first instead of by score
 */
public record BenchQuery(Kind kind, String text, Map<String, String> filters, String from, String to, boolean facets,
                         boolean highlight, boolean sortByDate) {
    public enum Kind { TERM, AND, PHRASE, FACETED, DATE_RANGE_FACETS, HIGHLIGHTED, SORTED_BY_DATE }
}
