package org.incidex.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidex.clean.internal.Boilerplate;
import org.incidex.clean.internal.Stats;
import org.incidex.clean.internal.Text;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Readability's "clean conditionally" on a chosen content subtree: removes lists, tables and divs that look like
 * widgets (link lists, image strips, forms, embeds) rather than prose, and headings that are mostly links or carry a
 * furniture class. Containers with ten commas or more are kept as prose. Data tables (with {@code th},
 * {@code caption} or {@code thead}, or more than ten cells without nested tables) are kept. Stateless and
 * thread-safe.
 */
final class ConditionalCleaner {
    private static final Set<String> CANDIDATES = Set.of("table", "ul", "ol", "div", "section", "fieldset", "aside");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Evaluator IN_CODE = QueryParser.parse("pre, code");
    private static final Evaluator IN_FIGURE = QueryParser.parse("figure");
    private static final Evaluator DATA_TABLE_MARK = QueryParser.parse("th, caption, thead, tfoot, colgroup");
    private static final Evaluator TABLE = QueryParser.parse("table");
    private static final Evaluator ROW = QueryParser.parse("tr");
    private static final Evaluator ROW_CELL = QueryParser.parse("> td, > th");

    private ConditionalCleaner() {
    }

    /**
     * Cleans {@code root}.
     *
     * @param stats figures of a tree that holds {@code root}, taken after pruning; {@code root}'s subtree must not
     *              have changed since, which holds for the disjoint content roots cleaned one after another
     */
    static void clean(Element root, Map<Element, Double> scores, Stats stats, boolean weighClasses) {
        List<Element> nodes = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e && e != root
                    && (CANDIDATES.contains(e.normalName()) || HEADINGS.contains(e.normalName()))) {
                nodes.add(e);
            }
        }, root);
        // Bottom-up, so that a container is judged after its widgets are gone (figures then undercount, as in
        // Readability; the snapshot stats keep the pass linear).
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Element e = nodes.get(i);
            if (e.parent() == null) {
                continue;
            }
            if (HEADINGS.contains(e.normalName())) {
                if ((weighClasses && Boilerplate.classWeight(e) < 0) || stats.linkDensity(e) > 0.33) {
                    e.remove();
                }
            } else if (shouldRemove(e, scores, stats, weighClasses)) {
                e.remove();
            }
        }
    }

    private static boolean shouldRemove(Element e, Map<Element, Double> scores, Stats stats, boolean weighClasses) {
        String tag = e.normalName();
        if (tag.equals("table") && isDataTable(e)) {
            return false;
        }
        if (e.closest(IN_CODE) != null) {
            return false;
        }
        int weight = weighClasses ? Boilerplate.classWeight(e) : 0;
        double score = scores.getOrDefault(e, 0.0);
        if (weight + score < 0) {
            return true;
        }
        if (stats.commas(e) >= 10) {
            return false;
        }
        int textLen = stats.textLength(e);
        boolean isList = tag.equals("ul") || tag.equals("ol") || listShare(e, textLen) > 0.9;
        int p = stats.paragraphs(e);
        int img = stats.images(e);
        int li = stats.listItems(e) - 100;
        int input = stats.inputs(e);
        int embeds = stats.embeds(e);
        double ld = stats.linkDensity(e);
        boolean inFigure = e.closest(IN_FIGURE) != null;
        double headingDensity = textLen == 0 ? 0 : (double) stats.headingTextLength(e) / textLen;
        return (img > 1 && (double) p / img < 0.5 && !inFigure)
                || (!isList && li > p)
                || (input > p / 3)
                || (!isList && headingDensity < 0.9 && textLen < 25 && (img == 0 || img > 2) && !inFigure)
                || (!isList && weight < 25 && ld > 0.2)
                || (weight >= 25 && ld > 0.5)
                || (embeds == 1 && textLen < 75) || embeds > 1;
    }

    private static double listShare(Element e, int textLen) {
        if (textLen == 0) {
            return 0;
        }
        int listLen = 0;
        for (Element l : e.children()) {
            if (l.nameIs("ul") || l.nameIs("ol")) {
                listLen += Text.normalize(l.text()).length();
            }
        }
        return (double) listLen / textLen;
    }

    /** A table of data rather than layout: header cells, a caption, or many cells and no nested table. */
    static boolean isDataTable(Element table) {
        if ("presentation".equals(table.attr("role")) || "0".equals(table.attr("datatable"))) {
            return false;
        }
        if (table.selectFirst(DATA_TABLE_MARK) != null || table.hasAttr("summary")) {
            return true;
        }
        if (table.selectFirst(TABLE) != null) {
            return false;
        }
        List<Element> trs = table.select(ROW);
        int rows = trs.size();
        int cols = 0;
        for (Element tr : trs) {
            cols = Math.max(cols, tr.select(ROW_CELL).size());
        }
        return rows >= 10 || cols > 4 || rows * cols > 10;
    }
}
