package org.incidex.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.incidex.model.Json;
import org.incidex.testing.GeneratedIncidents;
import org.incidex.testing.ServerFixture;
import org.incidex.testing.XssPayloads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 50 {@link XssPayloads} in titles, summaries, text, source URLs, sites and group names: every JSON answer that
 * carries them (search with snippets, each incident, related, suggestions, the search page's data block) holds no
 * markup character on the wire, and parses back to exactly the text that was indexed.
 */
class XssPayloadsApiTest {
    @TempDir
    static Path dir;
    static ServerFixture server;

    @BeforeAll
    static void start() throws Exception {
        GeneratedIncidents.index(dir, XssPayloads.incidents());
        server = ServerFixture.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String inert(String pathAndQuery) throws Exception {
        HttpResponse<String> r = server.get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery + " → " + r.body()).isEqualTo(200);
        assertThat(r.body()).as(pathAndQuery).doesNotContain("<", ">", "'");
        return r.body();
    }

    @Test
    void everyAnswerCarryingThePayloadsIsFreeOfMarkupAndExact() throws Exception {
        int checked = 0;
        List<String> titles = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode res = Json.mapper().readTree(inert("/api/v1/search?q=hotel&size=20&page=" + page));
            for (JsonNode h : res.get("hits")) {
                titles.add(h.get("title").asText());
                // the snippet's only markup is <mark>, escaped on the wire as \u003Cmark\u003E
                assertThat(h.get("snippet").asText().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<");
            }
        }
        assertThat(titles).hasSize(XssPayloads.ALL.size());
        for (int i = 0; i < XssPayloads.ALL.size(); i++) {
            String p = XssPayloads.ALL.get(i);
            String id = String.format("inc-xss-%02d", i);
            JsonNode inc = Json.mapper().readTree(inert("/api/v1/incidents/" + id));
            assertThat(inc.get("title").asText()).isEqualTo("Hotel attack " + i + " " + p);
            assertThat(inc.get("groups").get(0).get("name").asText()).isEqualTo("Group " + i + " " + p);
            assertThat(inc.get("sources").get(0).get("text").asText()).contains(p);
            inert("/api/v1/incidents/" + id + "/related");
            checked++;
        }
        inert("/api/v1/suggest?q=group");
        inert("/api/v1/suggest?q=hotel");
        inert("/api/v1/search?group=" + URLEncoder.encode("Group 0 " + XssPayloads.ALL.get(0), StandardCharsets.UTF_8));
        String page = server.get("/?q=hotel").body();
        String block = page.substring(page.indexOf("id=\"initial-search\">") + 20, page.indexOf("</script>", page.indexOf("initial-search")));
        assertThat(block).doesNotContain("<", ">");
        assertThat(checked).isEqualTo(50);
    }
}
