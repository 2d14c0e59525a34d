package org.incidex.clean.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Removes page furniture from a parsed page before scoring: non-content tags, hidden elements, and elements whose
 * class, id or role mark them as furniture (see {@link Boilerplate}). An element that holds the article itself
 * ({@code <article>}, {@code <main>}, {@code itemprop=articleBody}) is never removed by class or by a layout tag, so a
 * misleading wrapper class cannot delete the story; nor is one that holds MathML equations removed by class.
 * Iterative; stateless and thread-safe.
 */
public final class Pruner {
    /** Tags that never hold main text. */
    private static final Set<String> ALWAYS = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "button", "object", "embed", "canvas", "select", "input", "textarea", "link", "meta", "dialog", "video",
            "audio", "map", "frame", "frameset", "applet", "head");
    /** Layout tags that hold furniture, unless they wrap the article. */
    private static final Set<String> LAYOUT = Set.of("nav", "aside", "footer", "header", "form", "menu");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)\\s*(?:!important\\s*)?(?:;|$)");
    private static final String ARTICLE_HOLDER = "article, main, [itemprop=articleBody], [role=main]";
    /** Selectors parsed once: parsing a CSS query costs more than most of the searches it drives. */
    private static final Evaluator HOLDS_ARTICLE = QueryParser.parse(ARTICLE_HOLDER);
    private static final Evaluator HOLDS_ARTICLE_H1_OR_MATH = QueryParser.parse(ARTICLE_HOLDER + ", h1, math");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");

    private Pruner() {
    }

    /**
     * Removes furniture under {@code root}.
     *
     * @param root          the subtree to clean (usually the body)
     * @param byClassAndId  whether to remove by class/id/role words; a retry turns this off when it removed too much
     */
    public static void prune(Element root, boolean byClassAndId) {
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == root) {
                    return FilterResult.CONTINUE;
                }
                if (shouldRemove(e, byClassAndId)) {
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Element e : doomed) {
            e.remove();
        }
    }

    private static boolean shouldRemove(Element e, boolean byClassAndId) {
        String tag = e.normalName();
        if (ALWAYS.contains(tag)) {
            return true;
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")) {
            return isHidden(e) && e.selectFirst(HOLDS_ARTICLE) == null && !tag.equals("body");
        }
        if (isHidden(e)) {
            return e.selectFirst(HOLDS_ARTICLE) == null;
        }
        if (LAYOUT.contains(tag)) {
            return e.selectFirst(HOLDS_ARTICLE) == null && !(tag.equals("form") && holdsMostText(e));
        }
        if (byClassAndId && !tag.equals("a") && Boilerplate.classify(e) == Boilerplate.Verdict.NEGATIVE) {
            // Equations are content whatever their renderer's class names say ("MathJax CtxtMenu_Attached").
            return e.selectFirst(HOLDS_ARTICLE_H1_OR_MATH) == null && !insideTableOrCode(e);
        }
        return false;
    }

    /** Hidden by the {@code hidden} attribute, {@code aria-hidden="true"} or an inline display/visibility style. */
    public static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden").trim())) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && mayHide(style) && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    /** False when the style cannot hide: it lacks "none" and "hidden" in any case (most styles are not lowered). */
    private static boolean mayHide(String style) {
        return containsIgnoreCase(style, "none") || containsIgnoreCase(style, "hidden");
    }

    private static boolean containsIgnoreCase(String s, String word) {
        for (int i = 0, last = s.length() - word.length(); i <= last; i++) {
            if (s.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** A form that wraps most of the page (ASP.NET pages put everything in one) is layout, not a form. */
    private static boolean holdsMostText(Element form) {
        return form.select(PARAGRAPH).size() >= 3;
    }

    private static boolean insideTableOrCode(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.nameIs("code") || p.nameIs("pre") || p.nameIs("table")) {
                return true;
            }
        }
        return false;
    }
}
