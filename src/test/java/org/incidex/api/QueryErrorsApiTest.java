package org.incidex.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.model.Json;
import org.incidex.search.SearchService;
import org.incidex.testing.Fixtures;
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
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Query-language errors over HTTP: 400 problem+json naming what and where, and 503 when the time budget runs out. */
class QueryErrorsApiTest {
    @TempDir
    static Path dir;
    static LiveIndex live;
    static Javalin app;
    static Javalin hasty;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Fixtures.indexFixtures(dir);
        live = new LiveIndex(IndexStore.at(dir)).start(100);
        app = IncidexServer.create(new SearchService(live)).start("127.0.0.1", 0);
        hasty = IncidexServer.create(new SearchService(live, Duration.ZERO)).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        hasty.stop();
        live.close();
    }

    static HttpResponse<String> get(Javalin server, String q) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void malformedQueryIs400SayingWhatAndWhere() throws Exception {
        HttpResponse<String> r = get(app, "hotel siege weapon:rifle");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        JsonNode p = Json.mapper().readTree(r.body());
        assertThat(p.get("type").asText()).isEqualTo("/problems/invalid-request");
        assertThat(p.get("detail").asText()).startsWith("cannot parse q at column 13: unknown field 'weapon:'");
    }

    @Test
    void aSearchPastItsBudgetIs503() throws Exception {
        HttpResponse<String> r = get(hasty, "hotel");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        JsonNode p = Json.mapper().readTree(r.body());
        assertThat(p.get("type").asText()).isEqualTo("/problems/search-timeout");
        assertThat(p.get("detail").asText()).contains("budget of 0 ms");
        assertThat(get(app, "hotel").statusCode()).isEqualTo(200);
    }

    @Test
    void aliasesWorkOverHttp() throws Exception {
        // the fixtures' Nairobi mall attack is Al-Shabaab's; "Shabab" is one of its aliases
        HttpResponse<String> r = get(app, "group:shabab");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode res = Json.mapper().readTree(r.body());
        assertThat(res.get("total").asLong()).isEqualTo(1);
        assertThat(res.get("hits").get(0).get("place").get("city").asText()).isEqualTo("Nairobi");
        assertThat(Json.mapper().readTree(get(app, "country:malian").body()).get("total").asLong()).isEqualTo(2);
    }
}
