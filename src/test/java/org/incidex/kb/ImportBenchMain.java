package org.incidex.kb;

import org.incidex.index.IndexStore;
import org.incidex.model.ExtractedArticle;
import org.incidex.model.RawDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Times the incremental path on the demo corpus: one article added to a knowledge base built by {@code reindex demo}
 * (what {@code incidex import} and a live POST do), and the re-merge alone. Warm (the gazetteer and the JIT are
 * loaded by a first add). A plain {@code main}, not a test: {@code ImportBenchMain [RUNS]}.
 */
public final class ImportBenchMain {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path dir = Files.createTempDirectory("incidex-import-bench");
        IndexStore store = IndexStore.at(dir);
        KnowledgeBase kb = KnowledgeBase.createDefault();
        long t0 = System.nanoTime();
        kb.rebuild(store, List.of("demo"), "bench", KnowledgeBase.Progress.NONE);
        System.out.printf("rebuild demo: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        byte[] page = Files.readAllBytes(KnowledgeBaseTest.REPORTS.resolve("global-desk-nigeria.html"));
        List<Long> add = new ArrayList<>();
        List<Long> read = new ArrayList<>();
        List<Long> merge = new ArrayList<>();
        for (int i = 0; i < runs + 1; i++) {
            long a = System.nanoTime();
            kb.add(store, List.of(new RawDocument("bench.html", page, "text/html")), KnowledgeBase.Progress.NONE);
            long b = System.nanoTime();
            Map<String, ExtractedArticle> stored = KnowledgeBase.stored(store);
            long c = System.nanoTime();
            new IncidentMerger().merge(new ArrayList<>(stored.values()));
            long d = System.nanoTime();
            if (i == 0) continue; // warm-up
            add.add((b - a) / 1_000_000);
            read.add((c - b) / 1_000_000);
            merge.add((d - c) / 1_000_000);
        }
        System.out.printf("add 1 article (read stored sources, extract 1, re-merge, write, publish): median %d ms %s%n",
                median(add), add);
        System.out.printf("read stored sources (%d): median %d ms; re-merge alone: median %d ms%n",
                KnowledgeBase.stored(store).size(), median(read), median(merge));
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
