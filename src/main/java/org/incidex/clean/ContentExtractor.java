package org.incidex.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.incidex.clean.internal.Boilerplate;
import org.incidex.clean.internal.Pruner;
import org.incidex.clean.internal.Stats;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main text of a page with a Readability-style scorer. Furniture is pruned first ({@link Pruner}); every
 * paragraph-like element with at least 25 characters then scores {@code 1 + commas + min(length / 100, 3)}, credited
 * in full to its parent, half to its grandparent and a third of a level's share further up; containers start from
 * a tag bonus and a class/id weight, and their final score is discounted by link density. The best container wins;
 * its parent is taken instead when that parent holds a run of similar low-link siblings (a live blog, a list of
 * posts) or scores higher; siblings that look like content are added. The chosen subtrees are cleaned of captions
 * and labelled boxes of links ({@link ArticleFurniture}) and of link lists and widgets ({@link ConditionalCleaner}),
 * and written out as blocks ({@link BlockWriter}).
 *
 * <p>Mutates the document it is given. Stateless and thread-safe.
 */
final class ContentExtractor {
    /** Switches for one extraction attempt; a retry relaxes them when the first attempt found little text. */
    record Options(boolean pruneByClass, boolean weighClasses, boolean cleanConditionally) {
        static final Options STRICT = new Options(true, true, true);
        static final Options RELAXED = new Options(false, false, false);
    }

    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "h2", "h3", "h4", "h5", "h6",
            "blockquote");
    private static final Set<String> LEAF_CONTAINERS = Set.of("div", "section", "article", "span", "font",
            "center", "main");
    private static final Set<String> BLOCK_CHILDREN = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre",
            "table", "ul", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "li");
    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*\\.( |$)");
    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int TOP_CANDIDATES = 5;

    private ContentExtractor() {
    }

    /**
     * What was found: the content roots in document order, and how many characters of text {@link ArticleFurniture}
     * took out of them (the text found before that is what says whether the strict pass found the article).
     */
    record Content(List<Element> roots, int furnitureChars) {
    }

    /** The content roots of {@code doc}. */
    static Content contentRoots(Document doc, Options options) {
        Element body = doc.body();
        if (body == null) {
            return new Content(List.of(), 0);
        }
        Pruner.prune(body, options.pruneByClass());
        Stats stats = Stats.of(body);
        Map<Element, Double> scores = score(body, stats, options);
        Element top = pickTop(body, scores, stats);
        List<Element> roots = withSiblings(top, scores, stats);
        int furniture = 0;
        for (Element root : roots) {
            furniture += ArticleFurniture.clean(root, stats, BoilerplateText.bundled());
            if (options.cleanConditionally()) {
                ConditionalCleaner.clean(root, scores, stats, options.weighClasses());
            }
        }
        return new Content(roots, furniture);
    }

    private static Map<Element, Double> score(Element body, Stats stats, Options options) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        List<Element> units = new ArrayList<>();
        List<Element> runs = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (PARAGRAPHS.contains(tag) || (LEAF_CONTAINERS.contains(tag) && !hasBlockChild(e))) {
                    units.add(e);
                } else if (LEAF_CONTAINERS.contains(tag) && hasOwnText(e, MIN_PARAGRAPH)) {
                    runs.add(e);
                }
            }
        }, body);
        for (Element unit : units) {
            int len = stats.textLength(unit);
            if (len < MIN_PARAGRAPH || unit.parent() == null) {
                continue;
            }
            credit(unit.parent(), 1.0 + stats.commas(unit) + Math.min(len / 100, 3), scores, options);
        }
        for (Element run : runs) {
            String own = run.ownText();
            credit(run, 1.0 + org.incidex.clean.internal.Text.commas(own) + Math.min(own.length() / 100, 3), scores,
                    options);
        }
        return scores;
    }

    private static void credit(Element first, double score, Map<Element, Double> scores, Options options) {
        Element a = first;
        for (int level = 0; level < ANCESTOR_LEVELS && a != null && !a.nameIs("html") && !a.nameIs("#root");
             level++, a = a.parent()) {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            Double old = scores.get(a);
            scores.put(a, (old == null ? initial(a, options) : old) + score / divider);
        }
    }

    private static double initial(Element e, Options options) {
        double s = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + (options.weighClasses() ? Boilerplate.classWeight(e) : 0);
    }

    private static Element pickTop(Element body, Map<Element, Double> scores, Stats stats) {
        Map<Element, Double> finals = new IdentityHashMap<>();
        scores.forEach((e, s) -> finals.put(e, s * (1 - stats.linkDensity(e))));
        List<Element> ranked = new ArrayList<>(finals.keySet());
        ranked.sort(Comparator.comparingDouble((Element e) -> finals.get(e)).reversed());
        if (ranked.isEmpty()) {
            return body;
        }
        Element top = ranked.get(0);
        double topScore = finals.get(top);
        // Several near-best candidates under one ancestor: the ancestor is the article.
        List<List<Element>> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(TOP_CANDIDATES, ranked.size()); i++) {
            if (finals.get(ranked.get(i)) / topScore >= 0.75) {
                alternatives.add(ranked.get(i).parents());
            }
        }
        if (alternatives.size() >= 3) {
            for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
                final Element candidate = p;
                long holding = alternatives.stream().filter(l -> l.stream().anyMatch(x -> x == candidate)).count();
                if (holding >= 3) {
                    top = p;
                    break;
                }
            }
        }
        // Climb while a parent scores higher than the candidate.
        double last = finals.getOrDefault(top, 0.0);
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && p != body && !p.nameIs("html"); p = p.parent()) {
            Double ps = finals.get(p);
            if (ps == null) {
                continue;
            }
            if (ps < threshold) {
                break;
            }
            if (ps > last) {
                top = p;
                break;
            }
            last = ps;
        }
        top = climbRepeatedSiblings(top, body, finals, stats);
        while (top != body && top.parent() != null && !top.parent().nameIs("html")
                && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /**
     * When the candidate, or one of its two nearest ancestors, is one of at least three similar siblings (same tag and
     * class) that hold scored, low-link text, the parent of that run is the content: posts of a live blog, entries
     * of a list. Teaser lists do not qualify because their entries are links.
     */
    private static Element climbRepeatedSiblings(Element top, Element body, Map<Element, Double> finals,
                                                 Stats stats) {
        Element a = top;
        for (int level = 0; level < 3 && a != null && a != body && a.parent() != null; level++, a = a.parent()) {
            int similar = 0;
            for (Element sib : a.parent().children()) {
                if (sib.normalName().equals(a.normalName()) && sib.className().equals(a.className())
                        && stats.textLength(sib) >= MIN_PARAGRAPH && stats.linkDensity(sib) < 0.25
                        && hasScoredDescendantOrSelf(sib, finals)) {
                    similar++;
                }
            }
            if (similar >= 3) {
                return a.parent() == body || a.parent().nameIs("html") ? body : a.parent();
            }
        }
        return top;
    }

    private static boolean hasScoredDescendantOrSelf(Element e, Map<Element, Double> finals) {
        if (finals.containsKey(e)) {
            return true;
        }
        for (Element c : e.children()) {
            if (finals.containsKey(c)) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> withSiblings(Element top, Map<Element, Double> scores, Stats stats) {
        Element parent = top.parent();
        if (parent == null || top.nameIs("body")) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0) * (1 - stats.linkDensity(top));
        double threshold = Math.max(10, topScore * 0.2);
        Map<Element, Element> deepParts = deepParts(parent, top, scores, stats, Math.max(threshold, topScore * 0.5));
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sib.className()) ? topScore * 0.2 : 0;
            Double s = scores.get(sib);
            if (s != null && s * (1 - stats.linkDensity(sib)) + bonus >= threshold) {
                out.add(sib);
            } else if (deepParts.containsKey(sib)) {
                out.add(deepParts.get(sib));
            } else if (sib.nameIs("p")) {
                double ld = stats.linkDensity(sib);
                int len = stats.textLength(sib);
                if ((len > 80 && ld < 0.25)
                        || (len > 0 && len <= 80 && ld == 0 && SENTENCE_END.matcher(sib.text()).matches())) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    /**
     * Parts of the article nested too deep under a sibling of the top candidate for their paragraphs to credit the
     * sibling (a story split into sections around its figures, the first section inside the header's wrapper): per
     * sibling, its best candidate that scores at least {@code bar} and has the tag and class of a candidate in the
     * top candidate that does too (the same template's text block; comments and other stories have their own).
     */
    private static Map<Element, Element> deepParts(Element parent, Element top, Map<Element, Double> scores,
                                                   Stats stats, double bar) {
        Map<Element, Element> best = new IdentityHashMap<>();
        Map<Element, Double> bestScore = new IdentityHashMap<>();
        java.util.Set<String> templates = new java.util.HashSet<>();
        List<Element> strong = new ArrayList<>();
        scores.forEach((e, s) -> {
            if (s * (1 - stats.linkDensity(e)) >= bar && !e.className().isEmpty()) {
                strong.add(e);
            }
        });
        for (Element e : strong) {
            if (e == top || e.parents().contains(top)) {
                templates.add(e.normalName() + '.' + e.className());
            }
        }
        for (Element e : strong) {
            if (!templates.contains(e.normalName() + '.' + e.className())) {
                continue;
            }
            Element sib = e;
            while (sib != null && sib.parent() != parent) {
                sib = sib.parent();
            }
            double fin = scores.get(e) * (1 - stats.linkDensity(e));
            if (sib != null && sib != top && sib != e && fin > bestScore.getOrDefault(sib, 0.0)) {
                best.put(sib, e);
                bestScore.put(sib, fin);
            }
        }
        return best;
    }

    private static boolean hasBlockChild(Element e) {
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element c && BLOCK_CHILDREN.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** True when the element's own text nodes, each normalized and trimmed, add up to at least {@code min} chars. */
    private static boolean hasOwnText(Element e, int min) {
        // Normalizing never lengthens a text, so raw lengths below the minimum settle it without allocating; most
        // containers hold only the white space between their child blocks.
        int raw = 0;
        for (int i = 0, size = e.childNodeSize(); i < size; i++) {
            if (e.childNode(i) instanceof TextNode t) {
                raw += t.getWholeText().length();
            }
        }
        if (raw < min) {
            return false;
        }
        int n = 0;
        for (int i = 0, size = e.childNodeSize(); i < size; i++) {
            if (e.childNode(i) instanceof TextNode t) {
                n += t.text().trim().length();
            }
        }
        return n >= min;
    }
}
