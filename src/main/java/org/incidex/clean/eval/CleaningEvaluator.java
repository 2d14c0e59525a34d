package org.incidex.clean.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.incidex.clean.ArticleCleaner;
import org.incidex.clean.CleanedPage;
import org.incidex.clean.DateParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Measures an {@link ArticleCleaner} on a directory of cases, each a folder with {@code source.html},
 * {@code expected.html} (the main content) and {@code expected-metadata.json} ({@code title}, {@code byline},
 * {@code publishedTime}...), the layout of Mozilla Readability's test pages.
 *
 * <p>Body metric (shingle F1): tokens are Unicode {@code \w+} runs, lower-cased; shingles are 4 consecutive tokens
 * (a shorter text is one shingle), compared as multisets. Per page, TP, FP and FN are divided by their sum so every
 * page weighs the same; these normalized counts are averaged over pages, and precision = TP/(TP+FP) and recall =
 * TP/(TP+FN) are computed from the averages; F1 is their harmonic mean. The plain means of the per-page precision
 * and recall are reported as well. A page the cleaner rejects counts as empty output.
 *
 * <p>Metadata: title match is exact after (Unicode) white-space normalization (a missing value equals ""); byline match
 * ignores case, white space and a leading "By"; date match means the same calendar day as written, and is counted
 * only where the case has a {@code publishedTime}.
 *
 * <p>Thread-safe if the cleaner is (ours is); each call reads the directory afresh.
 */
public final class CleaningEvaluator {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;
    private static final Pattern UNICODE_SPACE = Pattern.compile("[\\s\\u00A0\\u200B\\uFEFF]+",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "caption", "figure", "figcaption", "br", "hr", "header", "footer", "aside", "nav", "address");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ArticleCleaner cleaner;

    /** @param cleaner the cleaner to measure */
    public CleaningEvaluator(ArticleCleaner cleaner) {
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    }

    /**
     * One case.
     *
     * @param caseName    folder name
     * @param precision   shingle precision of the page
     * @param recall      shingle recall of the page
     * @param f1          harmonic mean of the two
     * @param titleMatch  whether the title matched
     * @param bylineMatch whether the byline matched
     * @param dateMatch   whether the date fell on the expected day; null when the case has no date
     * @param failure     the rejection message when the cleaner rejected the page, else null
     */
    public record CaseResult(String caseName, double precision, double recall, double f1, boolean titleMatch,
                             boolean bylineMatch, Boolean dateMatch, String failure) {
    }

    /**
     * A run over a directory.
     *
     * @param cases          per case, sorted by name
     * @param precision      body precision from page-normalized counts (see class comment)
     * @param recall         body recall from page-normalized counts
     * @param f1             harmonic mean of precision and recall
     * @param macroPrecision plain mean of per-page precision
     * @param macroRecall    plain mean of per-page recall
     * @param titleAccuracy  share of cases whose title matched
     * @param bylineAccuracy share of cases whose byline matched
     * @param dateAccuracy   share of dated cases whose date matched (NaN when none is dated)
     * @param pagesPerSecond pages cleaned per second (cleaning time only, one thread)
     */
    public record Report(List<CaseResult> cases, double precision, double recall, double f1, double macroPrecision,
                         double macroRecall, double titleAccuracy, double bylineAccuracy, double dateAccuracy,
                         double pagesPerSecond) {
    }

    /**
     * Evaluates every case folder of {@code dir} (folders without {@code source.html} are ignored).
     *
     * @param dir the directory of cases
     * @return the report
     * @throws IOException              if a case cannot be read
     * @throws IllegalArgumentException if {@code dir} is not a directory
     */
    public Report evaluate(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("dir is not a directory: " + dir);
        }
        List<Path> caseDirs;
        try (Stream<Path> s = Files.list(dir)) {
            caseDirs = s.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
        }
        List<CaseResult> rows = new ArrayList<>();
        double[] sums = new double[3];
        double sumP = 0;
        double sumR = 0;
        int titles = 0;
        int bylines = 0;
        int dated = 0;
        int dates = 0;
        long nanos = 0;
        for (Path c : caseDirs) {
            byte[] source = Files.readAllBytes(c.resolve("source.html"));
            String expectedHtml = Files.readString(c.resolve("expected.html"), StandardCharsets.UTF_8);
            JsonNode meta = Files.isRegularFile(c.resolve("expected-metadata.json"))
                    ? JSON.readTree(c.resolve("expected-metadata.json").toFile()) : JSON.createObjectNode();
            long t0 = System.nanoTime();
            CleanedPage page = null;
            String failure = null;
            try {
                page = cleaner.clean(new org.incidex.model.RawDocument(c.toString(), source, null));
            } catch (org.incidex.model.RejectedDocumentException e) {
                failure = e.getMessage();
            }
            nanos += System.nanoTime() - t0;
            double[] counts = counts(expectedText(expectedHtml), page == null ? "" : page.text());
            double total = counts[0] + counts[1] + counts[2];
            double p;
            double r;
            if (total == 0) {
                p = 1;
                r = 1;
            } else {
                for (int i = 0; i < 3; i++) {
                    sums[i] += counts[i] / total;
                }
                p = counts[0] + counts[1] == 0 ? 0 : counts[0] / (counts[0] + counts[1]);
                r = counts[0] + counts[2] == 0 ? 0 : counts[0] / (counts[0] + counts[2]);
            }
            sumP += p;
            sumR += r;
            boolean title = norm(text(meta, "title")).equals(norm(page == null ? null : page.title()));
            boolean byline = bylineKey(text(meta, "byline")).equals(bylineKey(page == null ? null : page.byline()));
            Boolean date = null;
            Optional<String> expectedDate = DateParser.toIso(text(meta, "publishedTime"));
            if (expectedDate.isPresent()) {
                dated++;
                String ours = page == null ? null : page.published();
                date = ours != null && ours.length() >= 10 && ours.substring(0, 10).equals(
                        expectedDate.get().substring(0, 10));
                dates += date ? 1 : 0;
            }
            titles += title ? 1 : 0;
            bylines += byline ? 1 : 0;
            rows.add(new CaseResult(c.getFileName().toString(), p, r, f1(p, r), title, byline, date, failure));
        }
        int n = rows.size();
        double precision = sums[0] + sums[1] == 0 ? 0 : sums[0] / (sums[0] + sums[1]);
        double recall = sums[0] + sums[2] == 0 ? 0 : sums[0] / (sums[0] + sums[2]);
        return new Report(List.copyOf(rows), precision, recall, f1(precision, recall), n == 0 ? 0 : sumP / n,
                n == 0 ? 0 : sumR / n, n == 0 ? 0 : (double) titles / n, n == 0 ? 0 : (double) bylines / n,
                dated == 0 ? Double.NaN : (double) dates / dated, nanos == 0 ? 0 : n / (nanos / 1e9));
    }

    /**
     * True positives, false positives and false negatives of the 4-token shingles of two texts.
     *
     * @return {@code {tp, fp, fn}}
     */
    public static double[] counts(String expected, String predicted) {
        Map<List<String>, Integer> want = shingles(expected);
        Map<List<String>, Integer> got = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : got.entrySet()) {
            int w = want.getOrDefault(e.getKey(), 0);
            tp += Math.min(w, e.getValue());
            fp += Math.max(0, e.getValue() - w);
        }
        for (Map.Entry<List<String>, Integer> e : want.entrySet()) {
            fn += Math.max(0, e.getValue() - got.getOrDefault(e.getKey(), 0));
        }
        return new double[] {tp, fp, fn};
    }

    /** Multiset of 4-token shingles; a text of 1–3 tokens is one shingle, an empty text none. */
    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group().toLowerCase(Locale.ROOT));
        }
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
            out.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + SHINGLE))), 1, Integer::sum);
        }
        return out;
    }

    /** The text of an expected.html: each block's text, blocks separated by a blank line. */
    public static String expectedText(String html) {
        Element body = Jsoup.parse(html).body();
        StringBuilder out = new StringBuilder();
        StringBuilder block = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    block.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                }
            }

            private void flush() {
                String s = block.toString().replaceAll("[\\s\\u00A0]+", " ").trim();
                if (!s.isEmpty()) {
                    out.append(out.isEmpty() ? "" : "\n\n").append(s);
                }
                block.setLength(0);
            }
        }, body);
        String rest = block.toString().replaceAll("[\\s\\u00A0]+", " ").trim();
        return rest.isEmpty() ? out.toString() : out + (out.isEmpty() ? "" : "\n\n") + rest;
    }

    private static String text(JsonNode meta, String field) {
        JsonNode v = meta.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Collapses Unicode white space (including no-break and ideographic spaces). */
    private static String norm(String s) {
        return s == null ? "" : UNICODE_SPACE.matcher(s).replaceAll(" ").trim();
    }

    private static String bylineKey(String s) {
        return norm(s).toLowerCase(Locale.ROOT).replaceFirst("^by\\b[\\s:]*", "");
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
