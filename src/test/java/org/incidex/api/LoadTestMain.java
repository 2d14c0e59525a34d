package org.incidex.api;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test of {@code incidex serve} on loopback. Starts the server as its own process over an existing index
 * (for example the demo's, {@code ./incidex reindex demo}), warms it up, measures the saturation rate with 16 closed-loop
 * clients, then sends requests at a fixed arrival rate of twice that for the given seconds (an open model: requests do
 * not wait for earlier answers, as real users do not), and reports answers by status (200, 503 shed with Retry-After,
 * other 5xx, other), time-outs (10 s) and connection errors, p50/p99/max latency, and the server's heap before and
 * after (jcmd GC.heap_info). A plain main, not a test; see bench/README.md.
 *
 * <p>Usage: {@code LoadTestMain INDEX_DIR [SECONDS=60] [RATE_FACTOR=2]}.
 */
public final class LoadTestMain {
    private static final List<String> MIX = List.of("/api/v1/search?q=hotel", "/api/v1/search?country=Mali",
            "/api/v1/search?q=bombing&sort=-date", "/api/v1/search?q=siege%20Bamako&page=2", "/api/v1/search",
            "/api/v1/search?group=Al-Shabaab&from=2010-01-01", "/api/v1/suggest?q=ba", "/api/v1/search?killedMin=50",
            "/?q=attack", "/api/v1/search?q=%22car%20bomb%22&interval=month");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LoadTestMain INDEX_DIR [SECONDS=60] [RATE_FACTOR=2]");
            System.exit(2);
        }
        Path index = Path.of(args[0]);
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        double factor = args.length > 2 ? Double.parseDouble(args[2]) : 2.0;
        int port = 20_000 + (int) (ProcessHandle.current().pid() % 20_000);
        Process server = startServer(index, port);
        try {
            String base = "http://127.0.0.1:" + port;
            awaitUp(base);
            System.out.println("server pid " + server.pid() + " on " + base + ", " + Runtime.getRuntime().availableProcessors() + " cores");
            closedLoop(base, 8, 10); // warm-up: JIT, caches
            System.out.println("heap before: " + heap(server.pid()));
            double saturation = closedLoop(base, 16, 10);
            System.out.printf("saturation (16 closed-loop clients, 10 s): %.0f req/s%n", saturation);
            openLoop(base, saturation * factor, seconds);
            System.out.println("heap after: " + heap(server.pid()));
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.println("health after: " + health.statusCode() + " " + health.body());
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Process startServer(Path index, int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        File log = Files.createTempFile("incidex-load-server", ".log").toFile();
        System.out.println("server log: " + log);
        return new ProcessBuilder(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "org.incidex.cli.Main", "serve", "--index", index.toString(), "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(log).start();
    }

    private static void awaitUp(String base) throws Exception {
        for (int i = 0; i < 300; i++) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the server at " + base + " did not answer /health within 30 s");
    }

    /** Requests per second that {@code clients} back-to-back clients get answered (200) over {@code seconds}. */
    private static double closedLoop(String base, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong ok = new AtomicLong();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                int offset = c;
                pool.submit(() -> {
                    int i = offset;
                    while (System.nanoTime() < end) {
                        HttpResponse<Void> r = HTTP.send(request(base, i++), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() == 200) ok.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        return ok.get() / (double) seconds;
    }

    private static HttpRequest request(String base, int i) {
        return HttpRequest.newBuilder(URI.create(base + MIX.get(Math.floorMod(i, MIX.size()))))
                .timeout(Duration.ofSeconds(10)).build();
    }

    private static void openLoop(String base, double rate, int seconds) throws Exception {
        int total = (int) Math.round(rate * seconds);
        long intervalNanos = (long) (1e9 / rate);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger shed = new AtomicInteger();
        AtomicInteger shedWithoutRetryAfter = new AtomicInteger();
        AtomicInteger other5xx = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        AtomicInteger timeouts = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<Long> okMicros = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(total);
        System.out.printf("open loop: %.0f req/s for %d s = %d requests%n", rate, seconds, total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            long sent = System.nanoTime();
            HTTP.sendAsync(request(base, i), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                long micros = (System.nanoTime() - sent) / 1000;
                if (e != null) {
                    Throwable t = e.getCause() != null ? e.getCause() : e;
                    (t instanceof HttpTimeoutException ? timeouts : errors).incrementAndGet();
                } else if (r.statusCode() == 200) {
                    ok.incrementAndGet();
                    okMicros.add(micros);
                } else if (r.statusCode() == 503) {
                    shed.incrementAndGet();
                    if (r.headers().firstValue("retry-after").isEmpty()) shedWithoutRetryAfter.incrementAndGet();
                } else if (r.statusCode() >= 500) {
                    other5xx.incrementAndGet();
                } else {
                    other.incrementAndGet();
                }
                done.countDown();
            });
        }
        long sendSeconds = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        done.await(60, TimeUnit.SECONDS);
        long[] lat = okMicros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("sent %d in %.1f s: 200 %d, 503 shed %d (without Retry-After %d), other 5xx %d, other %d, "
                        + "time-outs %d, connection errors %d, unanswered %d%n",
                total, sendSeconds / 1000.0, ok.get(), shed.get(), shedWithoutRetryAfter.get(), other5xx.get(),
                other.get(), timeouts.get(), errors.get(), done.getCount());
        if (lat.length > 0) {
            System.out.printf("latency of 200s: p50 %.1f ms, p99 %.1f ms, max %.1f ms; answered %.0f req/s%n",
                    pct(lat, 50), pct(lat, 99), lat[lat.length - 1] / 1000.0, ok.get() / (double) seconds);
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1000.0;
    }

    /** The "used" figures of {@code jcmd PID GC.heap_info}. */
    private static String heap(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process p = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(10, TimeUnit.SECONDS);
        List<String> lines = new ArrayList<>(Arrays.stream(out.split("\n")).map(String::strip)
                .filter(l -> l.contains("used")).limit(2).toList());
        return lines.isEmpty() ? out.strip() : String.join("; ", lines);
    }
}
