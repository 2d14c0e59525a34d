package org.incidex.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.incidex.index.IncidexAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The limit: the same text and facts in bare Lucene, in this JVM — Incidex's analyzer on the page text, the six facet
 * dimensions as SortedSetDocValues, the date as a sortable number — with no cleaning, no extraction, no merging and no
 * HTTP. Queries are built directly (term, AND, phrase, filters, date range), facets counted with
 * {@link SortedSetDocValuesFacetCounts} over a {@code FacetsCollector}, snippets by the {@link UnifiedHighlighter}.
 * Thread-safe for queries after ingest.
 */
final class LuceneSystem implements BenchSystem {
    private static final String TEXT = "text";
    private final Path dir;
    private final Analyzer analyzer = new IncidexAnalyzer();
    private final FacetsConfig config = new FacetsConfig();
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private SortedSetDocValuesReaderState state;
    private UnifiedHighlighter highlighter;

    LuceneSystem(Path dir) {
        this.dir = dir;
        config.setMultiValued("group", true);
    }

    @Override
    public String name() {
        return "lucene";
    }

    @Override
    public void ingest(List<BenchDoc> docs, List<String> texts) throws Exception {
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(128));
             ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            List<Future<?>> fs = new ArrayList<>();
            int threads = Runtime.getRuntime().availableProcessors();
            for (int t = 0; t < threads; t++) {
                int first = t;
                fs.add(pool.submit(() -> {
                    for (int i = first; i < docs.size(); i += threads) w.addDocument(config.build(document(docs.get(i), texts.get(i))));
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
            w.forceMerge(1);
            w.commit();
        }
        reader = DirectoryReader.open(FSDirectory.open(dir));
        searcher = new IndexSearcher(reader);
        state = new DefaultSortedSetDocValuesReaderState(reader, config);
        highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
    }

    private static Document document(BenchDoc b, String text) {
        Document doc = new Document();
        doc.add(new StringField("id", b.id(), Field.Store.YES));
        doc.add(new TextField(TEXT, text, Field.Store.YES)); // stored for the highlighter
        int day = (int) java.time.LocalDate.parse(b.date()).toEpochDay();
        doc.add(new IntPoint("day", day));
        doc.add(new NumericDocValuesField("day", day));
        doc.add(new SortedSetDocValuesFacetField("country", b.country()));
        doc.add(new SortedSetDocValuesFacetField("city", b.city()));
        for (String g : b.groups()) doc.add(new SortedSetDocValuesFacetField("group", g));
        doc.add(new SortedSetDocValuesFacetField("year", String.valueOf(b.year())));
        doc.add(new SortedSetDocValuesFacetField("attackType", b.attackType()));
        if (!b.target().isEmpty()) doc.add(new SortedSetDocValuesFacetField("target", b.target()));
        return doc;
    }

    /** The analyzed terms of a text, in order. */
    private List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private Query luceneQuery(BenchQuery q) {
        List<String> ts = terms(q.text());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (q.kind() == BenchQuery.Kind.PHRASE) {
            b.add(new PhraseQuery(TEXT, ts.toArray(String[]::new)), BooleanClause.Occur.MUST);
        } else {
            BooleanClause.Occur occur = q.kind() == BenchQuery.Kind.AND ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            for (String t : ts) words.add(new TermQuery(new Term(TEXT, t)), occur);
            b.add(words.build(), BooleanClause.Occur.MUST);
        }
        for (Map.Entry<String, String> f : q.filters().entrySet()) {
            b.add(new TermQuery(new Term(config.getDimConfig(f.getKey()).indexFieldName,
                    FacetsConfig.pathToString(f.getKey(), new String[] {f.getValue()}))), BooleanClause.Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            int from = q.from() == null ? Integer.MIN_VALUE : (int) java.time.LocalDate.parse(q.from()).toEpochDay();
            int to = q.to() == null ? Integer.MAX_VALUE : (int) java.time.LocalDate.parse(q.to()).toEpochDay();
            b.add(IntPoint.newRangeQuery("day", from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    @Override
    public Answer query(BenchQuery q) throws Exception {
        Query query = luceneQuery(q);
        Sort sort = q.sortByDate() ? new Sort(new SortField("day", SortField.Type.INT, true)) : null;
        FacetsCollectorManager.FacetsResult fr = sort == null
                ? FacetsCollectorManager.search(searcher, query, 10, new FacetsCollectorManager())
                : FacetsCollectorManager.search(searcher, query, 10, sort, new FacetsCollectorManager());
        TopDocs top = fr.topDocs();
        List<String> ids = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) ids.add(searcher.storedFields().document(sd.doc).get("id"));
        if (q.highlight() && top.scoreDocs.length > 0) highlighter.highlight(TEXT, query, top);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        if (q.facets()) {
            Facets counts = new SortedSetDocValuesFacetCounts(state, fr.facetsCollector());
            for (String dim : BenchDoc.DIMENSIONS) {
                FacetResult r = counts.getTopChildren(10, dim);
                Map<String, Long> m = new LinkedHashMap<>();
                if (r != null) for (LabelAndValue lv : r.labelValues) m.put(lv.label, lv.value.longValue());
                facets.put(dim, m);
            }
        }
        long total = 0; // exact, from the collected matches (topDocs' count may be a lower bound)
        for (var md : fr.facetsCollector().getMatchingDocs()) total += md.totalHits();
        return new Answer(total, ids, facets);
    }

    @Override
    public long diskBytes() throws IOException {
        return BenchSystem.bytesUnder(dir);
    }

    @Override
    public void close() throws IOException {
        if (reader != null) reader.close();
    }
}
