package org.incidex.search;

import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

import java.util.HashMap;
import java.util.Map;

/**
 * Drill-sideways that keeps its collectors. Lucene runs the query once and collects, besides the full matches, for
 * each filtered dimension the documents that match every filter but that dimension's. {@link Aggregations} counts the
 * keyword facets, the casualty ranges (sideways too), the date histogram and the map grid from them without
 * searching again. One instance per request: not thread-safe.
 */
final class SidewaysSearch extends DrillSideways {
    private FacetsCollector drillDown;
    private final Map<String, FacetsCollector> sideways = new HashMap<>();

    SidewaysSearch(IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state) {
        super(searcher, config, state);
    }

    /** Keeps the collectors; counting is {@link Aggregations}' job (over {@link DocColumns}), so no facets here. */
    @Override
    protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
                                       String[] drillSidewaysDims) {
        this.drillDown = drillDowns;
        if (drillSideways != null) {
            for (int i = 0; i < drillSideways.length; i++) sideways.put(drillSidewaysDims[i], drillSideways[i]);
        }
        return null;
    }

    /** Every document matching the whole request. Valid after a search. */
    FacetsCollector matches() {
        return drillDown;
    }

    /** Per filtered dimension, the documents matching every filter but that dimension's. Valid after a search. */
    Map<String, FacetsCollector> sideways() {
        return sideways;
    }
}
