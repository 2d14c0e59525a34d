package org.incidex.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.incidex.index.IndexStoreException;
import org.incidex.ingest.ArticleSink;
import org.incidex.ingest.web.WebFetcher;
import org.incidex.model.DocumentFailure;
import org.incidex.model.FailureReason;
import org.incidex.model.Json;
import org.incidex.model.RawDocument;
import org.incidex.model.RejectedDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Live updates: {@code POST /api/v1/articles} adds an article (an HTML body, or JSON {@code {"url": …}} fetched with
 * the web fetcher) and {@code DELETE /api/v1/articles/{id}} removes one, each publishing a new generation that the
 * server serves before answering. Both need {@code Authorization: Bearer <token>}: no token configured → 403 (writes
 * disabled), a missing or wrong one → 401 with {@code WWW-Authenticate}; the token is compared in constant time.
 * Bodies over {@link #MAX_BODY} bytes → 413. Thread-safe: the sink serializes writes.
 */
final class ArticlesController {
    private static final Logger LOG = LoggerFactory.getLogger(ArticlesController.class);
    /** 2 MB: larger than any news page worth posting. */
    static final int MAX_BODY = 2 * 1024 * 1024;

    /** The answer to a write: the article and the incidents it is part of now. */
    record Written(String articleId, String source, List<String> incidents) {}

    /** The answer to a delete. */
    record Removed(String articleId, boolean removed) {}

    private final LiveUpdates updates;

    ArticlesController(LiveUpdates updates) {
        this.updates = updates;
    }

    void post(Context ctx) throws IOException, InterruptedException {
        authorize(ctx);
        byte[] body = body(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        RawDocument doc;
        if (type.startsWith("text/html") || type.startsWith("application/xhtml+xml")) {
            doc = new RawDocument("api:" + sha256(body).substring(0, 16), body, ctx.contentType());
        } else if (type.startsWith("application/json")) {
            doc = fetch(urlOf(body));
        } else {
            throw new ApiException(415, "/problems/unsupported-media-type", "Unsupported media type",
                    "send text/html (the page) or application/json ({\"url\": \"https://…\"}), not '"
                            + (type.isEmpty() ? "no Content-Type" : ctx.contentType()) + "'");
        }
        ArticleSink.Result r;
        try {
            r = updates.sink().add(List.of(doc));
        } catch (IndexStoreException e) {
            throw notWritable(e);
        }
        if (r.added().isEmpty()) {
            DocumentFailure f = r.failures().isEmpty()
                    ? new DocumentFailure(doc.source(), FailureReason.PROCESSING_ERROR, "no article was produced")
                    : r.failures().get(0);
            throw new ApiException(422, "/problems/unusable-document", "Unusable document",
                    f.source() + ": " + f.reason().label() + (f.detail() == null ? "" : " (" + f.detail() + ")"));
        }
        refreshReaders();
        ArticleSink.Added a = r.added().get(0);
        ctx.status(201).json(new Written(a.articleId(), a.source(), a.incidentIds()));
    }

    void delete(Context ctx) throws IOException, InterruptedException {
        authorize(ctx);
        String id = ctx.pathParam("id");
        if (id.length() > 100) throw ApiException.badRequest("article id is too long (" + id.length() + " characters)");
        boolean removed;
        try {
            removed = updates.sink().remove(id);
        } catch (IndexStoreException e) {
            throw notWritable(e);
        }
        if (!removed) throw ApiException.notFound("no article with id '" + id + "'");
        refreshReaders();
        ctx.json(new Removed(id, true));
    }

    /** The index cannot take this write (locked by a reindex, or not one this server may change). */
    private static ApiException notWritable(IndexStoreException e) {
        return new ApiException(409, "/problems/index-not-writable", "Index not writable", e.getMessage());
    }

    private void refreshReaders() {
        try {
            updates.afterWrite().run();
        } catch (RuntimeException e) { // the poll retries within 0.5 s; the write itself succeeded
            LOG.warn("switching readers to the new generation failed: {}", e.getMessage());
        }
    }

    private void authorize(Context ctx) {
        if (!updates.enabled()) {
            throw new ApiException(403, "/problems/writes-disabled", "Writes disabled",
                    "write endpoints are disabled: start the server with " + LiveUpdates.TOKEN_ENV + " set");
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
        if (given == null || !MessageDigest.isEqual(digest(given), digest(updates.adminToken()))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"incidex\"");
            throw new ApiException(401, "/problems/unauthorized", "Unauthorized",
                    given == null ? "send Authorization: Bearer <token>" : "the bearer token is not the admin token");
        }
    }

    /** Reads the body, refusing more than {@link #MAX_BODY} bytes (by Content-Length first, then by counting). */
    private static byte[] body(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY) throw tooLarge(declared + " bytes");
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) throw tooLarge("more than " + MAX_BODY + " bytes");
        if (bytes.length == 0) throw ApiException.badRequest("the request has no body");
        return bytes;
    }

    private static ApiException tooLarge(String what) {
        return new ApiException(413, "/problems/too-large", "Body too large",
                "the body is " + what + "; the limit is " + MAX_BODY + " bytes (2 MB)");
    }

    private static String urlOf(byte[] body) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("the body is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        JsonNode url = node == null ? null : node.get("url");
        if (url == null || !url.isTextual() || url.asText().isBlank()) {
            throw ApiException.badRequest("the JSON body needs a \"url\" string: {\"url\": \"https://…\"}");
        }
        return url.asText().strip();
    }

    private RawDocument fetch(String url) {
        WebFetcher fetcher = updates.fetcher();
        if (fetcher == null) throw new ApiException(403, "/problems/writes-disabled", "Writes disabled", "this server fetches no URLs");
        try {
            WebFetcher.Fetched f = fetcher.fetch(url);
            return new RawDocument(f.finalUrl(), f.body(), f.contentType());
        } catch (RejectedDocumentException e) {
            int status = switch (e.reason()) {
                case UNSUPPORTED_URL -> 400;
                case TOO_LARGE -> 413;
                case TIMEOUT -> 504;
                default -> 502;
            };
            throw new ApiException(status, "/problems/fetch-" + e.reason().label(), "Cannot fetch the URL", e.getMessage());
        }
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
