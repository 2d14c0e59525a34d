package org.incidex.ingest.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the items of an RSS 2.0 or Atom 1.0 feed with jsoup's XML parser: each item's link (made absolute against the
 * feed's URL), title and published date as the feed writes it. Items without a usable link are skipped; a link listed
 * twice is one item. Neither RSS nor Atom → {@link NotAFeedException}.
 *
 * <p>Thread-safe: stateless.
 */
public final class FeedParser {
    /** One feed entry. {@code title} and {@code published} may be null. */
    public record Item(String link, String title, String published) {}

    /** The bytes are XML but neither an RSS channel nor an Atom feed. */
    public static final class NotAFeedException extends Exception {
        NotAFeedException(String message) {
            super(message);
        }
    }

    private FeedParser() {}

    public static List<Item> parse(String xml, String feedUrl) throws NotAFeedException {
        Document doc = Jsoup.parse(xml, feedUrl, Parser.xmlParser());
        Map<String, Item> items = new LinkedHashMap<>();
        Element rss = doc.selectFirst("rss > channel, rdf|RDF");
        Element atom = doc.selectFirst("feed");
        if (rss != null) {
            for (Element item : doc.select("item")) {
                String link = text(item, "link");
                if (link == null) {
                    Element guid = item.selectFirst("guid");
                    if (guid != null && !"false".equalsIgnoreCase(guid.attr("isPermaLink"))) link = emptyToNull(guid.text());
                }
                String published = firstNonNull(text(item, "pubDate"), text(item, "dc|date"));
                add(items, feedUrl, link, text(item, "title"), published);
            }
        } else if (atom != null) {
            for (Element entry : atom.select("entry")) {
                String link = null;
                for (Element l : entry.select("link[href]")) {
                    String rel = l.attr("rel");
                    if (rel.isEmpty() || rel.equals("alternate")) {
                        link = l.attr("href");
                        break;
                    }
                }
                add(items, feedUrl, link, text(entry, "title"), firstNonNull(text(entry, "published"), text(entry, "updated")));
            }
        } else {
            Element root = doc.children().first();
            throw new NotAFeedException("not an RSS or Atom feed (root element: "
                    + (root == null ? "none" : "<" + root.tagName() + ">") + ")");
        }
        return new ArrayList<>(items.values());
    }

    private static void add(Map<String, Item> items, String base, String link, String title, String published) {
        if (link == null || link.isBlank()) return;
        String absolute;
        try {
            absolute = URI.create(base).resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            absolute = link.strip(); // reported as an unsupported URL when fetched
        }
        items.putIfAbsent(absolute, new Item(absolute, title, published));
    }

    private static String text(Element parent, String css) {
        Element e = parent.selectFirst(css);
        return e == null ? null : emptyToNull(e.text());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
