package org.incidex.api;

import io.javalin.Javalin;
import org.incidex.testing.ServerFixture;
import org.incidex.testing.SyntheticIncidents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP limits and hardening, sent as raw bytes on a socket so nothing normalises the request on the way: path
 * traversal against the static files, oversized headers and URIs, parameter bounds, unknown routes, CORS, security
 * headers on every kind of answer (including Jetty's own refusals), and load shedding with 503 + Retry-After.
 */
class HttpLimitsTest {
    @TempDir
    static Path dir;
    static ServerFixture server;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        SyntheticIncidents.index(dir);
        server = ServerFixture.start(dir);
        port = URI.create(server.base).getPort();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A raw HTTP/1.1 exchange: status line, headers (lower-cased names) and body as text. */
    record Raw(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) return line.substring(colon + 1).trim();
            }
            return null;
        }
    }

    static Raw raw(int port, String requestTarget, String... extraHeaders) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            StringBuilder req = new StringBuilder("GET " + requestTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            for (String h : extraHeaders) req.append(h).append("\r\n");
            OutputStream out = s.getOutputStream();
            out.write(req.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            String all = buf.toString(StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            String head = end < 0 ? all : all.substring(0, end);
            String body = end < 0 ? "" : all.substring(end + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Raw(status, head, body);
        }
    }

    static void assertProblemWithSecurityHeaders(Raw r) {
        assertThat(r.header("content-type")).as(r.head).startsWith("application/problem+json");
        assertThat(r.header("content-security-policy")).contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(r.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(r.header("x-frame-options")).isEqualTo("DENY");
        assertThat(r.header("referrer-policy")).isEqualTo("no-referrer");
        assertThat(r.header("access-control-allow-origin")).isNull();
    }

    @Test
    void pathTraversalAgainstStaticFilesServesNothing() throws Exception {
        List<String> payloads = List.of("/../pom.xml", "/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                "/%2E%2E/logback.xml", "/%252e%252e/%252e%252e/etc/passwd", "/js/..%2f..%2flogback.xml",
                "/js/%2e%2e%2f%2e%2e%2forg/incidex/api/openapi.json", "/..\\..\\etc\\passwd", "/..%5c..%5cetc%5cpasswd",
                "/js\\..\\..\\logback.xml", "/index.html%00.js", "/%00", "/js/app.js%00", "/./../logback.xml",
                "/js/./../../META-INF/MANIFEST.MF", "/META-INF/MANIFEST.MF", "/org/incidex/api/openapi.json",
                "/logback.xml", "/web/index.html", "//etc/passwd", "/js//..//..//logback.xml", "/%c0%ae%c0%ae/etc/passwd",
                "/..;/logback.xml", "/js/..;/..;/logback.xml");
        for (String p : payloads) {
            Raw r = raw(port, p);
            assertThat(r.status()).as(p).isIn(400, 404);
            assertProblemWithSecurityHeaders(r);
            assertThat(r.body().toLowerCase(Locale.ROOT)).as(p)
                    .doesNotContain("root:", "<project", "<configuration", "main-class", "\"openapi\"", "<!doctype");
        }
        // the real files are still served
        assertThat(raw(port, "/js/dom.js").status()).isEqualTo(200);
        assertThat(raw(port, "/map/countries-110m.json").status()).isEqualTo(200);
    }

    @Test
    void oversizedHeadersUrisAndParametersAreRefusedWithProblems() throws Exception {
        Raw headers = raw(port, "/health", "X-Big: " + "a".repeat(20_000));
        assertThat(headers.status()).isEqualTo(431);
        assertProblemWithSecurityHeaders(headers);

        Raw uri = raw(port, "/api/v1/search?q=" + "a".repeat(20_000));
        assertThat(uri.status()).isEqualTo(414);
        assertProblemWithSecurityHeaders(uri);

        Raw longQuery = raw(port, "/api/v1/search?q=" + "a".repeat(5_000));
        assertThat(longQuery.status()).isEqualTo(400);
        assertProblemWithSecurityHeaders(longQuery);
        for (String q : List.of("size=101", "size=0", "page=11", "page=-1", "facetSize=5000", "zoom=21")) {
            Raw r = raw(port, "/api/v1/search?" + q);
            assertThat(r.status()).as(q).isEqualTo(400);
            assertProblemWithSecurityHeaders(r);
        }
    }

    @Test
    void unknownRoutesAre404ProblemsAndCorsIsOff() throws Exception {
        for (String p : List.of("/nope", "/api/v1/nope", "/api/v2/search", "/js/nope.js")) {
            Raw r = raw(port, p);
            assertThat(r.status()).as(p).isEqualTo(404);
            assertProblemWithSecurityHeaders(r);
        }
        Raw cross = raw(port, "/api/v1/search?q=hotel", "Origin: http://evil.example");
        assertThat(cross.status()).isEqualTo(200);
        assertThat(cross.header("access-control-allow-origin")).isNull();
        assertThat(cross.header("access-control-allow-credentials")).isNull();
        var preflight = server.send("OPTIONS", "/api/v1/articles",
                "Origin", "http://evil.example", "Access-Control-Request-Method", "POST");
        assertThat(preflight.headers().firstValue("access-control-allow-origin")).isEmpty();
        assertThat(preflight.headers().firstValue("access-control-allow-methods")).isEmpty();
    }

    @Test
    void staticFilesAndPagesCarryTheSecurityHeaders() throws Exception {
        for (String p : List.of("/", "/incident.html", "/js/search.js", "/css/app.css", "/api/v1/search", "/health")) {
            Raw r = raw(port, p);
            assertThat(r.status()).as(p).isEqualTo(200);
            assertThat(r.header("content-security-policy")).as(p).contains("default-src 'self'");
            assertThat(r.header("x-content-type-options")).as(p).isEqualTo("nosniff");
            assertThat(r.header("x-frame-options")).as(p).isEqualTo("DENY");
        }
    }

    @Test
    void aFullServerSheds503WithRetryAfterInsteadOfQueueing() throws Exception {
        Admission admission = new Admission(1, 1, 50);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.routes.get("/slow", admission.limit(ctx -> {
                entered.countDown();
                release.await(10, TimeUnit.SECONDS);
                ctx.result("done");
            }));
            c.routes.exception(ApiException.class, (e, ctx) -> IncidexServer.problem(ctx, e.status(), e.type(), e.title(), e.getMessage()));
        }).start("127.0.0.1", 0);
        try {
            Thread holder = Thread.ofVirtual().start(() -> {
                try {
                    raw(app.port(), "/slow");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
            long t0 = System.nanoTime();
            Raw shed = raw(app.port(), "/slow");
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertThat(shed.status()).isEqualTo(503);
            assertThat(shed.header("retry-after")).isEqualTo("1");
            assertThat(shed.header("content-type")).startsWith("application/problem+json");
            assertThat(shed.body()).contains("/problems/overloaded");
            assertThat(ms).as("answered after the 50 ms wait, not after the slow request").isLessThan(5_000);
            assertThat(admission.shed()).isEqualTo(1);
            release.countDown();
            holder.join(10_000);
            assertThat(raw(app.port(), "/slow").status()).as("a free permit again").isEqualTo(200);
        } finally {
            release.countDown();
            app.stop();
        }
    }
}
