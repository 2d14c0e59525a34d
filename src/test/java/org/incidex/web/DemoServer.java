package org.incidex.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.incidex.index.GenerationWriter;
import org.incidex.index.IndexStore;
import org.incidex.ingest.SourceResolver;
import org.incidex.kb.Pipeline;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Json;
import org.incidex.testing.ServerFixture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** A real Incidex server on a free loopback port over an index of the given incidents (or the demo corpus). */
final class DemoServer implements AutoCloseable {
    private final ServerFixture server;
    final String base;

    private DemoServer(ServerFixture server) {
        this.server = server;
        this.base = server.base;
    }

    private static DemoServer shared;

    /**
     * One server over the demo index for every browser test class in this JVM (indexing the corpus takes seconds);
     * stopped, and its directory deleted, when the JVM exits.
     */
    static synchronized DemoServer shared() throws Exception {
        if (shared == null) {
            Path dir = Files.createTempDirectory("incidex-browser-demo-");
            shared = demo(dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                shared.close();
                try (var files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // a temp directory left behind at exit is harmless
                }
            }));
        }
        return shared;
    }

    /** Indexes the bundled demo corpus through the full pipeline, as {@code ./incidex demo} does. */
    static DemoServer demo(Path dir) throws Exception {
        Pipeline pipeline = Pipeline.createDefault();
        Pipeline.Result r = pipeline.run(pipeline.plan(List.of(SourceResolver.DEMO)), n -> { });
        return of(dir, r.incidents());
    }

    static DemoServer of(Path dir, List<IncidentRecord> incidents) throws IOException {
        try (GenerationWriter w = IndexStore.at(dir).beginGeneration("browser-test")) {
            for (IncidentRecord i : incidents) w.add(i);
            w.publish("browser-test");
        }
        return new DemoServer(ServerFixture.start(dir));
    }

    /** GET pathAndQuery as JSON (for the expected answers the UI must show). */
    JsonNode json(String pathAndQuery) {
        try {
            HttpResponse<String> r = server.get(pathAndQuery);
            if (r.statusCode() != 200) throw new IllegalStateException(pathAndQuery + " → " + r.statusCode() + " " + r.body());
            return Json.mapper().readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    long total(String query) {
        return json("/api/v1/search?size=1" + (query.isEmpty() ? "" : "&" + query)).get("total").asLong();
    }

    @Override
    public void close() {
        server.close();
    }
}
