package org.incidex.extract.place;

import org.incidex.extract.gazetteer.Gazetteer;
import org.incidex.extract.gazetteer.Region;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a name's same-named regions the type word the text gives it means ("Plateau state", "Beni Territory",
 * "the Bolívar state"). Stateless, thread-safe.
 */
final class RegionTypes {
    /**
     * The regions of the type the text names: "Plateau state" is Plateau State (Nigeria), not Plateau (Benin). A word
     * for a unit below a first-level region rules out regions whose names carry another type word: "Beni Territory"
     * is not the Beni Department (Bolivia). First-level words are used loosely ("Abyan province" for a governorate).
     */
    static List<Region> typed(List<Region> regions, String typeWord) {
        if (typeWord == null || typeWord.equals("region") || regions.isEmpty()) return regions;
        List<Region> same = regions.stream().filter(r -> typeWord.equals(lastWord(r.name()))).toList();
        if (!same.isEmpty()) return same;
        Set<String> countries = FIRST_LEVEL.getOrDefault(typeWord, Set.of());
        List<Region> called = regions.stream().filter(r -> countries.contains(r.countryCode())).toList();
        if (!called.isEmpty()) return called;   // "the Bolívar state" is Venezuela's, not Colombia's department
        if (!LOWER_UNITS.contains(typeWord)) return regions;
        return regions.stream().filter(r -> !PlaceFinder.REGION_WORDS.contains(lastWord(r.name()))).toList();
    }

    /** What English news calls the first-level units of a country, where it is one word: Venezuela has states,
     *  Colombia departments, Ecuador provinces, Syria governorates. */
    private static final Map<String, Set<String>> FIRST_LEVEL = Map.of(
            "state", Set.of("US", "MX", "VE", "BR", "NG", "IN", "MY", "SD", "SS", "AU", "DE", "AT", "MM", "FM", "PW"),
            "department", Set.of("CO", "BO", "PY", "UY", "GT", "HN", "SV", "NI", "HT", "FR", "BJ"),
            "province", Set.of("AF", "PK", "IR", "EC", "AR", "PH", "CA", "CN", "ZA", "CD", "RW", "BI", "ZM", "MZ", "ES",
                    "IT", "TR", "TH", "KH", "LA", "VN", "ID", "KR", "PG", "DO", "CU", "PA", "CR", "BE", "NL", "AO", "CG"),
            "governorate", Set.of("EG", "SY", "IQ", "YE", "JO", "LB", "TN", "BH", "KW", "OM", "PS"),
            "oblast", Set.of("RU", "UA", "KZ", "KG", "BG", "BY"));

    /** Type words of units below a first-level region (somewhere, at least). */
    private static final Set<String> LOWER_UNITS = Set.of("district", "territory", "county", "division", "subdivision",
            "municipality", "commune", "cercle", "tehsil");

    private static String lastWord(String name) {
        String k = Gazetteer.normalize(name);
        return k.substring(k.lastIndexOf(' ') + 1);
    }

    private RegionTypes() {
    }
}
