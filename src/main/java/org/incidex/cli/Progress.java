package org.incidex.cli;

import java.io.PrintWriter;

/**
 * A progress bar on a terminal ("[#######.....] 123/331 documents"), redrawn at most ten times a second; silent
 * when the output is not a terminal (pipes, CI, tests). Thread-safe: updates come from worker threads.
 */
class Progress implements org.incidex.kb.KnowledgeBase.Progress {
    private final PrintWriter err;
    private int total;
    private long lastDraw;

    Progress(PrintWriter err) {
        this.err = err;
    }

    /** A bar when a console is attached, otherwise a no-op. */
    static Progress forTerminal(PrintWriter err) {
        return System.console() != null ? new Progress(err) : new Progress(null);
    }

    @Override
    public synchronized void start(int total) {
        this.total = total;
        draw(0, true);
    }

    @Override
    public synchronized void update(int done) {
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L && done < total) return;
        lastDraw = now;
        draw(done, false);
    }

    @Override
    public synchronized void finish() {
        if (err == null) return;
        draw(total, true);
        err.println();
        err.flush();
    }

    private void draw(int done, boolean force) {
        if (err == null) return;
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total + " documents");
        err.flush();
    }
}
