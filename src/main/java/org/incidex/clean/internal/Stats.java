package org.incidex.clean.internal;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, link-text length, comma count and counts of paragraphs, images, list items, inputs, embeds and
 * heading text of every element under a root, computed in one iterative pass so
 * that scoring never walks a subtree twice. A snapshot: it does not follow later changes to the tree. Not
 * thread-safe; one instance per page.
 */
public final class Stats {
    private static final int TEXT = 0;
    private static final int LINK = 1;
    private static final int COMMAS = 2;
    private static final int P = 3;
    private static final int IMG = 4;
    private static final int LI = 5;
    private static final int INPUT = 6;
    private static final int EMBED = 7;
    private static final int HEADING_TEXT = 8;
    private static final int FIELDS = 9;
    private final Map<Element, int[]> byElement = new IdentityHashMap<>();

    private Stats() {
    }

    /** Computes the figures of {@code root} and every element below it. */
    public static Stats of(Element root) {
        Stats s = new Stats();
        NodeTraversor.traverse(new NodeVisitor() {
            /** Figures of the open elements by depth (the root at 0), so a child finds its parent's without a lookup. */
            private int[][] open = new int[64][];

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    int[] mine = new int[FIELDS];
                    s.byElement.put(e, mine);
                    if (depth >= open.length) {
                        open = Arrays.copyOf(open, open.length * 2);
                    }
                    open[depth] = mine;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                int[] up = depth > 0 ? open[depth - 1] : null;
                if (node instanceof TextNode t) {
                    String text = t.getWholeText();
                    if (up != null) {
                        countText(text, up);
                    }
                } else if (node instanceof Element e) {
                    int[] mine = open[depth];
                    countSelf(e, mine);
                    if (up != null) {
                        for (int i = 0; i < FIELDS; i++) {
                            up[i] += mine[i];
                        }
                    }
                }
            }
        }, root);
        return s;
    }

    private static void countSelf(Element e, int[] mine) {
        switch (e.normalName()) {
            case "a" -> mine[LINK] = mine[TEXT];
            case "p" -> mine[P]++;
            case "img" -> mine[IMG]++;
            case "li" -> mine[LI]++;
            case "input" -> mine[INPUT]++;
            case "object", "embed", "iframe", "video" -> mine[EMBED]++;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> mine[HEADING_TEXT] = mine[TEXT];
            default -> {
                // no count of its own
            }
        }
    }

    /** Paragraphs ({@code p}) under {@code e}, itself included. */
    public int paragraphs(Element e) {
        return field(e, P);
    }

    /** Images under {@code e}, itself included. */
    public int images(Element e) {
        return field(e, IMG);
    }

    /** List items under {@code e}, itself included. */
    public int listItems(Element e) {
        return field(e, LI);
    }

    /** Form inputs under {@code e}, itself included. */
    public int inputs(Element e) {
        return field(e, INPUT);
    }

    /** Embedded objects (object, embed, iframe, video) under {@code e}, itself included. */
    public int embeds(Element e) {
        return field(e, EMBED);
    }

    /** Characters of heading text (h1–h6) under {@code e}. */
    public int headingTextLength(Element e) {
        return field(e, HEADING_TEXT);
    }

    private int field(Element e, int f) {
        int[] v = byElement.get(e);
        return v == null ? 0 : v[f];
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

    /**
     * Adds the text's length (white space runs counted once, leading ones not at all) and its commas (as
     * {@link Text#commas}) to {@code into}, in one scan.
     */
    private static void countText(String s, int[] into) {
        int n = 0;
        int commas = 0;
        boolean space = true;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (Text.isSpace(c)) {
                if (!space) {
                    n++;
                    space = true;
                }
            } else {
                n++;
                space = false;
                if (c == ',' || c == '\u3001' || c == '\uFF0C' || c == '\u060C') {
                    commas++;
                }
            }
        }
        into[TEXT] += n;
        into[COMMAS] += commas;
    }
}
