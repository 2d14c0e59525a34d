package org.incidex.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives one system through the query mix and measures it: latency percentiles from one client, throughput with one
 * and two clients, and the p99 at a fixed arrival rate. Every phase is bounded by a count and a time budget, so a slow
 * system (a database taking a second a query) still finishes; the figures say how many queries they rest on.
 */
final class QueryRunner {
    private QueryRunner() {}

    /** A system refused a query because it is at capacity (HTTP 503 with Retry-After): counted, not timed. */
    static final class Shed extends RuntimeException {
        Shed() {
            super("shed", null, false, false);
        }
    }

    /** Milliseconds of the answered queries, sorted, and how many were shed. */
    record Latencies(double[] ms, int shed) {
        Latencies(double[] ms) {
            this(ms, 0);
        }

        double pct(double p) {
            if (ms.length == 0) return Double.NaN;
            return ms[(int) Math.min(ms.length - 1, Math.max(0, Math.ceil(p / 100 * ms.length) - 1))];
        }

        int count() {
            return ms.length;
        }
    }

    /** Runs queries in mix order from one thread until {@code max} or {@code budgetMs}; their latencies. */
    static Latencies sequential(BenchSystem s, List<BenchQuery> mix, int offset, int max, long budgetMs) throws Exception {
        List<Double> out = new ArrayList<>();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMs);
        for (int i = 0; i < max && System.nanoTime() < end; i++) {
            BenchQuery q = mix.get((offset + i) % mix.size());
            long t0 = System.nanoTime();
            s.query(q);
            out.add((System.nanoTime() - t0) / 1e6);
        }
        double[] a = out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Latencies(a);
    }

    /** Queries per second with {@code clients} threads running the mix back to back for {@code seconds}. */
    static double throughput(BenchSystem s, List<BenchQuery> mix, int clients, int seconds) throws Exception {
        AtomicInteger done = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c * 7919;
                fs.add(pool.submit(() -> {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        try {
                            s.query(mix.get(i % mix.size()));
                            done.incrementAndGet();
                        } catch (Shed e) {
                            Thread.sleep(1); // counted as not answered
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
        }
        return done.get() / ((System.nanoTime() - t0) / 1e9);
    }

    /** Workers of the fixed-rate phase: more than enough for any rate a system keeps up with, and few enough for
     *  the databases' per-thread connections (PostgreSQL allows 100). */
    private static final int RATE_WORKERS = 32;

    /**
     * Latencies at a fixed arrival rate (an open model: a query is due on schedule whether or not earlier ones have
     * finished; {@value #RATE_WORKERS} workers take them in order), for {@code seconds}; latency counts from the
     * scheduled time, so queueing shows.
     */
    static Latencies atRate(BenchSystem s, List<BenchQuery> mix, double perSecond, int seconds) throws Exception {
        int n = (int) Math.max(1, Math.round(perSecond * seconds));
        long interval = (long) (1e9 / perSecond);
        double[] ms = new double[n];
        AtomicInteger shed = new AtomicInteger();
        long start = System.nanoTime() + 10_000_000;
        try (ExecutorService pool = Executors.newFixedThreadPool(RATE_WORKERS)) {
            List<Future<?>> fs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
                int k = i;
                fs.add(pool.submit(() -> {
                    try {
                        s.query(mix.get(k % mix.size()));
                        ms[k] = (System.nanoTime() - due) / 1e6;
                    } catch (Shed e) {
                        shed.incrementAndGet();
                        ms[k] = Double.NaN;
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
        }
        return new Latencies(Arrays.stream(ms).filter(d -> !Double.isNaN(d)).sorted().toArray(), shed.get());
    }

    /** The median per query kind (up to {@code perKind} queries of each), for the table's detail. */
    static Map<BenchQuery.Kind, Double> p50ByKind(BenchSystem s, List<BenchQuery> mix, int perKind) throws Exception {
        Map<BenchQuery.Kind, Double> out = new LinkedHashMap<>();
        for (BenchQuery.Kind kind : BenchQuery.Kind.values()) {
            List<BenchQuery> only = mix.stream().filter(q -> q.kind() == kind).limit(perKind).toList();
            if (!only.isEmpty()) out.put(kind, sequential(s, only, 0, only.size(), 30_000).pct(50));
        }
        return out;
    }
}
