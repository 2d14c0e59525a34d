package org.incidex.model;

/**
 * Where an incident happened. Any part may be null when the text does not say it.
 *
 * @param city        city or town name as the gazetteer spells it
 * @param region      first-level region (state, province) name
 * @param country     country common name ("Mali")
 * @param countryCode ISO 3166-1 alpha-2 code ("ML")
 * @param lat         latitude in degrees, null when unknown
 * @param lon         longitude in degrees, null when unknown
 */
public record Place(String city, String region, String country, String countryCode, Double lat, Double lon) {
    public static final Place UNKNOWN = new Place(null, null, null, null, null, null);

    /** True when not even the country is known. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isUnknown() {
        return city == null && region == null && countryCode == null;
    }

    /** "Bamako, Mali", "Borno, Nigeria", "Mali" or "" — for titles and summaries. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public String label() {
        StringBuilder sb = new StringBuilder();
        String first = city != null ? city : region;
        if (first != null) sb.append(first);
        if (country != null) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append(country);
        }
        return sb.toString();
    }
}
