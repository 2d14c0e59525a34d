package org.incidex.extract.gazetteer;

import java.util.Objects;

/**
 * A populated place from GeoNames' cities1000 (or the curated {@code places-additions.tsv}). Immutable, thread-safe.
 *
 * @param name        the name as GeoNames spells it, accents kept ("Herāt", "Sévaré")
 * @param countryCode ISO 3166-1 alpha-2 code, upper case ("ML")
 * @param region      first-level region name as in {@link Region#name()} ("Mopti", "Borno State"); null when
 *                    GeoNames' admin code does not resolve
 * @param population  inhabitants per GeoNames; 0 when unknown
 * @param lat         latitude in degrees (5 decimals at most)
 * @param lon         longitude in degrees (5 decimals at most)
 * @param capital     national capital (GeoNames feature code PPLC)
 * @param adminSeat   seat of a first- or second-level division (PPLA, PPLA2), e.g. Herat, Garissa, Chibok
 * @param regionSeat  seat of its first-level division (PPLA), e.g. Pul-e 'Alam for Logar
 */
public record City(String name, String countryCode, String region, long population, double lat, double lon,
                   boolean capital, boolean adminSeat, boolean regionSeat) {
    /** A place that seats no first-level division. */
    public City(String name, String countryCode, String region, long population, double lat, double lon,
                boolean capital, boolean adminSeat) {
        this(name, countryCode, region, population, lat, lon, capital, adminSeat, false);
    }

    public City {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countryCode, "countryCode");
        if (population < 0) throw new IllegalArgumentException("population < 0: " + population);
    }
}
