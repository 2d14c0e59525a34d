package org.incidex.search;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.incidex.index.Fields;

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
     * Whether a request drills down on any dimension: facet filters, and casualty bounds (which
     * {@link #addCasualtyRanges} adds as drill-down dimensions). Such a search runs drill-sideways, which scores each
     * segment whole in one pass.
     */
    static boolean drillsDown(SearchRequest req) {
        return !req.filters().isEmpty() || req.killedMin() != null || req.killedMax() != null
                || req.injuredMin() != null || req.injuredMax() != null;
    }

    /** Adds the killed and injured bounds as drill-down dimensions. */
    static void addCasualtyRanges(SearchRequest req, DrillDownQuery ddq) {
        Query killed = range(Fields.KILLED, req.killedMin(), req.killedMax());
        if (killed != null) ddq.add(Fields.KILLED, killed);
        Query injured = range(Fields.INJURED, req.injuredMin(), req.injuredMax());
        if (injured != null) ddq.add(Fields.INJURED, injured);
    }

    private static Query range(String field, Integer min, Integer max) {
        if (min == null && max == null) return null;
        return IntPoint.newRangeQuery(field, min == null ? 0 : min, max == null ? Integer.MAX_VALUE : max);
    }
}
