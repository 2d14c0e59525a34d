package org.incidex.clean.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Word-level patterns on {@code class}, {@code id} and {@code role} that mark page furniture (navigation, ads, share
 * bars, comments...) or likely content. Matching is on whole words: {@code "related-posts"} and
 * {@code "relatedPosts"} contain the word {@code related}, but {@code "header"}, {@code "shadow"} and
 * {@code "download"} do not contain {@code ad}. Thread-safe: results are memoized in bounded concurrent maps.
 */
public final class Boilerplate {
    /** Words that mark furniture even on an element that also carries a content word. */
    private static final Set<String> STRONG_NEGATIVE = Set.of(
            "comment", "comments", "commentlist", "disqus", "replies", "respond",
            "cookie", "cookies", "consent", "gdpr", "privacy",
            "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsense", "adslot", "adunit", "dfp",
            "sponsor", "sponsored", "sponsors", "outbrain", "taboola", "promo", "promos", "promotion", "promoted",
            "share", "sharing", "shares", "sharebar", "social", "socials",
            "newsletter", "newsletters", "subscribe", "subscription", "signup", "paywall", "donate",
            "popup", "modal", "overlay", "related", "recommended", "recommendations", "trending", "breadcrumb",
            "breadcrumbs", "skyscraper", "shoutbox", "print", "rss");
    /** Words that mark furniture unless the element also carries a content word ("entry-footer" stays). */
    private static final Set<String> WEAK_NEGATIVE = Set.of(
            "nav", "navbar", "navigation", "menu", "menus", "footer", "sidebar", "sidebars", "header", "masthead",
            "banner", "tags", "tagcloud", "taglist", "widget", "widgets", "credit", "credits", "bio", "pagination",
            "pager", "toolbar", "skip", "combx", "community", "remark", "legends", "supplemental", "meta", "extra");
    /** Compound phrases of several words, matched on the lower-cased, dash-joined attribute. */
    private static final Pattern NEGATIVE_PHRASE = Pattern.compile(
            "(?:^|[^a-z0-9])(?:most-(?:read|popular|viewed|shared)|more-(?:stories|news|articles)|read-next"
                    + "|author-(?:bio|info|box)|about-(?:the-)?author|see-also|you-may-like|also-read)(?:[^a-z0-9]|$)");
    private static final Set<String> POSITIVE = Set.of(
            "article", "articlebody", "body", "content", "contents", "entry", "main", "post", "story", "text",
            "prose", "blog", "column", "hentry", "page");
    /** Words of a caption or photo credit's class or id ("wp-caption-text", "imageCredit", "media-caption"). */
    private static final Set<String> CAPTION = Set.of("caption", "captions", "figcaption", "credit", "credits",
            "photocredit", "legend", "legende");
    private static final Set<String> NEGATIVE_ROLES = Set.of(
            "navigation", "menu", "menubar", "complementary", "contentinfo", "banner", "dialog", "alertdialog",
            "search", "toolbar");
    /** Class prefixes that describe a container's state, not what it is ("has-sidebar" is a page with a sidebar). */
    private static final Pattern MODIFIER = Pattern.compile("^(?:has|with|no|is|show|hide|without)[-_].*");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    private static final Pattern NON_WORD = Pattern.compile("[^A-Za-z0-9]+");

    /** Memo of verdicts and weights by attribute values: pages repeat the same classes thousands of times. */
    private static final Map<String, Verdict> VERDICTS = new ConcurrentHashMap<>();
    private static final Map<String, Integer> WEIGHTS = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 100_000;

    private Boilerplate() {
    }

    /** How an element's class, id and role classify it. */
    public enum Verdict {
        /** Furniture: remove before scoring. */
        NEGATIVE,
        /** Carries a content word and no strong furniture word. */
        POSITIVE,
        /** Neither. */
        NEUTRAL
    }

    /** Classifies an element by its {@code class}, {@code id} and {@code role} attributes. */
    public static Verdict classify(Element e) {
        if (e.attributesSize() == 0) {
            return Verdict.NEUTRAL;
        }
        String cls = e.className();
        String id = e.id();
        String role = e.attr("role");
        if (cls.isEmpty() && id.isEmpty() && role.isEmpty()) {
            return Verdict.NEUTRAL;
        }
        String key = cls + '\u0000' + id + '\u0000' + role;
        Verdict v = VERDICTS.get(key);
        if (v == null) {
            v = computeVerdict(e);
            if (VERDICTS.size() < CACHE_LIMIT) {
                VERDICTS.put(key, v);
            }
        }
        return v;
    }

    private static Verdict computeVerdict(Element e) {
        String role = e.attr("role").trim().toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && NEGATIVE_ROLES.contains(role)) {
            return Verdict.NEGATIVE;
        }
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return Verdict.NEUTRAL;
        }
        boolean strong = false;
        boolean weak = false;
        boolean positive = false;
        for (String name : names(cls, id)) {
            if (MODIFIER.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
                continue;
            }
            String dashed = String.join("-", words(name));
            if (NEGATIVE_PHRASE.matcher(dashed).find()) {
                strong = true;
            }
            for (String w : words(name)) {
                strong |= STRONG_NEGATIVE.contains(w);
                weak |= WEAK_NEGATIVE.contains(w);
                positive |= POSITIVE.contains(w);
            }
        }
        if (strong || (weak && !positive)) {
            return Verdict.NEGATIVE;
        }
        return positive ? Verdict.POSITIVE : Verdict.NEUTRAL;
    }

    /** True when the class or id carries a word that marks furniture even next to a content word (ads, comments...). */
    public static boolean isStrongFurniture(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        for (String name : names(e.className(), e.id())) {
            if (MODIFIER.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
                continue;
            }
            for (String w : words(name)) {
                if (STRONG_NEGATIVE.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the class or id names a caption or photo credit. */
    public static boolean isCaption(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String cls = e.className();
        String id = e.id();
        if (!mayNameCaption(cls) && !mayNameCaption(id)) {
            return false;
        }
        for (String name : names(e.className(), e.id())) {
            for (String w : words(name)) {
                if (CAPTION.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a class or id holds "capt", "credit" or "legend" in any case: the cheap test before the words. */
    private static boolean mayNameCaption(String attr) {
        for (int i = 0, n = attr.length(); i < n; i++) {
            char c = attr.charAt(i);
            if ((c == 'c' || c == 'C') && (attr.regionMatches(true, i, "capt", 0, 4)
                    || attr.regionMatches(true, i, "credit", 0, 6))
                    || (c == 'l' || c == 'L') && attr.regionMatches(true, i, "legend", 0, 6)) {
                return true;
            }
        }
        return false;
    }

    /** Readability-style class weight: +25 for a content word, -25 for a furniture word, per attribute. */
    public static int classWeight(Element e) {
        if (e.attributesSize() == 0) {
            return 0;
        }
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return 0;
        }
        String key = cls + '\u0000' + id;
        Integer w = WEIGHTS.get(key);
        if (w == null) {
            w = computeWeight(e);
            if (WEIGHTS.size() < CACHE_LIMIT) {
                WEIGHTS.put(key, w);
            }
        }
        return w;
    }

    private static int computeWeight(Element e) {
        int w = 0;
        for (String attr : new String[] {e.className(), e.id()}) {
            if (attr.isEmpty()) {
                continue;
            }
            boolean neg = false;
            boolean pos = false;
            for (String name : attr.split("\\s+")) {
                for (String word : words(name)) {
                    neg |= STRONG_NEGATIVE.contains(word) || WEAK_NEGATIVE.contains(word);
                    pos |= POSITIVE.contains(word);
                }
            }
            w += (pos ? 25 : 0) - (neg ? 25 : 0);
        }
        return w;
    }

    private static List<String> names(String cls, String id) {
        List<String> out = new ArrayList<>();
        for (String s : (cls + " " + id).trim().split("\\s+")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Lower-case words of one class name or id, split at punctuation and camel-case humps. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String part : NON_WORD.split(name)) {
            for (String w : CAMEL.split(part)) {
                if (!w.isEmpty()) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}
