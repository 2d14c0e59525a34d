package org.incidex.cli;

import org.incidex.index.IndexStoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code incidex} command line as a function: {@link #run} parses, runs one command and returns its exit code —
 * 0 success, 1 some inputs or the operation failed (with a message naming what), 2 usage error (with help).
 * Nothing here calls {@code System.exit}; tests call {@code run} directly.
 */
@Command(name = "incidex", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
        description = "A searchable knowledge base of past attacks: news HTML in, traceable incidents out.",
        subcommands = {DemoCommand.class, ReindexCommand.class, ImportCommand.class, IngestCommand.class, ServeCommand.class, SearchCommand.class,
                ExtractCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter e = new PrintWriter(err, true, StandardCharsets.UTF_8);
        CommandLine cl = new CommandLine(this);
        cl.setOut(o);
        cl.setErr(e);
        cl.setExitCodeExceptionMapper(ex -> ex instanceof CommandLine.ParameterException ? USAGE : FAILED);
        cl.setParameterExceptionHandler((ex, a) -> {
            e.println("incidex: " + ex.getMessage());
            ex.getCommandLine().usage(e);
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof IndexStoreException || ex instanceof UserException) {
                e.println("incidex: " + ex.getMessage());
            } else {
                e.println("incidex: " + commandLine.getCommandName() + " failed: " + ex);
                ex.printStackTrace(e);
            }
            return FAILED;
        });
        try {
            return cl.execute(args);
        } finally {
            o.flush();
            e.flush();
        }
    }

    /** A failure whose message is all the user needs (no stack trace). */
    static final class UserException extends RuntimeException {
        UserException(String message) {
            super(message);
        }
    }
}
