package org.incidex.search;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.incidex.index.Fields;
import org.incidex.index.IncidexAnalyzer;

import java.util.List;
import java.util.Map;

/**
 * Builds Lucene queries from a {@link SearchRequest}: the free text over title (boost 3), summary (2) and text (1)
 * with the classic query syntax (words, "phrases", AND/OR/NOT, -exclude), then range filters, then facet filters as a
 * {@link DrillDownQuery} so that drill-sideways counting can leave out one dimension at a time. Thread-safe: a new
 * parser per call (the classic parser is not thread-safe).
 */
final class QueryBuilder {
    private static final String[] FIELDS = {Fields.TITLE, Fields.SUMMARY, Fields.TEXT};
    private static final Map<String, Float> BOOSTS = Map.of(Fields.TITLE, 3f, Fields.SUMMARY, 2f, Fields.TEXT, 1f);

    private final IncidexAnalyzer analyzer;
    private final FacetsConfig facetsConfig;

    QueryBuilder(IncidexAnalyzer analyzer, FacetsConfig facetsConfig) {
        this.analyzer = analyzer;
        this.facetsConfig = facetsConfig;
    }

    /** The text part alone (used for highlighting); match-all when the query is blank. */
    Query textQuery(SearchRequest req) {
        if (req.query().isEmpty()) return new MatchAllDocsQuery();
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(req.query());
        } catch (ParseException e) {
            throw new InvalidRequestException("cannot parse q '" + req.query() + "': " + firstLine(e.getMessage()), e);
        } catch (TooManyClauses e) {
            throw new InvalidRequestException("q '" + req.query() + "' expands to too many clauses", e);
        }
    }

    /** Text, ranges and facet filters together. */
    DrillDownQuery fullQuery(SearchRequest req, Query text) {
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
            for (String value : e.getValue()) ddq.add(e.getKey(), value);
        }
        Filters.addCasualtyRanges(req, ddq);
        return ddq;
    }

    private static String firstLine(String s) {
        if (s == null) return "syntax error";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
