package org.incidex.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.incidex.index.GenerationWriter;
import org.incidex.index.IndexStore;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Json;
import org.incidex.testing.ServerFixture;
import org.incidex.testing.SyntheticIncidents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches keep answering while new generations are published under them, every answer comes whole from one
 * generation (its total is one of the published ones, never a mix), and after 10,000 requests and 30 generations the
 * server holds no more files of the index open than before, and none of the deleted generations (no reader or file
 * handle leak). Open files are read from {@code /proc/self/fd} (Linux; skipped elsewhere).
 */
class ConcurrencyTest {
    @TempDir
    Path dir;

    /**
     * Files of the index directory this JVM holds open or memory-mapped (Lucene maps index files and closes their
     * descriptors, so a leaked reader shows in /proc/self/maps): "path" or "path (deleted)", each once.
     */
    List<String> openIndexFiles() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
            int at = line.indexOf(dir.toString());
            if (at >= 0) out.add(line.substring(at));
        }
        try (Stream<Path> s = Files.list(fds)) {
            for (Path fd : s.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith(dir.toString())) out.add(target);
                } catch (IOException e) {
                    // the descriptor closed while we looked
                }
            }
        }
        return new ArrayList<>(out);
    }

    void publish(List<IncidentRecord> incidents) throws IOException {
        try (GenerationWriter w = IndexStore.at(dir).beginGeneration("concurrency")) {
            for (IncidentRecord r : incidents) w.add(r);
            w.publish("concurrency");
        }
    }

    @Test
    void searchesAnswerWholeDuringPublishingAndNothingLeaks() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc/self/fd");
        List<IncidentRecord> all = SyntheticIncidents.ALL;
        List<IncidentRecord> fewer = all.subList(0, 20);
        publish(all);
        try (ServerFixture server = ServerFixture.start(dir)) {
            for (int i = 0; i < 200; i++) server.get("/api/v1/search?q=attack"); // warm: readers and caches open
            int before = openIndexFiles().size();
            assertThat(before).as("the live generation's files are seen (mapped or open)").isPositive();

            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger generations = new AtomicInteger();
            ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
            AtomicInteger answered = new AtomicInteger();
            Set<Long> totals = Set.of((long) all.size(), (long) fewer.size());
            List<String> queries = List.of("/api/v1/search", "/api/v1/search?q=attack", "/api/v1/search?country=Kenya&size=5",
                    "/api/v1/search?sort=-date&page=2", "/api/v1/suggest?q=bo", "/api/v1/search/export?format=jsonl");
            try (ExecutorService pool = Executors.newFixedThreadPool(5)) {
                Future<?> writer = pool.submit(() -> {
                    for (int g = 0; g < 30; g++) {
                        publish(g % 2 == 0 ? fewer : all);
                        generations.incrementAndGet();
                    }
                    writing.set(false);
                    return null;
                });
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < 4; c++) {
                    int offset = c;
                    clients.add(pool.submit(() -> {
                        for (int i = offset; i < 10_000; i += 4) {
                            String q = queries.get(i % queries.size());
                            HttpResponse<String> r = server.get(q);
                            answered.incrementAndGet();
                            if (r.statusCode() != 200) {
                                wrong.add(q + " → " + r.statusCode() + " " + r.body());
                            } else if (q.equals("/api/v1/search")) {
                                JsonNode body = Json.mapper().readTree(r.body());
                                if (!totals.contains(body.get("total").asLong())) wrong.add(q + " total " + body.get("total"));
                            } else if (q.contains("export")) {
                                long lines = r.body().lines().count();
                                if (!totals.contains(lines)) wrong.add("export of " + lines + " lines");
                            }
                        }
                        return null;
                    }));
                }
                writer.get();
                for (Future<?> f : clients) f.get();
            }
            assertThat(wrong).as("answers that failed or mixed generations").isEmpty();
            assertThat(answered.get()).isEqualTo(10_000);
            assertThat(generations.get()).isEqualTo(30);

            // the server follows the last generation within its poll; then old readers are released
            for (int i = 0; i < 50 && server.get("/api/v1/search").body().contains("\"total\":20,"); i++) Thread.sleep(100);
            for (int i = 0; i < 200; i++) server.get("/api/v1/search?q=attack");
            List<String> after = openIndexFiles();
            assertThat(after).as("no deleted generation held open").noneMatch(f -> f.endsWith("(deleted)"));
            assertThat(after.size()).as("open index files before %d, after %s", before, after).isLessThanOrEqualTo(before + 2);
            System.out.printf("ConcurrencyTest: 10,000 requests over 30 generations; index files open or mapped: "
                    + "%d before, %d after, 0 deleted ones%n", before, after.size());
        }
    }
}
