package org.incidex.api;

import io.javalin.http.Handler;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load shedding for the endpoints that search the index. At most {@code permits} such requests run at once; a request
 * that finds them all taken joins a short queue (at most {@code maxQueue} waiting) for up to {@code maxWait}; a request
 * that finds the queue full, or waits past that, is answered at once with {@code 503} problem+json and
 * {@code Retry-After}, instead of queueing until it times out. Searching is CPU-bound, so running more at once than
 * there are cores only makes every answer later; and a bounded queue keeps the server's threads free to answer (and
 * shed) new requests, so an overload shows as fast 503s, not as growing latency. Thread-safe.
 */
final class Admission {
    /** Seconds a client is told to wait before retrying. */
    static final int RETRY_AFTER_SECONDS = 1;

    private final Semaphore permits;
    private final int size;
    private final int maxQueue;
    private final long maxWaitNanos;
    private final AtomicLong shed = new AtomicLong();

    /**
     * @param permits requests that may search at once (≥ 1)
     * @param maxQueue requests that may wait for a permit (≥ 0)
     * @param maxWaitMillis how long a request may queue for a permit (≥ 0)
     */
    Admission(int permits, int maxQueue, long maxWaitMillis) {
        if (permits < 1) throw new IllegalArgumentException("permits must be ≥ 1, was " + permits);
        if (maxQueue < 0) throw new IllegalArgumentException("maxQueue must be ≥ 0, was " + maxQueue);
        if (maxWaitMillis < 0) throw new IllegalArgumentException("maxWaitMillis must be ≥ 0, was " + maxWaitMillis);
        this.permits = new Semaphore(permits, true);
        this.size = permits;
        this.maxQueue = maxQueue;
        this.maxWaitNanos = TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
    }

    /**
     * The default: two searches per core (one runs while the other writes its answer), as many again waiting, for at
     * most 500 ms.
     */
    static Admission forThisMachine() {
        int permits = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
        return new Admission(permits, permits, 500);
    }

    /** {@code handler}, run only when a permit is free within the wait; else 503 with Retry-After. */
    Handler limit(Handler handler) {
        return ctx -> {
            if (!acquire()) {
                shed.incrementAndGet();
                ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
                throw new ApiException(503, "/problems/overloaded", "Overloaded",
                        "the server is answering " + size + " searches already; retry in " + RETRY_AFTER_SECONDS + " s");
            }
            try {
                handler.handle(ctx);
            } finally {
                permits.release();
            }
        };
    }

    private boolean acquire() throws InterruptedException {
        if (permits.tryAcquire()) return true;
        if (permits.getQueueLength() >= maxQueue) return false; // approximate, which is all shedding needs
        return permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
    }

    /** Requests answered 503 so far. */
    long shed() {
        return shed.get();
    }

    int permits() {
        return size;
    }
}
