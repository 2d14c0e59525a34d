package org.incidex.search;

import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.incidex.index.Fields;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Drill-sideways that keeps its collectors. Lucene runs the query once and collects, besides the full matches, for
 * each filtered dimension the documents that match every filter but that dimension's. The keyword facets are counted
 * from those as usual; this subclass also keeps the collectors so the casualty range facets (which are not
 * SortedSetDocValues dimensions) can be counted sideways too, and the date histogram and the map grid from the full
 * matches, without searching again. One instance per request: not thread-safe.
 */
final class SidewaysSearch extends DrillSideways {
    private FacetsCollector drillDown;
    private final Map<String, FacetsCollector> sideways = new HashMap<>();

    SidewaysSearch(IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state) {
        super(searcher, config, state);
    }

    @Override
    protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
                                       String[] drillSidewaysDims) throws IOException {
        this.drillDown = drillDowns;
        Map<String, Facets> perDim = new HashMap<>();
        if (drillSideways != null) {
            for (int i = 0; i < drillSideways.length; i++) {
                sideways.put(drillSidewaysDims[i], drillSideways[i]);
                if (Fields.FACET_DIMS.contains(drillSidewaysDims[i])) {
                    perDim.put(drillSidewaysDims[i], new SortedSetDocValuesFacetCounts(state, drillSideways[i]));
                }
            }
        }
        Facets all = new SortedSetDocValuesFacetCounts(state, drillDowns);
        return perDim.isEmpty() ? all : new MultiFacets(perDim, all);
    }

    /** Every document matching the whole request. Valid after a search. */
    FacetsCollector matches() {
        return drillDown;
    }

    /** The documents to count {@code dim}'s facet over: sideways when the request filters on it, else all matches. */
    FacetsCollector forDimension(String dim) {
        return sideways.getOrDefault(dim, drillDown);
    }
}
