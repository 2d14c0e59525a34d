package org.incidex.search.query;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.incidex.index.Fields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Free-text clauses over the weighted text fields, and concept clauses that widen a group or country name to its
 * synonyms and facet value. Thread-safe (Lucene's {@link QueryBuilder} keeps no per-call state).
 */
final class TextClauses {
    /** BM25 per field, summed: a word in the title counts three times one in the article text, the summary twice. */
    static final Map<String, Float> FIELDS = fields();
    /**
     * Score of a facet match for a concept ("Daesh" → the incident's group is Islamic State). Constant, because
     * the facet says who did it, where a text hit may be a mention in passing; about the score of a rare word in a
     * title, so the concept ranks with the other words of the query rather than drowning them.
     */
    static final float FACET_BOOST = 8f;
    /** Other alternatives of a concept add this share of their score to the best one (dis-max tie-breaker). */
    static final float CONCEPT_TIE = 0.1f;

    private final QueryBuilder builder;
    private final FacetsConfig facetsConfig;

    TextClauses(Analyzer analyzer, FacetsConfig facetsConfig) {
        this.builder = new QueryBuilder(analyzer);
        this.facetsConfig = facetsConfig;
    }

    private static Map<String, Float> fields() {
        Map<String, Float> m = new LinkedHashMap<>();
        m.put(Fields.TITLE, 3f);
        m.put(Fields.SUMMARY, 2f);
        m.put(Fields.TEXT, 1f);
        return Map.copyOf(m);
    }

    /**
     * Words (or a phrase with {@code slop}) over every text field, each field's clause boosted by its weight; a
     * hyphenated word ("al-Qaeda") becomes a phrase. Null when analysis leaves nothing (only stop words).
     */
    Query text(String words, int slop) {
        return text(words, slop, List.of(Fields.TITLE, Fields.SUMMARY, Fields.TEXT));
    }

    /**
     * The words as a sloppy phrase over the title and the summary only, for the proximity boost: in an article's
     * text two words of a query lie within a few positions in most pages that hold both, so checking it there cost
     * four fifths of a two-word query's scoring at a million incidents (positions read for every page with both
     * words) and moved the judged set's nDCG@10 by 0.001. Null when analysis leaves nothing.
     */
    Query near(String words, int slop) {
        return text(words, slop, List.of(Fields.TITLE, Fields.SUMMARY));
    }

    private Query text(String words, int slop, List<String> fields) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (String field : fields) {
            Query q = builder.createPhraseQuery(field, words, slop);
            if (q == null) continue;
            b.add(new BoostQuery(q, FIELDS.get(field)), BooleanClause.Occur.SHOULD);
            n++;
        }
        return n == 0 ? null : b.build();
    }

    /**
     * A named group or country: the best of the words as typed, each synonym as a phrase, and the facet value, plus a
     * tenth of the others. Dis-max rather than a sum, so that one concept weighs about as much as one word whatever
     * its number of aliases.
     */
    Query concept(String typed, int slop, Synonyms.Concept c) {
        List<Query> alternatives = new ArrayList<>();
        Query asTyped = text(typed, slop);
        if (asTyped != null) alternatives.add(asTyped);
        for (String name : c.names()) {
            if (name.equalsIgnoreCase(typed)) continue;
            Query q = text(name, 0);
            if (q != null) alternatives.add(q);
        }
        alternatives.add(new BoostQuery(new ConstantScoreQuery(facet(c.dim(), c.value())), FACET_BOOST));
        return new DisjunctionMaxQuery(alternatives, CONCEPT_TIE);
    }

    /** The drill-down term of a facet value: exact, case-sensitive, what the facet counts by. */
    Query facet(String dim, String value) {
        return new TermQuery(DrillDownQuery.term(facetsConfig.getDimConfig(dim).indexFieldName, dim, value));
    }
}
