package org.incidex.cli;

import org.incidex.index.IndexStore;
import org.incidex.ingest.SourceResolver;
import org.incidex.ingest.demo.DemoCorpus;
import org.incidex.kb.KnowledgeBase;
import org.incidex.model.DocumentFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code incidex reindex [--index DIR] SOURCE...}: builds a complete new generation and switches to it atomically. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Build a complete new index generation from SOURCEs and switch to it atomically.",
                "A crash or kill at any moment leaves the previous generation intact and serving."})
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Mixin
    ConfidenceOption confidence;

    @Parameters(arity = "1..*", paramLabel = "SOURCE",
            description = {"An HTML file, a directory (read recursively), 'demo' (the bundled demo corpus),",
                    "gtd:FILE.csv (GTD codebook columns) or wikipedia-list:FILE.csv (Wikipedia's incident-list layout)."})
    List<String> sources;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Outcome o = reindex(IndexStore.at(index.dir), sources, err, Progress.forTerminal(err), confidence.get(spec));
        out.print(o.summary());
        out.flush();
        return o.failures().isEmpty() && o.published() ? Cli.OK : Cli.FAILED;
    }

    /** What a reindex did; {@code published} false when the sources yielded nothing and the index was left as it was. */
    record Outcome(int documents, int articles, int incidents, String generation, List<DocumentFailure> failures,
                   boolean published) {
        String summary() {
            StringBuilder sb = new StringBuilder();
            if (published) {
                sb.append(String.format("Read %d documents: %d articles, %d failed. Indexed %d incidents into %s.%n",
                        documents, articles, failures.size(), incidents, generation));
            } else {
                sb.append(String.format("Read %d documents, %d failed: nothing to index. The index is unchanged (%s).%n",
                        documents, failures.size(), generation == null ? "there is none yet" : "still " + generation));
            }
            return sb.append(failureSummary()).toString();
        }

        /** The failures by reason, with names; empty when there are none. */
        String failureSummary() {
            StringBuilder sb = new StringBuilder();
            if (!failures.isEmpty()) {
                Map<String, List<DocumentFailure>> byReason = failures.stream().collect(
                        Collectors.groupingBy(f -> f.reason().label(), TreeMap::new, Collectors.toList()));
                sb.append("Failures by reason:").append(System.lineSeparator());
                byReason.forEach((reason, list) -> {
                    sb.append(String.format("  %s (%d):%n", reason, list.size()));
                    for (DocumentFailure f : list) {
                        sb.append("    ").append(f.source());
                        if (f.detail() != null) sb.append(" — ").append(f.detail());
                        sb.append(System.lineSeparator());
                    }
                });
            }
            return sb.toString();
        }
    }

    /**
     * Takes the write lock first (fail fast when locked), runs the pipeline, writes and publishes (the generation
     * also stores its sources, for {@code incidex import}).
     */
    static Outcome reindex(IndexStore store, List<String> sources, PrintWriter err, Progress progress,
                           double minConfidence) throws IOException, InterruptedException {
        KnowledgeBase.Change c = KnowledgeBase.createDefault(minConfidence)
                .rebuild(store, sources, fingerprint(sources), progress);
        return new Outcome(c.documentsRead(), c.sources(), c.incidents(),
                c.generation() == null ? null : c.generation().toString(), c.failures(), c.changed());
    }

    /** Identifies what a generation was built from; for the demo, changes whenever its pages or the build change. */
    static String fingerprint(List<String> sources) {
        if (sources.equals(List.of(SourceResolver.DEMO))) {
            return "demo:" + DemoCorpus.load().fingerprint() + "/" + BuildInfo.buildIdentity();
        }
        return "sources:" + String.join("\u0000", sources) + "/" + BuildInfo.buildIdentity();
    }
}
