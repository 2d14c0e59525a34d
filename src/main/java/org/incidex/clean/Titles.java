package org.incidex.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The article title read from the page's {@code <title>}, with the rules of Mozilla Readability.js
 * ({@code _getArticleTitle}, the reference behaviour: our title is judged against what Readability shows), and the
 * word-overlap similarity Readability uses to compare titles ({@code _textSimilarity}). Stateless and thread-safe.
 *
 * <p>The rules, in order, on the trimmed document title:
 * <ol>
 * <li>With a separator between spaces ({@code " | "}, {@code " - "}, {@code " – "}, {@code " — "},
 * {@code " \ "}, {@code " / "}, {@code " > "}, {@code " » "}; the en and em dashes as in current Readability
 * releases): everything from the last such separator is cut ("Siege ends | Site" becomes
 * "Siege ends"); when that leaves fewer than 3 words, everything up to and including the first separator
 * character is cut instead ("Site - Siege ends at hotel").</li>
 * <li>Else with {@code ": "}: kept whole when an h1 or h2 has exactly that text; else the part after the last
 * colon, or after the first colon when that is too short; but the whole title when more than 5 words precede the
 * first colon.</li>
 * <li>Else, when shorter than 15 or longer than 150 characters and the page has exactly one h1: the h1's text.</li>
 * <li>A result of 4 words or fewer falls back to the whole title, unless the title had a hierarchical separator
 * ({@code \ / > »}) and exactly one word was removed.</li>
 * </ol>
 * Word counts follow JavaScript's {@code split(/\s+/)}, which counts an empty piece at a leading or trailing space
 * ({@link JsStrings#wordCount}); that is part of the behaviour, not an accident to fix.
 */
final class Titles {
    /** A separator with a space on each side: the sign that the title has parts. */
    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»] ");
    /** Separators that mark a hierarchy (section &gt; page) rather than a site name. */
    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>»] ");
    /** Everything up to and including the first separator character, spaces or not. */
    private static final Pattern UP_TO_FIRST_SEPARATOR = Pattern.compile("^[^|\\-–—\\\\/>»]*[|\\-–—\\\\/>»]");
    private static final Pattern SEPARATOR_CHARS = Pattern.compile("[|\\-–—\\\\/>»]+");
    private static final Pattern ASCII_SPACES = Pattern.compile("[\\t\\n\\f\\r ]+");
    /** JavaScript's {@code \W+}: anything but ASCII letters, digits and underscore. */
    private static final Pattern NON_WORD = Pattern.compile("[^A-Za-z0-9_]+");
    private static final int MIN_PART_WORDS = 3;
    private static final int MAX_WORDS_BEFORE_COLON = 5;
    private static final int MIN_TITLE_CHARS = 15;
    private static final int MAX_TITLE_CHARS = 150;
    private static final int MAX_SHORT_TITLE_WORDS = 4;

    private Titles() {
    }

    /**
     * The title from the page's {@code <title>} by the rules in the class comment; "" when the page has none.
     * Headings inside {@code script}, {@code noscript} and {@code template} are not counted, as Readability removes
     * or never sees them.
     */
    static String fromDocumentTitle(Document doc) {
        String orig = JsStrings.trim(documentTitle(doc));
        String cur = orig;
        boolean hierarchical = false;
        Matcher sep = SEPARATOR.matcher(orig);
        if (sep.find()) {
            hierarchical = HIERARCHICAL.matcher(orig).find();
            int last = sep.start();
            while (sep.find()) {
                last = sep.start();
            }
            cur = orig.substring(0, last);
            if (JsStrings.wordCount(cur) < MIN_PART_WORDS) {
                cur = UP_TO_FIRST_SEPARATOR.matcher(orig).replaceFirst("");
            }
        } else if (orig.contains(": ")) {
            if (!headingEquals(doc, orig)) {
                cur = orig.substring(orig.lastIndexOf(':') + 1);
                if (JsStrings.wordCount(cur) < MIN_PART_WORDS) {
                    cur = orig.substring(orig.indexOf(':') + 1);
                } else if (JsStrings.wordCount(orig.substring(0, orig.indexOf(':'))) > MAX_WORDS_BEFORE_COLON) {
                    cur = orig;
                }
            }
        } else if (orig.length() > MAX_TITLE_CHARS || orig.length() < MIN_TITLE_CHARS) {
            List<Element> h1s = headings(doc, "h1");
            if (h1s.size() == 1) {
                cur = JsStrings.collapse(JsStrings.trim(textContent(h1s.get(0))));
            }
        }
        cur = JsStrings.collapse(JsStrings.trim(cur));
        int words = JsStrings.wordCount(cur);
        boolean oneWordLess = words == JsStrings.wordCount(SEPARATOR_CHARS.matcher(orig).replaceAll("")) - 1;
        if (words <= MAX_SHORT_TITLE_WORDS && (!hierarchical || !oneWordLess)) {
            cur = orig;
        }
        return cur;
    }

    /**
     * How much of {@code b} is also in {@code a}: 1 minus the length of b's words missing from a (joined by spaces)
     * over the length of all b's words; words are runs of ASCII letters, digits and underscores, lower-cased.
     * 0 when either has no word.
     */
    static double similarity(String a, String b) {
        List<String> tokensA = tokens(a);
        List<String> tokensB = tokens(b);
        if (tokensA.isEmpty() || tokensB.isEmpty()) {
            return 0;
        }
        List<String> uniqueB = new ArrayList<>();
        for (String t : tokensB) {
            if (!tokensA.contains(t)) {
                uniqueB.add(t);
            }
        }
        return 1 - (double) String.join(" ", uniqueB).length() / String.join(" ", tokensB).length();
    }

    private static List<String> tokens(String s) {
        return Arrays.stream(NON_WORD.split(s.toLowerCase(Locale.ROOT))).filter(t -> !t.isEmpty()).toList();
    }

    /**
     * The browser's {@code document.title}: the text of the first HTML {@code <title>} (not an SVG one), with ASCII
     * white space collapsed and trimmed.
     */
    static String documentTitle(Document doc) {
        for (Element t : doc.getElementsByTag("title")) {
            if (Parser.NamespaceHtml.equals(t.tag().namespace())) {
                return ASCII_SPACES.matcher(t.wholeText()).replaceAll(" ").strip();
            }
        }
        return "";
    }

    private static boolean headingEquals(Document doc, String title) {
        String wanted = JsStrings.trim(title);
        for (String tag : new String[] {"h1", "h2"}) {
            for (Element h : headings(doc, tag)) {
                if (JsStrings.trim(textContent(h)).equals(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Element> headings(Document doc, String tag) {
        List<Element> out = new ArrayList<>();
        for (Element h : doc.getElementsByTag(tag)) {
            if (!hidden(h)) {
                out.add(h);
            }
        }
        return out;
    }

    /** Inside an element Readability removes or the DOM keeps apart (script, noscript, template). */
    private static boolean hidden(Node n) {
        for (Node p = n; p != null; p = p.parent()) {
            if (p.nameIs("script") || p.nameIs("noscript") || p.nameIs("template")) {
                return true;
            }
        }
        return false;
    }

    /** The DOM's {@code textContent}: every descendant text node, unchanged, without removed elements. */
    private static String textContent(Element e) {
        StringBuilder sb = new StringBuilder();
        e.traverse((node, depth) -> {
            if (node instanceof TextNode t && !hidden(t)) {
                sb.append(t.getWholeText());
            }
        });
        return sb.toString();
    }
}
