package org.incidex.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Measures each system through {@link QueryRunner} and writes the results as JSON and as a markdown table. */
final class Report {
    /** One system's figures; NaN or -1 where not measured. */
    static final class Row {
        String name;
        double ingestSeconds;
        long diskBytes;
        QueryRunner.Latencies latencies;
        double qps1;
        double qps2;
        double rate;
        QueryRunner.Latencies atRate;
        Map<BenchQuery.Kind, Double> p50ByKind = Map.of();
        long heapMb = -1;
        long rssMb = -1;
        long coldStartMs = -1;
        long ingestPeakRssMb = -1;
        int docs;

        double pagesPerSec() {
            return docs / ingestSeconds;
        }

        String line() {
            return String.format(Locale.ROOT, "%s: ingest %.0f pages/s, %.0f bytes/page; p50 %.2f ms p95 %.2f p99 %.2f (%d queries);"
                            + " %.0f q/s (1 client), %.0f q/s (2); p99 %.2f ms at %.0f q/s; heap %d MB, RSS %d MB; cold start %d ms",
                    name, pagesPerSec(), diskBytes / (double) docs, latencies.pct(50), latencies.pct(95), latencies.pct(99),
                    latencies.count(), qps1, qps2, atRate.pct(99), rate, heapMb, rssMb, coldStartMs);
        }
    }

    static final int WARM_UP_SECONDS = 20;
    private final int docs;
    private final long corpusBytes;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();

    Report(int docs, long corpusBytes) {
        this.docs = docs;
        this.corpusBytes = corpusBytes;
    }

    /**
     * Measures {@code s} on {@code mix} after a warm-up on {@code warmUp} (other queries of the same kinds): at least
     * 300 of them (within a minute) and at least {@value #WARM_UP_SECONDS} s (up to 5,000). A JVM server reaches its
     * steady speed only once its hot paths are compiled, after a few thousand requests; 300 alone left Incidex's
     * server at half speed.
     */
    Row measure(BenchSystem s, List<BenchQuery> warmUp, List<BenchQuery> mix, double ingestSeconds, int queries,
                int seconds) throws Exception {
        Row r = new Row();
        r.name = s.name();
        r.docs = docs;
        r.ingestSeconds = ingestSeconds;
        r.diskBytes = s.diskBytes();
        long w0 = System.nanoTime();
        int warmed = QueryRunner.sequential(s, warmUp, 0, 300, 60_000).count(); // JIT, caches, connection
        long left = WARM_UP_SECONDS * 1000L - (System.nanoTime() - w0) / 1_000_000;
        if (left > 0) QueryRunner.sequential(s, warmUp, warmed, warmUp.size() - warmed, left);
        r.latencies = QueryRunner.sequential(s, mix, 0, queries, 180_000);
        r.p50ByKind = QueryRunner.p50ByKind(s, mix, 20);
        r.qps1 = QueryRunner.throughput(s, mix, 1, seconds);
        r.qps2 = QueryRunner.throughput(s, mix, 2, seconds);
        r.rate = Math.max(1, Math.min(200, Math.floor(r.qps2 * 0.5)));
        r.atRate = QueryRunner.atRate(s, mix, r.rate, seconds);
        rows.put(r.name, r);
        return r;
    }

    void failed(String name, Exception e) {
        failures.put(name, e.toString());
    }

    private static double round(double d, int places) {
        double f = Math.pow(10, places);
        return Math.round(d * f) / f;
    }

    private static ObjectNode system(ObjectNode parent, String key, Row r) {
        ObjectNode o = parent.putObject(key);
        o.put("p50Ms", round(r.latencies.pct(50), 3));
        o.put("p95Ms", round(r.latencies.pct(95), 3));
        o.put("p99Ms", round(r.latencies.pct(99), 3));
        o.put("queries", r.latencies.count());
        o.put("qps", round(r.qps1, 1));
        o.put("qps2", round(r.qps2, 1));
        o.put("fixedRate", r.rate);
        o.put("p99AtFixedRateMs", round(r.atRate.pct(99), 3));
        o.put("shedAtFixedRate", r.atRate.shed());
        o.put("pagesPerSec", round(r.pagesPerSec(), 1));
        o.put("diskBytesPerPage", Math.round(r.diskBytes / (double) r.docs));
        ObjectNode kinds = o.putObject("p50MsByKind");
        r.p50ByKind.forEach((k, v) -> kinds.put(k.name(), round(v, 3)));
        return o;
    }

    void fill(ObjectNode json) {
        Row p = rows.get("incidex");
        Row l = rows.get("lucene");
        ObjectNode ingest = json.putObject("ingest");
        if (p != null) {
            ingest.put("pagesPerSec", round(p.pagesPerSec(), 1));
            ingest.put("mbPerSec", round(corpusBytes / 1e6 / p.ingestSeconds, 2));
            ingest.put("indexBytesPerPage", Math.round(p.diskBytes / (double) docs));
            ingest.put("peakRssMb", p.ingestPeakRssMb);
        }
        if (l != null) ingest.put("limitPagesPerSec", round(l.pagesPerSec(), 1));
        if (p != null) {
            system(json, "search", p);
            json.put("heapMb", p.heapMb);
            json.put("rssMb", p.rssMb);
            json.put("coldStartMs", p.coldStartMs);
        }
        for (Row r : rows.values()) if (!r.name.equals("incidex")) system(json, r.name, r);
        if (!failures.isEmpty()) {
            ObjectNode f = json.putObject("failures");
            failures.forEach(f::put);
        }
    }

    String markdown(JsonNode machine) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%,d pages (%.0f MB); %s", docs, corpusBytes / 1e6, machine.path("summary").asText()));
        out.add("");
        out.add("| system | ingest pages/s | index bytes/page | p50 ms | p95 ms | p99 ms | q/s 1 client | q/s 2 clients | p99 ms at fixed rate | heap MB | RSS MB | cold start ms |");
        out.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Row r : rows.values()) {
            out.add(String.format(Locale.ROOT, "| %s | %.0f | %,.0f | %.2f | %.2f | %.2f | %.0f | %.0f | %.2f (at %.0f/s%s) | %s | %s | %s |",
                    r.name, r.pagesPerSec(), r.diskBytes / (double) docs, r.latencies.pct(50), r.latencies.pct(95),
                    r.latencies.pct(99), r.qps1, r.qps2, r.atRate.pct(99), r.rate,
                    r.atRate.shed() > 0 ? ", " + r.atRate.shed() + " shed" : "", dash(r.heapMb), dash(r.rssMb), dash(r.coldStartMs)));
        }
        failures.forEach((k, v) -> out.add("| " + k + " | failed: " + v.replace('|', '/') + " |||||||||||"));
        out.add("");
        Row p = rows.get("incidex");
        if (p != null && p.ingestPeakRssMb > 0) {
            out.add("incidex reindex peak RSS: " + String.format(Locale.ROOT, "%,d MB", p.ingestPeakRssMb));
            out.add("");
        }
        out.add("p50 ms by query kind: " + String.join("; ", rows.values().stream().map(r -> r.name + " "
                + r.p50ByKind.entrySet().stream().map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " "
                + String.format(Locale.ROOT, "%.2f", e.getValue())).toList()).toList()));
        return String.join("\n", out) + "\n";
    }

    private static String dash(long v) {
        return v < 0 ? "–" : String.valueOf(v);
    }
}
