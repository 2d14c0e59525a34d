package org.incidex.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.incidex.model.Json;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Incidex end to end, as a user runs it: {@code incidex reindex --index DIR PAGES…} as its own process (cleaning,
 * extraction, merging, indexing on every core), then {@code incidex serve} as its own process with a fixed heap
 * limit, asked over HTTP on loopback. Facet counts and snippets come with every search answer. Thread-safe for queries.
 */
final class IncidexSystem implements BenchSystem {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path index;
    private final String heap;
    private final Path logs;
    private Process server;
    private String base;
    /** Milliseconds from starting {@code serve} to its first answered search. */
    long coldStartMs;
    /** Milliseconds {@code reindex} took, JVM start included. */
    long reindexMs;
    /** The reindex process's peak resident memory (VmHWM, read every half second while it runs), or -1. */
    long reindexPeakRssMb = -1;
    private final String reindexHeap;

    /**
     * @param index  where the index goes (empty)
     * @param heap   the server's -Xmx, e.g. "512m"
     */
    IncidexSystem(Path index, String heap, Path logs) {
        this(index, heap, logs, null);
    }

    /** @param reindexHeap the reindex process's -Xmx, or null for the JVM's default (a quarter of the RAM) */
    IncidexSystem(Path index, String heap, Path logs, String reindexHeap) {
        this.reindexHeap = reindexHeap;
        this.index = index;
        this.heap = heap;
        this.logs = logs;
    }

    @Override
    public String name() {
        return "incidex";
    }

    private static List<String> java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Override
    public void ingest(List<BenchDoc> docs, List<String> texts) throws Exception {
        String cp = System.getProperty("java.class.path");
        long t0 = System.nanoTime();
        List<String> cmd = java("--enable-native-access=ALL-UNNAMED", "-cp", cp, "org.incidex.cli.Main",
                "reindex", "--index", index.toString());
        cmd.addAll(sources(docs));
        if (reindexHeap != null) cmd.add(1, "-Xmx" + reindexHeap);
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true).redirectOutput(logs.resolve("reindex.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.HOURS.toNanos(6);
        while (!p.waitFor(500, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline) {
            reindexPeakRssMb = Math.max(reindexPeakRssMb, Machine.peakRssMb(p.pid()));
        }
        if (p.isAlive() || p.exitValue() != 0) {
            throw new IllegalStateException("incidex reindex failed (exit " + (p.isAlive() ? "none" : p.exitValue())
                    + "); see " + logs.resolve("reindex.log"));
        }
        reindexMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        long s0 = System.nanoTime();
        server = new ProcessBuilder(java("-Xmx" + heap, "--enable-native-access=ALL-UNNAMED", "-cp", cp,
                "org.incidex.cli.Main", "serve", "--index", index.toString(), "--port", String.valueOf(port)))
                .redirectErrorStream(true).redirectOutput(logs.resolve("serve.log").toFile()).start();
        for (int i = 0; ; i++) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/search?q=attack")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) break;
            } catch (IOException e) {
                if (i > 6000) throw new IllegalStateException("incidex serve did not answer within 60 s; see " + logs.resolve("serve.log"));
            }
            Thread.sleep(10);
        }
        coldStartMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - s0);
    }

    /**
     * The run's pages as reindex arguments: a directory when every page in it is one of them, else its pages one by
     * one (the corpus directory may hold pages of a larger run made with the same seed).
     */
    static List<String> sources(List<BenchDoc> docs) throws IOException {
        Map<Path, List<Path>> byDir = new LinkedHashMap<>();
        for (BenchDoc d : docs) byDir.computeIfAbsent(d.file().getParent(), k -> new ArrayList<>()).add(d.file());
        List<String> out = new ArrayList<>();
        for (Map.Entry<Path, List<Path>> e : byDir.entrySet()) {
            long inDir;
            try (var files = java.nio.file.Files.list(e.getKey())) {
                inDir = files.count();
            }
            if (inDir == e.getValue().size()) out.add(e.getKey().toString());
            else e.getValue().forEach(f -> out.add(f.toString()));
        }
        return out;
    }

    long serverPid() {
        return server.pid();
    }

    static String params(BenchQuery q) {
        String text = switch (q.kind()) {
            case PHRASE -> "\"" + q.text() + "\"";
            case AND -> String.join(" AND ", q.text().split(" "));
            default -> q.text();
        };
        StringBuilder sb = new StringBuilder("q=").append(URLEncoder.encode(text, StandardCharsets.UTF_8)).append("&size=10");
        for (Map.Entry<String, String> f : q.filters().entrySet()) {
            sb.append('&').append(f.getKey()).append('=').append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
        }
        if (q.from() != null) sb.append("&from=").append(q.from());
        if (q.to() != null) sb.append("&to=").append(q.to());
        if (q.sortByDate()) sb.append("&sort=-date");
        return sb.toString();
    }

    /**
     * Asks over a kept-alive {@link java.net.HttpURLConnection} (the JDK keeps idle connections per host). Not
     * {@code java.net.http.HttpClient}: its selector and executor threads hand every request over twice and, with
     * the server on the same two cores, added about 0.5 ms to each answer (p50 2.19 against 1.67 ms over the same
     * mix and server, alternated query by query; see bench/README.md). The timed answer still includes reading and
     * parsing the whole JSON body, as the other systems build theirs.
     */
    @Override
    public Answer query(BenchQuery q) throws Exception {
        java.net.HttpURLConnection c = (java.net.HttpURLConnection) URI.create(base + "/api/v1/search?" + params(q))
                .toURL().openConnection();
        c.setConnectTimeout(5_000);
        c.setReadTimeout(30_000);
        int status = c.getResponseCode();
        java.io.InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        String text;
        try (in) { // read to the end and close: the connection goes back to the keep-alive cache
            text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (status == 503 && c.getHeaderField("Retry-After") != null) throw new QueryRunner.Shed();
        if (status != 200) throw new IllegalStateException(params(q) + " → " + status + " " + text);
        JsonNode body = Json.mapper().readTree(text);
        List<String> ids = new ArrayList<>();
        body.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String dim : BenchDoc.DIMENSIONS) {
            Map<String, Long> m = new LinkedHashMap<>();
            body.path("facets").path(dim).forEach(v -> m.put(v.get("value").asText(), v.get("count").asLong()));
            facets.put(dim, m);
        }
        return new Answer(body.get("total").asLong(), ids, facets);
    }

    @Override
    public long diskBytes() throws IOException {
        return BenchSystem.bytesUnder(index);
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) server.destroyForcibly();
        }
    }
}
