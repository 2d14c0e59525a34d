package org.incidex.clean.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, link-text length and comma count of every element under a root, computed in one iterative pass so
 * that scoring never walks a subtree twice. A snapshot: it does not follow later changes to the tree. Not
 * thread-safe; one instance per page.
 */
public final class Stats {
    private static final int TEXT = 0;
    private static final int LINK = 1;
    private static final int COMMAS = 2;
    private final Map<Element, int[]> byElement = new IdentityHashMap<>();

    private Stats() {
    }

    /** Computes the figures of {@code root} and every element below it. */
    public static Stats of(Element root) {
        Stats s = new Stats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    s.byElement.put(e, new int[3]);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                Node parent = node.parent();
                int[] up = parent instanceof Element p && node != root ? s.byElement.get(p) : null;
                if (node instanceof TextNode t) {
                    String text = t.getWholeText();
                    if (up != null) {
                        up[TEXT] += trimmedLength(text);
                        up[COMMAS] += Text.commas(text);
                    }
                } else if (node instanceof Element e) {
                    int[] mine = s.byElement.get(e);
                    if (e.nameIs("a")) {
                        mine[LINK] = mine[TEXT];
                    }
                    if (up != null) {
                        up[TEXT] += mine[TEXT];
                        up[LINK] += mine[LINK];
                        up[COMMAS] += mine[COMMAS];
                    }
                }
            }
        }, root);
        return s;
    }

    /** Characters of text under {@code e}, white space runs counted once; 0 for an element not seen. */
    public int textLength(Element e) {
        int[] v = byElement.get(e);
        return v == null ? 0 : v[TEXT];
    }

    /** Share of the text under {@code e} that sits inside links, from 0 to 1. */
    public double linkDensity(Element e) {
        int[] v = byElement.get(e);
        return v == null || v[TEXT] == 0 ? 0 : Math.min(1.0, (double) v[LINK] / v[TEXT]);
    }

    /** Commas in the text under {@code e}. */
    public int commas(Element e) {
        int[] v = byElement.get(e);
        return v == null ? 0 : v[COMMAS];
    }

    private static int trimmedLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            if (Text.isSpace(s.charAt(i))) {
                if (!space) {
                    n++;
                    space = true;
                }
            } else {
                n++;
                space = false;
            }
        }
        return n;
    }
}
