package org.incidex.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.incidex.search.IndexUnavailableException;
import org.incidex.search.InvalidRequestException;
import org.incidex.search.SearchTimeoutException;
import org.incidex.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The HTTP server: the JSON API under {@code /api/v1}, {@code /health}, and the browser UI (the jar's {@code /web})
 * at {@code /}. Controllers are thin; every error is an exception mapped here to {@code application/problem+json}:
 * bad input 400, unknown id or route 404, no index or a search past its time budget 503, anything else 500 with the cause logged (never a stack trace
 * to the client). Security headers on every answer: a strict Content-Security-Policy, no sniffing, no framing.
 * The write endpoints ({@code POST /api/v1/articles}, {@code DELETE /api/v1/articles/{id}}) are always registered and
 * answer 403 unless {@link LiveUpdates} enables them.
 */
public final class IncidexServer {
    private static final Logger LOG = LoggerFactory.getLogger(IncidexServer.class);
    /** The search page's paths: HTML for browsers (with the first search inside), not part of the JSON API. */
    static final List<String> PAGE_PATHS = List.of("/", "/index.html");
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private IncidexServer() {}

    /** A configured, not yet started server over {@code service}; the write endpoints answer 403. */
    public static Javalin create(SearchService service) {
        return create(service, LiveUpdates.disabled());
    }

    /** A configured, not yet started server over {@code service}, with live updates as {@code updates} allow. */
    public static Javalin create(SearchService service, LiveUpdates updates) {
        return create(service, updates, Admission.forThisMachine(), new Admission(2, 2, 500));
    }

    /**
     * As {@link #create(SearchService, LiveUpdates)}, with the load shedding given: {@code searches} admits the
     * search page, searches, incidents, related and suggest; {@code exports} the (long, streaming) exports.
     */
    static Javalin create(SearchService service, LiveUpdates updates, Admission searches, Admission exports) {
        ArticlesController articles = new ArticlesController(updates);
        SearchController search = new SearchController(service);
        IncidentController incidents = new IncidentController(service);
        DiscoveryController discovery = new DiscoveryController(service);
        ExportController export = new ExportController(service);
        OpenApiController openApi = new OpenApiController();
        SearchPageController page = new SearchPageController(service);
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(HtmlSafeJson.mapper(), false));
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = 1_000_000;
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
                sf.precompressMaxSize = 512 * 1024; // the UI is kept in memory, compressed (the largest file, the basemap, is 108 KB)
            });
            config.routes.before(ctx -> securityHeaders(ctx));
            for (String path : PAGE_PATHS) config.routes.get(path, searches.limit(page::page));
            config.routes.get("/api/v1/search", searches.limit(search::search));
            config.routes.get("/api/v1/incidents/{id}", searches.limit(incidents::get));
            config.routes.get("/health", incidents::health);
            config.routes.get("/api/v1/search/export", exports.limit(export::export));
            config.routes.get("/api/v1/incidents/{id}/related", searches.limit(discovery::related));
            config.routes.get("/api/v1/suggest", searches.limit(discovery::suggest));
            config.routes.get("/api/v1/openapi.json", openApi::get);
            config.routes.post("/api/v1/articles", articles::post);
            config.routes.delete("/api/v1/articles/{id}", articles::delete);

            config.routes.exception(ApiException.class, (e, ctx) -> problem(ctx, e.status(), e.type(), e.title(), e.getMessage()));
            config.routes.exception(InvalidRequestException.class, (e, ctx) ->
                    problem(ctx, 400, "/problems/invalid-request", "Invalid request", e.getMessage()));
            config.routes.exception(IndexUnavailableException.class, (e, ctx) ->
                    problem(ctx, 503, "/problems/no-index", "No index", e.getMessage()));
            config.routes.exception(SearchTimeoutException.class, (e, ctx) ->
                    problem(ctx, 503, "/problems/search-timeout", "Search timed out", e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    problem(ctx, e.getStatus(), "/problems/http-" + e.getStatus(), e.getMessage(), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                problem(ctx, 500, "/problems/internal", "Internal error", "the server failed to answer; see its log");
            });
            config.routes.error(404, ctx -> {
                if (!Problem.CONTENT_TYPE.equals(ctx.res().getContentType())) {
                    problem(ctx, 404, "/problems/not-found", "Not found", "no such resource: " + ctx.path());
                }
            });
        });
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    static void problem(Context ctx, int status, String type, String title, String detail) {
        ctx.status(status);
        ctx.contentType(Problem.CONTENT_TYPE);
        ctx.result(HtmlSafeJson.write(new Problem(type, title, status, detail, ctx.path())));
    }
}
