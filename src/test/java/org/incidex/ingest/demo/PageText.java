package org.incidex.ingest.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads rendered pages back for the tests: the article body per site, counts in digits or words. */
final class PageText {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern DATES = Pattern.compile("\\b\\d{1,2} " + MONTH + "(?: \\d{4})?|" + MONTH
            + " \\d{1,2}(?:, \\d{4})?|\\b(?:19|20)\\d{2}\\b");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,3}(?:,\\d{3})+\\b|\\b\\d+\\b|\\b[a-z]+(?:-[a-z]+)?\\b");
    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");

    private PageText() {
    }

    static Document parse(String html) {
        return Jsoup.parse(html);
    }

    /** The article's body paragraphs, by the site's own markup, without datelines and inline promos. */
    static List<String> body(Document doc) {
        String selector = switch (site(doc)) {
            case MERIDIAN_LEDGER -> "div.story-body > p:not(.dateline):not(.read-more)";
            case SAHEL_WIRE -> "div.entry-content > p:not(.editor-note)";
            case GLOBAL_DESK -> "div.gd-body > div.gd-p";
            case COURIER_ONLINE -> "[itemprop=articleBody] > p:not(.contributor)";
        };
        List<String> out = new ArrayList<>();
        for (Element e : doc.select(selector)) out.add(e.text());
        return out;
    }

    static Site site(Document doc) {
        String canonical = doc.selectFirst("link[rel=canonical]").attr("href");
        for (Site s : Site.values()) {
            if (canonical.startsWith(s.origin())) return s;
        }
        throw new AssertionError("unknown site for " + canonical);
    }

    /** True when {@code text} writes {@code n} as digits ("5,800" or "5800") or words ("thirteen", "two dozen"). */
    static boolean mentionsCount(String text, int n) {
        return numbers(text).contains(n) || n == 0 && text.toLowerCase(Locale.ROOT).contains("no one");
    }

    /** Sentences (rough split on ". "). */
    static List<String> sentences(String paragraph) {
        return List.of(paragraph.split("(?<=[.!?\u201D])\\s+"));
    }

    /** Every count in the text, dates and years removed. */
    static List<Integer> numbers(String text) {
        // "one" is a number only in "one person"; elsewhere it is a pronoun ("one witness", "at one point").
        String t = DATES.matcher(text).replaceAll(" ").replace("two dozen", "24").replace("One person", "1 person")
                .replace("one person", "1 person")
                .replaceAll("(?<![-\\w])[Oo]ne (injured|wounded|hurt|dead|killed|hostage|other person)\\b", "1 $1")
                .replaceAll("\\b(stood at|rose to|reached|climbed to) one(?![-\\w])", "$1 1")
                .replaceAll("\\b[\\w-]+ (years?|months?|weeks?|days?|decades?) (earlier|before|ago|later)\\b", " ");
        List<Integer> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(t.toLowerCase(Locale.ROOT));
        while (m.find()) {
            Integer v = value(m.group());
            if (v != null) out.add(v);
        }
        return out;
    }

    private static Integer value(String token) {
        if (Character.isDigit(token.charAt(0))) return Integer.valueOf(token.replace(",", ""));
        int i = WORDS.indexOf(token);
        if (i == 1) return null;
        if (i >= 0) return i;
        String[] parts = token.split("-");
        int tens = TENS.indexOf(parts[0]);
        if (tens < 2) return null;
        if (parts.length == 1) return tens * 10;
        int unit = WORDS.indexOf(parts[1]);
        return unit > 0 && unit < 10 ? tens * 10 + unit : null;
    }
}
