package org.incidex.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Follows the live generation of an {@link IndexStore}: {@link #refresh()} (called on a timer by {@link #start})
 * reads CURRENT and, when it names a new generation, opens it and swaps it in; requests that hold the old snapshot
 * finish on it, and it closes when the last of them releases it. Serving continues on the old generation when the new
 * one cannot be opened (the error is logged and retried).
 *
 * <p>Thread-safe. Usage: {@code IndexSnapshot s = live.acquire().orElseThrow(); try { … } finally { s.release(); }}.
 */
public final class LiveIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);

    private final IndexStore store;
    private final AtomicReference<IndexSnapshot> current = new AtomicReference<>();
    private ScheduledExecutorService timer;
    private volatile String lastError;
    /** A generation CURRENT named that could not be opened; not retried. */
    private String failedGeneration;
    private volatile String lastLogged;

    public LiveIndex(IndexStore store) {
        this.store = store;
    }

    /** Opens the live generation now (if any) and checks for a new one every {@code periodMillis}. */
    public synchronized LiveIndex start(long periodMillis) {
        refresh();
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "incidex-index-refresh");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::refreshLogged, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    private void refreshLogged() {
        try {
            refresh();
        } catch (RuntimeException e) {
            if (!e.getMessage().equals(lastLogged)) LOG.warn("index refresh failed: {}", e.getMessage());
            lastLogged = e.getMessage();
        }
    }

    /**
     * Opens the generation CURRENT names if it differs from the one being served. A generation that cannot be
     * opened (CURRENT corrupt or naming a missing directory, a segments file truncated or missing, a file failing its
     * checksum) is reported with its directory and not retried; while nothing is served yet, the newest generation
     * published before it that opens is served instead ({@link #lastError()} says so), and when there is none the
     * error is thrown. While a generation is served, a bad new one leaves it served.
     *
     * @return true when a new generation was swapped in
     * @throws IndexStoreException naming the directory when CURRENT's generation cannot be opened
     */
    public synchronized boolean refresh() {
        IndexSnapshot old = current.get();
        Path gen;
        try {
            Optional<Path> named = store.currentGeneration();
            if (named.isEmpty()) return false;
            gen = named.get();
        } catch (IndexStoreException e) {
            return failed(old, e.getMessage(), e);
        }
        String name = gen.getFileName().toString();
        if (old != null && old.generationName().equals(name)) return false;
        if (name.equals(failedGeneration)) return false; // reported already; generations are never rewritten in place
        IndexSnapshot fresh;
        try {
            fresh = new IndexSnapshot(gen);
        } catch (IOException | RuntimeException e) {
            failedGeneration = name;
            return failed(old, gen + " is corrupt or incomplete and cannot be served: " + e, e);
        }
        swapIn(fresh);
        lastError = null;
        return true;
    }

    private boolean failed(IndexSnapshot served, String problem, Exception cause) {
        lastError = problem;
        if (served != null) throw new IndexStoreException(problem + "; still serving " + served.generationName(), cause);
        List<String> tried = new ArrayList<>();
        for (Path candidate : store.fallbackGenerations()) {
            try {
                swapIn(new IndexSnapshot(candidate));
            } catch (IOException | RuntimeException e) {
                tried.add(candidate.getFileName() + " (" + e + ")");
                continue;
            }
            lastError = problem + "; serving the last good generation " + candidate;
            LOG.warn(lastError);
            return true;
        }
        throw new IndexStoreException(problem + "; no earlier generation to serve instead"
                + (tried.isEmpty() ? "" : ": " + String.join(", ", tried) + " cannot be opened either"), cause);
    }

    private void swapIn(IndexSnapshot fresh) {
        IndexSnapshot old = current.getAndSet(fresh);
        if (old != null) {
            old.release();
            LOG.info("now serving {} ({} incidents)", fresh.generationName(), fresh.incidentCount());
        }
    }

    /** The snapshot being served, with a reference the caller must release; empty when no index is open. */
    public Optional<IndexSnapshot> acquire() {
        while (true) {
            IndexSnapshot s = current.get();
            if (s == null) return Optional.empty();
            if (s.tryIncRef()) return Optional.of(s);
            // Lost a race with a swap that released the last reference: read the new current.
        }
    }

    /**
     * Why the generation CURRENT names is not the one served (unreadable, corrupt; with what is served instead), or
     * null when it is.
     */
    public String lastError() {
        return lastError;
    }

    public IndexStore store() {
        return store;
    }

    @Override
    public synchronized void close() {
        if (timer != null) timer.shutdownNow();
        IndexSnapshot s = current.getAndSet(null);
        if (s != null) s.release();
    }
}
