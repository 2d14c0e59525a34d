package org.incidex.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.incidex.model.Json;
import org.incidex.testing.ServerFixture;
import org.incidex.testing.SyntheticIncidents;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page carries its first search: the data block holds exactly what {@code /api/v1/search} answers for
 * the page's parameters plus size, page and zoom, and is left out whenever the page would send something else.
 */
class SearchPageApiTest {
    @TempDir
    static Path dir;
    static ServerFixture server;

    @BeforeAll
    static void start() throws Exception {
        SyntheticIncidents.index(dir);
        server = ServerFixture.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return server.get(pathAndQuery);
    }

    static Element block(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        assertThat(r.headers().firstValue("cache-control")).hasValue("no-store");
        assertThat(r.headers().firstValue("content-security-policy").orElse("")).contains("script-src 'self'");
        Document doc = Jsoup.parse(r.body());
        assertThat(doc.select("script[src=js/boot.js]")).hasSize(1);
        return doc.getElementById("initial-search");
    }

    @Test
    void theFirstSearchIsTheApisAnswerForThePageParameters() throws Exception {
        Element block = block("/?q=hotel&country=Mali&sort=-date");
        assertThat(block).isNotNull();
        assertThat(block.attr("type")).isEqualTo("application/json");
        JsonNode data = Json.mapper().readTree(block.data());
        assertThat(data.get("params").toString())
                .isEqualTo("[[\"q\",\"hotel\"],[\"country\",\"Mali\"],[\"sort\",\"-date\"],[\"size\",\"20\"],[\"page\",\"1\"],[\"zoom\",\"5\"]]");
        String api = get("/api/v1/search?q=hotel&country=Mali&sort=-date&size=20&page=1&zoom=5").body();
        assertThat(data.get("result")).isEqualTo(Json.mapper().readTree(api));
        assertThat(data.get("result").get("total").asLong()).isEqualTo(2);

        assertThat(Json.mapper().readTree(block("/index.html?page=2").data()).get("result").get("page").asInt()).isEqualTo(2);
        assertThat(block("/")).isNotNull();
    }

    @Test
    void pagesThatWouldAskSomethingElseGetNoBlockButStillThePage() throws Exception {
        assertThat(block("/?bogus=1")).as("the API would refuse it: the page shows the API's error").isNull();
        assertThat(block("/?from=not-a-date")).isNull();
        assertThat(block("/?bbox=-10,10,0,15")).as("the grid level follows the map's shape").isNull();
        assertThat(block("/?size=5")).isNull();
        assertThat(block("/?facet.group.more=true")).isNull();
    }

    @Test
    void hostileQueryTextCannotLeaveTheDataBlock() throws Exception {
        HttpResponse<String> r = get("/?q=%3C%2Fscript%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        Document doc = Jsoup.parse(r.body());
        assertThat(doc.select("script")).extracting(e -> e.attr("type"))
                .containsOnly("application/json", "module");
        assertThat(doc.getElementById("initial-search").data()).doesNotContain("<").contains("\\u003C/script");
    }
}
