package org.incidex.search;

/** Checks and parsing shared by {@link BoundingBox}, {@link Near} and {@link GeoGrid}. Stateless. */
final class Geo {
    private Geo() {}

    static void checkLat(String param, String part, double v) {
        if (!(v >= -90 && v <= 90)) throw new InvalidRequestException(param + ": " + part + " must be -90..90, was " + v);
    }

    static void checkLon(String param, String part, double v) {
        if (!(v >= -180 && v <= 180)) throw new InvalidRequestException(param + ": " + part + " must be -180..180, was " + v);
    }

    /** {@code n} comma-separated finite numbers, or an {@link InvalidRequestException} describing {@code shape}. */
    static double[] numbers(String param, String s, int n, String shape) {
        String[] parts = s.split(",", -1);
        if (parts.length != n) {
            throw new InvalidRequestException(param + " '" + s + "' has " + parts.length + " parts; expected " + n
                    + ": " + shape);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                out[i] = Double.NaN;
            }
            if (!Double.isFinite(out[i])) {
                throw new InvalidRequestException(param + " '" + s + "': part " + (i + 1) + " '" + parts[i].strip()
                        + "' is not a number; expected " + shape);
            }
        }
        return out;
    }
}
