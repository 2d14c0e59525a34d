package org.incidex.cli;

import org.incidex.index.IndexStore;
import org.incidex.ingest.ArticleSink;
import org.incidex.ingest.web.CrawlState;
import org.incidex.ingest.web.WebFetcher;
import org.incidex.ingest.web.WebIngest;
import org.incidex.kb.KnowledgeBaseSink;
import org.incidex.model.DocumentFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code incidex ingest [--index DIR] URL... | --feed URL}: fetch pages or a feed's items and add them to the index. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Fetch web pages (or the items of RSS/Atom feeds) and add them to the index.",
                "Polite: robots.txt, a delay between requests to one host, a timeout and a size cap.",
                "Pages already ingested with the same text are skipped; changed pages replace their article."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Mixin
    ConfidenceOption confidence;

    @Parameters(arity = "0..*", paramLabel = "URL", description = "http or https URLs of article pages.")
    List<String> urls = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "URL", description = "An RSS 2.0 or Atom feed whose items to ingest (repeatable).")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "1000",
            description = "Minimum milliseconds between two requests to one host (default: ${DEFAULT-VALUE}).")
    long delayMillis;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "10000",
            description = "Timeout of one request in milliseconds (default: ${DEFAULT-VALUE}).")
    long timeoutMillis;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Where ingested and posted documents go: the knowledge base's incremental add to the live index. */
    static ArticleSink sink(IndexStore store, double minConfidence) {
        return KnowledgeBaseSink.createDefault(store, minConfidence);
    }

    @Override
    public Integer call() throws Exception {
        if (urls.isEmpty() && feeds.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give at least one URL or --feed URL");
        }
        if (delayMillis < 0 || timeoutMillis <= 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--delay must be >= 0 and --timeout > 0");
        }
        IndexStore store = IndexStore.at(index.dir);
        WebFetcher fetcher = new WebFetcher(WebFetcher.Config.defaults(BuildInfo.VERSION)
                .withPolitenessDelay(Duration.ofMillis(delayMillis)).withTimeout(Duration.ofMillis(timeoutMillis)));
        WebIngest ingest = new WebIngest(fetcher, sink(store, confidence.get(spec)), CrawlState.load(store.root()));
        List<WebIngest.Outcome> outcomes = new ArrayList<>();
        List<DocumentFailure> failures = new ArrayList<>();
        for (String feed : feeds) {
            WebIngest.Report r = ingest.ingestFeed(feed);
            outcomes.addAll(r.outcomes());
            failures.addAll(r.failures());
        }
        if (!urls.isEmpty()) {
            WebIngest.Report r = ingest.ingest(urls);
            outcomes.addAll(r.outcomes());
            failures.addAll(r.failures());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(summary(new WebIngest.Report(outcomes, failures), store));
        out.flush();
        return failures.isEmpty() ? Cli.OK : Cli.FAILED;
    }

    static String summary(WebIngest.Report r, IndexStore store) {
        StringBuilder sb = new StringBuilder();
        String nl = System.lineSeparator();
        sb.append(String.format("Fetched %d URLs: %d added, %d updated, %d unchanged, %d duplicates, %d failed.%n",
                r.outcomes().size() + r.failures().size(), r.count(WebIngest.Status.ADDED),
                r.count(WebIngest.Status.UPDATED), r.count(WebIngest.Status.UNCHANGED),
                r.count(WebIngest.Status.DUPLICATE), r.failures().size()));
        for (WebIngest.Outcome o : r.outcomes()) {
            sb.append("  ").append(o.status().name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(o.url());
            if (o.articleId() != null) sb.append(" → ").append(o.articleId());
            if (!o.incidentIds().isEmpty()) sb.append(" (incidents: ").append(String.join(", ", o.incidentIds())).append(')');
            if (o.duplicateOf() != null) sb.append(" (same as ").append(o.duplicateOf()).append(')');
            sb.append(nl);
        }
        if (!r.failures().isEmpty()) {
            Map<String, List<DocumentFailure>> byReason = r.failures().stream().collect(
                    Collectors.groupingBy(f -> f.reason().label(), TreeMap::new, Collectors.toList()));
            sb.append("Failures by reason:").append(nl);
            byReason.forEach((reason, list) -> {
                sb.append(String.format("  %s (%d):%n", reason, list.size()));
                for (DocumentFailure f : list) {
                    sb.append("    ").append(f.source());
                    if (f.detail() != null) sb.append(" — ").append(f.detail());
                    sb.append(nl);
                }
            });
        }
        store.currentGeneration().ifPresent(g -> sb.append("Index: ").append(g).append(nl));
        return sb.toString();
    }
}
