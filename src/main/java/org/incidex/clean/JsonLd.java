package org.incidex.clean;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
import java.util.regex.Pattern;
import org.incidex.clean.internal.Text;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Evaluator;

/**
 * The schema.org facts of a page's {@code application/ld+json} blocks that the cleaner uses: authors, publisher
 * name and publication date of the first article-like object (a type ending in "Article" or "Posting", searched
 * also inside {@code @graph} and arrays, with {@code @id} references resolved), read leniently; and, for the title,
 * the name and headline of the object Readability.js would read ({@link #readabilityArticle}), read strictly.
 * Unparseable blocks are skipped. Immutable once built; the shared mappers are thread-safe.
 */
final class JsonLd {
    // CSS selectors parsed once: jsoup parses a selector string at every select call.
    private static final Evaluator LD_JSON_SCRIPT = QueryParser.parse("script[type~=(?i)application/ld\\+json]");

    private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactory())
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    /** {@code JSON.parse}: standard JSON only, nothing after the value. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    /** Readability's {@code jsonLdArticleTypes}, unanchored in the middle as there: a search, not a full match. */
    private static final Pattern READABILITY_ARTICLE_TYPES = Pattern.compile("^Article|AdvertiserContentArticle"
            + "|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle"
            + "|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle"
            + "|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting"
            + "|TechArticle|APIReference$");
    private static final Pattern SCHEMA_ORG = Pattern.compile("^https?://schema\\.org/?$");
    private static final Pattern CDATA_MARKS = Pattern.compile("^" + JsStrings.SPACE + "*<!\\[CDATA\\[|]]>"
            + JsStrings.SPACE + "*$");

    /** Bound on JSON-LD text read per page, to keep hostile pages cheap. */
    private static final int MAX_JSON_CHARS = 1_000_000;
    /** Bound on JSON nodes visited per page. */
    private static final int MAX_NODES = 50_000;

    final String authors;
    final String publisher;
    final String datePublished;

    private JsonLd(String authors, String publisher, String datePublished) {
        this.authors = authors;
        this.publisher = publisher;
        this.datePublished = datePublished;
    }

    static JsonLd of(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        int budget = MAX_JSON_CHARS;
        for (Element script : doc.select(LD_JSON_SCRIPT)) {
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
        String authors = null;
        String publisher = null;
        String published = null;
        for (JsonNode o : objects) {
            if (!isArticle(o)) {
                continue;
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
        return new JsonLd(authors, publisher, published);
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

    /**
     * The {@code name} and {@code headline} strings (either may be null) of the article object Readability.js
     * reads ({@code _getJSONLD}, the reference behaviour for titles): in the first {@code <script
     * type="application/ld+json">} (type written exactly so) that is strict JSON with a schema.org
     * {@code @context} (or {@code @vocab}), the root object, the first article-typed item of a root array or, when
     * the root has no {@code @type}, of its {@code @graph}; the {@code @type} must be a string matching
     * {@link #READABILITY_ARTICLE_TYPES}. The first block with such an object ends the search, titled or not; a
     * block that JavaScript would throw on (an array {@code @type}, a null item) is skipped. Null when no block
     * qualifies. Bounded by the same character budget as {@link #of}.
     */
    static Names readabilityArticle(Document doc) {
        int budget = MAX_JSON_CHARS;
        for (Element script : doc.getElementsByTag("script")) {
            if (!script.attr("type").equals("application/ld+json")) {
                continue;
            }
            String json = CDATA_MARKS.matcher(script.data()).replaceAll("");
            if (json.length() > budget) {
                return null;
            }
            budget -= json.length();
            try {
                JsonNode article = readabilityArticle(STRICT.readTree(json));
                if (article != null) {
                    JsonNode name = article.get("name");
                    JsonNode headline = article.get("headline");
                    return new Names(name != null && name.isTextual() ? name.asText() : null,
                            headline != null && headline.isTextual() ? headline.asText() : null);
                }
            } catch (Exception e) {
                // JSON.parse failed or JavaScript would have thrown: Readability moves on to the next block.
            }
        }
        return null;
    }

    /** The {@code name} and {@code headline} strings of an article object; either may be null. */
    record Names(String name, String headline) {
    }

    /** What JavaScript would throw on: calling {@code match} on a non-string, reading a property of null. */
    private static final class NotReadable extends Exception {
        NotReadable() {
            super(null, null, false, false);
        }
    }

    private static JsonNode readabilityArticle(JsonNode parsed) throws NotReadable {
        if (parsed == null || parsed.isMissingNode() || parsed.isNull()) {
            throw new NotReadable();
        }
        if (parsed.isArray()) {
            JsonNode found = null;
            for (JsonNode it : parsed) {
                if (it.isNull()) {
                    throw new NotReadable();
                }
                JsonNode type = it.get("@type");
                if (truthy(type) && typeMatches(type)) {
                    found = it;
                    break;
                }
            }
            if (found == null) {
                return null;
            }
            parsed = found;
        }
        JsonNode context = parsed.get("@context");
        boolean schemaOrg;
        if (context != null && context.isTextual()) {
            schemaOrg = SCHEMA_ORG.matcher(context.asText()).find();
        } else if (context != null && (context.isObject() || context.isArray() || context.isNull())) {
            if (context.isNull()) {
                throw new NotReadable();
            }
            JsonNode vocab = context.get("@vocab");
            schemaOrg = vocab != null && vocab.isTextual() && SCHEMA_ORG.matcher(vocab.asText()).find();
        } else {
            schemaOrg = false;
        }
        if (!schemaOrg) {
            return null;
        }
        JsonNode graph = parsed.get("@graph");
        if (!truthy(parsed.get("@type")) && graph != null && graph.isArray()) {
            JsonNode found = null;
            for (JsonNode it : graph) {
                if (it.isNull()) {
                    throw new NotReadable();
                }
                JsonNode type = it.get("@type");
                if (typeMatches(truthy(type) ? type : null)) {
                    found = it;
                    break;
                }
            }
            parsed = found;
        }
        if (parsed == null || !truthy(parsed.get("@type")) || !typeMatches(parsed.get("@type"))) {
            return null;
        }
        return parsed;
    }

    /** {@code type.match(jsonLdArticleTypes)}; null stands for "" (no match); a non-string throws. */
    private static boolean typeMatches(JsonNode type) throws NotReadable {
        if (type == null) {
            return false;
        }
        if (!type.isTextual()) {
            throw new NotReadable();
        }
        return READABILITY_ARTICLE_TYPES.matcher(type.asText()).find();
    }

    /** JavaScript truthiness of a JSON value (absent, null, false, 0 and "" are false). */
    private static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isNumber()) {
            return v.asDouble() != 0 && !Double.isNaN(v.asDouble());
        }
        return !v.isTextual() || !v.asText().isEmpty();
    }
}
