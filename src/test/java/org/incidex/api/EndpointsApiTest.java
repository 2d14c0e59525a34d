package org.incidex.api;

import org.incidex.testing.Csv;
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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Related incidents, suggestions, did-you-mean and export over HTTP, on the five fixture incidents (Bamako and
 * Sévaré in Mali by Al-Mourabitoun, Maiduguri by Boko Haram, Nairobi by Al-Shabaab, Kabul).
 */
class EndpointsApiTest {
    @TempDir
    static Path dir;
    static LiveIndex live;
    static Javalin app;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Fixtures.indexFixtures(dir);
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

    static String idOf(String city) throws Exception {
        JsonNode hits = json("/api/v1/search?city=" + q(city)).get("hits");
        assertThat(hits).as(city).hasSize(1);
        return hits.get(0).get("id").asText();
    }

    static List<String> cities(JsonNode hits) {
        List<String> out = new ArrayList<>();
        hits.forEach(h -> out.add(h.get("place").get("city").asText()));
        return out;
    }

    static void assertProblem(String pathAndQuery, int status, String detailPart) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery + " → " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        assertThat(r.headers().firstValue("content-disposition")).isEmpty();
        assertThat(Json.mapper().readTree(r.body()).get("detail").asText()).contains(detailPart);
    }

    // --- related ---

    @Test
    void relatedRanksTheSameGroupsOtherHotelSiegeFirstAndNeverListsItself() throws Exception {
        String bamako = idOf("Bamako");
        JsonNode r = json("/api/v1/incidents/" + bamako + "/related");
        assertThat(r.get("id").asText()).isEqualTo(bamako);
        List<String> cities = cities(r.get("hits"));
        assertThat(cities).hasSize(4).doesNotContain("Bamako");
        assertThat(cities.getFirst()).isEqualTo("Sévaré");
        assertThat(r.get("hits").get(0).get("snippet").asText()).startsWith("7 August 2015, Sévaré, Mali");

        assertThat(cities(json("/api/v1/incidents/" + bamako + "/related?size=1").get("hits"))).containsExactly("Sévaré");
        assertThat(cities(json("/api/v1/incidents/" + idOf("Sévaré") + "/related?size=1").get("hits"))).containsExactly("Bamako");
    }

    @Test
    void relatedErrors() throws Exception {
        assertProblem("/api/v1/incidents/inc-nope/related", 404, "inc-nope");
        String bamako = idOf("Bamako");
        assertProblem("/api/v1/incidents/" + bamako + "/related?size=0", 400, "size must be 1..50");
        assertProblem("/api/v1/incidents/" + bamako + "/related?size=51", 400, "size must be 1..50");
        assertProblem("/api/v1/incidents/" + bamako + "/related?size=ten", 400, "size 'ten' is not a whole number");
        assertProblem("/api/v1/incidents/" + bamako + "/related?sise=3", 400, "unknown parameter 'sise'");
    }

    // --- suggest ---

    static List<String> suggestions(String query) throws Exception {
        List<String> out = new ArrayList<>();
        json("/api/v1/suggest?" + query).get("suggestions").forEach(s ->
                out.add(s.get("kind").asText() + ":" + s.get("value").asText() + "=" + s.get("count").asLong()));
        return out;
    }

    @Test
    void suggestPlacesAndGroupsByCountThenTitles() throws Exception {
        assertThat(suggestions("q=ma")).containsExactly("country:Mali=2", "city:Maiduguri=1",
                "title:Twin blasts hit crowded market in Maiduguri=1",
                "title:Hotel siege in central Mali ends with 13 dead=1",
                "title:Militants attack Westgate shopping mall in Nairobi=1");
        // any word of a name, case and accents ignored; punctuation is a word break
        assertThat(suggestions("q=SEV")).containsExactly("city:Sévaré=1");
        assertThat(suggestions("q=" + q("al-m"))).containsExactly("group:Al-Mourabitoun=2");
        assertThat(suggestions("q=haram")).containsExactly("group:Boko Haram=1");
        // finished words must match a title; the unfinished last one is a prefix ("sieges" is stemmed to "sieg")
        assertThat(suggestions("q=" + q("hotel si"))).containsExactly("title:Hotel siege in central Mali ends with 13 dead=1");
        assertThat(suggestions("q=" + q("hotel sieges"))).containsExactly("title:Hotel siege in central Mali ends with 13 dead=1");
        assertThat(suggestions("q=zzz")).isEmpty();
        // size bounds the list; names first, a third kept for titles
        assertThat(suggestions("q=ma&size=1")).containsExactly("country:Mali=2");
        assertThat(suggestions("q=ma&size=3")).containsExactly("country:Mali=2", "city:Maiduguri=1",
                "title:Twin blasts hit crowded market in Maiduguri=1");
        JsonNode title = json("/api/v1/suggest?q=westg").get("suggestions").get(0);
        assertThat(title.get("id").asText()).isEqualTo(idOf("Nairobi"));
    }

    @Test
    void suggestErrors() throws Exception {
        assertProblem("/api/v1/suggest", 400, "q is required");
        assertProblem("/api/v1/suggest?q=%20", 400, "q is required");
        assertProblem("/api/v1/suggest?q=" + "a".repeat(101), 400, "q is 101 characters; the limit is 100");
        assertProblem("/api/v1/suggest?q=ma&size=0", 400, "size must be 1..50");
        assertProblem("/api/v1/suggest?q=ma&country=Mali", 400, "unknown parameter 'country'");
    }

    // --- didYouMean ---

    @Test
    void didYouMeanOnlyForZeroHitsAndOnlyWhenTheCorrectionFindsSomething() throws Exception {
        JsonNode misspelt = json("/api/v1/search?q=" + q("bamkao hotle"));
        assertThat(misspelt.get("total").asLong()).isZero();
        assertThat(misspelt.get("didYouMean").asText()).isEqualTo("bamako hotel");
        assertThat(json("/api/v1/search?q=" + q("bamako hotel")).get("total").asLong()).isEqualTo(2);
        // the index holds the stem "sieg"; the suggestion is the word as written
        assertThat(json("/api/v1/search?q=seige").get("didYouMean").asText()).isEqualTo("siege");
        assertThat(json("/api/v1/search?q=Bamkao").get("didYouMean").asText()).isEqualTo("Bamako");
        // a correction that finds nothing with the same filters is not offered
        JsonNode filtered = json("/api/v1/search?q=bamkao&country=Kenya");
        assertThat(filtered.get("total").asLong()).isZero();
        assertThat(filtered.get("didYouMean").isNull()).isTrue();
        assertThat(json("/api/v1/search?q=bamkao&country=Mali").get("didYouMean").asText()).isEqualTo("bamako");
        assertThat(json("/api/v1/search?q=zzzzzz").get("didYouMean").isNull()).isTrue();
        JsonNode hits = json("/api/v1/search?q=hotel");
        assertThat(hits.get("total").asLong()).isEqualTo(2);
        assertThat(hits.get("didYouMean").isNull()).isTrue();
    }

    // --- export ---

    static HttpResponse<String> export(String query) throws Exception {
        HttpResponse<String> r = get("/api/v1/search/export?" + query);
        assertThat(r.statusCode()).as(query + " → " + r.body()).isEqualTo(200);
        return r;
    }

    @Test
    void exportRowCountsEqualTheSearchTotalInEveryFormat() throws Exception {
        List<String> searches = List.of("q=", "country=Mali", "q=hotel", "killedMin=50", "q=zzzzzz",
                "country=Mali&country=Kenya&sort=date", "year=2015&group=" + q("Al-Mourabitoun"));
        List<Long> totals = new ArrayList<>();
        for (String s : searches) {
            long total = json("/api/v1/search?size=1&" + s).get("total").asLong();
            totals.add(total);
            List<List<String>> csv = Csv.parse(export("format=csv&" + s).body());
            assertThat(csv.getFirst()).as(s).containsExactly("id", "date", "title", "country", "countryCode", "region",
                    "city", "lat", "lon", "groups", "killed", "injured", "hostages", "perpetratorsKilled",
                    "attackTypes", "targets", "summary", "sources", "district");
            assertThat(csv.size() - 1L).as("csv rows for " + s).isEqualTo(total);
            String jsonl = export("format=jsonl&" + s).body();
            assertThat(jsonl.isEmpty() ? 0L : jsonl.split("\n").length).as("jsonl lines for " + s).isEqualTo(total);
            JsonNode geo = Json.mapper().readTree(export("format=geojson&" + s).body());
            assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
            assertThat((long) geo.get("features").size()).as("features for " + s).isEqualTo(total);
        }
        assertThat(totals).containsExactly(5L, 2L, 2L, 3L, 0L, 3L, 2L);
    }

    @Test
    void exportIsAnAttachmentInSearchOrderWithTheSearchesColumns() throws Exception {
        HttpResponse<String> r = export("format=csv&sort=-date");
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(r.headers().firstValue("content-disposition").orElse(""))
                .matches("attachment; filename=\"incidex-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        List<List<String>> rows = Csv.parse(r.body());
        List<String> searchOrder = new ArrayList<>();
        json("/api/v1/search?sort=-date").get("hits").forEach(h -> searchOrder.add(h.get("id").asText()));
        assertThat(rows.subList(1, rows.size()).stream().map(List::getFirst).toList()).isEqualTo(searchOrder);
        List<String> bamako = rows.stream().filter(row -> row.get(6).equals("Bamako")).findFirst().orElseThrow();
        assertThat(bamako.subList(1, 13)).containsExactly("2015-11-20",
                "Gunmen seize hostages at Radisson Blu hotel in Bamako", "Mali", "ML", "Bamako", "Bamako", "12.65",
                "-8.0", "Al-Mourabitoun", "20", "7", "170");
        assertThat(bamako.get(17)).isEqualTo("https://sahel-report.example/2015/11/20/bamako-radisson; "
                + "https://daily-ledger.example/world/mali-mourns");

        HttpResponse<String> geo = export("format=geojson&city=Bamako");
        assertThat(geo.headers().firstValue("content-type").orElse("")).startsWith("application/geo+json");
        JsonNode feature = Json.mapper().readTree(geo.body()).get("features").get(0);
        assertThat(feature.get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(feature.get("geometry").get("coordinates").toString()).isEqualTo("[-8.0,12.65]");
        assertThat(feature.get("properties").get("killed").asInt()).isEqualTo(20);

        JsonNode line = Json.mapper().readTree(export("format=jsonl&city=Bamako").body());
        assertThat(line.get("place").get("city").asText()).isEqualTo("Bamako");
        assertThat(line.get("sources")).hasSize(2);
        assertThat(line.get("sources").get(0).has("text")).isFalse();
    }

    @Test
    void exportErrorsAreProblemsWithNothingStreamed() throws Exception {
        assertProblem("/api/v1/search/export?format=xml", 400, "format 'xml' is not one of csv|jsonl|geojson");
        assertProblem("/api/v1/search/export?q=" + q("\"unclosed"), 400, "cannot parse q");
        assertProblem("/api/v1/search/export?from=yesterday", 400, "from 'yesterday' is not a date");
        assertProblem("/api/v1/search/export?colour=red", 400, "unknown parameter 'colour'");
        // format belongs to export only
        assertProblem("/api/v1/search?format=csv", 400, "unknown parameter 'format'");
        HttpResponse<String> csvByDefault = export("country=Kenya");
        assertThat(csvByDefault.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(Csv.parse(csvByDefault.body())).hasSize(2);
    }
}
