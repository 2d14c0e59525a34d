package org.incidex.extract.gazetteer;

import java.util.Objects;

/**
 * A first-level administrative region (state, province, governorate...) from GeoNames' admin-1 codes.
 * Immutable, thread-safe.
 *
 * @param name        the GeoNames name, suffix included when GeoNames has one ("Borno State", "Herat")
 * @param countryCode ISO 3166-1 alpha-2 code, upper case
 * @param lat         latitude of the population-weighted centroid of the region's cities; the country's
 *                    centroid for the few regions without any city in cities1000
 * @param lon         longitude, same rule as {@code lat}
 * @param within      for a curated second-level division news names like a region ({@code places-aliases.tsv} kind
 *                    {@code province}: "Maguindanao", "Mayo-Sava"), the GeoNames first-level region that holds it; else
 *                    null
 */
public record Region(String name, String countryCode, double lat, double lon, String within) {
    /** A first-level region. */
    public Region(String name, String countryCode, double lat, double lon) {
        this(name, countryCode, lat, lon, null);
    }

    public Region {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countryCode, "countryCode");
    }
}
