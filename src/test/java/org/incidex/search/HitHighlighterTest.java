package org.incidex.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.incidex.index.Fields;
import org.incidex.index.GenerationWriter;
import org.incidex.index.IncidexAnalyzer;
import org.incidex.index.IndexSnapshot;
import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.ingest.SourceResolver;
import org.incidex.kb.Pipeline;
import org.incidex.model.IncidentRecord;
import org.incidex.search.query.QueryLanguage;
import org.incidex.search.query.Synonyms;
import org.incidex.testing.SyntheticIncidents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The highlighter hands back each highlighted hit's stored line, the same one a separate read gives, and the same
 * snippets as Lucene's own highlighter: for a term, and for the query language's multi-field queries over the demo
 * corpus in several segments, where it asks one weight for every document's matches.
 */
class HitHighlighterTest {
    @TempDir
    Path dir;

    /** The text term in the most incidents. */
    private static String commonest(IndexSearcher searcher) throws java.io.IOException {
        org.apache.lucene.index.TermsEnum te = org.apache.lucene.index.MultiTerms.getTerms(searcher.getIndexReader(), Fields.TEXT).iterator();
        String best = null;
        int max = 0;
        for (org.apache.lucene.util.BytesRef t = te.next(); t != null; t = te.next()) {
            if (te.docFreq() > max) {
                max = te.docFreq();
                best = t.utf8ToString();
            }
        }
        return best;
    }

    @Test
    void snippetsFromOneWeightAreLucenesOwnOnTheDemoInSeveralSegments() throws Exception {
        Pipeline pipeline = Pipeline.createDefault();
        Pipeline.Result r = pipeline.run(pipeline.plan(List.of(SourceResolver.DEMO)), n -> { });
        try (GenerationWriter w = IndexStore.at(dir).beginGeneration("test")) {
            int n = 0;
            for (IncidentRecord i : r.incidents()) {
                w.add(i);
                if (++n % 5 == 0) w.flush();
            }
            w.publish("demo");
        }
        IncidexAnalyzer analyzer = new IncidexAnalyzer();
        QueryLanguage language = new QueryLanguage(analyzer, Fields.facetsConfig(), Synonyms.shared());
        List<String> queries = List.of("hotel", "hotel siege", "\"hotel siege\"", "gunmen AND hostages",
                "hotel NOT Bamako", "bomb* market", "Daesh attack", "killed:[5 TO *] police", "Mali OR Nigeria",
                "\"suicide bomber\"~3 mosque", "al-Qaeda", "group:\"Islamic State\" gunmen", "country:Mali hotel");
        try (LiveIndex live = new LiveIndex(IndexStore.at(dir))) {
            live.refresh();
            IndexSnapshot snap = live.acquire().orElseThrow();
            try {
                IndexSearcher searcher = snap.searcher();
                assertThat(searcher.getIndexReader().leaves()).hasSizeGreaterThan(3);
                int highlighted = 0;
                for (String text : queries) {
                    Query q = language.parse(text, searcher.getIndexReader());
                    TopDocs td = searcher.search(q, 10);
                    String[] ours = new HitHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                            .withMaxLength(200_000)).highlight(Fields.TEXT, q, td, 2);
                    String[] lucene = UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(200_000).build()
                            .highlight(Fields.TEXT, q, td, 2);
                    assertThat(ours).as(text).containsExactly(lucene);
                    for (String s : ours) if (s != null && s.contains("<b>")) highlighted++;
                }
                assertThat(highlighted).as("snippets with a highlighted match").isGreaterThan(40);
            } finally {
                snap.release();
            }
        }
    }

    @Test
    void linesComeWithTheTextAndSnippetsAreUnchanged() throws Exception {
        SyntheticIncidents.index(dir, 7);
        try (LiveIndex live = new LiveIndex(IndexStore.at(dir))) {
            live.refresh();
            IndexSnapshot snap = live.acquire().orElseThrow();
            try {
                IndexSearcher searcher = snap.searcher();
                TermQuery q = new TermQuery(new Term(Fields.TEXT, commonest(searcher)));
                TopDocs td = searcher.search(q, 10);
                assertThat(td.scoreDocs).hasSizeGreaterThan(1);
                IncidexAnalyzer analyzer = new IncidexAnalyzer();
                HitHighlighter hl = new HitHighlighter(UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(200_000));
                String[] ours = hl.highlight(Fields.TEXT, q, td, 2);
                String[] plain = UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(200_000).build()
                        .highlight(Fields.TEXT, q, td, 2);
                assertThat(ours).containsExactly(plain).doesNotContainNull();
                for (ScoreDoc sd : td.scoreDocs) {
                    assertThat(hl.line(sd.doc)).isNotNull()
                            .isEqualTo(searcher.storedFields().document(sd.doc, Set.of(Fields.HIT)).get(Fields.HIT));
                }
            } finally {
                snap.release();
            }
        }
    }
}
