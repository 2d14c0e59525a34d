package org.incidex.search;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.index.StoredFields;
import org.incidex.index.Fields;
import org.incidex.index.IncidexAnalyzer;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Place;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "More like this" for one incident: the most distinctive terms of its title and text (Lucene's {@link MoreLikeThis},
 * re-analysing the stored fields since the index keeps no term vectors), OR-ed with the incident's own group, city
 * and country, so that an attack by the same group or in the same town ranks above one that merely uses similar
 * words. The incident itself is excluded. Thread-safe: a new {@code MoreLikeThis} per call (it is not).
 */
final class RelatedFinder {
    // Same-group and same-place clauses are constant-score, scaled by the best text score, so their weight does not
    // depend on how long the articles are: same group adds half the best text match, same city a third, country a fifth.
    private static final float GROUP_SHARE = 0.5f;
    private static final float CITY_SHARE = 0.33f;
    private static final float COUNTRY_SHARE = 0.2f;

    private final IncidexAnalyzer analyzer;
    private final FacetsConfig facetsConfig;

    RelatedFinder(IncidexAnalyzer analyzer, FacetsConfig facetsConfig) {
        this.analyzer = analyzer;
        this.facetsConfig = facetsConfig;
    }

    /** Up to {@code size} incidents like {@code id}; empty when no incident has that id. */
    Optional<RelatedResult> find(IndexSearcher searcher, String id, int size) throws IOException {
        if (size < 1 || size > RelatedResult.MAX_SIZE) {
            throw new InvalidRequestException("size must be 1.." + RelatedResult.MAX_SIZE + ", was " + size);
        }
        Query self = new TermQuery(new Term(Fields.ID, id));
        TopDocs found = searcher.search(self, 1);
        if (found.scoreDocs.length == 0) return Optional.empty();
        int doc = found.scoreDocs[0].doc;
        StoredFields stored = searcher.storedFields();
        IncidentRecord incident = StoredIncidents.read(stored, doc);

        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {Fields.TITLE, Fields.TEXT});
        mlt.setMinTermFreq(1);       // titles and short reports use a place or group name once
        mlt.setMinDocFreq(2);        // a term only this incident has cannot find another
        mlt.setMaxDocFreqPct(50);    // words most reports share ("killed", "attack") say nothing
        mlt.setMaxQueryTerms(30);
        mlt.setBoost(true);          // weigh terms by their tf-idf in this incident
        Query like = mlt.like(doc);

        BooleanQuery.Builder textOnly = new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.SHOULD)
                .add(self, BooleanClause.Occur.MUST_NOT);
        TopDocs best = searcher.search(textOnly.build(), 1);
        float top = best.scoreDocs.length == 0 || Float.isNaN(best.scoreDocs[0].score) ? 1f : best.scoreDocs[0].score;

        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.SHOULD)
                .add(self, BooleanClause.Occur.MUST_NOT);
        for (String group : StoredIncidents.tiedGroups(incident)) b.add(facet(Fields.GROUP, group, top * GROUP_SHARE), BooleanClause.Occur.SHOULD);
        Place p = incident.fields().place();
        if (p.city() != null) b.add(facet(Fields.CITY, p.city(), top * CITY_SHARE), BooleanClause.Occur.SHOULD);
        if (p.country() != null) b.add(facet(Fields.COUNTRY, p.country(), top * COUNTRY_SHARE), BooleanClause.Occur.SHOULD);

        List<SearchResult.Hit> hits = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(b.build(), size).scoreDocs) hits.add(StoredIncidents.hit(StoredIncidents.read(stored, sd.doc)));
        return Optional.of(new RelatedResult(id, hits));
    }

    /** A constant-score match on the facet's drill-down term (indexed by FacetsConfig for every facet value). */
    private Query facet(String dim, String value, float boost) {
        Term t = DrillDownQuery.term(facetsConfig.getDimConfig(dim).indexFieldName, dim, value);
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(t)), boost);
    }
}
