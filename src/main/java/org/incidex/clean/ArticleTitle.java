package org.incidex.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.clean.internal.Text;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article title, chosen as Mozilla Readability.js chooses it in {@code _getArticleMetadata} (the reference
 * behaviour; our titles are judged against Readability's): the JSON-LD article's title, then the first non-empty
 * meta title in the order {@link #META_ORDER}, then the page's {@code <title>} by the rules of {@link Titles}.
 * Entities left escaped in the value are decoded ({@link JsStrings#unescapeHtmlEntities}) and white space
 * collapsed. Metadata titles are taken as they are: a site name in an og:title stays, since Readability keeps it.
 * Stateless and thread-safe.
 */
final class ArticleTitle {
    /** Keys read from {@code property}: a prefix and a field, anywhere in the (space-separated) value. */
    private static final Pattern PROPERTY = js("\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*"
            + "(author|creator|description|published_time|title|site_name)\\s*");
    /** Keys read from {@code name}: the whole value, an optional prefix and a field. */
    private static final Pattern NAME = js("^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))"
            + "\\s*[-.:]\\s*)?(author|creator|pub-date|description|title|site_name)\\s*$");
    private static final Pattern ANY_SPACE = Pattern.compile(JsStrings.SPACE);
    /** Meta title keys, most trusted first (lower case, dots of {@code name} values turned into colons). */
    static final List<String> META_ORDER = List.of("dc:title", "dcterm:title", "og:title", "weibo:article:title",
            "weibo:webpage:title", "title", "twitter:title", "parsely-title");
    /** Above this {@link Titles#similarity} to the page title, a JSON-LD name or headline is taken as matching it. */
    private static final double SIMILAR = 0.75;

    private ArticleTitle() {
    }

    /** A case-insensitive pattern whose {@code \\s} means JavaScript's white space. */
    private static Pattern js(String regex) {
        return Pattern.compile(regex.replace("\\s", JsStrings.SPACE), Pattern.CASE_INSENSITIVE);
    }

    /** The title, or null when the page has none. */
    static String of(Document doc) {
        String title = fromJsonLd(JsonLd.readabilityArticle(doc), doc);
        if (title == null || title.isEmpty()) {
            Map<String, String> values = metaValues(doc);
            for (String key : META_ORDER) {
                String v = values.get(key);
                if (v != null && !v.isEmpty()) {
                    title = v;
                    break;
                }
            }
        }
        if (title == null || title.isEmpty()) {
            title = Titles.fromDocumentTitle(doc);
        }
        return Text.emptyToNull(JsStrings.unescapeHtmlEntities(title));
    }

    /**
     * The JSON-LD title: when both {@code name} and {@code headline} are given and differ, the headline if only it
     * is similar to the {@code <title>}-based title (some publishers put their own name in {@code name}), else the
     * name; otherwise whichever is given. Null without an article object.
     */
    static String fromJsonLd(JsonLd.Names ld, Document doc) {
        if (ld == null) {
            return null;
        }
        if (ld.name() != null && ld.headline() != null && !ld.name().equals(ld.headline())) {
            String pageTitle = Titles.fromDocumentTitle(doc);
            boolean nameMatches = Titles.similarity(ld.name(), pageTitle) > SIMILAR;
            boolean headlineMatches = Titles.similarity(ld.headline(), pageTitle) > SIMILAR;
            return headlineMatches && !nameMatches ? ld.headline() : ld.name();
        }
        if (ld.name() != null) {
            return JsStrings.trim(ld.name());
        }
        return ld.headline() == null ? null : JsStrings.trim(ld.headline());
    }

    /**
     * Readability's meta values: for each {@code <meta>} with content, in document order, the key from its
     * {@code property} when that matches {@link #PROPERTY}, else from its {@code name} when that matches
     * {@link #NAME}; a later tag with the same key replaces an earlier one.
     */
    static Map<String, String> metaValues(Document doc) {
        Map<String, String> values = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.attr("content");
            if (content.isEmpty()) {
                continue;
            }
            String property = m.attr("property");
            Matcher p = PROPERTY.matcher(property);
            if (!property.isEmpty() && p.find()) {
                values.put(key(p.group()), JsStrings.trim(content));
                continue;
            }
            String name = m.attr("name");
            if (!name.isEmpty() && NAME.matcher(name).find()) {
                values.put(key(name).replace('.', ':'), JsStrings.trim(content));
            }
        }
        return values;
    }

    private static String key(String s) {
        return ANY_SPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
