package org.incidex.search;

import java.util.List;

/**
 * As-you-type suggestions for a prefix.
 *
 * @param q           the prefix as given (stripped)
 * @param suggestions places and groups by incident count, then incident titles
 */
public record SuggestResult(String q, List<Suggestion> suggestions) {
    /** Longest prefix accepted; longer input is not typing, and a 400 says so. */
    public static final int MAX_Q_CHARS = 100;
    /** Largest {@code size}. */
    public static final int MAX_SIZE = 50;

    /**
     * One suggestion.
     *
     * @param kind  group, country, region, city or title
     * @param value the facet value (use it as that filter: {@code country=Mali}) or the incident title (plain text)
     * @param count incidents with that value in the whole index; 1 for a title
     * @param id    the incident's id for a title, else null
     */
    public record Suggestion(String kind, String value, long count, String id) {}
}
