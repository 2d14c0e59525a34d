package org.incidex.api;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3.1 description of this API, a hand-written resource
 * ({@code org/incidex/api/openapi.json}) read once. {@code OpenApiDocumentTest} checks that it names every route the
 * server registers. Thread-safe: the document is immutable.
 */
final class OpenApiController {
    static final String RESOURCE = "/org/incidex/api/openapi.json";
    private final byte[] document;

    OpenApiController() {
        try (InputStream in = OpenApiController.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    void get(Context ctx) {
        ctx.contentType("application/json");
        ctx.result(document);
    }
}
