package org.incidex.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A tiny web site on loopback (port 0) for fetch tests: pages set and changed by the test, redirects, slow and
 * oversized answers, and a log of every request (path, User-Agent, time) so tests can check robots and politeness.
 */
public final class LoopbackSite implements AutoCloseable {
    /** One request as the server saw it. */
    public record Hit(String path, String userAgent, long nanos) {}

    /** How to answer one path. */
    public record Answer(int status, String contentType, byte[] body, Map<String, String> headers, long delayMillis,
                         boolean chunked) {}

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();

    public LoopbackSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-site");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public LoopbackSite page(String path, String html) {
        return answer(path, new Answer(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of(), 0, false));
    }

    public LoopbackSite text(String path, String contentType, String body) {
        return answer(path, new Answer(200, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(), 0, false));
    }

    public LoopbackSite redirect(String path, int status, String location) {
        return answer(path, new Answer(status, "text/html", new byte[0], Map.of("Location", location), 0, false));
    }

    public LoopbackSite answer(String path, Answer a) {
        answers.put(path, a);
        return this;
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    public List<String> paths() {
        return hits.stream().map(Hit::path).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        hits.add(new Hit(path, ex.getRequestHeaders().getFirst("User-Agent"), System.nanoTime()));
        Answer a = answers.get(path);
        if (a == null) a = answers.get(ex.getRequestURI().getRawPath());
        if (a == null) a = new Answer(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), Map.of(), 0, false);
        try {
            if (a.delayMillis() > 0) Thread.sleep(a.delayMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ex.getResponseHeaders().set("Content-Type", a.contentType());
        a.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        try (OutputStream out = ex.getResponseBody()) {
            if (a.body().length == 0) {
                ex.sendResponseHeaders(a.status(), -1);
            } else {
                ex.sendResponseHeaders(a.status(), a.chunked() ? 0 : a.body().length);
                out.write(a.body());
            }
        } catch (IOException e) {
            // the client hung up (size cap, timeout): expected in those tests
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
