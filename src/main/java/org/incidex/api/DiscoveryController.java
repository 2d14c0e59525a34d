package org.incidex.api;

import io.javalin.http.Context;
import org.incidex.search.SearchService;

import java.util.Set;

/**
 * {@code GET /api/v1/incidents/{id}/related} (more like this incident) and {@code GET /api/v1/suggest} (as-you-type
 * groups, places and titles). Thin: parameters are read and checked here, the work is {@link SearchService}'s.
 * Thread-safe: stateless.
 */
final class DiscoveryController {
    private static final Set<String> RELATED_PARAMS = Set.of("size");
    private static final Set<String> SUGGEST_PARAMS = Set.of("q", "size");

    private final SearchService service;

    DiscoveryController(SearchService service) {
        this.service = service;
    }

    void related(Context ctx) {
        SearchController.rejectUnknown(ctx, RELATED_PARAMS);
        String id = ctx.pathParam("id");
        if (id.length() > 100) throw ApiException.badRequest("incident id is too long (" + id.length() + " characters)");
        int size = size(ctx, 10);
        ctx.json(service.related(id, size).orElseThrow(() -> ApiException.notFound("no incident with id '" + id + "'")));
    }

    void suggest(Context ctx) {
        SearchController.rejectUnknown(ctx, SUGGEST_PARAMS);
        ctx.json(service.suggest(ctx.queryParam("q"), size(ctx, 10)));
    }

    private static int size(Context ctx, int otherwise) {
        String v = ctx.queryParam("size");
        if (v == null || v.isBlank()) return otherwise;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("size '" + v + "' is not a whole number");
        }
    }
}
