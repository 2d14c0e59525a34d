package org.incidex.ingest.demo;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small hand-written table of countries that lets the writer say "the Malian capital, Bamako" or
 * "in Peshawar, in Pakistan's Khyber Pakhtunkhwa province". A country not in the table simply gets the plain
 * phrasings ("in Bamako, Mali"). Immutable.
 */
final class Geo {

    /** What the writer knows about a country: adjective, capital, and the word for its first-level regions. */
    record Country(String demonym, String capital, String regionWord) {
    }

    private static final Map<String, Country> BY_CODE = new HashMap<>();
    private static final Set<String> REGION_NOUNS = Set.of("county", "province", "region", "state", "territory",
            "district", "governorate", "prefecture", "oblast", "department", "division", "area", "community");

    static {
        add("AF", "Afghan", "Kabul", "province");
        add("DZ", "Algerian", "Algiers", "province");
        add("AU", "Australian", "Canberra", "state");
        add("AT", "Austrian", "Vienna", "state");
        add("BD", "Bangladeshi", "Dhaka", "division");
        add("BE", "Belgian", "Brussels", "region");
        add("BF", "Burkinabe", "Ouagadougou", "region");
        add("BJ", "Beninese", "Porto-Novo", "department");
        add("BR", "Brazilian", "Brasilia", "state");
        add("CA", "Canadian", "Ottawa", "province");
        add("CD", "Congolese", "Kinshasa", "province");
        add("CF", "Central African", "Bangui", "prefecture");
        add("CI", "Ivorian", "Yamoussoukro", "district");
        add("CM", "Cameroonian", "Yaounde", "region");
        add("CN", "Chinese", "Beijing", "province");
        add("CO", "Colombian", "Bogota", "department");
        add("DE", "German", "Berlin", "state");
        add("DK", "Danish", "Copenhagen", "region");
        add("EG", "Egyptian", "Cairo", "governorate");
        add("ES", "Spanish", "Madrid", "region");
        add("ET", "Ethiopian", "Addis Ababa", "region");
        add("FR", "French", "Paris", "region");
        add("GB", "British", "London", null);
        add("GR", "Greek", "Athens", "region");
        add("ID", "Indonesian", "Jakarta", "province");
        add("IE", "Irish", "Dublin", "province");
        add("IL", "Israeli", "Jerusalem", "district");
        add("IN", "Indian", "New Delhi", "state");
        add("IQ", "Iraqi", "Baghdad", "province");
        add("IR", "Iranian", "Tehran", "province");
        add("IT", "Italian", "Rome", "region");
        add("JO", "Jordanian", "Amman", "governorate");
        add("JP", "Japanese", "Tokyo", "prefecture");
        add("KE", "Kenyan", "Nairobi", "county");
        add("LB", "Lebanese", "Beirut", "governorate");
        add("LK", "Sri Lankan", "Colombo", "province");
        add("LY", "Libyan", "Tripoli", "district");
        add("MA", "Moroccan", "Rabat", "region");
        add("ML", "Malian", "Bamako", "region");
        add("MM", "Myanmar", "Naypyidaw", "region");
        add("MX", "Mexican", "Mexico City", "state");
        add("MZ", "Mozambican", "Maputo", "province");
        add("NE", "Nigerien", "Niamey", "region");
        add("NG", "Nigerian", "Abuja", "state");
        add("NL", "Dutch", "Amsterdam", "province");
        add("NO", "Norwegian", "Oslo", "county");
        add("NP", "Nepali", "Kathmandu", "province");
        add("NZ", "New Zealand", "Wellington", "region");
        add("PE", "Peruvian", "Lima", "region");
        add("PH", "Philippine", "Manila", "province");
        add("PK", "Pakistani", "Islamabad", "province");
        add("PS", "Palestinian", null, "governorate");
        add("RU", "Russian", "Moscow", "region");
        add("SA", "Saudi", "Riyadh", "province");
        add("SD", "Sudanese", "Khartoum", "state");
        add("SE", "Swedish", "Stockholm", "county");
        add("SO", "Somali", "Mogadishu", "region");
        add("SY", "Syrian", "Damascus", "governorate");
        add("TD", "Chadian", "N'Djamena", "province");
        add("TH", "Thai", "Bangkok", "province");
        add("TN", "Tunisian", "Tunis", "governorate");
        add("TR", "Turkish", "Ankara", "province");
        add("TZ", "Tanzanian", "Dodoma", "region");
        add("UA", "Ukrainian", "Kyiv", "region");
        add("UG", "Ugandan", "Kampala", "district");
        add("US", "US", "Washington", "state");
        add("YE", "Yemeni", "Sanaa", "governorate");
    }

    private Geo() {
    }

    private static void add(String code, String demonym, String capital, String regionWord) {
        BY_CODE.put(code, new Country(demonym, capital, regionWord));
    }

    /** The country's entry, or null when the table does not know it. */
    static Country country(String code) {
        return BY_CODE.get(code);
    }

    /** True when the table knows {@code city} to be the capital of the fact's country. */
    static boolean isCapital(Fact f) {
        Country c = country(f.countryCode());
        return c != null && c.capital() != null && c.capital().equalsIgnoreCase(f.city());
    }

    /** "the United States", "the Philippines", "Mali". */
    static String countryNp(String country) {
        String lower = country.toLowerCase(Locale.ROOT);
        boolean the = lower.startsWith("united ") || lower.startsWith("republic ") || lower.startsWith("democratic ")
                || lower.startsWith("central african") || lower.equals("philippines") || lower.equals("netherlands")
                || lower.equals("gambia") || lower.equals("bahamas") || lower.equals("maldives")
                || lower.equals("czech republic");
        return the ? "the " + country : country;
    }

    /** "Mali's", "the United States'". */
    static String possessive(String country) {
        String np = countryNp(country);
        return np.endsWith("s") ? np + "'" : np + "'s";
    }

    /**
     * "Mopti region" or "Nairobi County" (already carrying its noun), or null when a region phrase would be
     * redundant (region absent, equal to or named after the city) or the region word is unknown.
     */
    static String regionPhrase(Fact f) {
        String region = f.region();
        if (region == null) return null;
        String lowerRegion = region.toLowerCase(Locale.ROOT);
        String lowerCity = f.city().toLowerCase(Locale.ROOT);
        if (lowerRegion.startsWith(lowerCity) || lowerCity.startsWith(lowerRegion)) return null;
        String last = lowerRegion.substring(lowerRegion.lastIndexOf(' ') + 1);
        if (REGION_NOUNS.contains(last)) return region;
        Country c = country(f.countryCode());
        if (c == null || c.regionWord() == null) return null;
        return region + " " + c.regionWord();
    }
}
