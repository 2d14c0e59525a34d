package org.incidex.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.kb.Pipeline;
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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Indexes the fixture articles through the real pipeline, serves them on port 0 and checks answers over HTTP. */
class ApiEndToEndTest {
    @TempDir
    static Path dir;
    static Pipeline.Result result;
    static LiveIndex live;
    static Javalin app;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        result = Fixtures.indexFixtures(dir);
        live = new LiveIndex(IndexStore.at(dir)).start(100);
        app = IncidexServer.create(new SearchService(live)).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        live.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery + " → " + r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> facet(JsonNode res, String dim) {
        List<String> out = new ArrayList<>();
        res.path("facets").path(dim).forEach(v -> out.add(v.get("value").asText() + "=" + v.get("count").asLong()));
        return out;
    }

    @Test
    void pipelineReportsEveryFailureByName() {
        assertThat(result.documentsRead()).isEqualTo(9);
        assertThat(result.articles()).hasSize(6);
        assertThat(result.failures()).extracting(f -> Path.of(f.source()).getFileName() + ":" + f.reason().label())
                .containsExactlyInAnyOrder("empty.html:empty", "image.html:binary", "notes.txt:not-html");
        assertThat(result.incidents()).hasSize(5); // the two Bamako reports are one incident
    }

    @Test
    void everythingWithExactFacetCounts() throws Exception {
        JsonNode r = json("/api/v1/search");
        assertThat(r.get("total").asLong()).isEqualTo(5);
        assertThat(facet(r, "country")).containsExactly("Mali=2", "Afghanistan=1", "Kenya=1", "Nigeria=1");
        assertThat(facet(r, "group")).containsExactly("Al-Mourabitoun=2", "Al-Shabaab=1", "Boko Haram=1");
        assertThat(facet(r, "year")).containsExactlyInAnyOrder("2015=2", "2013=1", "2014=1", "2017=1");
    }

    @Test
    void textQueryRanksTheBamakoSiegeFirst() throws Exception {
        JsonNode r = json("/api/v1/search?q=" + q("hotel siege Bamako"));
        JsonNode top = r.get("hits").get(0);
        assertThat(top.get("place").get("city").asText()).isEqualTo("Bamako");
        assertThat(top.get("place").get("countryCode").asText()).isEqualTo("ML");
        assertThat(top.get("date").asText()).isEqualTo("2015-11-20");
        assertThat(top.get("killed").asInt()).isEqualTo(20);
        assertThat(top.get("hostages").asInt()).isEqualTo(170);
        assertThat(top.get("snippet").asText()).contains("<mark>");
    }

    @Test
    void filtersAndWithinADimensionOr() throws Exception {
        JsonNode mali = json("/api/v1/search?country=Mali");
        assertThat(mali.get("total").asLong()).isEqualTo(2);
        mali.get("hits").forEach(h -> assertThat(h.get("place").get("country").asText()).isEqualTo("Mali"));
        // drill-sideways: the country facet still shows the other countries while Mali is selected
        assertThat(facet(mali, "country")).contains("Kenya=1");
        assertThat(facet(mali, "group")).containsExactly("Al-Mourabitoun=2");

        JsonNode two = json("/api/v1/search?country=Mali&country=Kenya");
        assertThat(two.get("total").asLong()).isEqualTo(3);
        JsonNode and = json("/api/v1/search?country=Mali&year=2015&group=" + q("Al-Mourabitoun"));
        assertThat(and.get("total").asLong()).isEqualTo(2);
        JsonNode none = json("/api/v1/search?country=Kenya&year=2015");
        assertThat(none.get("total").asLong()).isZero();
    }

    @Test
    void rangesAndSort() throws Exception {
        JsonNode r = json("/api/v1/search?killedMin=50&sort=killed");
        assertThat(r.get("hits")).extracting(h -> h.get("killed").asInt()).containsExactly(90, 67, 56);
        JsonNode d = json("/api/v1/search?from=2015-01-01&to=2015-12-31&sort=date");
        assertThat(d.get("hits")).extracting(h -> h.get("date").asText()).containsExactly("2015-08-07", "2015-11-20");
    }

    @Test
    void incidentPageHasFieldsEvidenceAndAllSources() throws Exception {
        String id = json("/api/v1/search?q=Bamako&country=Mali&year=2015&killedMin=20").get("hits").get(0).get("id").asText();
        JsonNode inc = json("/api/v1/incidents/" + id);
        assertThat(inc.get("sources")).hasSize(2);
        assertThat(inc.get("groups").get(0).get("name").asText()).isEqualTo("Al-Mourabitoun");
        assertThat(inc.get("groups").get(0).get("role").asText()).isEqualTo("claimed");
        JsonNode ev = inc.get("evidence").get(0);
        String sourceText = null;
        for (JsonNode s : inc.get("sources")) if (s.get("id").asText().equals(ev.get("sourceId").asText())) sourceText = s.get("text").asText();
        assertThat(sourceText).isNotNull();
        assertThat(sourceText.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("text").asText());
    }

    @Test
    void errorsAreProblemJson() throws Exception {
        HttpResponse<String> bad = get("/api/v1/search?q=" + q("\"unclosed phrase"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        assertThat(Json.mapper().readTree(bad.body()).get("detail").asText()).contains("cannot parse q");

        assertThat(get("/api/v1/search?size=1000").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/search?from=yesterday").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/search?colour=red").statusCode()).isEqualTo(400);
        HttpResponse<String> missing = get("/api/v1/incidents/inc-nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Json.mapper().readTree(missing.body()).get("detail").asText()).contains("inc-nope");
        HttpResponse<String> route = get("/api/v1/nothing-here");
        assertThat(route.statusCode()).isEqualTo(404);
        assertThat(route.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void healthAndUiAndSecurityHeaders() throws Exception {
        JsonNode h = json("/health");
        assertThat(h.get("status").asText()).isEqualTo("ok");
        assertThat(h.get("incidents").asInt()).isEqualTo(5);
        HttpResponse<String> ui = get("/");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("Incidex");
        assertThat(ui.headers().firstValue("content-security-policy").orElse("")).contains("default-src 'self'");
        assertThat(ui.headers().firstValue("x-content-type-options").orElse("")).isEqualTo("nosniff");
        HttpResponse<String> docs = get("/api.html");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/search", "/api/v1/incidents/{id}", "/health");
    }
}
