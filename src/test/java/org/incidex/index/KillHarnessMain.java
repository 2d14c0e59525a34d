package org.incidex.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The long crash-safety run ({@code scripts/kill-harness.sh}): {@code incidex reindex} and {@code incidex import} in
 * separate JVMs, each SIGKILLed at a random moment of an unkilled run's measured duration, at a named crash point, or
 * inside the commit-and-switch window; then {@code serve} killed during a live POST ({@link ServeKills}). After every
 * kill: a fresh reader serves exactly the old or the new generation (content fingerprint), CheckIndex is clean, a
 * server answers over it, and the next writer removes the leftovers.
 *
 * <p>Usage: {@code KillHarnessMain WORKDIR [KILLS=50] [SERVE_KILLS=6] [SEED]}. Exit 0 when every kill was survived.
 */
public final class KillHarnessMain {
    static final String[] POINTS = {"begin", "before-commit", "after-commit", "before-rename", "after-rename", "published"};

    private final KillRig rig;
    private final Path pages;
    private final Random random;
    private final Map<String, KillRig.State> expected = new LinkedHashMap<>(); // "A", "B", "A+C", "B+C"
    private final Map<String, Long> runMillis = new TreeMap<>();
    private long windowMillis;
    private final Map<String, Integer> byPhase = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int kills;

    private KillHarnessMain(Path work, long seed) {
        this.rig = new KillRig(work.resolve("index"), work.resolve("logs"));
        this.pages = work.resolve("pages");
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) throw new IllegalArgumentException("usage: KillHarnessMain WORKDIR [KILLS] [SERVE_KILLS] [SEED]");
        Path work = Path.of(args[0]).toAbsolutePath();
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int serveKills = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : System.currentTimeMillis();
        if (Files.exists(work.resolve("index"))) IndexStore.deleteTree(work.resolve("index"));
        System.out.printf("kill harness: %d reindex/import kills, %d serve kills, seed %d, work %s%n", n, serveKills, seed, work);
        KillHarnessMain h = new KillHarnessMain(work, seed);
        h.calibrate();
        h.run(n);
        new ServeKills(h.rig, h.random, h.byPhase, h.failures).run(serveKills);
        h.finalRun();
        h.report();
        System.exit(h.failures.isEmpty() ? 0 : 1);
    }

    /** Unkilled runs: the expected content of A, B, A+C, B+C and how long each kind of run takes. */
    private void calibrate() throws Exception {
        KillRig.writePages(pages.resolve("a"), 0, 30);
        KillRig.writePages(pages.resolve("b"), 30, 60);
        KillRig.writePages(pages.resolve("c"), 60, 70);
        calibrationRun("B", "reindex", "b");
        calibrationRun("B+C", "import", "c");
        calibrationRun("A", "reindex", "a");
        calibrationRun("A+C", "import", "c");
        calibrationRun("A", "reindex", "a");
        System.out.printf("calibrated: runs %s ms, commit-and-switch window %d ms%n", runMillis, windowMillis);
    }

    private void calibrationRun(String name, String op, String dir) throws Exception {
        KillRig.Child c = rig.start("trace", Map.of(), op, pages.resolve(dir).toString());
        KillRig.finish(c);
        runMillis.merge(op, c.elapsedMillis(), Math::max);
        long commit = at(c, "before-commit"), done = at(c, "published");
        windowMillis = Math.max(windowMillis, done - commit);
        KillRig.State s = rig.state();
        KillRig.State before = expected.putIfAbsent(name, s);
        if (before != null && !before.sameContent(s)) throw new AssertionError(name + " is not reproducible: " + before + " vs " + s);
    }

    private static long at(KillRig.Child c, String point) {
        return c.markers().stream().filter(m -> m.point().equals(point)).findFirst()
                .orElseThrow(() -> new AssertionError("no crash point " + point + " in " + c.log())).atMillis();
    }

    /** One kill: what to run and how to pick the moment. */
    record Plan(String op, String mode, String point) {}

    private void run(int n) throws Exception {
        Deque<Plan> reindex = new ArrayDeque<>(), imports = new ArrayDeque<>();
        List<Plan> all = new ArrayList<>();
        int nImport = Math.max(1, n * 3 / 10), nReindex = n - nImport;
        for (int i = 0; i < nReindex; i++) {
            int slot = i % 10; // 6 of 10 at a random moment, 3 at a named point, 1 inside the commit-and-switch window
            all.add(slot < 6 ? new Plan("reindex", "random", null) : slot < 9
                    ? new Plan("reindex", "point", POINTS[(i / 10 * 3 + slot - 6) % POINTS.length])
                    : new Plan("reindex", "window", null));
        }
        for (int i = 0; i < nImport; i++) {
            int slot = i % 3;
            all.add(slot < 2 ? new Plan("import", "random", null) : new Plan("import", "point", POINTS[(i / 3) % POINTS.length]));
        }
        Collections.shuffle(all, random);
        for (Plan p : all) (p.op().equals("import") ? imports : reindex).add(p);
        while (!reindex.isEmpty() || !imports.isEmpty()) {
            String live = nameOf(rig.state());
            // An import over A+C or B+C would not change the content: run a reindex first, when one is left.
            boolean importNow = !imports.isEmpty() && (reindex.isEmpty() || !live.contains("+"));
            killOnce(importNow ? imports.poll() : reindex.poll(), live);
        }
    }

    private String nameOf(KillRig.State s) {
        for (var e : expected.entrySet()) if (e.getValue().sameContent(s)) return e.getKey();
        throw new AssertionError("the live generation " + s.generation() + " matches no expected content");
    }

    private void killOnce(Plan plan, String live) throws Exception {
        String target = plan.op().equals("import") ? (live.contains("+") ? live : live + "+C") : live.startsWith("A") ? "B" : "A";
        String dir = plan.op().equals("import") ? "c" : target.toLowerCase();
        KillRig.State old = rig.state();
        KillRig.Child c = rig.start(plan.mode().equals("point") ? plan.point() : "trace", Map.of(), plan.op(),
                pages.resolve(dir).toString());
        String phase;
        switch (plan.mode()) {
            case "random" -> {
                long total = runMillis.get(plan.op());
                long delay = (long) (random.nextDouble() * total * 0.97);
                Thread.sleep(delay);
                double f = (double) delay / total;
                phase = plan.op() + " random " + (plan.op().equals("import") ? "" : f < 1 / 3.0 ? "early " : f < 2 / 3.0 ? "mid " : "late ")
                        + "(last point: " + c.lastPoint() + ")";
            }
            case "point" -> {
                if (!KillRig.awaitMarker(c, plan.point(), 300_000)) throw new AssertionError("never reached " + plan.point() + ": " + c.log());
                phase = plan.op() + " at crash point " + plan.point();
            }
            default -> {
                if (!KillRig.awaitMarker(c, "before-commit", 300_000)) throw new AssertionError("never reached before-commit: " + c.log());
                Thread.sleep((long) (random.nextDouble() * windowMillis));
                phase = plan.op() + " commit/switch window (last point: " + c.lastPoint() + ")";
            }
        }
        if (!c.process().isAlive()) {
            phase = plan.op() + " finished before the kill";
        } else {
            KillRig.kill(c);
            kills++;
        }
        verify(kills + ". " + phase, old, expected.get(target));
    }

    /** The checks after one kill; a failure is recorded and the index rebuilt to A so the run goes on. */
    void verify(String label, KillRig.State old, KillRig.State fresh) throws Exception {
        String outcome = "?";
        List<String> left = List.of();
        try {
            KillRig.State now = rig.state();
            if (now.generation().equals(old.generation()) && now.sameContent(old)) outcome = "old";
            else if (now.sameContent(fresh) && !now.generation().equals(old.generation())) outcome = "new";
            else throw new AssertionError("a mix: " + now.generation() + " (" + now.incidents() + " incidents) is neither "
                        + old.generation() + " (" + old.incidents() + ") nor the expected new content (" + fresh.incidents() + ")");
            rig.checkIndexClean();
            rig.checkServed(now);
            left = rig.leftovers();
            rig.checkNextWriterCleansUp();
            String key = label.replaceFirst("^\\d+\\. ", "").replaceFirst(" \\(last point.*", "");
            byPhase.merge(key + " → " + outcome, 1, Integer::sum);
        } catch (AssertionError | RuntimeException e) {
            failures.add(label + ": " + e.getMessage());
            System.out.println("FAILED " + label + ": " + e.getMessage());
            KillRig.finish(rig.start(null, Map.of(), "reindex", pages.resolve("a").toString()));
            return;
        }
        System.out.printf("%-70s → %s; leftovers %s cleaned by the next writer%n", label, outcome, left);
    }

    private void finalRun() throws Exception {
        KillRig.finish(rig.start(null, Map.of(), "reindex", pages.resolve("a").toString()));
        KillRig.State s = rig.state();
        if (!s.sameContent(expected.get("A"))) failures.add("final reindex: unexpected content in " + s.generation());
        if (rig.store().generations().size() > 2) failures.add("final reindex: more than two generations kept");
        rig.checkIndexClean();
    }

    private void report() {
        System.out.println();
        System.out.println("kills by phase and outcome:");
        byPhase.forEach((k, v) -> System.out.printf("  %3d  %s%n", v, k));
        int total = 0, unkilled = 0;
        for (var e : byPhase.entrySet()) {
            if (e.getKey().contains("finished before")) unkilled += e.getValue();
            else total += e.getValue();
        }
        System.out.printf("%d kills survived, %d failed (%d runs finished before their kill moment, checked too)%n",
                total, failures.size(), unkilled);
        failures.forEach(f -> System.out.println("  FAILURE " + f));
    }
}
