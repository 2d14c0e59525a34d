package org.incidex.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.model.Json;
import org.incidex.search.SearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written OpenAPI document parses, names every route the server registers, and every search parameter. */
class OpenApiDocumentTest {
    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    @TempDir
    static Path dir;
    static LiveIndex live;
    static Javalin app;
    static JsonNode doc;

    @BeforeAll
    static void start() throws Exception {
        live = new LiveIndex(IndexStore.at(dir)); // no index: the document does not need one
        app = IncidexServer.create(new SearchService(live)).start("127.0.0.1", 0);
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(OpenApiController.RESOURCE)) {
            doc = Json.mapper().readTree(in);
        }
    }

    @AfterAll
    static void stop() {
        app.stop();
        live.close();
    }

    static Set<String> registeredRoutes() {
        Set<String> out = new TreeSet<>();
        for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
            String method = e.endpoint.method.name().toUpperCase();
            // the search page's HTML routes are the UI, not the JSON API the document describes
            if (HTTP_METHODS.contains(method) && !IncidexServer.PAGE_PATHS.contains(e.endpoint.path)) {
                out.add(method + " " + e.endpoint.path);
            }
        }
        return out;
    }

    static Set<String> documentedRoutes() {
        Set<String> out = new TreeSet<>();
        for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            doc.get("paths").get(path).fieldNames().forEachRemaining(m -> out.add(m.toUpperCase() + " " + path));
        }
        return out;
    }

    @Test
    void everyRegisteredRouteIsDocumentedAndNothingElse() {
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        Set<String> registered = registeredRoutes();
        assertThat(registered).contains("GET /api/v1/search", "GET /api/v1/search/export", "GET /api/v1/incidents/{id}",
                "GET /api/v1/incidents/{id}/related", "GET /api/v1/suggest", "GET /api/v1/openapi.json", "GET /health");
        assertThat(documentedRoutes()).isEqualTo(registered);
    }

    @Test
    void everySearchParameterIsDocumented() throws Exception {
        Field known = SearchController.class.getDeclaredField("KNOWN");
        known.setAccessible(true);
        @SuppressWarnings("unchecked")
        Set<String> accepted = (Set<String>) known.get(null);
        List<String> searchParams = parameterNames(doc.get("paths").get("/api/v1/search").get("get"));
        assertThat(searchParams).containsAll(accepted);
        assertThat(searchParams).contains("q", "from", "to", "killedMin", "killedMax", "injuredMin", "injuredMax",
                "sort", "size", "page", "after", "facetSize", "facet.DIM.more", "facet.DIM.prefix", "bbox", "near",
                "group", "country", "region", "city", "attackType", "target", "year");
        List<String> exportParams = parameterNames(doc.get("paths").get("/api/v1/search/export").get("get"));
        assertThat(exportParams).contains("format").containsAll(accepted.stream()
                .filter(p -> !Set.of("page", "size", "after", "facetSize", "interval", "zoom").contains(p)).toList());
        JsonNode result = doc.at("/components/schemas/SearchResult/properties");
        for (String field : List.of("total", "hits", "facets", "ranges", "dates", "grid", "next", "didYouMean")) {
            assertThat(result.has(field)).as(field).isTrue();
        }
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).hasSizeGreaterThan(40);
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void servedAsJson() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + "/api/v1/openapi.json")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        assertThat(Json.mapper().readTree(r.body())).isEqualTo(doc);
    }

    private static List<String> parameterNames(JsonNode operation) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : operation.get("parameters")) {
            JsonNode resolved = p.has("$ref") ? doc.at(p.get("$ref").asText().substring(1)) : p;
            out.add(resolved.get("name").asText());
        }
        return out;
    }

    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) out.add(e.getValue().asText());
                else collectRefs(e.getValue(), out);
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, out));
        }
    }
}
