package org.incidex.clean;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.clean.internal.Boilerplate;
import org.incidex.clean.internal.Text;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Evaluator;

/**
 * Reads title, byline, site name, language, canonical URL and publication date from a parsed page, before any
 * boilerplate is removed. Each field follows a fixed order of preference, documented on its method (the title's on
 * {@link ArticleTitle}, which follows Readability.js); JSON-LD comes first because publishers fill it for search
 * engines. Publication is always preferred to modification: a {@code dateModified} is never read. Stateless and
 * thread-safe.
 */
final class MetadataExtractor {
    // CSS selectors parsed once: jsoup parses a selector string at every select call.
    private static final Evaluator META_WITH_CONTENT = QueryParser.parse("meta[content]");
    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");
    private static final Evaluator HTML = QueryParser.parse("html");
    private static final Evaluator CANONICAL_LINK = QueryParser.parse("link[rel~=(?i)^canonical$][href]");
    private static final Evaluator ITEMPROP_DATE_PUBLISHED = QueryParser.parse("[itemprop=datePublished]");
    private static final Evaluator PUBLISH_TIMES = QueryParser.parse(
            "article time[datetime], time[pubdate], time[class*=publish], time[class*=date], time[datetime]");
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    /** Elements whose class names a date or a publication, other than {@code <time>} (read before). */
    private static final Evaluator DATE_CLASSES = QueryParser.parse(
            "body [class~=(?i)(^|[\\s_-])(date|dateline|pubdate|published|publish-date|timestamp|issue-date)([\\s_-]|$)]");
    /** Where a date is another page's or the site's, not this article's. */
    private static final Evaluator NOT_ARTICLE = QueryParser.parse(
            "nav, aside, footer, [class~=(?i)related|more-on|recommend|sidebar|most-read|popular]");
    /** Longer than this, an element holds more than a date line. */
    private static final int MAX_DATE_TEXT = 80;

    /** The fields found; any may be null. */
    record Metadata(String title, String byline, String site, String lang, String canonicalUrl, String published) {
    }

    private static final List<String> DATE_META_PROPERTIES = List.of("article:published_time", "og:published_time",
            "article:published", "published_time");
    private static final List<String> DATE_META_NAMES = List.of("pubdate", "publishdate", "date", "dc.date",
            "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
            "publish-date", "publish_date", "article.published", "datepublished");
    private static final Pattern URL_DATE =
            Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/._-]|$)");
    private static final Pattern URL_YEAR = Pattern.compile("/((?:19|20)\\d{2})/");
    /** A dateline: a capitalized place name, then up to the first dash ("BAMAKO, Mali, Nov. 20 (Reuters) -"). */
    private static final Pattern DATELINE = Pattern.compile("^(\\p{Lu}{2}[^\\n]{0,110}?)\\s[-–—]{1,2}\\s");
    private static final int MAX_BYLINE = 100;
    /** Class or id words of a byline element; "author-bio" or "authors-list" are not bylines. */
    private static final Pattern BYLINE_WORDS = Pattern.compile("(?:^|[\\s_-])(?:byline|by-line|author|authors"
            + "|author-name|writtenby)(?:$|\\s|[_-](?:name|link|info|byline)\\b)");
    private static final Pattern LEADING_BY = Pattern.compile("^(?:by|par|von|por|di)\\s*[:\\s]\\s*",
            Pattern.CASE_INSENSITIVE);

    private MetadataExtractor() {
    }

    static Metadata extract(Document doc) {
        Map<String, String> meta = metaIndex(doc);
        JsonLd ld = JsonLd.of(doc);
        String canonical = canonical(doc, meta);
        String site = site(meta, ld, canonical);
        return new Metadata(ArticleTitle.of(doc), byline(doc, meta, ld), site, lang(doc, meta), canonical,
                published(doc, meta, ld, canonical));
    }

    /**
     * Every {@code <meta>} by lower-cased {@code name}, {@code property}, {@code itemprop} and {@code http-equiv}
     * (space-separated lists split), first non-blank content wins.
     */
    static Map<String, String> metaIndex(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element m : doc.select(META_WITH_CONTENT)) {
            String content = m.attr("content");
            if (content.isBlank()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                for (String key : m.attr(attr).toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                    if (!key.isEmpty()) {
                        out.putIfAbsent(key, content);
                    }
                }
            }
        }
        return out;
    }

    /** JSON-LD authors, meta author, article:author when not a URL, then rel=author, .byline, .author, itemprop. */
    private static String byline(Document doc, Map<String, String> meta, JsonLd ld) {
        String articleAuthor = meta.get("article:author");
        if (articleAuthor != null && articleAuthor.matches("(?s)\\s*(https?:|www\\.|/).*")) {
            articleAuthor = null;
        }
        String b = firstNonBlank(ld.authors, meta.get("author"), meta.get("dc.creator"), meta.get("dcterms.creator"),
                articleAuthor, meta.get("og:article:author"), meta.get("parsely-author"), meta.get("sailthru.author"));
        if (b == null) {
            b = bylineInPage(doc);
        }
        if (b == null) {
            return null;
        }
        return Text.emptyToNull(LEADING_BY.matcher(Text.normalize(b)).replaceFirst(""));
    }

    /**
     * The first element marked as a byline ({@code rel=author}, {@code itemprop=author}, or a class/id word such as
     * byline or author) with at most {@value #MAX_BYLINE} characters of text; when a marked element holds another
     * marked element with text, the inner one (the name rather than the whole credit line).
     */
    private static String bylineInPage(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        Element best = null;
        for (Element e : body.getAllElements()) {
            if (!looksLikeByline(e)) {
                continue;
            }
            String t = LEADING_BY.matcher(Text.normalize(e.text())).replaceFirst("");
            boolean usable = !t.isEmpty() && !t.equalsIgnoreCase("by") && t.length() <= MAX_BYLINE;
            if (!usable || (!isMarkedUp(e) && inFurniture(e))) {
                continue;
            }
            if (best == null) {
                best = e;
            } else if (e.parents().contains(best)) {
                best = e;
            } else {
                break;
            }
        }
        if (best == null) {
            return null;
        }
        Element name = best.selectFirst(ITEMPROP_NAME);
        return Text.normalize(name != null ? name.text() : best.text());
    }

    /** Marked up as the author ({@code rel=author}, {@code itemprop=author}): trusted even in an aside. */
    private static boolean isMarkedUp(Element e) {
        return e.attr("rel").equalsIgnoreCase("author")
                || e.attr("itemprop").toLowerCase(Locale.ROOT).contains("author");
    }

    private static boolean looksLikeByline(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if (isMarkedUp(e)) {
            return true;
        }
        String cls = e.className().toLowerCase(Locale.ROOT);
        String id = e.id().toLowerCase(Locale.ROOT);
        boolean maybe = cls.contains("author") || cls.contains("by") || id.contains("author") || id.contains("by");
        return maybe && (BYLINE_WORDS.matcher(cls).find() || BYLINE_WORDS.matcher(id).find());
    }

    /** Inside navigation, an aside, a footer or an element whose class marks it as ads, comments, related... */
    private static boolean inFurniture(Element e) {
        for (Element a : e.parents()) {
            if (a.nameIs("nav") || a.nameIs("aside") || a.nameIs("footer")
                    || Boilerplate.isStrongFurniture(a)) {
                return true;
            }
        }
        return false;
    }

    /** og:site_name, JSON-LD publisher name, application-name, then the host of the canonical URL. */
    private static String site(Map<String, String> meta, JsonLd ld, String canonical) {
        String s = firstNonBlank(meta.get("og:site_name"), ld.publisher, meta.get("application-name"));
        if (s == null && canonical != null) {
            try {
                String host = URI.create(canonical).getHost();
                s = host == null ? null : host.replaceFirst("^www\\.", "");
            } catch (IllegalArgumentException e) {
                s = null;
            }
        }
        return Text.emptyToNull(s);
    }

    /** {@code <html lang>}, content-language, then og:locale; the primary subtag in lower case. */
    private static String lang(Document doc, Map<String, String> meta) {
        Element html = doc.selectFirst(HTML);
        String l = firstNonBlank(html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
                meta.get("content-language"), meta.get("language"), meta.get("og:locale"));
        if (l == null) {
            return null;
        }
        String primary = l.trim().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    /** {@code link rel=canonical}, then og:url; made absolute against the page's base URI when relative. */
    private static String canonical(Document doc, Map<String, String> meta) {
        Element link = doc.selectFirst(CANONICAL_LINK);
        String href = link == null ? null : firstNonBlank(link.absUrl("href"), link.attr("href"));
        return Text.emptyToNull(firstNonBlank(href, meta.get("og:url")));
    }

    /**
     * JSON-LD datePublished of an article-like object; article:published_time / og:published_time; meta names
     * (pubdate, publishdate, date, dc.date, dc.date.issued, dcterms.created, sailthru.date, parsely-pub-date,
     * publish-date...); itemprop=datePublished; the first {@code <time>} inside an article, with pubdate, or with a
     * publish/date class; a /YYYY/MM/DD/ URL path. The dateline is tried later, by the caller, on the main text.
     */
    private static String published(Document doc, Map<String, String> meta, JsonLd ld, String canonical) {
        Optional<String> d = DateParser.toIso(ld.datePublished);
        for (String key : DATE_META_PROPERTIES) {
            d = d.or(() -> DateParser.toIso(meta.get(key)));
        }
        for (String key : DATE_META_NAMES) {
            d = d.or(() -> DateParser.toIso(meta.get(key)));
        }
        if (d.isEmpty()) {
            for (Element e : doc.select(ITEMPROP_DATE_PUBLISHED)) {
                d = DateParser.toIso(firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()));
                if (d.isPresent()) {
                    break;
                }
            }
        }
        if (d.isEmpty()) {
            for (Element t : doc.select(PUBLISH_TIMES)) {
                boolean good = t.closest(ARTICLE) != null || t.hasAttr("pubdate")
                        || t.className().toLowerCase(Locale.ROOT).matches(".*(publish|date).*");
                if (good) {
                    d = DateParser.toIso(t.attr("datetime")).or(() -> DateParser.toIso(t.text()));
                    if (d.isPresent()) {
                        break;
                    }
                }
            }
        }
        if (d.isEmpty()) {
            d = dateFromUrl(canonical).or(() -> dateFromUrl(meta.get("og:url"))).or(() -> dateFromUrl(doc.location()));
        }
        if (d.isEmpty()) {
            d = visibleDate(doc);
        }
        return d.orElse(null);
    }

    /**
     * The page's visible publication date: the first short element whose class says date or publish ("Wednesday,
     * 15 August 2018" in {@code span.date}, "Published 14 April 2019" in {@code p.issue-date}), outside navigation,
     * asides, footers and related-story boxes, whose text is one date.
     */
    static Optional<String> visibleDate(Document doc) {
        for (Element e : doc.select(DATE_CLASSES)) {
            String text = e.text();
            if (text.isBlank() || text.length() > MAX_DATE_TEXT || e.closest(NOT_ARTICLE) != null) continue;
            Optional<String> d = DateParser.toIso(text);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /** A /YYYY/MM/DD/ date in a URL path. */
    static Optional<String> dateFromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? DateParser.toIso(m.group(1) + "-" + m.group(2) + "-" + m.group(3)) : Optional.empty();
    }

    /**
     * A date from a news dateline at the start of the first text block ("BAMAKO, Mali, Nov. 20, 2015 (Reuters) -").
     * When the dateline has no year, the year of a /YYYY/ segment of the URL is used; without one, nothing.
     */
    static Optional<String> dateFromDateline(String firstBlock, String url) {
        if (firstBlock == null || firstBlock.isEmpty()) {
            return Optional.empty();
        }
        String head = firstBlock.length() > 160 ? firstBlock.substring(0, 160) : firstBlock;
        Matcher m = DATELINE.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String when = m.group(1);
        Optional<String> full = DateParser.toIso(when);
        if (full.isPresent() || url == null) {
            return full;
        }
        Matcher y = URL_YEAR.matcher(url);
        return y.find() ? DateParser.monthDayWithYear(when, Integer.parseInt(y.group(1))) : Optional.empty();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
