package org.incidex.cli;

import org.incidex.index.Fields;
import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.model.Json;
import org.incidex.search.SearchRequest;
import org.incidex.search.SearchResult;
import org.incidex.search.SearchService;
import org.incidex.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code incidex search}: hits and facet counts on standard output, as text or JSON, for scripts. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the index; print hits and facet counts.")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "Print the result as one JSON object (the API's search response).")
    boolean json;

    @Option(names = "--filter", paramLabel = "DIM=VALUE",
            description = "Keep incidents with this facet value; repeat for more (same DIM: OR, different: AND). "
                    + "DIM is one of group, country, region, city, year, attackType, target.")
    List<String> filters = new ArrayList<>();

    @Option(names = "--size", defaultValue = "10", description = "Hits to print (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--sort", defaultValue = "relevance", description = "relevance, date (oldest first), -date or -killed (most first; killed is the same).")
    String sort;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Query words (none: every incident).")
    List<String> query = new ArrayList<>();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, List<String>> f = new LinkedHashMap<>();
        for (String s : filters) {
            int eq = s.indexOf('=');
            if (eq <= 0 || eq == s.length() - 1) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--filter '" + s + "' is not DIM=VALUE (DIM one of " + Fields.FACET_DIMS + ")");
            }
            f.computeIfAbsent(s.substring(0, eq).strip(), k -> new ArrayList<>()).add(s.substring(eq + 1).strip());
        }
        SearchRequest req;
        try {
            req = new SearchRequest(String.join(" ", query), f, null, null, null, null, SortOrder.parse(sort), 1, size, 10);
        } catch (org.incidex.search.InvalidRequestException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        IndexStore store = IndexStore.at(index.dir);
        if (!store.hasIndex()) {
            throw new Cli.UserException("no index at " + store.root() + "; build one with: incidex reindex SOURCE...");
        }
        SearchResult r;
        try (LiveIndex live = new LiveIndex(store)) {
            live.refresh();
            if (live.lastError() != null) spec.commandLine().getErr().println("incidex: warning: " + live.lastError());
            // A cold JVM's first search loads classes and the gazetteer: give it far more than the server's budget.
            r = new SearchService(live, java.time.Duration.ofSeconds(30)).search(req);
        } catch (org.incidex.search.InvalidRequestException e) {
            throw new Cli.UserException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(r));
        } else {
            print(r, out);
        }
        return Cli.OK;
    }

    private static void print(SearchResult r, PrintWriter out) {
        out.printf("%d incidents%n", r.total());
        int n = 1;
        for (SearchResult.Hit h : r.hits()) {
            out.printf("%2d. %s  [%s]%n", n++, h.title(), h.id());
            List<String> facts = new ArrayList<>();
            if (h.date() != null) facts.add(h.date());
            String place = h.place() == null ? "" : h.place().label();
            if (!place.isEmpty()) facts.add(place);
            if (!h.groups().isEmpty()) facts.add(String.join(", ", h.groups()));
            if (h.killed() != null) facts.add(h.killed() + " killed");
            if (h.injured() != null) facts.add(h.injured() + " injured");
            if (h.hostages() != null) facts.add(h.hostages() + " hostages");
            out.println("    " + String.join(" · ", facts));
        }
        r.facets().forEach((dim, values) -> {
            if (values.isEmpty()) return;
            StringBuilder sb = new StringBuilder("  ").append(dim).append(": ");
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(values.get(i).value()).append(" (").append(values.get(i).count()).append(')');
            }
            out.println(sb);
        });
    }
}
