package org.incidex.testing;

import io.javalin.Javalin;
import org.incidex.api.IncidexServer;
import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.search.SearchService;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/** A real Incidex server on a free loopback port over an index directory that already holds a generation. */
public final class ServerFixture implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final LiveIndex live;
    private final Javalin app;
    /** "http://127.0.0.1:PORT", no trailing slash. */
    public final String base;

    private ServerFixture(LiveIndex live, Javalin app) {
        this.live = live;
        this.app = app;
        this.base = "http://127.0.0.1:" + app.port();
    }

    public static ServerFixture start(Path indexDir) throws IOException {
        LiveIndex live = new LiveIndex(IndexStore.at(indexDir)).start(100);
        return new ServerFixture(live, IncidexServer.create(new SearchService(live)).start("127.0.0.1", 0));
    }

    /** GET base + pathAndQuery. */
    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with any method, no body, and header name/value pairs. */
    public HttpResponse<String> send(String method, String pathAndQuery, String... headerPairs)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headerPairs.length > 0) b.headers(headerPairs);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        app.stop();
        live.close();
    }
}
