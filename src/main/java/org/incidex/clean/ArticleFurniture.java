package org.incidex.clean;

import java.util.ArrayList;
import java.util.List;
import org.incidex.clean.internal.Boilerplate;
import org.incidex.clean.internal.Stats;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Removes from a chosen content subtree the elements that are not the article although they sit in it, whatever
 * their class names: captions that carry a credit or read as one (a {@code figcaption}, or an element whose class or
 * id says caption or credit, judged by {@link BoilerplateText#isCaption}), and boxes of links headed by a label
 * ("Related stories", "Most read", "Read more", by {@link BoilerplateText#isLabel}). A box is the label with the
 * lists of links beside it: the label's ancestors are climbed while everything else in them is a list of links, and
 * when the label stands alone, the lists of links that follow it go with it. A caption without a credit ("Flame
 * chart", "Dig a hole in the oasis. (Lucy Akins)") stays: figures of how-tos and papers caption their content.
 * Labels inside links ("Read more »" at the end of a teaser) are left alone. Stateless and thread-safe.
 */
final class ArticleFurniture {
    /** Labels are short: longer elements are not tested. */
    private static final int MAX_LABEL = 60;
    /** A list item or teaser longer than this is prose, not an entry of a list of links. */
    private static final int MAX_ENTRY = 600;
    /** Share of a teaser's text in its links (a headline beside a summary); a paragraph citing a source has less. */
    private static final double MIN_TEASER_LINKS = 0.15;
    private static final Evaluator LINK = QueryParser.parse("a[href]");

    private ArticleFurniture() {
    }

    /**
     * Cleans {@code root}.
     *
     * @param stats figures of a tree that holds {@code root}, taken before this call
     * @return the characters of text removed
     */
    static int clean(Element root, Stats stats, BoilerplateText text) {
        int removed = 0;
        for (Element c : captions(root)) {
            if (text.isCaption(c.text())) {
                removed += stats.textLength(c);
                c.remove();
            }
        }
        for (Element label : labels(root, stats, text)) {
            if (label.parent() != null) {
                removed += removeBox(label, root, stats);
            }
        }
        return removed;
    }

    /** Caption elements under {@code root}, outermost only. */
    private static List<Element> captions(Element root) {
        List<Element> out = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != root && (e.nameIs("figcaption") || Boilerplate.isCaption(e))) {
                    out.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        return out;
    }

    /** Elements under {@code root} whose whole text is a box label, outermost only, links left out. */
    private static List<Element> labels(Element root, Stats stats, BoilerplateText text) {
        List<Element> out = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == root) {
                    return FilterResult.CONTINUE;
                }
                int len = stats.textLength(e);
                if (len == 0 || e.nameIs("a")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (len <= MAX_LABEL) {
                    if (text.isLabel(e.text())) {
                        out.add(e);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    // A label below is one of several texts here ("<p><b>Related</b> <a>...</a></p>" is a line).
                    return textChildren(e, stats) >= 2 ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        return out;
    }

    private static int removeBox(Element label, Element root, Stats stats) {
        // A box is never most of the content: that would be an article whose paragraphs all hold links.
        int most = stats.textLength(root) / 2;
        Element box = label;
        boolean holdsList = false;
        int removed = 0;
        for (Element p = box.parent(); p != null && p != root && !p.nameIs("body"); p = box.parent()) {
            if (stats.textLength(p) > most || hasOwnText(p) || !othersAreLinkLists(p, box, stats)) {
                break;
            }
            holdsList |= stats.textLength(p) > stats.textLength(box);
            box = p;
        }
        if (!holdsList) {
            // The label stands alone: the lists of links that follow it are what it labels.
            Element s = box.nextElementSibling();
            int following = 0;
            while (s != null) {
                Element next = s.nextElementSibling();
                if (stats.textLength(s) > 0) {
                    if (following + stats.textLength(s) > most || !isLinkList(s, stats)) {
                        break;
                    }
                    following += stats.textLength(s);
                    removed += stats.textLength(s);
                    s.remove();
                }
                s = next;
            }
        }
        removed += stats.textLength(box);
        box.remove();
        return removed;
    }

    /** Whether every child of {@code parent} but {@code except} that holds text is a list of links. */
    private static boolean othersAreLinkLists(Element parent, Element except, Stats stats) {
        for (Element c : parent.children()) {
            if (c != except && stats.textLength(c) > 0 && !isLinkList(c, stats)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A list of links: mostly link text, or at least two entries of one tag (teasers: a linked headline and a
     * summary) that are short, each hold a link and together have a fair part of their text in links.
     */
    static boolean isLinkList(Element e, Stats stats) {
        if (stats.linkDensity(e) >= 0.5) {
            return true;
        }
        Element only = null;
        int entries = 0;
        String tag = null;
        for (Element c : e.children()) {
            if (stats.textLength(c) == 0) {
                continue;
            }
            if (tag == null) {
                tag = c.normalName();
            }
            if (!c.normalName().equals(tag) || stats.textLength(c) > MAX_ENTRY || c.selectFirst(LINK) == null) {
                return false;
            }
            only = c;
            entries++;
        }
        if (entries == 1) {
            return !hasOwnText(e) && isLinkList(only, stats);
        }
        return entries >= 2 && !hasOwnText(e) && stats.linkDensity(e) >= MIN_TEASER_LINKS;
    }

    private static int textChildren(Element e, Stats stats) {
        int n = 0;
        for (Element c : e.children()) {
            n += stats.textLength(c) > 0 ? 1 : 0;
        }
        return n;
    }

    private static boolean hasOwnText(Element e) {
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return false;
    }
}
