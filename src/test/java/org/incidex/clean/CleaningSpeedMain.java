package org.incidex.clean;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.incidex.model.RawDocument;
import org.incidex.model.RejectedDocumentException;

/**
 * Single-threaded speed of {@link ArticleCleaner} on a directory of cases (each with {@code source.html}): loads
 * every page into memory, runs 3 warm-up passes, then times N passes and prints pages/s and MB/s per pass and the
 * median, by wall-clock time and by the CPU time of the cleaning thread (steadier on a shared machine; it leaves out
 * JIT and GC threads). Not a test; run it by hand (see {@code bench/README.md}, "Cleaning speed").
 *
 * <p>Usage: {@code CleaningSpeedMain [DIR] [PASSES] [--dump FILE]}. With {@code --dump}, writes every page's cleaned
 * metadata and text to FILE (one record per case) instead of timing, so outputs can be diffed across changes.
 */
public final class CleaningSpeedMain {
    private static final int WARMUP = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CleaningSpeedMain() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/readability-test-pages");
        int passes = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 10;
        Path dump = null;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--dump")) {
                dump = Path.of(args[i + 1]);
            }
        }
        List<RawDocument> docs = load(dir);
        long bytes = docs.stream().mapToLong(d -> d.bytes().length).sum();
        ArticleCleaner cleaner = new ArticleCleaner();
        if (dump != null) {
            try (PrintStream out = new PrintStream(Files.newOutputStream(dump), false, StandardCharsets.UTF_8)) {
                for (RawDocument d : docs) {
                    out.println(describe(cleaner, d));
                }
            }
            System.out.println("wrote " + docs.size() + " pages to " + dump);
            return;
        }
        System.out.printf("%d pages, %.1f MB; %d warm-up passes, %d timed passes%n", docs.size(), bytes / 1e6,
                WARMUP, passes);
        for (int i = 0; i < WARMUP; i++) {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long nanos = pass(cleaner, docs);
            long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
            System.out.printf("warm-up %d: %7.1f pages/s (CPU %7.1f)%s%n", i + 1, docs.size() / (nanos / 1e9),
                    docs.size() / (cpu / 1e9), i == 0 ? " cold JVM, as CleaningEvaluator measures" : "");
        }
        double[] wall = new double[passes];
        double[] cpu = new double[passes];
        for (int i = 0; i < passes; i++) {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long nanos = pass(cleaner, docs);
            cpu[i] = docs.size() / ((THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9);
            wall[i] = docs.size() / (nanos / 1e9);
            System.out.printf("pass %2d: %7.1f pages/s %6.2f MB/s (CPU %7.1f pages/s)%n", i + 1, wall[i],
                    bytes / 1e6 / (nanos / 1e9), cpu[i]);
        }
        if (passes == 0) {
            return;
        }
        double median = median(wall);
        System.out.printf("median: %.1f pages/s, %.2f MB/s; by thread CPU time %.1f pages/s%n", median,
                median * bytes / 1e6 / docs.size(), median(cpu));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long pass(ArticleCleaner cleaner, List<RawDocument> docs) {
        long sink = 0;
        long t0 = System.nanoTime();
        for (RawDocument d : docs) {
            try {
                sink += cleaner.clean(d).text().length();
            } catch (RejectedDocumentException e) {
                sink++;
            }
        }
        long nanos = System.nanoTime() - t0;
        if (sink == 42) {
            System.out.print("");
        }
        return nanos;
    }

    private static String describe(ArticleCleaner cleaner, RawDocument d) {
        try {
            CleanedPage p = cleaner.clean(d);
            return "== " + d.source() + "\ntitle=" + p.title() + "\nbyline=" + p.byline() + "\nsite=" + p.site()
                    + "\nlang=" + p.lang() + "\npublished=" + p.published() + "\ncanonical=" + p.canonicalUrl()
                    + "\ncharset=" + p.charset() + "\nblocks=" + p.blocks().size() + "\n" + String.join("\n", p.blocks());
        } catch (RejectedDocumentException e) {
            return "== " + d.source() + "\nrejected: " + e.getMessage();
        }
    }

    private static List<RawDocument> load(Path dir) throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(dir)) {
            cases = s.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
        }
        List<RawDocument> docs = new ArrayList<>();
        for (Path c : cases) {
            docs.add(new RawDocument(c.getFileName().toString(), Files.readAllBytes(c.resolve("source.html")), null));
        }
        return docs;
    }
}
