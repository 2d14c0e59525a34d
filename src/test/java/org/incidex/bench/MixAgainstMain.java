package org.incidex.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

/**
 * Sends the benchmark's query mix to a running {@code incidex serve} (for profiling it with JFR while it answers):
 * {@code MixAgainstMain BASE_URL N [DOCS=10000] [SEED=42] [WORK=target/bench]}; the corpus must exist (bench/run.sh
 * made it). Prints the mean milliseconds per query, and the mean of the queries without hits (whose answer also looks
 * for a spelling correction) beside that of the others.
 */
public final class MixAgainstMain {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        int n = Integer.parseInt(args[1]);
        int docs = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        Path work = Path.of(args.length > 4 ? args[4] : "target/bench");
        List<BenchDoc> corpus = new CorpusGenerator(seed).write(work.resolve("corpus-" + seed), docs);
        List<String> texts = BenchMain.texts(corpus.subList(0, Math.min(500, corpus.size())));
        List<BenchQuery> mix = QueryMix.build(corpus, texts, Math.max(n, 700), seed);
        HttpClient http = HttpClient.newHttpClient();
        long t0 = System.nanoTime();
        long[] nanos = new long[2];
        int[] count = new int[2];
        int overHalf = 0;
        long[] each = new long[n];
        for (int i = 0; i < n; i++) {
            long q0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/search?"
                    + IncidexSystem.params(mix.get(i % mix.size())))).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) System.err.println("status " + r.statusCode());
            int none = r.body().startsWith("{\"total\":0,") ? 1 : 0;
            if (none == 1 && count[1] < 8) System.err.println("no hits: " + IncidexSystem.params(mix.get(i % mix.size())));
            String b = r.body();
            if (b.startsWith("{\"total\":")) {
                long total = Long.parseLong(b.substring(9, b.indexOf(',')));
                if (total * 2 > docs) overHalf++;
            }
            each[i] = System.nanoTime() - q0;
            nanos[none] += each[i];
            count[none]++;
        }
        System.out.printf("%d queries, %.2f ms each; %d with hits %.2f ms each, %d without %.2f ms each%n", n,
                (System.nanoTime() - t0) / 1e6 / n, count[0], nanos[0] / 1e6 / Math.max(1, count[0]), count[1],
                nanos[1] / 1e6 / Math.max(1, count[1]));
        Integer[] slowest = new Integer[n];
        for (int i = 0; i < n; i++) slowest[i] = i;
        java.util.Arrays.sort(slowest, (a, b) -> Long.compare(each[b], each[a]));
        for (int k = 0; k < Math.min(10, n); k++) {
            System.err.printf("slow: %.2f ms %s%n", each[slowest[k]] / 1e6, IncidexSystem.params(mix.get(slowest[k] % mix.size())));
        }
        java.util.Arrays.sort(each);
        System.out.printf("p50 %.2f ms, p95 %.2f, p99 %.2f; %d of them match more than half of the %d pages%n",
                each[n / 2] / 1e6, each[(int) (n * 0.95)] / 1e6, each[(int) (n * 0.99)] / 1e6, overHalf, docs);
    }
}
