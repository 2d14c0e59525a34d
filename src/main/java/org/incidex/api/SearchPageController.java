package org.incidex.api;

import io.javalin.http.Context;
import org.incidex.search.IndexUnavailableException;
import org.incidex.search.InvalidRequestException;
import org.incidex.search.SearchResult;
import org.incidex.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /} and {@code /index.html}: the search page with the answer to its first search inside it, so the
 * browser paints results without waiting for a second round trip. The page URL uses the API's parameter names
 * ({@code /?q=hotel&country=Mali}), so its query string plus what the page always adds ({@code size=20},
 * {@code page}, the world map's {@code zoom}) is the API request; the answer goes into a
 * {@code <script type="application/json" id="initial-search">} data block (not executed, so the CSP stays
 * strict; written with {@link HtmlSafeJson}, so no {@code </script>} or other markup can appear in it) together
 * with the parameters it answers. The page uses it only when those are exactly the parameters it would send, and
 * fetches otherwise: a page URL the API would refuse, or one with a {@code bbox} (whose grid level the page works
 * out from the map's shape), is served without the block. Thread-safe: the template is read once.
 */
final class SearchPageController {
    private static final Logger LOG = LoggerFactory.getLogger(SearchPageController.class);
    /** The page's page size and its world-map grid level (web/js/state.js PAGE_SIZE, web/js/view.js zoomFor). */
    static final int PAGE_SIZE = 20;
    static final int WORLD_ZOOM = 5;
    /** Parameters the page itself never puts in its URL: with them the page's request is not predictable here. */
    private static final Set<String> NOT_PAGE_PARAMS = Set.of("size", "zoom", "bbox", "near", "facetSize");
    private static final String MARKER = "<script type=\"module\" src=\"js/boot.js\"";

    private final SearchService service;
    private final String template;

    SearchPageController(SearchService service) {
        this.service = service;
        try (InputStream in = SearchPageController.class.getResourceAsStream("/web/index.html")) {
            if (in == null) throw new IllegalStateException("the jar has no /web/index.html");
            this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /web/index.html", e);
        }
        if (!template.contains(MARKER)) throw new IllegalStateException("/web/index.html has no " + MARKER);
    }

    void page(Context ctx) {
        ctx.header("Cache-Control", "no-store"); // the page holds results of the index as it is now
        ctx.contentType("text/html; charset=utf-8");
        String block = initialSearch(ctx.queryParamMap());
        ctx.result(block == null ? template : template.replace(MARKER, block + "\n  " + MARKER));
    }

    /** The data block for a page query string, or null when the page will make a request of its own. */
    String initialSearch(Map<String, List<String>> pageParams) {
        if (pageParams.keySet().stream().anyMatch(k -> NOT_PAGE_PARAMS.contains(k) || k.startsWith("facet."))) return null;
        Map<String, List<String>> params = new LinkedHashMap<>(pageParams);
        params.put("size", List.of(String.valueOf(PAGE_SIZE)));
        if (!params.containsKey("after")) params.putIfAbsent("page", List.of("1"));
        params.put("zoom", List.of(String.valueOf(WORLD_ZOOM)));
        SearchResult result;
        try {
            result = service.search(SearchController.request(params, Set.of()));
        } catch (ApiException | InvalidRequestException | IndexUnavailableException e) {
            return null; // the page asks the API itself and shows the API's own error
        } catch (RuntimeException e) {
            LOG.warn("search page: the first search for {} failed; the page will ask the API: {}", params, e.toString());
            return null;
        }
        List<List<String>> pairs = new ArrayList<>();
        params.forEach((k, vs) -> vs.forEach(v -> pairs.add(List.of(k, v))));
        return "<script type=\"application/json\" id=\"initial-search\">"
                + HtmlSafeJson.write(Map.of("params", pairs, "result", result)) + "</script>";
    }
}
