package org.incidex.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.model.Json;
import org.incidex.search.SearchService;
import org.incidex.testing.SyntheticIncidents;
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
import static org.assertj.core.api.Assertions.within;

/**
 * Facets, ranges, histogram, geo and paging over HTTP, on the 24 {@link SyntheticIncidents} whose values are known,
 * so every expected count below can be checked by reading that table.
 */
class SearchFacetsApiTest {
    @TempDir
    static Path dir;
    static LiveIndex live;
    static Javalin app;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        SyntheticIncidents.index(dir);
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

    static JsonNode json(String query) throws Exception {
        HttpResponse<String> r = get("/api/v1/search?" + query);
        assertThat(r.statusCode()).as(query + " → " + r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    /** The problem detail of a request that must be a 400. */
    static String bad(String query) throws Exception {
        HttpResponse<String> r = get("/api/v1/search?" + query);
        assertThat(r.statusCode()).as(query + " → " + r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        return Json.mapper().readTree(r.body()).get("detail").asText();
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> facet(JsonNode res, String dim) {
        List<String> out = new ArrayList<>();
        res.path("facets").path(dim).forEach(v -> out.add(v.get("value").asText() + "=" + v.get("count").asLong()));
        return out;
    }

    static List<String> ranges(JsonNode res, String dim) {
        List<String> out = new ArrayList<>();
        res.path("ranges").path(dim).forEach(v -> out.add(v.get("key").asText() + "=" + v.get("count").asLong()));
        return out;
    }

    static List<String> buckets(JsonNode res) {
        List<String> out = new ArrayList<>();
        res.path("dates").path("buckets").forEach(v -> out.add(v.get("key").asText() + "=" + v.get("count").asLong()));
        return out;
    }

    static List<String> cells(JsonNode res) {
        List<String> out = new ArrayList<>();
        res.path("grid").path("cells").forEach(v -> out.add(v.get("key").asText() + "=" + v.get("count").asLong()));
        return out;
    }

    static List<String> ids(JsonNode res) {
        List<String> out = new ArrayList<>();
        res.path("hits").forEach(h -> out.add(h.get("id").asText().substring(4)));
        return out;
    }

    @Test
    void groupFacetMultiSelectKeepsOtherGroupsCounts() throws Exception {
        JsonNode all = json("");
        assertThat(all.get("total").asLong()).isEqualTo(24);
        assertThat(facet(all, "group")).containsExactly("Islamic State=8", "Al-Shabaab=4", "Al-Mourabitoun=3",
                "Boko Haram=3", "Al-Qaeda in the Islamic Maghreb=2", "Taliban=1", "Tehrik-i-Taliban Pakistan=1");

        JsonNode is = json("group=" + q("Islamic State"));
        assertThat(is.get("total").asLong()).isEqualTo(8);
        assertThat(facet(is, "group")).containsExactlyElementsOf(facet(all, "group")); // sideways: unchanged
        assertThat(facet(is, "country")).containsExactly("Tunisia=3", "France=2", "Belgium=1", "Spain=1", "Turkey=1");

        JsonNode two = json("group=" + q("Islamic State") + "&group=" + q("Boko Haram"));
        assertThat(two.get("total").asLong()).isEqualTo(11);
        assertThat(facet(two, "country")).containsExactly("Nigeria=3", "Tunisia=3", "France=2", "Belgium=1",
                "Spain=1", "Turkey=1");
        // another dimension ANDs, and the group facet then counts groups among Tunisian incidents only
        JsonNode tn = json("group=" + q("Islamic State") + "&group=" + q("Boko Haram") + "&country=Tunisia");
        assertThat(tn.get("total").asLong()).isEqualTo(3);
        assertThat(facet(tn, "group")).containsExactly("Islamic State=3");
    }

    @Test
    void topNMoreAndPrefix() throws Exception {
        JsonNode top2 = json("facetSize=2");
        assertThat(facet(top2, "group")).containsExactly("Islamic State=8", "Al-Shabaab=4");
        assertThat(top2.get("facetTotals").get("group").asInt()).isEqualTo(7);
        JsonNode more = json("facetSize=2&facet.group.more=true");
        assertThat(facet(more, "group")).hasSize(7);
        assertThat(facet(more, "country")).hasSize(2); // only the asked dimension lists the rest

        assertThat(facet(json("facet.group.prefix=al"), "group"))
                .containsExactly("Al-Shabaab=4", "Al-Mourabitoun=3", "Al-Qaeda in the Islamic Maghreb=2");
        // a word inside the name, any case
        assertThat(facet(json("facet.group.prefix=ISL"), "group"))
                .containsExactly("Islamic State=8", "Al-Qaeda in the Islamic Maghreb=2");
        assertThat(facet(json("facet.group.prefix=tal"), "group"))
                .containsExactly("Taliban=1", "Tehrik-i-Taliban Pakistan=1");
        // accents folded; the prefix narrows only its dimension
        JsonNode seva = json("facet.city.prefix=seva");
        assertThat(facet(seva, "city")).containsExactly("Sévaré=1");
        assertThat(seva.get("facetTotals").get("city").asInt()).isEqualTo(1);
        assertThat(seva.get("total").asLong()).isEqualTo(24);
        assertThat(facet(json("facet.city.prefix=zz"), "city")).isEmpty();

        assertThat(bad("facet.group.more=yes")).contains("facet.group.more");
        assertThat(bad("facet.colour.more=true")).contains("facet.colour.more");
    }

    @Test
    void casualtyRangeFacetsAndFilters() throws Exception {
        JsonNode all = json("");
        assertThat(ranges(all, "killed")).containsExactly("0=2", "1-9=3", "10-49=9", "50-99=3", "100+=7");
        assertThat(ranges(all, "injured")).containsExactly("0=1", "1-9=1", "10-49=3", "50-99=4", "100+=10");
        JsonNode first = all.get("ranges").get("killed").get(4);
        assertThat(first.get("min").asInt()).isEqualTo(100);
        assertThat(first.get("max").isNull()).isTrue();

        JsonNode mid = json("killedMin=10&killedMax=49");
        assertThat(mid.get("total").asLong()).isEqualTo(9);
        // the killed ranges are counted sideways (unchanged); the injured ones narrow to the 9 incidents
        assertThat(ranges(mid, "killed")).containsExactly("0=2", "1-9=3", "10-49=9", "50-99=3", "100+=7");
        assertThat(ranges(mid, "injured")).containsExactly("0=0", "1-9=1", "10-49=2", "50-99=2", "100+=3");

        assertThat(json("injuredMin=100").get("total").asLong()).isEqualTo(10);
        assertThat(json("injuredMin=50&injuredMax=99").get("total").asLong()).isEqualTo(4);
        assertThat(json("injuredMax=0").get("total").asLong()).isEqualTo(1);
        assertThat(bad("injuredMin=5&injuredMax=2")).contains("injuredMin");
        assertThat(bad("injuredMin=-1")).contains("injuredMin");
        assertThat(bad("injuredMax=lots")).contains("injuredMax");
    }

    @Test
    void dateHistogramBucketFollowsTheRange() throws Exception {
        JsonNode all = json("");
        assertThat(all.get("dates").get("interval").asText()).isEqualTo("year");
        assertThat(all.get("dates").get("from").asText()).isEqualTo("2000-05-01"); // Suva: month-only date
        assertThat(all.get("dates").get("undated").asLong()).isEqualTo(1);
        assertThat(buckets(all)).hasSize(20).startsWith("2000=1", "2001=0")
                .contains("2006=1", "2013=2", "2014=3", "2015=8", "2016=4", "2017=3", "2018=0").endsWith("2019=1");

        JsonNode y2015 = json("from=2015-01-01&to=2015-12-31");
        assertThat(y2015.get("total").asLong()).isEqualTo(8);
        assertThat(y2015.get("dates").get("interval").asText()).isEqualTo("month");
        assertThat(buckets(y2015)).containsExactly("2015-01=1", "2015-02=0", "2015-03=1", "2015-04=1", "2015-05=0",
                "2015-06=1", "2015-07=0", "2015-08=1", "2015-09=0", "2015-10=0", "2015-11=3", "2015-12=0");
        JsonNode nov = y2015.get("dates").get("buckets").get(10);
        assertThat(nov.get("from").asText()).isEqualTo("2015-11-01");
        assertThat(nov.get("to").asText()).isEqualTo("2015-11-30");

        JsonNode nov2015 = json("from=2015-11-01&to=2015-11-30");
        assertThat(nov2015.get("dates").get("interval").asText()).isEqualTo("day");
        assertThat(buckets(nov2015)).hasSize(30).contains("2015-11-12=0", "2015-11-13=1", "2015-11-20=1",
                "2015-11-24=1");
        // day precision at both ends
        assertThat(json("from=2015-11-13&to=2015-11-20").get("total").asLong()).isEqualTo(2);

        assertThat(buckets(json("from=2015-01-01&to=2015-03-31&interval=month")))
                .containsExactly("2015-01=1", "2015-02=0", "2015-03=1");
        assertThat(buckets(json("country=Tunisia&interval=year"))).containsExactly("2015=3");
        assertThat(bad("interval=day")).contains("interval=day", "2000");
        // a range far wider than the data is cut to the dates that occur; with nothing in it, no bars and no error
        JsonNode wide = json("from=0001-01-01&to=9999-12-31");
        assertThat(wide.get("dates").get("interval").asText()).isEqualTo("year");
        assertThat(buckets(wide)).hasSize(20);
        JsonNode empty = json("from=0001-01-01&to=9999-12-31&country=Atlantis");
        assertThat(empty.get("total").asLong()).isZero();
        assertThat(buckets(empty)).isEmpty();
        assertThat(bad("interval=week")).contains("interval");
    }

    @Test
    void boundingBoxNearAndGrid() throws Exception {
        JsonNode westAfrica = json("bbox=" + q("-10,10,0,15"));
        assertThat(ids(westAfrica)).containsExactlyInAnyOrder("s04", "s05", "s09");
        assertThat(westAfrica.get("grid").get("zoom").asInt()).isEqualTo(9); // 10° wide: cells of 0.7°

        // across the antimeridian: west edge 170°E, east edge 170°W
        assertThat(ids(json("bbox=" + q("170,-25,-170,-10")))).containsExactlyInAnyOrder("s17", "s18");
        assertThat(json("bbox=" + q("-170,-25,170,-10")).get("total").asLong()).isZero();

        assertThat(ids(json("near=" + q("36.8,10.2,200")))).containsExactlyInAnyOrder("s13", "s14", "s23");
        assertThat(ids(json("near=" + q("36.8,10.2,50")))).containsExactlyInAnyOrder("s14", "s23");

        JsonNode grid = json("zoom=1");
        assertThat(cells(grid)).containsExactly("1/1/0=14", "1/0/0=4", "1/1/1=4", "1/0/1=1");
        JsonNode west = grid.get("grid").get("cells").get(1);
        assertThat(west.get("lat").asDouble()).isCloseTo(20.4775, within(1e-5)); // Bamako, Sévaré, Ouagadougou, Boston
        assertThat(west.get("lon").asDouble()).isCloseTo(-21.1725, within(1e-5));
        assertThat(west.get("killed").asLong()).isEqualTo(20 + 13 + 30 + 3); // the sum the map sizes markers by
        assertThat(west.get("bounds").get("minLon").asDouble()).isEqualTo(-180);
        assertThat(west.get("bounds").get("maxLat").asDouble()).isEqualTo(90);
        assertThat(cells(json("zoom=1&country=Mali"))).containsExactly("1/0/0=2");
        assertThat(json("zoom=1&country=Fiji").get("grid").get("cells").get(0).get("killed").asLong()).isZero();

        assertThat(bad("bbox=1,2,3")).contains("bbox", "minLon,minLat,maxLon,maxLat");
        assertThat(bad("bbox=" + q("0,20,10,10"))).contains("bbox", "minLat");
        assertThat(bad("bbox=" + q("0,0,190,10"))).contains("bbox", "maxLon");
        assertThat(bad("near=" + q("36.8,10.2,0"))).contains("near", "radius");
        assertThat(bad("near=" + q("95,10,5"))).contains("near", "lat");
        assertThat(bad("near=" + q("a,b,c"))).contains("near", "not a number");
        assertThat(bad("zoom=21")).contains("zoom");
    }

    @Test
    void sortsAndCursorPaging() throws Exception {
        assertThat(ids(json("sort=-date&size=5"))).containsExactly("s16", "s08", "s10", "s12", "s15");
        assertThat(ids(json("sort=date&size=3"))).containsExactly("s17", "s18", "s19");
        // killed, most first; 150 = 150 goes by date (newest first), 0 = 0 too
        List<String> killed = ids(json("sort=-killed&size=100"));
        assertThat(killed).startsWith("s08", "s12", "s03", "s11", "s21", "s06", "s22", "s15").endsWith("s02", "s17");
        assertThat(ids(json("sort=killed&size=3"))).containsExactly("s08", "s12", "s03");
        // relevance with equal scores (no query): incident id order
        assertThat(ids(json("size=3"))).containsExactly("s01", "s02", "s03");

        for (String sort : List.of("relevance", "date", "-date", "-killed")) {
            List<String> byOffset = new ArrayList<>();
            for (int p = 1; p <= 5; p++) byOffset.addAll(ids(json("sort=" + sort + "&size=5&page=" + p)));
            List<String> byCursor = new ArrayList<>();
            JsonNode r = json("sort=" + sort + "&size=5");
            int pages = 1;
            while (true) {
                assertThat(r.get("total").asLong()).isEqualTo(24);
                byCursor.addAll(ids(r));
                if (r.get("next").isNull()) break;
                r = json("sort=" + sort + "&size=5&after=" + r.get("next").asText());
                pages++;
            }
            assertThat(pages).as(sort).isEqualTo(5);
            assertThat(byCursor).as(sort).hasSize(24).doesNotHaveDuplicates().isEqualTo(byOffset);
        }
        // a text query: relevance order continues exactly across the cursor
        List<String> once = ids(json("q=attack&size=100"));
        JsonNode p1 = json("q=attack&size=4");
        List<String> paged = new ArrayList<>(ids(p1));
        paged.addAll(ids(json("q=attack&size=100&after=" + p1.get("next").asText())));
        assertThat(paged).isEqualTo(once);
        // the last page says so
        assertThat(json("sort=date&size=24").get("next").isNull()).isTrue();
        assertThat(json("sort=date&size=23").get("next").isNull()).isFalse();
    }

    @Test
    void offsetPagingStopsAtTenPagesAndCursorsAreChecked() throws Exception {
        assertThat(json("size=2&page=10").get("hits")).hasSize(2);
        assertThat(bad("size=2&page=11")).contains("page 11", "after=");
        String next = json("sort=date&size=2").get("next").asText();
        assertThat(bad("sort=date&size=2&page=2&after=" + next)).contains("page", "after");
        assertThat(bad("sort=-date&after=" + next)).contains("after", "sort=date", "sort=-date");
        assertThat(bad("after=not-a-cursor")).contains("after");
        assertThat(bad("after=" + q("%%%"))).contains("after", "base64url");
        assertThat(bad("sort=-killed&sort=date")).contains("sort", "2 times");
    }
}
