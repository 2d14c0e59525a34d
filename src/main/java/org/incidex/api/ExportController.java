package org.incidex.api;

import io.javalin.http.Context;
import org.incidex.search.ExportFormat;
import org.incidex.search.SearchRequest;
import org.incidex.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * {@code GET /api/v1/search/export?format=csv|jsonl|geojson&…}: the whole result of a search (same parameters,
 * read by {@link SearchController#request}), streamed as a file download while it is read from the index. Headers
 * go out only once the request is known to be good, so a bad one is still an ordinary 400 problem. Thread-safe.
 */
final class ExportController {
    private static final Logger LOG = LoggerFactory.getLogger(ExportController.class);
    /** Export's own parameter; the rest are the search's. */
    private static final Set<String> OWN = Set.of("format");

    private final SearchService service;

    ExportController(SearchService service) {
        this.service = service;
    }

    void export(Context ctx) {
        SearchRequest req = SearchController.request(ctx, OWN);
        ExportFormat format = ExportFormat.parse(ctx.queryParam("format"));
        String file = "incidex-" + LocalDate.now(ZoneOffset.UTC) + "." + format.wire();
        try {
            service.export(req, format, () -> {
                ctx.status(200);
                ctx.contentType(format.contentType());
                ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
                return ctx.outputStream();
            });
        } catch (RuntimeException e) {
            if (!ctx.res().isCommitted()) {
                // Nothing sent yet: the error becomes an ordinary problem answer, not a downloaded file.
                ctx.removeHeader("Content-Disposition");
                throw e;
            }
            // Mid-download (most often the client went away): the status line is gone, nothing more can be said.
            LOG.warn("export to {} stopped after the response began: {}", ctx.ip(), rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage();
    }
}
