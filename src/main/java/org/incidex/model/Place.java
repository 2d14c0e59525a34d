package org.incidex.model;

/**
 * Where an incident happened. Any part may be null when the text does not say it.
 *
 * <p>The parts follow the administrative levels conflict datasets use (ACLED's location, admin2, admin1, country):
 * {@code city} is the most specific place named — a town or village, or a district the gazetteer lacks when no
 * settlement inside it is named; {@code district} is the second-level division the text puts that place in ("Sokolo in
 * Niono Cercle", "Kakapora in Pulwama district"), only when it is named and differs from {@code city}, or a curated
 * second-level division named with no settlement in it ("the Mayo-Sava department": district Mayo-Sava, region Far
 * North).
 *
 * @param city        city, town or village name as the gazetteer spells it (or as the text does, for a place the
 *                    gazetteer lacks)
 * @param region      first-level region (state, province) name
 * @param country     country common name ("Mali")
 * @param countryCode ISO 3166-1 alpha-2 code ("ML")
 * @param lat         latitude in degrees, null when unknown
 * @param lon         longitude in degrees, null when unknown
 * @param district    second-level division containing {@code city} ("Niono Cercle", "Gujba LGA"), or null
 */
public record Place(String city, String region, String country, String countryCode, Double lat, Double lon,
                    String district) {
    public static final Place UNKNOWN = new Place(null, null, null, null, null, null);

    /** A place without a named second-level division. */
    public Place(String city, String region, String country, String countryCode, Double lat, Double lon) {
        this(city, region, country, countryCode, lat, lon, null);
    }

    /** This place, placed in {@code district} (ignored when null or the same name as the city). */
    public Place withDistrict(String district) {
        if (district == null || district.equalsIgnoreCase(city)) return this;
        return new Place(city, region, country, countryCode, lat, lon, district);
    }

    /** True when not even the country is known. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isUnknown() {
        return city == null && region == null && countryCode == null;
    }

    /** "Bamako, Mali", "Borno, Nigeria", "Mayo-Sava, Cameroon", "Mali" or "" — for titles and summaries. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public String label() {
        StringBuilder sb = new StringBuilder();
        String first = city != null ? city : district != null ? district : region;
        if (first != null) sb.append(first);
        if (country != null) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append(country);
        }
        return sb.toString();
    }
}
