package org.incidex.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.incidex.index.Fields;
import org.incidex.index.IncidexAnalyzer;
import org.incidex.index.IndexSnapshot;
import org.incidex.index.LiveIndex;
import org.incidex.model.GroupRef;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    public SearchService(LiveIndex index) {
        this.index = index;
    }

    /**
     * Runs a search.
     *
     * @throws InvalidRequestException   when the query cannot be parsed
     * @throws IndexUnavailableException when no index is open
     */
    public SearchResult search(SearchRequest req) {
        IndexSnapshot snap = acquire();
        try {
            Query text = queries.textQuery(req);
            DrillDownQuery query = queries.fullQuery(req, text);
            IndexSearcher searcher = snap.searcher();
            DrillSideways ds = new DrillSideways(searcher, facetsConfig, snap.facetState());
            int topN = req.page() * req.size();
            DrillSideways.DrillSidewaysResult r = ds.search(query, null, null, topN, sort(req.sort()), false);
            ScoreDoc[] all = r.hits.scoreDocs;
            int from = Math.min((req.page() - 1) * req.size(), all.length);
            ScoreDoc[] page = Arrays.copyOfRange(all, from, all.length);
            List<SearchResult.Hit> hits = hits(searcher, text, req.query().isEmpty(), page);
            String didYouMean = r.hits.totalHits.value() == 0 ? spelling.didYouMean(searcher, req, q -> count(searcher, q)) : null;
            return new SearchResult(r.hits.totalHits.value(), req.page(), req.size(), hits, facets(r.facets, req.facetSize()),
                    didYouMean);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed on " + snap.generationName(), e);
        } finally {
            snap.release();
        }
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
            Query query = query(req);
            return Exporter.export(snap.searcher(), query, sort(req.sort()), format, open.get());
        } catch (IOException e) {
            throw new UncheckedIOException("export failed on " + snap.generationName(), e);
        } finally {
            snap.release();
        }
    }

    /** Text, ranges and filters of a request as one query: what search, export and did-you-mean count. */
    Query query(SearchRequest req) {
        return queries.fullQuery(req, queries.textQuery(req));
    }

    private long count(IndexSearcher searcher, SearchRequest req) {
        try {
            return searcher.count(query(req));
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

    static Sort sort(SortOrder order) {
        return switch (order) {
            case RELEVANCE -> null;
            case DATE -> new Sort(longSort(Fields.DATE_DAY, false, Long.MAX_VALUE));
            case DATE_DESC -> new Sort(longSort(Fields.DATE_DAY, true, Long.MIN_VALUE));
            case KILLED -> new Sort(intSort(Fields.KILLED, true), longSort(Fields.DATE_DAY, true, Long.MIN_VALUE));
        };
    }

    private static SortField longSort(String field, boolean reverse, long missing) {
        SortField f = new SortField(field, SortField.Type.LONG, reverse);
        f.setMissingValue(missing); // undated incidents last either way
        return f;
    }

    private static SortField intSort(String field, boolean reverse) {
        SortField f = new SortField(field, SortField.Type.INT, reverse);
        f.setMissingValue(Integer.MIN_VALUE);
        return f;
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, Query text, boolean matchAll, ScoreDoc[] page)
            throws IOException {
        String[] snippets = new String[page.length];
        if (!matchAll && page.length > 0) {
            UnifiedHighlighter hl = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                    .withMaxLength(200_000)
                    .build();
            TopDocs td = new TopDocs(new org.apache.lucene.search.TotalHits(page.length,
                    org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), page);
            snippets = hl.highlight(Fields.TEXT, text, td, 2);
        }
        StoredFields stored = searcher.storedFields();
        List<SearchResult.Hit> out = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = stored.document(page[i].doc);
            IncidentRecord r = Json.read(doc.get(Fields.JSON), IncidentRecord.class);
            String snippet = snippets[i] != null ? trim(snippets[i]) : escape(abbreviate(r.summary()));
            var f = r.fields();
            out.add(new SearchResult.Hit(r.id(), r.title(), f.date(), f.place(),
                    f.groups().stream().filter(g -> g.role() != org.incidex.model.GroupRole.MENTIONED)
                            .map(GroupRef::name).distinct().toList(), f.killed(), f.injured(),
                    f.hostages(), f.attackTypes(), snippet));
        }
        return out;
    }

    private static Map<String, List<SearchResult.FacetValue>> facets(Facets facets, int n) throws IOException {
        Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
        for (String dim : Fields.FACET_DIMS) {
            List<SearchResult.FacetValue> values = new ArrayList<>();
            FacetResult fr;
            try {
                fr = facets.getTopChildren(n, dim);
            } catch (IllegalArgumentException e) {
                fr = null; // dimension absent from this generation (no incident has a value)
            }
            if (fr != null) {
                for (LabelAndValue lv : fr.labelValues) values.add(new SearchResult.FacetValue(lv.label, lv.value.longValue()));
            }
            out.put(dim, values);
        }
        return out;
    }

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
