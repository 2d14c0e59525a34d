package org.incidex.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.incidex.api.IncidexServer;
import org.incidex.index.GenerationWriter;
import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.ingest.SourceResolver;
import org.incidex.kb.Pipeline;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Json;
import org.incidex.search.eval.SearchEvaluator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the demo corpus, indexed through the real pipeline: the judged query set's mean nDCG@10 (the bar is
 * 0.90), and malformed and expensive queries answered 400 problem+json fast over HTTP.
 */
class SearchQualityTest {
    @TempDir
    static Path dir;
    static LiveIndex live;
    static SearchService service;
    static Javalin app;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void indexDemo() throws Exception {
        Pipeline pipeline = Pipeline.createDefault();
        Pipeline.Result r = pipeline.run(pipeline.plan(List.of(SourceResolver.DEMO)), n -> { });
        try (GenerationWriter w = IndexStore.at(dir).beginGeneration("test")) {
            for (IncidentRecord i : r.incidents()) w.add(i);
            w.publish("demo");
        }
        live = new LiveIndex(IndexStore.at(dir)).start(100);
        service = new SearchService(live);
        app = IncidexServer.create(service).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        live.close();
    }

    @Test
    void judgedQueriesReachTheBar() {
        List<SearchEvaluator.JudgedQuery> judged = SearchEvaluator.demoQueries();
        assertThat(judged).hasSizeGreaterThanOrEqualTo(30);
        for (SearchEvaluator.JudgedQuery q : judged) {
            for (SearchEvaluator.Judgement j : q.judgements()) {
                assertThat(service.incident(j.id()))
                        .as("judged incident %s of '%s' (facts rows %s) is not in the demo index: its place or date "
                                + "changed, re-map it", j.id(), q.query(), q.sources())
                        .isPresent();
            }
        }
        SearchEvaluator.Report r = new SearchEvaluator(service).evaluate(judged);
        StringBuilder sb = new StringBuilder("nDCG@10 per judged query:\n");
        r.queries().forEach(q -> sb.append(String.format(Locale.ROOT, "  %.3f  %s%n", q.ndcg(), q.query().query())));
        sb.append(String.format(Locale.ROOT, "mean %.3f over %d queries", r.meanNdcg(), r.queries().size()));
        System.out.println(sb);
        // Measured 2026-11-25: 0.905 over 43 queries.
        assertThat(r.meanNdcg()).isGreaterThanOrEqualTo(0.90);
    }

    static final List<String> MALFORMED = List.of(
            "q=" + q("\"hotel siege"), "q=" + q("(hotel OR mall"), "q=" + q("hotel)"), "q=" + q("AND hotel"),
            "q=" + q("hotel OR"), "q=" + q("colour:red"), "q=" + q("killed:[10 TO]"), "q=" + q("date:2015-13"),
            "q=" + q("killed:many"), "q=" + q("year:[2016 TO 2015]"));

    static final List<String> EXPENSIVE = List.of(
            "q=" + q("*"), "q=" + q("*bing"), "q=" + q("?omb"), "q=" + q("/.*bomb.*/"), "q=" + q("b*"),
            "q=" + q("bombing~3"), "q=" + q("ISIS ".repeat(30).strip()),
            "q=" + q("(".repeat(20) + "hotel" + ")".repeat(20)), "q=" + q("\"hotel siege\"~50"),
            "q=hotel&page=1000&size=100");

    @Test
    void malformedAndExpensiveQueriesAnswer400Fast() throws Exception {
        get("/api/v1/search?q=" + q("warm up the server"));
        get("/api/v1/search?q=" + q("warm up the (error path"));
        List<String> timings = new ArrayList<>();
        long worst = 0;
        for (String query : concat(MALFORMED, EXPENSIVE)) {
            // best of three: a shared CI machine's scheduling hiccups are not the query's cost
            HttpResponse<String> r = null;
            long ms = Long.MAX_VALUE;
            for (int attempt = 0; attempt < 3; attempt++) {
                long t0 = System.nanoTime();
                r = get("/api/v1/search?" + query);
                ms = Math.min(ms, (System.nanoTime() - t0) / 1_000_000);
            }
            worst = Math.max(worst, ms);
            timings.add(ms + " ms  " + query);
            assertThat(r.statusCode()).as(query + " → " + r.body()).isIn(400, 503);
            assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
            JsonNode p = Json.mapper().readTree(r.body());
            assertThat(p.get("detail").asText()).as(query).isNotBlank();
            assertThat(ms).as(query).isLessThan(100);
        }
        System.out.println("400/503 latencies on the demo index (worst " + worst + " ms):\n  " + String.join("\n  ", timings));
    }

    @Test
    void boundedExpansionsStillAnswer() throws Exception {
        // a two-letter prefix and a fuzzy word expand to at most 64 terms each: answered, and quickly
        for (String query : List.of("bo*", "Mogadishu~2", "bomb* OR attack* OR kill*")) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = get("/api/v1/search?q=" + q(query));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r.statusCode()).as(query + " → " + r.body()).isEqualTo(200);
            assertThat(Json.mapper().readTree(r.body()).get("total").asLong()).as(query).isPositive();
            assertThat(ms).as(query).isLessThan(1000);
        }
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * A snippet marks the words of the query, not the words between them: the proximity boost (a sloppy phrase of
     * the query's words) ranks, but is not what the snippet marks.
     */
    @Test
    void snippetsMarkTheQueryWordsNotTheWordsBetween() throws Exception {
        int marked = 0;
        int twoWords = 0;
        for (String query : List.of("gunmen hostages", "hotel Bamako", "attack killed", "suicide bomber mosque",
                "militants stormed", "police officers killed", "gunmen opened fire")) {
            var json = org.incidex.model.Json.read(get("/api/v1/search?size=20&q=" + q(query)).body(),
                    com.fasterxml.jackson.databind.JsonNode.class);
            for (var hit : json.get("hits")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("<mark>(.*?)</mark>")
                        .matcher(hit.get("snippet").asText());
                int n = 0;
                while (m.find()) {
                    n++;
                    assertThat(m.group(1)).as("a mark of '%s' in %s", query, hit.get("snippet").asText())
                            .doesNotContainPattern("\\s");
                }
                marked += n;
                if (n >= 2) twoWords++;
            }
        }
        assertThat(marked).isGreaterThan(100);
        assertThat(twoWords).isGreaterThan(30);
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
