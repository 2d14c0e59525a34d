package org.incidex.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.incidex.clean.ArticleCleaner;
import org.incidex.extract.TestLexicons;
import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.ingest.web.WebFetcher;
import org.incidex.kb.ArticleProcessor;
import org.incidex.kb.KnowledgeBaseSink;
import org.incidex.model.Json;
import org.incidex.model.RawDocument;
import org.incidex.search.SearchService;
import org.incidex.testing.LoopbackSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Live updates over HTTP: POST and DELETE /api/v1/articles against a real server and index on loopback. */
class ArticlesApiTest {
    static final String TOKEN = "s3cret-admin-token";
    @TempDir
    static Path dir;
    static LiveIndex live;
    static Javalin app;
    static Javalin disabled;
    static LoopbackSite site;
    static final HttpClient http = HttpClient.newHttpClient();

    static String page(String title, String canonical, String text) {
        return "<!DOCTYPE html><html><head><meta charset=utf-8><title>" + title + "</title>"
                + "<link rel=\"canonical\" href=\"" + canonical + "\">"
                + "<meta property=\"article:published_time\" content=\"2016-07-23T10:00:00Z\"></head>"
                + "<body><article><h1>" + title + "</h1><p>" + text + "</p></article></body></html>";
    }

    @BeforeAll
    static void start() throws Exception {
        KnowledgeBaseSink sink = KnowledgeBaseSink.createDefault(IndexStore.at(dir));
        sink.add(List.of(new RawDocument("https://wire.example/nairobi", page("Gunmen storm Nairobi mall",
                "https://wire.example/nairobi", "Gunmen stormed the Westgate shopping mall in Nairobi, Kenya, on Saturday,"
                        + " killing 67 people, officials said.").getBytes(StandardCharsets.UTF_8), null)));
        live = new LiveIndex(IndexStore.at(dir)).start(500); // the production poll: a write must not wait for it
        site = new LoopbackSite();
        WebFetcher fetcher = new WebFetcher(WebFetcher.Config.defaults("test").withPolitenessDelay(Duration.ZERO));
        app = IncidexServer.create(new SearchService(live), new LiveUpdates(sink, TOKEN, fetcher, live::refresh))
                .start("127.0.0.1", 0);
        disabled = IncidexServer.create(new SearchService(live)).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        disabled.stop();
        live.close();
        site.close();
    }

    static HttpResponse<String> send(Javalin server, String method, String path, String contentType, byte[] body,
                                     String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) b.header("Content-Type", contentType);
        if (token != null) b.header("Authorization", "Bearer " + token);
        // as curl does for big bodies: a server that refuses on the headers answers before the body is sent, instead of
        // closing the connection under a client still writing
        if (body != null && body.length > 1024 * 1024) b.expectContinue(true);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode search(String q) throws Exception {
        HttpResponse<String> r = send(app, "GET", "/api/v1/search?q=" + q, null, null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    static final String KABUL = page("Suicide bomber strikes Kabul protest", "https://wire.example/kabul-protest",
            "A suicide bomber blew himself up at a protest in Kabul, Afghanistan, on Saturday, killing 80 people"
                    + " and wounding 231, the interior ministry said. The Islamic State claimed the attack.");

    @Test
    void postedArticleIsSearchableAtOnceAndDeleteRemovesIt() throws Exception {
        assertThat(search("Kabul").get("total").asInt()).isZero();
        long t0 = System.nanoTime();
        HttpResponse<String> r = send(app, "POST", "/api/v1/articles", "text/html; charset=utf-8",
                KABUL.getBytes(StandardCharsets.UTF_8), TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode hits;
        long found;
        do { // poll until found, for at most 1 s (with the refresh hook the first search already finds it)
            hits = search("Kabul");
            found = System.nanoTime();
        } while (hits.get("total").asInt() == 0 && found - t0 < 1_000_000_000L);
        long latencyMs = (found - t0) / 1_000_000;
        System.out.println("POST → searchable: " + latencyMs + " ms");
        assertThat(hits.get("total").asInt()).isEqualTo(1);
        assertThat(latencyMs).isLessThan(1_000);

        JsonNode written = Json.mapper().readTree(r.body());
        String articleId = written.get("articleId").asText();
        assertThat(articleId).matches("a-[0-9a-f]{16}");
        assertThat(written.get("incidents")).hasSize(1);
        assertThat(written.get("incidents").get(0).asText()).isEqualTo(hits.get("hits").get(0).get("id").asText());
        assertThat(hits.get("hits").get(0).get("killed").asInt()).isEqualTo(80);

        // Posting the same page again replaces the article: still one Kabul incident, same ids.
        HttpResponse<String> again = send(app, "POST", "/api/v1/articles", "text/html", KABUL.getBytes(StandardCharsets.UTF_8), TOKEN);
        assertThat(Json.mapper().readTree(again.body()).get("articleId").asText()).isEqualTo(articleId);
        assertThat(search("Kabul").get("total").asInt()).isEqualTo(1);

        HttpResponse<String> del = send(app, "DELETE", "/api/v1/articles/" + articleId, null, null, TOKEN);
        assertThat(del.statusCode()).as(del.body()).isEqualTo(200);
        assertThat(del.body()).isEqualTo("{\"articleId\":\"" + articleId + "\",\"removed\":true}");
        assertThat(search("Kabul").get("total").asInt()).isZero();
        assertThat(search("Nairobi").get("total").asInt()).isEqualTo(1); // the other article stays
        assertThat(send(app, "DELETE", "/api/v1/articles/" + articleId, null, null, TOKEN).statusCode()).isEqualTo(404);
    }

    @Test
    void jsonUrlIsFetched() throws Exception {
        site.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        site.page("/baghdad", page("Car bomb in Baghdad market", site.url("/baghdad"),
                "A car bomb exploded in a crowded market in Baghdad, Iraq, on Sunday, killing 35 people."));
        HttpResponse<String> r = send(app, "POST", "/api/v1/articles", "application/json",
                ("{\"url\": \"" + site.url("/baghdad") + "\"}").getBytes(StandardCharsets.UTF_8), TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(Json.mapper().readTree(r.body()).get("source").asText()).isEqualTo(site.url("/baghdad"));
        assertThat(search("Baghdad").get("total").asInt()).isEqualTo(1);

        HttpResponse<String> blocked = send(app, "POST", "/api/v1/articles", "application/json",
                ("{\"url\": \"" + site.url("/private/x") + "\"}").getBytes(StandardCharsets.UTF_8), TOKEN);
        assertThat(blocked.statusCode()).isEqualTo(502);
        assertThat(blocked.body()).contains("blocked-by-robots");
        HttpResponse<String> file = send(app, "POST", "/api/v1/articles", "application/json",
                "{\"url\": \"file:///etc/passwd\"}".getBytes(StandardCharsets.UTF_8), TOKEN);
        assertThat(file.statusCode()).isEqualTo(400);
        assertThat(file.body()).contains("only http and https");
    }

    @Test
    void tokenRules() throws Exception {
        byte[] body = KABUL.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> off = send(disabled, "POST", "/api/v1/articles", "text/html", body, TOKEN);
        assertThat(off.statusCode()).isEqualTo(403);
        assertThat(off.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        assertThat(off.body()).contains("INCIDEX_ADMIN_TOKEN");
        assertThat(send(disabled, "DELETE", "/api/v1/articles/a-1", null, null, TOKEN).statusCode()).isEqualTo(403);

        for (String token : new String[] {null, "wrong", TOKEN + "x", ""}) {
            HttpResponse<String> r = send(app, "POST", "/api/v1/articles", "text/html", body, token);
            assertThat(r.statusCode()).as(String.valueOf(token)).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"incidex\"");
        }
        assertThat(send(app, "DELETE", "/api/v1/articles/a-1", null, null, "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void bodiesOverTwoMegabytesAre413AndOtherTypes415() throws Exception {
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r = send(app, "POST", "/api/v1/articles", "text/html", big, TOKEN);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("the limit is 2097152 bytes");
        // Without Content-Length (chunked), the server counts.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1/articles"))
                .header("Content-Type", "text/html").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build();
        HttpResponse<String> c = http.send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(c.statusCode()).isEqualTo(413);
        assertThat(c.body()).contains("more than 2097152 bytes");
        byte[] exactly = java.util.Arrays.copyOf(big, 2 * 1024 * 1024); // 2 MB itself is allowed (then not HTML: 422)
        assertThat(send(app, "POST", "/api/v1/articles", "text/html", exactly, TOKEN).statusCode()).isEqualTo(422);
        HttpResponse<String> text = send(app, "POST", "/api/v1/articles", "text/plain", "hello".getBytes(), TOKEN);
        assertThat(text.statusCode()).isEqualTo(415);
        HttpResponse<String> notHtml = send(app, "POST", "/api/v1/articles", "text/html", "just words".getBytes(), TOKEN);
        assertThat(notHtml.statusCode()).isEqualTo(422);
        assertThat(notHtml.body()).contains("not-html");
    }
}
