package org.incidex.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
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
            LOG.warn("index refresh failed: {}", e.getMessage());
        }
    }

    /**
     * Opens the generation CURRENT names if it differs from the one being served.
     *
     * @return true when a new generation was swapped in
     */
    public synchronized boolean refresh() {
        Optional<Path> gen;
        try {
            gen = store.currentGeneration();
        } catch (IndexStoreException e) {
            lastError = e.getMessage();
            throw e;
        }
        if (gen.isEmpty()) return false;
        IndexSnapshot old = current.get();
        if (old != null && old.generationName().equals(gen.get().getFileName().toString())) return false;
        IndexSnapshot fresh;
        try {
            fresh = new IndexSnapshot(gen.get());
        } catch (IOException e) {
            lastError = "cannot open " + gen.get() + ": " + e.getMessage();
            throw new IndexStoreException(lastError, e);
        }
        current.set(fresh);
        lastError = null;
        if (old != null) old.release();
        if (old != null) LOG.info("now serving {} ({} incidents)", fresh.generationName(), fresh.incidentCount());
        return true;
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

    /** Why the index could not be opened most recently, or null. */
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
