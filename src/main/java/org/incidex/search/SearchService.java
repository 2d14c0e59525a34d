package org.incidex.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.incidex.index.DocumentMapper;
import org.incidex.index.Fields;
import org.incidex.index.IncidexAnalyzer;
import org.incidex.index.IndexSnapshot;
import org.incidex.index.LiveIndex;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Json;
import org.incidex.model.Place;
import org.incidex.search.query.QueryLanguage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Faceted full-text search over the live index, and incident look-up by id. Every call acquires the current
 * {@link IndexSnapshot} and releases it at the end, so a generation switch never disturbs a running request.
 * Thread-safe; one instance serves all requests.
 */
public final class SearchService {
    private static final int SNIPPET_CHARS = 240;

    private final LiveIndex index;
    private final IncidexAnalyzer analyzer = new IncidexAnalyzer();
    private final FacetsConfig facetsConfig = Fields.facetsConfig();
    private final QueryBuilder queries = new QueryBuilder(analyzer, facetsConfig);
    private final RelatedFinder relatedFinder = new RelatedFinder(analyzer, facetsConfig);
    private final Suggester suggester = new Suggester(analyzer);
    private final SpellingCorrector spelling = new SpellingCorrector(analyzer);

    /** Default per-request time budget: far above a normal search (milliseconds), far below a stuck thread. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(1);

    private final Duration timeBudget;
    private final Tuning tuning;

    /**
     * How a search spreads its work; the defaults suit any index, tests lower the thresholds to run every path on
     * a small one.
     *
     * @param splitAbove   match sets at least this large are counted in two halves on two cores
     * @param complement   whether a match set of more than half the incidents is counted through those it misses
     * @param sliceDocs    the fewest documents a slice scored on its own core gets ({@link PartitionedSearcher})
     * @param slices       slices a search without facet filters is cut into (the cores)
     */
    record Tuning(long splitAbove, boolean complement, int sliceDocs, int slices) {
        static final Tuning DEFAULT = new Tuning(Aggregations.SPLIT_ABOVE, true, PartitionedSearcher.MIN_DOCS_PER_SLICE,
                Runtime.getRuntime().availableProcessors());
    }

    public SearchService(LiveIndex index) {
        this(index, DEFAULT_TIME_BUDGET);
    }

    /** A service whose searches stop after {@code timeBudget} with a {@link SearchTimeoutException}. */
    public SearchService(LiveIndex index, Duration timeBudget) {
        this(index, timeBudget, Tuning.DEFAULT);
    }

    SearchService(LiveIndex index, Duration timeBudget, Tuning tuning) {
        this.index = index;
        this.timeBudget = timeBudget;
        this.tuning = tuning;
    }

    /**
     * Runs a search.
     *
     * @throws InvalidRequestException   when the query cannot be parsed or expands to too many clauses
     * @throws SearchTimeoutException    when the search runs past the time budget
     * @throws IndexUnavailableException when no index is open
     */
    public SearchResult search(SearchRequest req) {
        IndexSnapshot snap = acquire();
        try {
            // Slices are searched side by side on the shared pool; Lucene's task executor runs them on the calling
            // thread too, so a busy pool never blocks it. One slice per core, cutting a large segment into doc-id
            // partitions when the words are common enough to be worth it.
            IndexReader reader = snap.searcher().getIndexReader();
            QueryLanguage.Parsed parsed = queries.textParts(req, reader);
            Query text = parsed.query();
            IndexSearcher searcher = PartitionedSearcher.estimate(text, reader) >= 2L * tuning.sliceDocs()
                    ? new PartitionedSearcher(reader, PARALLEL, tuning.slices(), tuning.sliceDocs())
                    : new IndexSearcher(reader, PARALLEL);
            // A searcher's timeout is per instance, so the shared one cannot carry a per-request deadline.
            searcher.setTimeout(new QueryTimeoutImpl(timeBudget.toMillis()));
            DrillDownQuery query = queries.fullQuery(req, text);
            boolean idTieBreak = Paging.hasIdDocValues(searcher.getIndexReader());
            Sort sort = Paging.sort(req.sort(), idTieBreak);
            FieldDoc after = Paging.after(req, sort, idTieBreak);
            int collect = Math.min(Paging.collect(req), Math.max(1, searcher.getIndexReader().maxDoc()));
            SearchPasses.Counting counting = new SearchPasses.Counting(DocColumns.of(snap), req, PARALLEL,
                    tuning.splitAbove(), tuning.complement());
            SearchPasses.Started passes = SearchPasses.start(searcher, query, queries.sidewaysQueries(req, text), sort,
                    collect, after, counting, this::timedOut);
            List<SearchResult.Hit> hits;
            String next;
            try {
                ScoreDoc[] all = passes.top().scoreDocs;
                int from = Math.min(Paging.first(req), all.length);
                int to = Math.min(from + req.size(), all.length);
                ScoreDoc[] page = Arrays.copyOfRange(all, from, to);
                next = to < all.length && to > from
                        ? new Cursor(req.sort(), ((FieldDoc) all[to - 1]).fields, all[to - 1].doc).encode() : null;
                hits = hits(searcher, parsed.words(), req.query().isEmpty(), page); // while the counts run
            } finally {
                SearchPasses.awaitQuietly(passes.counts()); // the snapshot is released after both
            }
            Aggregations.Result agg = join(passes.counts());
            long total = agg.total();
            String didYouMean = total == 0 ? spelling.didYouMean(searcher, SpellingCorrector.Memo.of(snap), req,
                    q -> count(searcher, q)) : null;
            return new SearchResult(total, req.page(), req.size(), hits, agg.facets().values(),
                    next, agg.facets().totals(), agg.ranges(), agg.histogram(), agg.grid(), didYouMean);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidRequestException("q expands to too many clauses; the limit is "
                    + IndexSearcher.getMaxClauseCount(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed on " + snap.generationName(), e);
        } finally {
            snap.release();
        }
    }

    /**
     * Runs the aggregations of a search beside its hits: one daemon thread per core, shared by every service (the
     * work per task is bounded by the search's match set; requests wait for their own task only).
     */
    private static final ExecutorService PARALLEL = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "incidex-aggregations");
                t.setDaemon(true);
                return t;
            });

    private static <T> T join(CompletableFuture<T> f) throws IOException {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    private SearchTimeoutException timedOut() {
        return new SearchTimeoutException("the search took longer than its budget of " + timeBudget.toMillis()
                + " ms and was stopped; narrow the query or retry");
    }

    /**
     * Incidents like the one with this id: similar text, boosted when they share its group, city or country.
     *
     * @return empty when no incident has that id
     * @throws InvalidRequestException when size is outside 1..{@link RelatedResult#MAX_SIZE}
     */
    public Optional<RelatedResult> related(String id, int size) {
        IndexSnapshot snap = acquire();
        try {
            return relatedFinder.find(snap.searcher(), id, size);
        } catch (IOException e) {
            throw new UncheckedIOException("related to " + id + " failed on " + snap.generationName(), e);
        } finally {
            snap.release();
        }
    }

    /**
     * As-you-type suggestions: groups and places with a word starting with {@code q}, then incident titles.
     *
     * @throws InvalidRequestException when q is blank or longer than {@link SuggestResult#MAX_Q_CHARS}, or size is
     *                                 outside 1..{@link SuggestResult#MAX_SIZE}
     */
    public SuggestResult suggest(String q, int size) {
        IndexSnapshot snap = acquire();
        try {
            return suggester.suggest(snap, q, size);
        } catch (IOException e) {
            throw new UncheckedIOException("suggest failed on " + snap.generationName(), e);
        } finally {
            snap.release();
        }
    }

    /**
     * Streams every incident the request matches (its page and size are ignored) in its sort order. The query is
     * built and checked before {@code open} is called, so a bad request fails with nothing written; the snapshot is
     * held until the last row is written.
     *
     * @param open gives the stream to write to once the request is known to be good (not closed here)
     * @return the number of incidents written, equal to the search's total
     */
    public long export(SearchRequest req, ExportFormat format, java.util.function.Supplier<java.io.OutputStream> open) {
        IndexSnapshot snap = acquire();
        try {
            IndexSearcher searcher = snap.searcher();
            Query query = query(req, searcher.getIndexReader());
            Sort sort = Paging.sort(req.sort(), Paging.hasIdDocValues(searcher.getIndexReader()));
            return Exporter.export(searcher, query, sort, format, open.get());
        } catch (IOException e) {
            throw new UncheckedIOException("export failed on " + snap.generationName(), e);
        } finally {
            snap.release();
        }
    }

    /** Text, ranges and filters of a request as one query: what search, export and did-you-mean count. */
    Query query(SearchRequest req, org.apache.lucene.index.IndexReader reader) {
        return queries.fullQuery(req, queries.textQuery(req, reader));
    }

    private long count(IndexSearcher searcher, SearchRequest req) {
        try {
            return searcher.count(query(req, searcher.getIndexReader()));
        } catch (IOException e) {
            throw new UncheckedIOException("count failed", e);
        }
    }

    /** The incident with this id, or empty. */
    public Optional<IncidentView> incident(String id) {
        IndexSnapshot snap = acquire();
        try {
            IndexSearcher searcher = snap.searcher();
            TopDocs td = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (td.scoreDocs.length == 0) return Optional.empty();
            Document doc = searcher.storedFields().document(td.scoreDocs[0].doc);
            return Optional.of(IncidentView.of(Json.read(doc.get(Fields.JSON), IncidentRecord.class)));
        } catch (IOException e) {
            throw new UncheckedIOException("lookup of " + id + " failed on " + snap.generationName(), e);
        } finally {
            snap.release();
        }
    }

    /** Facts about the open index for /health: generation name and incident count; empty when none is open. */
    public Optional<Map<String, Object>> status() {
        Optional<IndexSnapshot> s = index.acquire();
        if (s.isEmpty()) return Optional.empty();
        try {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("generation", s.get().generationName());
            m.put("incidents", s.get().incidentCount());
            m.put("built", s.get().commitData().get(Fields.COMMIT_CREATED));
            String problem = index.lastError(); // e.g. CURRENT's generation is corrupt and an earlier one is served
            if (problem != null) m.put("warning", problem);
            return Optional.of(m);
        } finally {
            s.get().release();
        }
    }

    private IndexSnapshot acquire() {
        return index.acquire().orElseThrow(() -> new IndexUnavailableException(
                "no index is open at " + index.store().root()
                        + (index.lastError() != null ? " (" + index.lastError() + ")" : "")
                        + "; build one with: incidex reindex --index " + index.store().root() + " SOURCE..."));
    }

    /** The page's result lines, their snippets marking the matches of {@code words} (the query without its boost). */
    private List<SearchResult.Hit> hits(IndexSearcher searcher, Query words, boolean matchAll, ScoreDoc[] page)
            throws IOException {
        String[] snippets = new String[page.length];
        HitHighlighter hl = null;
        if (!matchAll && page.length > 0) {
            hl = new HitHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                    .withMaxLength(200_000));
            TopDocs td = new TopDocs(new org.apache.lucene.search.TotalHits(page.length,
                    org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), page);
            snippets = hl.highlight(Fields.TEXT, words, td, 2);
        }
        StoredFields stored = searcher.storedFields();
        List<SearchResult.Hit> out = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            String line = hl == null ? null : hl.line(page[i].doc); // read with the text it highlighted
            if (line == null) line = stored.document(page[i].doc, HIT_FIELDS).get(Fields.HIT);
            StoredHit h = line != null ? Json.read(line, StoredHit.class)
                    : Json.mapper().convertValue(DocumentMapper.hit(Json.read(
                    stored.document(page[i].doc, JSON_FIELD).get(Fields.JSON), IncidentRecord.class)), StoredHit.class);
            String snippet = snippets[i] != null ? trim(snippets[i]) : escape(abbreviate(h.summary()));
            out.add(new SearchResult.Hit(h.id(), h.title(), h.date(), h.place(), h.groups(), h.killed(), h.injured(),
                    h.hostages(), h.attackTypes(), snippet));
        }
        return out;
    }

    private static final Set<String> HIT_FIELDS = Set.of(Fields.HIT);
    private static final Set<String> JSON_FIELD = Set.of(Fields.JSON);

    /**
     * A result line as stored in {@link Fields#HIT} ({@link DocumentMapper#hit}); an index written before that field
     * existed gets it from the whole record.
     */
    record StoredHit(String id, String title, String summary, String date, Place place, List<String> groups,
                     Integer killed, Integer injured, Integer hostages, List<String> attackTypes) {}

    private static String trim(String s) {
        return s.replace('\n', ' ').replaceAll("\\s{2,}", " ").strip();
    }

    private static String abbreviate(String s) {
        if (s == null) return "";
        return s.length() <= SNIPPET_CHARS ? s : s.substring(0, SNIPPET_CHARS) + "…";
    }

    /** HTML-escapes text that is shown as a snippet (the UI treats snippets as escaped text plus mark tags). */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
