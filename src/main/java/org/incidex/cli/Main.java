package org.incidex.cli;

/** Entry point: only wraps {@link Cli#run} and exits with its code. */
public final class Main {
    private Main() {}

    /** Held so the level sticks: Lucene's note that the vector incubator module is absent is not for users. */
    private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
        int code = new Cli().run(args, System.out, System.err);
        // serve and demo return only when the server stops; everything else is done here.
        System.exit(code);
    }
}
