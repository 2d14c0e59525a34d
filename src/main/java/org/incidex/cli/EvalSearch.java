package org.incidex.cli;

import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.search.SearchService;
import org.incidex.search.eval.SearchEvaluator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code incidex eval search [--index DIR] [--queries FILE]}: nDCG@10 per judged query and the mean. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Evaluate ranking on a judged query set: nDCG@10 per query and the mean.",
                "The default set (bundled) is judged over the demo corpus: build the index with 'incidex reindex demo'.",
                "A judged file is TSV: query<TAB>judgements[<TAB>sources<TAB>note], judgements INCIDENT-ID=GRADE separated by "
                        + "spaces (grade 2: what the query is after, 1: also relevant)."})
final class EvalSearch implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Option(names = "--queries", paramLabel = "FILE", description = "Judged queries (default: the bundled demo set).")
    Path queries;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<SearchEvaluator.JudgedQuery> judged;
        if (queries == null) {
            judged = SearchEvaluator.demoQueries();
        } else {
            if (!Files.isRegularFile(queries)) throw new Cli.UserException("eval search: " + queries + " is not a file");
            try (Reader r = Files.newBufferedReader(queries, StandardCharsets.UTF_8)) {
                judged = SearchEvaluator.parse(r, queries.toString());
            } catch (IllegalArgumentException e) {
                throw new Cli.UserException("eval search: " + e.getMessage());
            }
        }
        IndexStore store = IndexStore.at(index.dir);
        if (!store.hasIndex()) {
            throw new Cli.UserException("no index at " + store.root() + "; build one with: incidex reindex demo");
        }
        SearchEvaluator.Report r;
        try (LiveIndex live = new LiveIndex(store)) {
            live.refresh();
            // A generous budget: a cold JVM's first searches must not be cut short while it is measuring quality.
            r = new SearchEvaluator(new SearchService(live, Duration.ofSeconds(30))).evaluate(judged);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%7s %6s  %-40s %s%n", "nDCG@10", "hits", "query", "rank of each judged incident (0: not in top 10)");
        for (SearchEvaluator.QueryResult q : r.queries()) {
            List<String> ranks = new ArrayList<>();
            for (int i = 0; i < q.ranks().size(); i++) {
                var j = q.query().judgements().get(i);
                ranks.add(j.id() + "=" + j.grade() + "@" + q.ranks().get(i));
            }
            out.printf(Locale.ROOT, "%7.3f %6d  %-40s %s%n", q.ndcg(), q.total(), trim(q.query().query()),
                    String.join(" ", ranks));
        }
        out.printf(Locale.ROOT, "mean nDCG@10 %.3f over %d queries%n", r.meanNdcg(), r.queries().size());
        return Cli.OK;
    }

    private static String trim(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
