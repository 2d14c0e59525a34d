package org.incidex.search;

/**
 * A distance filter: incidents within {@code km} kilometres (great-circle) of a point. Immutable.
 *
 * @param lat latitude in degrees, -90..90
 * @param lon longitude in degrees, -180..180
 * @param km  radius in kilometres, more than 0 and at most half the Earth's circumference (20,038 km)
 */
public record Near(double lat, double lon, double km) {
    public static final double MAX_KM = 20_038;

    public Near {
        Geo.checkLat("near", "lat", lat);
        Geo.checkLon("near", "lon", lon);
        if (!(km > 0) || km > MAX_KM) {
            throw new InvalidRequestException("near: the radius must be more than 0 and at most " + (int) MAX_KM
                    + " km, was " + km);
        }
    }

    /**
     * Parses {@code lat,lon,km}; null or blank is null.
     *
     * @throws InvalidRequestException naming {@code near} and what is wrong
     */
    public static Near parse(String s) {
        if (s == null || s.isBlank()) return null;
        double[] v = Geo.numbers("near", s, 3, "lat,lon,km");
        return new Near(v[0], v[1], v[2]);
    }
}
