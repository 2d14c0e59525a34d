package org.incidex.api;

import io.javalin.http.Context;
import org.incidex.index.Fields;
import org.incidex.search.BoundingBox;
import org.incidex.search.DateInterval;
import org.incidex.search.FacetOptions;
import org.incidex.search.InvalidRequestException;
import org.incidex.search.Near;
import org.incidex.search.SearchRequest;
import org.incidex.search.SearchService;
import org.incidex.search.SortOrder;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /api/v1/search}: reads and validates query parameters ({@link #request}, shared with the other endpoints
 * that take the same filters), calls {@link SearchService}, returns its result. Unknown parameters are rejected (a
 * typo must not silently widen a search). Thread-safe: stateless.
 */
final class SearchController {
    private static final Set<String> KNOWN = Set.of("q", "from", "to", "killedMin", "killedMax", "sort", "size",
            "page", "facetSize", "group", "country", "region", "city", "attackType", "target", "year",
            "injuredMin", "injuredMax", "bbox", "near", "interval", "zoom", "after");
    /** Per-facet options: {@code facet.DIM.more} and {@code facet.DIM.prefix}. */
    private static final Pattern FACET_OPTION = Pattern.compile("facet\\.([A-Za-z]+)\\.(more|prefix)");

    private final SearchService service;

    SearchController(SearchService service) {
        this.service = service;
    }

    void search(Context ctx) {
        ctx.json(service.search(request(ctx)));
    }

    /**
     * The search request a query string describes; shared by every endpoint that takes the search parameters.
     * Unknown parameters and malformed values are a 400 naming the parameter.
     */
    static SearchRequest request(Context ctx) {
        return request(ctx, Set.of());
    }

    /** As {@link #request(Context)}, also accepting the calling endpoint's own parameters (export's format). */
    static SearchRequest request(Context ctx, Set<String> alsoKnown) {
        return request(ctx.queryParamMap(), alsoKnown);
    }

    /** As {@link #request(Context, Set)}, from a decoded query string (name → values in order). */
    static SearchRequest request(Map<String, List<String>> params, Set<String> alsoKnown) {
        Map<String, FacetOptions> facetOptions = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            String name = e.getKey();
            if (e.getValue().size() > 1 && !Fields.FACET_DIMS.contains(name)) {
                throw ApiException.badRequest(name + " is given " + e.getValue().size() + " times; give it once "
                        + "(only facet filters such as country= repeat)");
            }
            if (KNOWN.contains(name) || alsoKnown.contains(name)) continue;
            Matcher m = FACET_OPTION.matcher(name);
            if (m.matches() && Fields.FACET_DIMS.contains(m.group(1))) {
                facetOptions.put(m.group(1), facetOptions(params, m.group(1)));
                continue;
            }
            throw ApiException.badRequest("unknown parameter '" + name + "'; known parameters are "
                    + KNOWN.stream().sorted().toList() + " and facet.DIM.more / facet.DIM.prefix for DIM in "
                    + Fields.FACET_DIMS);
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dim : Fields.FACET_DIMS) {
            List<String> values = params.getOrDefault(dim, List.of());
            if (!values.isEmpty()) filters.put(dim, values);
        }
        return new SearchRequest(one(params, "q"), filters, date(params, "from"), date(params, "to"),
                integer(params, "killedMin"), integer(params, "killedMax"), SortOrder.parse(one(params, "sort")),
                orDefault(integer(params, "page"), 1), orDefault(integer(params, "size"), 20),
                orDefault(integer(params, "facetSize"), 10), integer(params, "injuredMin"), integer(params, "injuredMax"),
                BoundingBox.parse(one(params, "bbox")), Near.parse(one(params, "near")), facetOptions,
                DateInterval.parse(one(params, "interval")), integer(params, "zoom"), one(params, "after"));
    }

    private static FacetOptions facetOptions(Map<String, List<String>> params, String dim) {
        String more = one(params, "facet." + dim + ".more");
        boolean all = false;
        if (more != null && !more.isBlank()) {
            switch (more.strip()) {
                case "true" -> all = true;
                case "false" -> all = false;
                default -> throw ApiException.badRequest("facet." + dim + ".more '" + more + "' is not true or false");
            }
        }
        try {
            return new FacetOptions(one(params, "facet." + dim + ".prefix"), all);
        } catch (InvalidRequestException e) {
            throw ApiException.badRequest("facet." + dim + ".prefix: " + e.getMessage());
        }
    }

    /** 400 for a parameter outside {@code known}: a typo must not silently widen a request. */
    static void rejectUnknown(Context ctx, Set<String> known) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!known.contains(name)) {
                throw ApiException.badRequest("unknown parameter '" + name + "'; known parameters are " + known.stream().sorted().toList());
            }
        }
    }

    private static LocalDate date(Map<String, List<String>> params, String name) {
        String v = one(params, name);
        if (v == null || v.isBlank()) return null;
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " '" + v + "' is not a date; use YYYY-MM-DD");
        }
    }

    private static Integer integer(Map<String, List<String>> params, String name) {
        String v = one(params, name);
        if (v == null || v.isBlank()) return null;
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " '" + v + "' is not a whole number");
        }
    }

    /** The first value of a parameter, or null. */
    private static String one(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static int orDefault(Integer v, int d) {
        return v == null ? d : v;
    }
}
