package org.incidex.cli;

import org.incidex.index.IndexStore;
import org.incidex.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code incidex import [--index DIR] SOURCE...}: adds sources to the live knowledge base without a rebuild — only
 * the new documents are cleaned and extracted; the stored sources are re-merged with them into a new generation,
 * published atomically.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add SOURCEs to the live index without a full rebuild: only the new documents are read,",
                "cleaned and extracted; everything is re-merged into a new generation switched to atomically.",
                "A source already indexed (same canonical URL or text; same table row) replaces the stored one."})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Mixin
    ConfidenceOption confidence;

    @Parameters(arity = "1..*", paramLabel = "SOURCE",
            description = {"An HTML file, a directory (read recursively), 'demo',",
                    "gtd:FILE.csv (GTD codebook columns) or wikipedia-list:FILE.csv (Wikipedia's incident-list layout)."})
    List<String> sources;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        KnowledgeBase.Change c = KnowledgeBase.createDefault(confidence.get(spec))
                .importSources(IndexStore.at(index.dir), sources, Progress.forTerminal(err));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        out.printf("Read %d documents: %d added, %d replaced, %d failed. %s%n", c.documentsRead(), c.added().size(),
                c.replaced().size(), c.failures().size(), c.changed()
                        ? String.format("Indexed %d incidents from %d sources into %s in %d ms.", c.incidents(),
                        c.sources(), c.generation(), ms)
                        : "Nothing changed; the live generation stays " + c.generation() + ".");
        out.print(new ReindexCommand.Outcome(0, 0, 0, "", c.failures(), c.changed()).failureSummary());
        out.flush();
        return c.failures().isEmpty() ? Cli.OK : Cli.FAILED;
    }
}
