package org.incidex.cli;

import io.javalin.Javalin;
import org.incidex.api.IncidexServer;
import org.incidex.api.LiveUpdates;
import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.ingest.web.WebFetcher;
import org.incidex.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code incidex serve}: the browser UI and JSON API over the live generation, following new generations. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the browser UI and the JSON API over the index.",
                "A new generation written by reindex is picked up within a second."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Mixin
    ConfidenceOption confidence;

    @Mixin
    ServerOptions server;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        return serve(IndexStore.at(index.dir), server.host, server.port, spec.commandLine().getOut(),
                confidence.get(spec));
    }

    /** @param minConfidence what the write endpoints keep (see {@link ConfidenceOption}) */
    static int serve(IndexStore store, String host, int port, PrintWriter out, double minConfidence)
            throws InterruptedException {
        if (port < 0 || port > 65535) throw new Cli.UserException("--port must be 0..65535, was " + port);
        if (!store.hasIndex()) {
            throw new Cli.UserException("no index at " + store.root() + "; build one first: incidex reindex --index "
                    + store.root() + " SOURCE...   (or run: incidex demo)");
        }
        LiveIndex live = new LiveIndex(store).start(500);
        if (live.lastError() != null) out.println("Warning: " + live.lastError());
        Javalin app = IncidexServer.create(new SearchService(live),
                liveUpdates(store, live, System.getenv(LiveUpdates.TOKEN_ENV), out,
                minConfidence));
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            live.close();
            throw new Cli.UserException("cannot listen on " + host + ":" + port + ": " + rootMessage(e));
        }
        String shown = host.equals("0.0.0.0") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        out.printf("Incidex is serving %s at http://%s:%d/  (Ctrl-C to stop)%n", store.root(), shown, app.port());
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            live.close();
            stopped.countDown();
        }, "incidex-shutdown"));
        stopped.await();
        return Cli.OK;
    }

    /** Write endpoints: enabled only when the admin token is set; after a write, readers switch at once. */
    static LiveUpdates liveUpdates(IndexStore store, LiveIndex live, String token, PrintWriter out,
                                   double minConfidence) {
        if (token == null || token.isBlank()) return LiveUpdates.disabled();
        out.println("Write endpoints enabled (" + LiveUpdates.TOKEN_ENV + " is set).");
        return new LiveUpdates(IngestCommand.sink(store, minConfidence), token,
                new WebFetcher(WebFetcher.Config.defaults(BuildInfo.VERSION)), live::refresh);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
