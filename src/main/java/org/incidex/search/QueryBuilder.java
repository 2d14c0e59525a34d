package org.incidex.search;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.incidex.index.Fields;
import org.incidex.index.IncidexAnalyzer;
import org.incidex.search.query.QueryLanguage;
import org.incidex.search.query.Synonyms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds Lucene queries from a {@link SearchRequest}: the free text in the {@link QueryLanguage} (BM25 over title,
 * summary and text, aliases and demonyms widened, field clauses and ranges), then range filters, then facet filters as
 * a {@link DrillDownQuery} so that drill-sideways counting can leave out one dimension at a time. Thread-safe: the
 * query language parses with per-call state.
 */
final class QueryBuilder {
    private final FacetsConfig facetsConfig;
    private final QueryLanguage language;

    QueryBuilder(IncidexAnalyzer analyzer, FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
        this.language = new QueryLanguage(analyzer, facetsConfig, Synonyms.shared());
    }

    /**
     * The text part alone: {@code q} in the query language, over {@code reader} (field values are resolved among
     * those it holds); match-all when the query is blank.
     */
    Query textQuery(SearchRequest req, IndexReader reader) {
        return textParts(req, reader).query();
    }

    /** {@link #textQuery}, and its words without the proximity boost, for highlighting ({@link QueryLanguage.Parsed}). */
    QueryLanguage.Parsed textParts(SearchRequest req, IndexReader reader) {
        return language.parseParts(req.query(), reader);
    }

    /** Text, ranges and facet filters together. */
    DrillDownQuery fullQuery(SearchRequest req, Query text) {
        return query(req, text, null);
    }

    /**
     * Per dimension the request filters on ({@link Filters#filteredDims}), the full query without that dimension's
     * filter: the matches whose values its facet lists, so a filter never hides its own alternatives (drill
     * sideways). Empty without filters.
     */
    Map<String, Query> sidewaysQueries(SearchRequest req, Query text) {
        Map<String, Query> out = new LinkedHashMap<>();
        for (String dim : Filters.filteredDims(req)) out.put(dim, query(req, text, dim));
        return out;
    }

    private DrillDownQuery query(SearchRequest req, Query text, String except) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text, BooleanClause.Occur.MUST);
        if (req.from() != null || req.to() != null) {
            long lo = req.from() == null ? Long.MIN_VALUE : req.from().toEpochDay();
            long hi = req.to() == null ? Long.MAX_VALUE : req.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(Fields.DATE_DAY, lo, hi), BooleanClause.Occur.FILTER);
        }
        Filters.addGeo(req, b);
        DrillDownQuery ddq = new DrillDownQuery(facetsConfig, b.build());
        for (Map.Entry<String, List<String>> e : req.filters().entrySet()) {
            if (e.getKey().equals(except)) continue;
            for (String value : e.getValue()) ddq.add(e.getKey(), value);
        }
        Filters.addCasualtyRanges(req, ddq, except);
        return ddq;
    }

}
