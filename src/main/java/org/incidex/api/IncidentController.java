package org.incidex.api;

import io.javalin.http.Context;
import org.incidex.search.SearchService;

/** {@code GET /api/v1/incidents/{id}}: one incident with every field, its evidence and its sources. */
final class IncidentController {
    private final SearchService service;

    IncidentController(SearchService service) {
        this.service = service;
    }

    void get(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > 100) throw ApiException.badRequest("incident id is too long (" + id.length() + " characters)");
        ctx.json(service.incident(id).orElseThrow(() -> ApiException.notFound("no incident with id '" + id + "'")));
    }

    void health(Context ctx) {
        var status = service.status();
        if (status.isEmpty()) {
            throw new ApiException(503, "/problems/no-index", "No index", "no index is open yet");
        }
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("status", "ok");
        body.putAll(status.get());
        ctx.json(body);
    }
}
