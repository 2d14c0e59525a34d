package org.incidex.cli;

import org.incidex.index.Fields;
import org.incidex.index.IndexStore;
import org.incidex.ingest.SourceResolver;
import org.incidex.extract.event.AttackJudge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code incidex demo}: index the bundled demo corpus when the index is empty or stale, then serve it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Index the bundled demo corpus (when the index is empty or was built from other sources or an "
                + "older build), then serve it.")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Mixin
    ServerOptions server;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IndexStore store = IndexStore.at(index.dir);
        List<String> demo = List.of(SourceResolver.DEMO);
        String wanted = ReindexCommand.fingerprint(demo);
        String have = store.currentCommitData().getOrDefault(Fields.COMMIT_FINGERPRINT, "");
        if (!wanted.equals(have)) {
            out.println(have.isEmpty() ? "Indexing the demo corpus into " + store.root() + " …"
                    : "The index in " + store.root() + " is stale; re-indexing the demo corpus …");
            out.flush();
            ReindexCommand.Outcome o = ReindexCommand.reindex(store, demo, err, Progress.forTerminal(err),
                    AttackJudge.DEFAULT_MIN_CONFIDENCE);
            out.print(o.summary());
            if (!o.failures().isEmpty()) {
                err.println("incidex: some demo pages failed (see above); serving what was indexed");
            }
        } else {
            out.println("The demo index in " + store.root() + " is up to date.");
        }
        return ServeCommand.serve(store, server.host, server.port, out, AttackJudge.DEFAULT_MIN_CONFIDENCE);
    }
}
