package org.incidex.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incidex.clean.internal.Text;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Writes content subtrees as text blocks in document order: every block-level element (paragraph, heading, list item,
 * blockquote, pre, div...) and every {@code <br>} ends a block; inline text is joined as a browser would render it,
 * with white space collapsed. A table row whose cells hold only inline content becomes one block, cells joined by
 * {@code " | "}; rows of layout tables (cells holding blocks) are walked like any container. Iterative, so nesting
 * depth does not matter. Not thread-safe; one instance per page.
 */
final class BlockWriter {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot",
            "tr", "td", "th", "caption", "figure", "figcaption", "address", "details", "summary", "hr", "center",
            "header", "footer", "fieldset", "legend", "body", "nav", "aside", "form", "hgroup", "br");
    private static final Evaluator CELL_BLOCKS = QueryParser.parse(
            "p, div, table, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, pre, li");
    private final List<String> blocks = new ArrayList<>();
    /** The current block, white space collapsed as it is appended (what {@link Text#normalize} would give). */
    private final StringBuilder current = new StringBuilder();
    /** Characters appended to the current block before collapsing: the cap counts raw text. */
    private int rawLength;
    private boolean pendingSpace;
    private final int maxChars;
    private int total;

    /** @param maxChars stop after this many characters of output */
    BlockWriter(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Appends the blocks of {@code root}. */
    void write(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (total >= maxChars) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    append(t.getWholeText());
                    if (rawLength > maxChars) {
                        flush();
                        return FilterResult.STOP;
                    }
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                    if (e.nameIs("tr") && e.selectFirst(CELL_BLOCKS) == null) {
                        writeRow(e);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush();
    }

    /** The blocks written so far. */
    List<String> blocks() {
        return blocks;
    }

    private void writeRow(Element tr) {
        List<String> cells = new ArrayList<>();
        for (Element cell : tr.children()) {
            if (cell.nameIs("td") || cell.nameIs("th")) {
                String t = Text.normalize(cell.text());
                if (!t.isEmpty()) {
                    cells.add(t);
                }
            }
        }
        add(String.join(" | ", cells));
    }

    /** Appends text to the current block, collapsing white space runs and dropping leading space. */
    private void append(String s) {
        rawLength += s.length();
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Text.isSpace(c)) {
                pendingSpace = current.length() > 0;
            } else {
                if (pendingSpace) {
                    current.append(' ');
                    pendingSpace = false;
                }
                current.append(c);
            }
        }
    }

    private void flush() {
        if (rawLength > 0) {
            add(current.toString());
            current.setLength(0);
            rawLength = 0;
            pendingSpace = false;
        }
    }

    private void add(String block) {
        if (!block.isEmpty() && total < maxChars) {
            blocks.add(block);
            total += block.length() + 2;
        }
    }
}
