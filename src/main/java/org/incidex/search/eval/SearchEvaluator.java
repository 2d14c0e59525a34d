package org.incidex.search.eval;

import org.incidex.search.SearchRequest;
import org.incidex.search.SearchResult;
import org.incidex.search.SearchService;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranking quality on a judged query set: nDCG@10 per query and the mean. A judged query names the incidents that
 * should come first by incident id (derived from place and date, so stable across reindexes), each with a grade
 * (2: what the query is after, 1: also relevant). Gain is {@code 2^grade - 1}, discounted by {@code log2(rank + 1)}.
 *
 * <p>File layout (TSV, {@code #} comments): {@code query<TAB>judgements[<TAB>sources<TAB>note]}, judgements
 * separated by spaces, each {@code INCIDENT-ID=GRADE}; the optional columns are for people (the demo set names the
 * facts row each incident is rendered from). Thread-safe: no state besides the service.
 */
public final class SearchEvaluator {
    /** The judged set over the bundled demo corpus. */
    public static final String DEMO_RESOURCE = "/org/incidex/search/eval/judged-queries.tsv";
    public static final int K = 10;

    /** An incident that should be found, by id, and how much it matters. */
    public record Judgement(String id, int grade) {}

    public record JudgedQuery(String query, List<Judgement> judgements, String sources, String note) {}

    /**
     * One query's outcome.
     *
     * @param ranks for each judgement, its 1-based rank in the top {@value #K}, or 0 when not there
     */
    public record QueryResult(JudgedQuery query, double ndcg, long total, List<Integer> ranks) {}

    public record Report(List<QueryResult> queries, double meanNdcg) {}

    private final SearchService service;

    public SearchEvaluator(SearchService service) {
        this.service = service;
    }

    /** The bundled judged set. */
    public static List<JudgedQuery> demoQueries() {
        try (InputStream in = SearchEvaluator.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + DEMO_RESOURCE);
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), DEMO_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEMO_RESOURCE, e);
        }
    }

    /** Parses the TSV layout; errors name {@code source} and the line. */
    public static List<JudgedQuery> parse(Reader reader, String source) throws IOException {
        List<JudgedQuery> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(reader);
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalArgumentException(source + ":" + no + ": expected query<TAB>judgements[<TAB>sources<TAB>note]");
            }
            List<Judgement> js = new ArrayList<>();
            for (String j : f[1].strip().split("\\s+")) js.add(judgement(j, source, no));
            out.add(new JudgedQuery(f[0].strip(), List.copyOf(js), f.length > 2 ? f[2].strip() : "",
                    f.length > 3 ? f[3].strip() : ""));
        }
        return out;
    }

    private static Judgement judgement(String s, String source, int no) {
        int eq = s.lastIndexOf('=');
        if (eq <= 0 || !s.substring(eq + 1).matches("[12]")) {
            throw new IllegalArgumentException(source + ":" + no + ": judgement '" + s + "' is not INCIDENT-ID=GRADE (grade 1 or 2)");
        }
        return new Judgement(s.substring(0, eq), Integer.parseInt(s.substring(eq + 1)));
    }

    /** Runs every query and scores its first {@value #K} hits. */
    public Report evaluate(List<JudgedQuery> queries) {
        List<QueryResult> out = new ArrayList<>();
        double sum = 0;
        for (JudgedQuery q : queries) {
            SearchResult r = service.search(SearchRequest.of(q.query()));
            List<String> top = r.hits().subList(0, Math.min(K, r.hits().size())).stream().map(SearchResult.Hit::id).toList();
            QueryResult qr = score(q, top, r.total());
            out.add(qr);
            sum += qr.ndcg();
        }
        return new Report(out, queries.isEmpty() ? 0 : sum / queries.size());
    }

    static QueryResult score(JudgedQuery q, List<String> top, long total) {
        double dcg = 0;
        Integer[] ranks = new Integer[q.judgements().size()];
        java.util.Arrays.fill(ranks, 0);
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < top.size(); i++) {
            for (int j = 0; j < q.judgements().size(); j++) {
                if (used.contains(j) || !q.judgements().get(j).id().equals(top.get(i))) continue;
                used.add(j);
                ranks[j] = i + 1;
                dcg += gain(q.judgements().get(j).grade()) / log2(i + 2);
                break;
            }
        }
        List<Judgement> ideal = q.judgements().stream().sorted(Comparator.comparingInt(Judgement::grade).reversed()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(K, ideal.size()); i++) idcg += gain(ideal.get(i).grade()) / log2(i + 2);
        return new QueryResult(q, idcg == 0 ? 0 : dcg / idcg, total, List.of(ranks));
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
