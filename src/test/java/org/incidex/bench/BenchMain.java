package org.incidex.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.incidex.model.Json;
import org.jsoup.Jsoup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark driver behind {@code bench/run.sh}: generates the corpus (or reuses it), runs every system on the same
 * pages and the same query mix, and writes {@code bench/results/latest.json} and {@code latest.md}. A plain main.
 *
 * <p>{@code BenchMain --docs N [--work DIR] [--out DIR] [--systems incidex,lucene,sqlite,postgres] [--queries 2000]
 * [--seed 42] [--heap 512m] [--reindex-heap 16g] [--seconds 20]}
 */
public final class BenchMain {
    public static void main(String[] args) throws Exception {
        Map<String, String> a = options(args);
        int n = Integer.parseInt(a.getOrDefault("docs", "10000"));
        Path work = Path.of(a.getOrDefault("work", "target/bench"));
        Path out = Path.of(a.getOrDefault("out", "bench/results"));
        List<String> systems = List.of(a.getOrDefault("systems", "incidex,lucene,sqlite,postgres").split(","));
        int queries = Integer.parseInt(a.getOrDefault("queries", "2000"));
        long seed = Long.parseLong(a.getOrDefault("seed", "42"));
        String heap = a.getOrDefault("heap", n > 200_000 ? "1g" : "512m");
        int seconds = Integer.parseInt(a.getOrDefault("seconds", "20"));
        String reindexHeap = a.get("reindex-heap");

        Path corpus = work.resolve("corpus-" + seed);
        Path runDir = Files.createDirectories(work.resolve("run-" + n + "-" + System.currentTimeMillis()));
        long g0 = System.nanoTime();
        List<BenchDoc> docs = new CorpusGenerator(seed).write(corpus, n);
        long corpusBytes = 0;
        for (BenchDoc d : docs) corpusBytes += Files.size(d.file());
        System.out.printf(Locale.ROOT, "corpus: %,d pages, %.1f MB in %s (%.0f s)%n", n, corpusBytes / 1e6, corpus,
                (System.nanoTime() - g0) / 1e9);

        // The limit's first half, timed: jsoup parse + text of every page on every core (shared with SQLite/PostgreSQL).
        long t0 = System.nanoTime();
        List<String> texts = texts(docs);
        double textSeconds = (System.nanoTime() - t0) / 1e9;
        List<BenchQuery> mix = QueryMix.build(docs, texts, Math.max(queries, 700), seed);
        // Warm-up draws other words (another seed), so no measured query was asked before and found in a cache.
        List<BenchQuery> warmUp = QueryMix.build(docs, texts, 5_000, seed + 1);

        ObjectNode json = Json.mapper().createObjectNode();
        json.put("docs", n);
        json.put("corpusMb", Math.round(corpusBytes / 1e5) / 10.0);
        json.set("machine", Machine.describe());
        Report report = new Report(n, corpusBytes);
        for (String name : systems) {
            System.out.println("== " + name);
            try (BenchSystem s = create(name.strip(), runDir, heap, reindexHeap)) {
                long i0 = System.nanoTime();
                s.ingest(docs, texts);
                // Every system but Incidex reads the text jsoup took from the pages, so that time is theirs too.
                double ingestSeconds = (System.nanoTime() - i0) / 1e9 + (s instanceof IncidexSystem ? 0 : textSeconds);
                Report.Row row = report.measure(s, warmUp, mix, ingestSeconds, queries, seconds);
                if (s instanceof IncidexSystem p) {
                    row.coldStartMs = p.coldStartMs;
                    row.ingestPeakRssMb = p.reindexPeakRssMb;
                    row.ingestSeconds = p.reindexMs / 1000.0;
                    Machine.Memory m = Machine.memoryOf(p.serverPid());
                    row.heapMb = m.heapUsedMb();
                    row.rssMb = m.rssMb();
                } else if (s instanceof LuceneSystem) {
                    Machine.Memory m = Machine.memoryOf(ProcessHandle.current().pid());
                    row.heapMb = m.heapUsedMb();
                    row.rssMb = m.rssMb();
                }
                System.out.println(row.line());
            } catch (Exception e) {
                System.out.println(name + " failed: " + e);
                report.failed(name, e);
            }
        }
        report.fill(json);
        Files.createDirectories(out);
        Files.writeString(out.resolve("latest.json"), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        String md = report.markdown(json.get("machine"));
        Files.writeString(out.resolve("latest.md"), md, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(md);
    }

    static BenchSystem create(String name, Path runDir, String heap, String reindexHeap) throws Exception {
        Path dir = Files.createDirectories(runDir.resolve(name));
        return switch (name) {
            case "incidex" -> new IncidexSystem(dir.resolve("index"), heap, dir, reindexHeap);
            case "lucene" -> new LuceneSystem(dir.resolve("index"));
            default -> OtherSystems.create(name, dir);
        };
    }

    /** Plain text of every page (jsoup's whole-page text), parsed on every core. */
    static List<String> texts(List<BenchDoc> docs) throws Exception {
        String[] out = new String[docs.size()];
        int threads = Runtime.getRuntime().availableProcessors();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                fs.add(pool.submit(() -> {
                    for (int i = first; i < out.length; i += threads) {
                        out[i] = Jsoup.parse(docs.get(i).file().toFile(), "UTF-8").text();
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get(6, TimeUnit.HOURS);
        }
        return List.of(out);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: BenchMain --docs N [--work DIR] [--out DIR] [--systems a,b] "
                        + "[--queries N] [--seed S] [--heap 512m] [--reindex-heap 16g] [--seconds S]; bad argument '" + args[i] + "'");
            }
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }
}
