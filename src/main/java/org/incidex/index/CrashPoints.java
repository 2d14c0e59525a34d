package org.incidex.index;

/**
 * Named moments of writing a generation, for the kill harness ({@code scripts/kill-harness.sh}) and the kill tests:
 * {@code begin} (writer open, leftovers removed), {@code before-commit}, {@code after-commit} (Lucene commit durable,
 * CURRENT not yet touched), {@code before-rename} (CURRENT.tmp written and fsynced), {@code after-rename} (the new
 * generation is live, older ones not yet pruned) and {@code published}.
 *
 * <p>Off unless the JVM is started with {@code -Dincidex.crashpoint=…}, which nothing in production does: the setting
 * is read once, and when it is absent {@link #reached} returns at once. With {@code trace} every point is announced on
 * stderr as {@code incidex-crashpoint NAME}; with a point's name that point is announced and the thread then waits
 * there (to be killed). Thread-safe.
 */
final class CrashPoints {
    static final String PROPERTY = "incidex.crashpoint";
    static final String MARKER = "incidex-crashpoint ";
    private static final String SETTING = System.getProperty(PROPERTY);

    private CrashPoints() {}

    static void reached(String point) {
        if (SETTING == null) return;
        boolean stop = SETTING.equals(point);
        if (!stop && !SETTING.equals("trace")) return;
        System.err.println(MARKER + point);
        System.err.flush();
        while (stop) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while held at crash point " + point, e);
            }
        }
    }
}
