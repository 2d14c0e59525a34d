package org.incidex.api;

import org.incidex.testing.Csv;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Json;
import org.incidex.model.Place;
import org.incidex.model.SourceRef;
import org.incidex.search.SearchService;
import org.incidex.testing.GeneratedIncidents;
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
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incident whose title, summary, text and group carry {@code <script>}, {@code onerror=} and {@code javascript:}
 * comes back inert: snippets are escaped text whose only markup is {@code <mark>}; titles, groups and suggestions are
 * plain-text JSON strings whose bytes on the wire hold no {@code <} at all; CSV cells that would be formulas are
 * defused.
 */
class SafetyApiTest {
    static final String TITLE = "<script>alert('t')</script> Siege at <img src=x onerror=alert(2)> hotel";
    static final String GROUP = "<b onmouseover=alert(4)>Evil</b> javascript:void(0)";
    static final String TEXT = "Gunmen began a siege. <script>alert(document.cookie)</script> Witnesses saw "
            + "<img src=x onerror=\"alert(1)\"> and a link <a href=\"javascript:alert(3)\">here</a> & more, 'quoted'.";
    static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @TempDir
    static Path dir;
    static LiveIndex live;
    static Javalin app;
    static final HttpClient http = HttpClient.newHttpClient();

    static IncidentRecord record(String id, String title, String summary, String text, String group, String city) {
        Incident f = new Incident("2016-03-01", new Place(city, null, "Mali", "ML", 12.6, -8.0),
                List.of(new GroupRef(group, GroupRole.CLAIMED, false)), 3, null, null, null,
                List.of("Armed Assault"), List.of("Business"), List.of());
        return new IncidentRecord(id, title, summary, f, List.of(),
                List.of(new SourceRef("src-" + id, title, "Example", "2016-03-01", null, "https://x.example/" + id, text)));
    }

    @BeforeAll
    static void start() throws Exception {
        GeneratedIncidents.index(dir, List.of(
                record("inc-xss", TITLE, "javascript:alert(5) <svg onload=alert(6)>", TEXT, GROUP, "Bamako"),
                record("inc-formula", FORMULA_TITLE, "@SUM(1+1)", "A quiet report about a formula.", "+cmd|' /C calc'!A0", "-2+3")));
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

    /** The raw body has no markup at all (JSON escapes it); the parsed JSON is returned. */
    static JsonNode inertJson(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery + " → " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        assertThat(r.headers().firstValue("x-content-type-options").orElse("")).isEqualTo("nosniff");
        assertThat(r.body()).doesNotContain("<", ">");
        return Json.mapper().readTree(r.body());
    }

    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|#39|#x27|#x2F|#\\d+);");

    /** Only <mark> and </mark> are markup; every other <, >, quote and & is an entity. */
    static void assertInertSnippet(String snippet) {
        String rest = snippet.replace("<mark>", "").replace("</mark>", "");
        assertThat(rest).doesNotContain("<", ">", "\"", "'");
        assertThat(ENTITY.matcher(rest).replaceAll("")).doesNotContain("&");
    }

    @Test
    void snippetsAreEscapedTextWithOnlyMarkTags() throws Exception {
        // "javascript:alert" is one token (a colon between letters does not split a word), so it is asked as a phrase
        for (String q : List.of("script", "onerror", "\"javascript:alert\"", "siege", "alert", "witnesses")) {
            JsonNode r = inertJson("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(r.get("total").asLong()).as(q).isEqualTo(1);
            JsonNode hit = r.get("hits").get(0);
            String snippet = hit.get("snippet").asText();
            assertThat(snippet).as(q).contains("<mark>");
            assertInertSnippet(snippet);
            // titles and groups are plain text: returned as written, for the client to show as text
            assertThat(hit.get("title").asText()).isEqualTo(TITLE);
            assertThat(hit.get("groups").get(0).asText()).isEqualTo(GROUP);
        }
        String scriptSnippet = inertJson("/api/v1/search?q=script").get("hits").get(0).get("snippet").asText();
        assertThat(scriptSnippet).contains("&lt;<mark>script</mark>&gt;");
        // without a query the snippet is the escaped summary
        JsonNode all = inertJson("/api/v1/search?city=Bamako");
        String summary = all.get("hits").get(0).get("snippet").asText();
        assertInertSnippet(summary);
        assertThat(summary).isEqualTo("javascript:alert(5) &lt;svg onload=alert(6)&gt;");
        assertThat(all.get("facets").get("group").get(0).get("value").asText()).isIn(GROUP, "+cmd|' /C calc'!A0");
    }

    @Test
    void otherEndpointsAndErrorsAreInertToo() throws Exception {
        JsonNode s = inertJson("/api/v1/suggest?q=evil");
        assertThat(s.get("suggestions").get(0).get("value").asText()).isEqualTo(GROUP);
        assertThat(inertJson("/api/v1/suggest?q=siege").get("suggestions").get(0).get("value").asText()).isEqualTo(TITLE);
        assertThat(inertJson("/api/v1/incidents/inc-xss").get("title").asText()).isEqualTo(TITLE);
        assertThat(inertJson("/api/v1/incidents/inc-formula/related").get("hits").get(0).get("title").asText()).isEqualTo(TITLE);
        HttpResponse<String> bad = get("/api/v1/search?q=" + URLEncoder.encode("<script>\"", StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).doesNotContain("<", ">");
        assertThat(Json.mapper().readTree(bad.body()).get("detail").asText()).contains("<script>");
    }

    @Test
    void csvCellsThatWouldBeFormulasAreDefused() throws Exception {
        HttpResponse<String> r = get("/api/v1/search/export?format=csv&city=-2%2B3");
        assertThat(r.statusCode()).isEqualTo(200);
        List<List<String>> rows = Csv.parse(r.body());
        assertThat(rows).hasSize(2);
        List<String> row = rows.get(1);
        assertThat(row.get(2)).isEqualTo("'" + FORMULA_TITLE);
        assertThat(row.get(6)).isEqualTo("'-2+3");
        assertThat(row.get(9)).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(row.get(16)).isEqualTo("'@SUM(1+1)");
        assertThat(row.get(8)).isEqualTo("-8.0"); // a number the exporter wrote stays a number
    }
}
