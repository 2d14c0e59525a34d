package org.incidex.extract;

import org.incidex.extract.eval.Csv;
import org.incidex.extract.eval.Gold;
import org.incidex.kb.ArticleProcessor;
import org.incidex.model.Article;
import org.incidex.model.Incident;
import org.incidex.model.RawDocument;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Tuning aid for the attack judge: prints, for each article of a Wikipedia-list CSV or each HTML file given, whether
 * it yields an incident and, for those that do not ({@code miss}) or do ({@code hit}), every sentence's event level
 * and signal. Usage: {@code EventDebugMain miss|hit|all FILE...|demo}. A plain main, not a test.
 */
public final class EventDebugMain {
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        IncidentExtractor x = IncidentExtractor.shared();
        ArticleProcessor p = ArticleProcessor.createDefault();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("demo")) {
                for (RawDocument d : org.incidex.ingest.demo.DemoCorpus.load().documents()) {
                    show(mode, x, p.process(d, null).article());
                }
                continue;
            }
            Path f = Path.of(args[i]);
            if (f.toString().endsWith(".csv")) {
                List<List<String>> rows = Csv.parse(Files.readString(f, StandardCharsets.UTF_8));
                List<String> h = rows.get(0);
                for (int r = 1; r < rows.size(); r++) {
                    List<String> row = rows.get(r);
                    if (row.size() < h.size()) continue;
                    Gold g = Gold.of(r, row.get(h.indexOf("Date")), "", "", "", "", row.get(h.indexOf("Details")), "");
                    show(mode, x, new Article("row-" + r, f + ":" + r, null, null, null, "en",
                            g.date() == null ? null : g.date().toString(), null, g.details()));
                }
            } else {
                byte[] bytes = Files.readAllBytes(f);
                show(mode, x, p.process(new RawDocument(f.toString(), bytes, null), null).article());
            }
        }
    }

    private static void show(String mode, IncidentExtractor x, Article a) {
        List<Incident> all = x.extract(a, 0);
        double best = all.stream().mapToDouble(Incident::confidence).max().orElse(-1);
        boolean hit = best >= 0.5;
        System.out.printf("%s %.3f %s %s%n", hit ? "HIT " : "MISS", best, a.source(), a.title() == null ? "" : a.title());
        if (mode.equals("all") || mode.equals("hit") == hit) {
            for (String l : x.explain(a)) System.out.println("    " + l);
        }
    }
}
