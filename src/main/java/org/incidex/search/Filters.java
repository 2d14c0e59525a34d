package org.incidex.search;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.incidex.index.Fields;

import java.util.ArrayList;
import java.util.List;

/**
 * The numeric and geographic filters of a {@link SearchRequest}. Casualty bounds go into the {@link DrillDownQuery}
 * as their own dimensions ({@link Fields#KILLED}, {@link Fields#INJURED}) so that drill-sideways counting leaves each
 * out of its own range facet: with {@code killedMin=10} the killed ranges still show how many had 0 or 1–9. Geo
 * filters are plain FILTER clauses (no score): the map grid is meant to show what the filtered result holds.
 * Stateless.
 */
final class Filters {
    private Filters() {}

    /** Adds {@code bbox} and {@code near} to the base query. */
    static void addGeo(SearchRequest req, BooleanQuery.Builder b) {
        BoundingBox box = req.bbox();
        if (box != null) {
            // LatLonPoint's box query takes minLon > maxLon as crossing the antimeridian, which is our contract too.
            b.add(LatLonPoint.newBoxQuery(Fields.LOCATION, box.minLat(), box.maxLat(), box.minLon(), box.maxLon()),
                    BooleanClause.Occur.FILTER);
        }
        Near near = req.near();
        if (near != null) {
            b.add(LatLonPoint.newDistanceQuery(Fields.LOCATION, near.lat(), near.lon(), near.km() * 1000),
                    BooleanClause.Occur.FILTER);
        }
    }

    /**
     * The dimensions a request filters on: facet dimensions with at least one value, then {@code killed} and
     * {@code injured} when bounded ({@link #addCasualtyRanges} adds those as drill-down dimensions). Each one's facet
     * is counted sideways: over the matches of every filter but its own.
     */
    static List<String> filteredDims(SearchRequest req) {
        List<String> dims = new ArrayList<>();
        req.filters().forEach((dim, values) -> {
            if (!values.isEmpty()) dims.add(dim);
        });
        if (req.killedMin() != null || req.killedMax() != null) dims.add(Fields.KILLED);
        if (req.injuredMin() != null || req.injuredMax() != null) dims.add(Fields.INJURED);
        return dims;
    }

    /** Adds the killed and injured bounds as drill-down dimensions, leaving out {@code except} (null: none). */
    static void addCasualtyRanges(SearchRequest req, DrillDownQuery ddq, String except) {
        Query killed = range(Fields.KILLED, req.killedMin(), req.killedMax());
        if (killed != null && !Fields.KILLED.equals(except)) ddq.add(Fields.KILLED, killed);
        Query injured = range(Fields.INJURED, req.injuredMin(), req.injuredMax());
        if (injured != null && !Fields.INJURED.equals(except)) ddq.add(Fields.INJURED, injured);
    }

    private static Query range(String field, Integer min, Integer max) {
        if (min == null && max == null) return null;
        return IntPoint.newRangeQuery(field, min == null ? 0 : min, max == null ? Integer.MAX_VALUE : max);
    }
}
