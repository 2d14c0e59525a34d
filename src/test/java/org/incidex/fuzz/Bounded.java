package org.incidex.fuzz;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input on a worker thread with a time limit, so that a hang or a super-linear input is a finding in
 * regression mode ({@code mvn verify}) as well as in fuzzing mode, where a JUnit {@code @Timeout} would bound the
 * whole fuzzing run rather than one input. Whatever the code under test throws is rethrown as is (Jazzer reports the
 * original exception and stack).
 */
final class Bounded {
    /** Jazzer fuzzes when JAZZER_FUZZ is set to anything non-empty; otherwise it replays the corpus. */
    static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty();
    private static ExecutorService worker = newWorker();

    private Bounded() {}

    /** {@code task}'s result; an {@link AssertionError} when it runs longer than {@code limit}. */
    static synchronized <T> T call(Duration limit, Callable<T> task) throws Throwable {
        Future<T> f = worker.submit(task);
        try {
            return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // The stuck thread may not stop; leave it (a daemon) and give the next input a fresh one.
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new AssertionError("one input ran longer than " + limit.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }

    /**
     * The first {@code fuzzing} bytes of {@code input} when fuzzing (small inputs run many times faster, so the
     * fuzzer explores more), else the first {@code regression} bytes (the corpus may hold larger pages).
     */
    static byte[] cap(byte[] input, int regression, int fuzzing) {
        int max = FUZZING ? fuzzing : regression;
        return input.length <= max ? input : java.util.Arrays.copyOf(input, max);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-input");
            t.setDaemon(true);
            return t;
        });
    }
}
