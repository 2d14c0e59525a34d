package org.incidex.index;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code incidex serve} with write endpoints, SIGKILLed while a {@code POST /api/v1/articles} is being processed (at a
 * random moment of a measured unkilled POST): the restarted server must serve the old or the new state — the new one
 * whenever the POST was answered 201 before the kill — with CheckIndex clean and leftovers removed by the next writer.
 */
final class ServeKills {
    static final String TOKEN = "kill-harness-token";
    private static final int FIRST_PAGE = 80; // demo pages not in the reindex/import sets (0..70)

    private final KillRig rig;
    private final Random random;
    private final Map<String, Integer> byPhase;
    private final List<String> failures;
    private long postMillis;

    ServeKills(KillRig rig, Random random, Map<String, Integer> byPhase, List<String> failures) {
        this.rig = rig;
        this.random = random;
        this.byPhase = byPhase;
        this.failures = failures;
    }

    /** The base URL of a started server: waits for its "serving … at http://…" line. */
    static String awaitServing(KillRig.Child c) throws InterruptedException {
        long end = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < end) {
            for (String line : c.stdout()) {
                int at = line.indexOf("http://");
                if (line.startsWith("Incidex is serving") && at >= 0) {
                    return line.substring(at, line.indexOf('/', at + 7)).replace("localhost", "127.0.0.1");
                }
            }
            if (!c.process().isAlive()) throw new AssertionError("serve exited: see " + c.log());
            Thread.sleep(10);
        }
        throw new AssertionError("serve did not start: see " + c.log());
    }

    static CompletableFuture<HttpResponse<String>> post(String base, byte[] html) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/articles"))
                .header("Content-Type", "text/html; charset=utf-8").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(html)).build();
        return KillRig.HTTP.sendAsync(req, HttpResponse.BodyHandlers.ofString());
    }

    KillRig.Child serve() throws Exception {
        return rig.start(null, Map.of("INCIDEX_ADMIN_TOKEN", TOKEN), "serve", "--port", "0", "--host", "127.0.0.1");
    }

    void run(int n) throws Exception {
        for (int i = 0; i < n; i++) {
            KillRig.State old = rig.state();
            KillRig.Child server = serve();
            String base = awaitServing(server);
            long t0 = System.nanoTime();
            CompletableFuture<HttpResponse<String>> answer = post(base, KillRig.page(FIRST_PAGE + i));
            String phase;
            if (i == 0) { // the calibration: an answered POST, then the kill
                HttpResponse<String> r = answer.get(300, TimeUnit.SECONDS);
                if (r.statusCode() != 201) throw new AssertionError("POST → " + r.statusCode() + ": " + r.body());
                postMillis = (System.nanoTime() - t0) / 1_000_000;
                phase = "serve after the POST answered";
            } else {
                long delay = (long) (random.nextDouble() * postMillis * 1.1);
                Thread.sleep(delay);
                phase = "serve during a POST (" + (delay * 100 / postMillis) + "% of " + postMillis + " ms)";
            }
            KillRig.kill(server);
            boolean acknowledged = answer.isDone() && !answer.isCompletedExceptionally() && answer.get().statusCode() == 201;
            verify((i + 1) + ". " + phase, old, acknowledged);
        }
    }

    private void verify(String label, KillRig.State old, boolean acknowledged) throws Exception {
        String outcome;
        try {
            KillRig.State now = rig.state();
            if (now.generation().equals(old.generation()) && now.sameContent(old)) {
                if (acknowledged) throw new AssertionError("the POST was answered 201 but its generation is not live");
                outcome = "old";
            } else if (now.ids().containsAll(old.ids()) && now.incidents() <= old.incidents() + 1) {
                outcome = "new";
            } else {
                throw new AssertionError("a mix: " + now.generation() + " (" + now.incidents() + ") is neither "
                        + old.generation() + " (" + old.incidents() + ") nor it plus the posted article");
            }
            rig.checkIndexClean();
            KillRig.Child restarted = serve();
            try {
                KillRig.checkHttp(awaitServing(restarted), now);
            } finally {
                restarted.process().destroy(); // SIGTERM: the normal stop
                restarted.process().waitFor(30, TimeUnit.SECONDS);
            }
            List<String> left = rig.leftovers();
            rig.checkNextWriterCleansUp();
            String key = label.replaceFirst("^\\d+\\. ", "").replaceFirst(" \\(.*", "");
            byPhase.merge(key + (acknowledged ? " (201 before the kill)" : "") + " → " + outcome, 1, Integer::sum);
            System.out.printf("%-70s → %s%s; restarted server agrees; leftovers %s cleaned%n", label, outcome,
                    acknowledged ? " (answered 201)" : "", left);
        } catch (AssertionError | RuntimeException e) {
            failures.add(label + ": " + e.getMessage());
            System.out.println("FAILED " + label + ": " + e.getMessage());
        }
    }
}
