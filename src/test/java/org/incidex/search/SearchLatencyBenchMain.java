package org.incidex.search;

import io.javalin.Javalin;
import org.incidex.api.IncidexServer;
import org.incidex.index.GenerationWriter;
import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.ingest.SourceResolver;
import org.incidex.kb.Pipeline;
import org.incidex.model.IncidentRecord;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Search latency over HTTP on the demo index: the demo corpus is indexed through the real pipeline into a temporary
 * directory and served on a loopback port; each of {@link SearchQualityTest}'s 10 malformed and 10 expensive query
 * patterns, and a few ordinary searches, is sent N times (default 50) after a warm-up, and the status and the median,
 * p90 and worst milliseconds are printed. {@code SearchQualityTest} only checks a generous bound (100 ms); this prints
 * the figures. A plain main, not a test (see bench/README.md).
 */
public final class SearchLatencyBenchMain {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path dir = Files.createTempDirectory("incidex-latency-bench");
        Pipeline pipeline = Pipeline.createDefault();
        Pipeline.Result r = pipeline.run(pipeline.plan(List.of(SourceResolver.DEMO)), x -> { });
        try (GenerationWriter w = IndexStore.at(dir).beginGeneration("bench")) {
            for (IncidentRecord i : r.incidents()) w.add(i);
            w.publish("demo");
        }
        HttpClient http = HttpClient.newHttpClient();
        try (LiveIndex live = new LiveIndex(IndexStore.at(dir)).start(1000)) {
            Javalin app = IncidexServer.create(new SearchService(live)).start("127.0.0.1", 0);
            try {
                List<String> ordinary = List.of("q=" + q("hotel siege Bamako"), "q=" + q("Daesh attacks in Malian hotels"),
                        "country=Mali&country=Niger&group=" + q("Al-Mourabitoun"), "q=" + q("killed:[100 TO *] date:2015"));
                System.out.printf("demo index: %d incidents; %d requests per query after 10 warm-up rounds%n",
                        r.incidents().size(), n);
                List<String> all = new ArrayList<>(SearchQualityTest.MALFORMED);
                all.addAll(SearchQualityTest.EXPENSIVE);
                all.addAll(ordinary);
                for (int w = 0; w < 10; w++) for (String query : all) get(http, app, query);
                for (String query : all) {
                    long[] ms = new long[n];
                    int status = 0;
                    for (int i = 0; i < n; i++) {
                        long t0 = System.nanoTime();
                        status = get(http, app, query).statusCode();
                        ms[i] = System.nanoTime() - t0;
                    }
                    Arrays.sort(ms);
                    System.out.printf("  %d  median %5.1f ms  p90 %5.1f ms  worst %5.1f ms  %s%n", status, ms[n / 2] / 1e6,
                            ms[(int) (n * 0.9)] / 1e6, ms[n - 1] / 1e6, java.net.URLDecoder.decode(query, StandardCharsets.UTF_8));
                }
            } finally {
                app.stop();
            }
        }
    }

    private static HttpResponse<String> get(HttpClient http, Javalin app, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1/search?" + query))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
