package org.incidex.api;

import org.incidex.ingest.ArticleSink;
import org.incidex.ingest.web.WebFetcher;

/**
 * What the write endpoints ({@code POST /api/v1/articles}, {@code DELETE /api/v1/articles/{id}}) need: where articles
 * go, the admin token (from {@code INCIDEX_ADMIN_TOKEN}; null or blank disables writes), the fetcher for
 * {@code {"url": …}} bodies, and what to run after a write so that readers switch to the new generation at once
 * (the serve command passes {@code LiveIndex::refresh}).
 */
public record LiveUpdates(ArticleSink sink, String adminToken, WebFetcher fetcher, Runnable afterWrite) {
    /** The environment variable holding the admin token. */
    public static final String TOKEN_ENV = "INCIDEX_ADMIN_TOKEN";

    /** Write endpoints registered but answering 403. */
    public static LiveUpdates disabled() {
        return new LiveUpdates(null, null, null, () -> { });
    }

    boolean enabled() {
        return sink != null && adminToken != null && !adminToken.isBlank();
    }
}
