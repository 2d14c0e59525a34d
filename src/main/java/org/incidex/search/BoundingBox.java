package org.incidex.search;

/**
 * A geographic box in GeoJSON order: {@code minLon,minLat,maxLon,maxLat} (west, south, east, north), degrees. A box
 * whose west edge is east of its east edge ({@code minLon > maxLon}) crosses the antimeridian: {@code 170,-20,-170,20}
 * is the 20°-wide strip around Fiji, not the 340° rest of the world. Immutable.
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
    public BoundingBox {
        Geo.checkLon("bbox", "minLon", minLon);
        Geo.checkLon("bbox", "maxLon", maxLon);
        Geo.checkLat("bbox", "minLat", minLat);
        Geo.checkLat("bbox", "maxLat", maxLat);
        if (minLat > maxLat) {
            throw new InvalidRequestException("bbox: minLat " + minLat + " is north of maxLat " + maxLat
                    + "; the order is minLon,minLat,maxLon,maxLat");
        }
    }

    /** True when the box crosses the antimeridian (its west edge is east of its east edge). */
    public boolean crossesDateline() {
        return minLon > maxLon;
    }

    /** Width in degrees of longitude, through the antimeridian when the box crosses it. */
    public double widthDegrees() {
        return crossesDateline() ? maxLon - minLon + 360 : maxLon - minLon;
    }

    /**
     * Parses {@code minLon,minLat,maxLon,maxLat}; null or blank is null.
     *
     * @throws InvalidRequestException naming {@code bbox} and what is wrong
     */
    public static BoundingBox parse(String s) {
        if (s == null || s.isBlank()) return null;
        double[] v = Geo.numbers("bbox", s, 4, "minLon,minLat,maxLon,maxLat (west,south,east,north)");
        return new BoundingBox(v[0], v[1], v[2], v[3]);
    }
}
