package org.incidex.clean;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidex.clean.internal.Text;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org facts of a page's {@code application/ld+json} blocks that the cleaner uses: headline, authors,
 * publisher name and publication date of the first article-like object (a type ending in "Article" or "Posting",
 * searched also inside {@code @graph} and arrays, with {@code @id} references resolved). Unparseable blocks are
 * skipped. Immutable once built; the shared mapper is thread-safe.
 */
final class JsonLd {
    private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactory())
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    /** Bound on JSON-LD text read per page, to keep hostile pages cheap. */
    private static final int MAX_JSON_CHARS = 1_000_000;
    /** Bound on JSON nodes visited per page. */
    private static final int MAX_NODES = 50_000;

    final String headline;
    /** The article object's {@code name}, which some publishers fill with the headline and others with a label. */
    final String name;
    final String authors;
    final String publisher;
    final String datePublished;

    private JsonLd(String headline, String name, String authors, String publisher, String datePublished) {
        this.headline = headline;
        this.name = name;
        this.authors = authors;
        this.publisher = publisher;
        this.datePublished = datePublished;
    }

    static JsonLd of(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        int budget = MAX_JSON_CHARS;
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().trim();
            if (json.length() > budget) {
                break;
            }
            budget -= json.length();
            json = json.replaceFirst("^(?:<!--|(?://\\s*)?<!\\[CDATA\\[)", "")
                    .replaceFirst("(?:-->|(?://\\s*)?]]>)\\s*$", "").trim().replaceFirst(";$", "");
            try {
                collectObjects(MAPPER.readTree(json), objects);
            } catch (Exception e) {
                // A broken block is as good as none: the page's other metadata still counts.
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode o : objects) {
            String id = o.path("@id").asText("");
            if (!id.isEmpty() && o.size() > 1) {
                byId.putIfAbsent(id, o);
            }
        }
        String headline = null;
        String name = null;
        String authors = null;
        String publisher = null;
        String published = null;
        for (JsonNode o : objects) {
            if (!isArticle(o)) {
                continue;
            }
            if (headline == null && name == null) {
                headline = Text.emptyToNull(o.path("headline").asText(""));
                name = Text.emptyToNull(o.path("name").asText(""));
            }
            if (authors == null) {
                authors = names(o.get("author"), byId);
            }
            if (publisher == null) {
                publisher = names(o.get("publisher"), byId);
            }
            if (published == null) {
                published = Text.emptyToNull(o.path("datePublished").asText(""));
            }
        }
        if (publisher == null) {
            for (JsonNode o : objects) {
                if (types(o).contains("WebSite") || types(o).contains("Organization")
                        || types(o).contains("NewsMediaOrganization")) {
                    publisher = Text.emptyToNull(o.path("name").asText(""));
                    if (publisher != null) {
                        break;
                    }
                }
            }
        }
        return new JsonLd(headline, name, authors, publisher, published);
    }

    /** Every JSON object in the tree, in document order, without recursion. */
    private static void collectObjects(JsonNode root, List<JsonNode> out) {
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(root);
        int visited = 0;
        while (!stack.isEmpty() && visited++ < MAX_NODES) {
            JsonNode n = stack.pop();
            if (n.isObject()) {
                out.add(n);
            }
            if (n.isContainerNode()) {
                List<JsonNode> children = new ArrayList<>();
                n.forEach(children::add);
                for (int i = children.size() - 1; i >= 0; i--) {
                    if (children.get(i).isContainerNode()) {
                        stack.push(children.get(i));
                    }
                }
            }
        }
    }

    private static boolean isArticle(JsonNode o) {
        for (String t : types(o)) {
            if (t.endsWith("Article") || t.endsWith("Posting")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> types(JsonNode o) {
        Set<String> out = new LinkedHashSet<>();
        JsonNode t = o.get("@type");
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            t.forEach(x -> out.add(stripVocab(x.asText(""))));
        } else {
            out.add(stripVocab(t.asText("")));
        }
        return out;
    }

    private static String stripVocab(String type) {
        int slash = type.lastIndexOf('/');
        int colon = type.lastIndexOf(':');
        return type.substring(Math.max(slash, colon) + 1);
    }

    /** Names of a person/organization value: a string, an object with "name", an @id reference, or an array. */
    private static String names(JsonNode value, Map<String, JsonNode> byId) {
        if (value == null || value.isNull()) {
            return null;
        }
        List<JsonNode> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(items::add);
        } else {
            items.add(value);
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode item : items) {
            JsonNode resolved = item;
            if (item.isObject() && !item.has("name") && item.has("@id")) {
                resolved = byId.getOrDefault(item.path("@id").asText(""), item);
            }
            String name;
            if (resolved.isTextual()) {
                name = resolved.asText();
            } else {
                JsonNode n = resolved.path("name");
                name = n.isArray() && !n.isEmpty() ? n.get(0).asText("") : n.asText("");
            }
            name = Text.normalize(name);
            if (!name.isEmpty() && !name.startsWith("http")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }
}
