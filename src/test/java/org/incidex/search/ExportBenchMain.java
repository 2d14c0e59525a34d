package org.incidex.search;

import io.javalin.Javalin;
import org.incidex.api.IncidexServer;
import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.testing.GeneratedIncidents;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Export benchmark: indexes N synthetic incidents (default 100,000) into a temporary directory, serves them on a
 * loopback port, downloads {@code /api/v1/search/export} in each format over HTTP, and prints rows, bytes, seconds and
 * the highest heap use seen (sampled every 20 ms). Run it with a small heap ({@code -Xmx64m}) to show the export
 * streams: the rows never sit in memory together. A plain main, not a test (see bench/README.md).
 */
public final class ExportBenchMain {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("incidex-export-bench");
        long t0 = System.nanoTime();
        GeneratedIncidents.index(dir, n);
        System.out.printf("indexed %,d synthetic incidents in %.1f s; max heap %d MB%n", n, (System.nanoTime() - t0) / 1e9,
                Runtime.getRuntime().maxMemory() >> 20);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        try (LiveIndex live = new LiveIndex(IndexStore.at(dir)).start(1000)) {
            Javalin app = IncidexServer.create(new SearchService(live)).start("127.0.0.1", 0);
            HttpClient http = HttpClient.newHttpClient();
            for (String format : new String[] {"csv", "jsonl", "geojson", "csv"}) {
                System.gc();
                peak.set(memory.getHeapMemoryUsage().getUsed());
                long before = peak.get();
                long start = System.nanoTime();
                HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + app.port() + "/api/v1/search/export?sort=-date&format=" + format)).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                long bytes = 0;
                long lines = 0;
                byte[] buf = new byte[64 * 1024];
                try (InputStream in = r.body()) {
                    for (int k; (k = in.read(buf)) > 0; ) {
                        bytes += k;
                        for (int i = 0; i < k; i++) if (buf[i] == '\n') lines++;
                    }
                }
                double s = (System.nanoTime() - start) / 1e9;
                System.out.printf("%-7s status %d, %,d lines, %,d bytes (%s) in %.2f s (%,.0f rows/s); heap after GC %d MB, peak %d MB%n",
                        format, r.statusCode(), lines, bytes,
                        r.headers().firstValue("content-length").map(v -> "content-length " + v)
                                .orElse(r.headers().firstValue("transfer-encoding").orElse("?")),
                        s, n / s, before >> 20, peak.get() >> 20);
            }
            app.stop();
        } finally {
            sampler.interrupt();
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
