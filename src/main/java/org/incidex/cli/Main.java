package org.incidex.cli;

/** Entry point: only wraps {@link Cli#run} and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = new Cli().run(args, System.out, System.err);
        // serve and demo return only when the server stops; everything else is done here.
        System.exit(code);
    }
}
