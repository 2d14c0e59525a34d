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
 * made it). Prints the mean milliseconds per query.
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
        for (int i = 0; i < n; i++) {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/search?"
                    + IncidexSystem.params(mix.get(i % mix.size())))).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) System.err.println("status " + r.statusCode());
        }
        System.out.printf("%d queries, %.2f ms each%n", n, (System.nanoTime() - t0) / 1e6 / n);
    }
}
