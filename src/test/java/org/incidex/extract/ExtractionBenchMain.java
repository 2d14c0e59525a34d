package org.incidex.extract;

import org.incidex.extract.eval.Csv;
import org.incidex.extract.eval.Gold;
import org.incidex.ingest.demo.DemoCorpus;
import org.incidex.kb.ArticleProcessor;
import org.incidex.model.Article;
import org.incidex.model.RawDocument;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Extraction speed: {@link IncidentExtractor#extract} alone, single-threaded and warm, on (1) the bundled demo corpus's
 * pages, cleaned once beforehand (full-length news articles: 369 pages of a few hundred words each) and (2), when a
 * Wikipedia-list CSV is given, its Details texts (one to four sentences each), and (3), when a directory of test pages
 * is given (../shared/data/readability-test-pages: real news and blog pages, CASE/source.html), those pages cleaned
 * once beforehand. Prints per-article mean, median, p90 and max over the timed passes, words per article and
 * microseconds per 100 words. A plain main, not a timed test (see bench/README.md).
 *
 * <p>Usage: {@code ExtractionBenchMain [PASSES] [LIST.csv] [PAGES_DIR...]} ("-" for no list; a directory holds CASE/source.html or
 * *.html pages) (default 10 passes after 3 warm-up passes).
 * With {@code -Dincidex.dump=FILE} it writes every article's incidents as JSON lines to FILE instead of timing: dump
 * before and after a speed change and {@code cmp} the files (a speed change must not change the output).
 */
public final class ExtractionBenchMain {
    public static void main(String[] args) throws Exception {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        IncidentExtractor x = IncidentExtractor.shared();
        ArticleProcessor processor = ArticleProcessor.createDefault();
        List<Article> demo = new ArrayList<>();
        for (RawDocument d : DemoCorpus.load().documents()) demo.add(processor.process(d, null).article());
        run("demo corpus pages", demo, x, passes);
        if (args.length > 1 && !args[1].equals("-")) {   // "-": no list
            List<List<String>> rows = Csv.parse(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
            List<String> h = rows.get(0);
            List<Article> list = new ArrayList<>();
            for (List<String> r : rows.subList(1, rows.size())) {
                if (r.size() < h.size()) continue;
                Map<String, Integer> c = Map.of("Date", h.indexOf("Date"), "Details", h.indexOf("Details"));
                Gold g = Gold.of(0, r.get(c.get("Date")), "", "", "", "", r.get(c.get("Details")), "");
                list.add(new Article("row", "row", null, null, null, "en", g.date() == null ? null : g.date().toString(),
                        null, g.details()));
            }
            run("list rows (" + Path.of(args[1]).getFileName() + ")", list, x, passes);
        }
        if (args.length > 2) {
            List<Article> pages = new ArrayList<>();
            for (String dir : Arrays.asList(args).subList(2, args.length)) {
                try (var cases = Files.list(Path.of(dir))) {
                    for (Path c : cases.sorted().toList()) {
                        Path html = c.toString().endsWith(".html") ? c : c.resolve("source.html");
                        if (!Files.isRegularFile(html)) continue;
                        try {
                            pages.add(processor.process(new RawDocument(html.toString(), Files.readAllBytes(html), null),
                                    null).article());
                        } catch (org.incidex.model.RejectedDocumentException e) {
                            System.out.println("  skipped " + c.getFileName() + ": " + e.getMessage());
                        }
                    }
                }
            }
            run("test pages (" + String.join(", ", Arrays.asList(args).subList(2, args.length)) + ")", pages, x, passes);
        }
    }

    private static void run(String name, List<Article> articles, IncidentExtractor x, int passes) throws Exception {
        String dump = System.getProperty("incidex.dump");
        if (dump != null) {
            StringBuilder sb = new StringBuilder();
            for (Article a : articles) sb.append(org.incidex.model.Json.write(x.extract(a))).append('\n');
            Files.writeString(Path.of(dump), sb, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            System.out.println(name + ": " + articles.size() + " articles dumped to " + dump);
            return;
        }
        if (articles.isEmpty()) return;
        long words = 0;
        for (Article a : articles) words += a.text().split("\\s+").length;
        for (int w = 0; w < 3; w++) for (Article a : articles) x.extract(a);
        long[] nanos = new long[articles.size() * passes];
        int k = 0;
        int incidents = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long bestCpu = Long.MAX_VALUE;   // the fastest pass in CPU time: the least disturbed by other work
        for (int p = 0; p < passes; p++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            for (Article a : articles) {
                long t0 = System.nanoTime();
                incidents += x.extract(a).size();
                nanos[k++] = System.nanoTime() - t0;
            }
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu0);
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        System.out.printf("%s: %d articles, %.0f words each on average, %d incidents per pass%n", name, articles.size(),
                (double) words / articles.size(), incidents / passes);
        System.out.printf("  ms per article: mean %.3f, median %.3f, p90 %.3f, max %.3f; %.0f µs per 100 words"
                        + " (%d timed passes, warm, one thread)%n", mean, nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.9)] / 1e6, nanos[nanos.length - 1] / 1e6,
                mean * 1000 * 100 * articles.size() / Math.max(1, words), passes);
        System.out.printf("  fastest pass in CPU time: %.3f ms per article, %.0f µs per 100 words%n",
                bestCpu / 1e6 / articles.size(), bestCpu / 1e3 * 100 / Math.max(1, words));
        band(articles, x, 300, 1000);
        band(articles, x, 600, 1600);
    }

    /** Articles of MIN–MAX words: median and p90 of the best of 5 runs each (the speed target's "typical article"). */
    private static void band(List<Article> articles, IncidentExtractor x, int min, int max) {
        List<Long> typical = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            int n = articles.get(i).text().split("\\s+").length;
            if (n < min || n > max) continue;
            long best = Long.MAX_VALUE;
            for (int r = 0; r < 5; r++) {
                long t0 = System.nanoTime();
                x.extract(articles.get(i));
                best = Math.min(best, System.nanoTime() - t0);
            }
            typical.add(best);
        }
        if (!typical.isEmpty()) {
            typical.sort(null);
            System.out.printf("  %d articles of %,d–%,d words: median %.3f ms, p90 %.3f ms (best of 5 runs each)%n",
                    typical.size(), min, max, typical.get(typical.size() / 2) / 1e6, typical.get((int) (typical.size() * 0.9)) / 1e6);
        }
    }
}
