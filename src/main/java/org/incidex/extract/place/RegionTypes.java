package org.incidex.extract.place;

import org.incidex.extract.gazetteer.Gazetteer;
import org.incidex.extract.gazetteer.Region;
import org.incidex.extract.place.PlaceWords.Words;
import org.incidex.extract.rules.RuleTable;

import java.util.HashMap;
import java.util.HashSet;
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
        if (typeWord == null || LOOSE.contains(typeWord) || regions.isEmpty()) return regions;
        List<Region> same = regions.stream().filter(r -> typeWord.equals(lastWord(r.name()))).toList();
        if (!same.isEmpty()) return same;
        Set<String> countries = FIRST_LEVEL.getOrDefault(typeWord, Set.of());
        List<Region> called = regions.stream().filter(r -> countries.contains(r.countryCode())).toList();
        if (!called.isEmpty()) return called;   // "the Bolívar state" is Venezuela's, not Colombia's department
        if (!LOWER_UNITS.contains(typeWord)) return regions;
        return regions.stream().filter(r -> !PlaceFinder.REGION_WORDS.contains(lastWord(r.name()))).toList();
    }

    /** What English news calls the first-level units of each country, where it is one word (region-types.tsv):
     *  Venezuela has states, Colombia departments, Ecuador provinces, Syria governorates. */
    private static final Map<String, Set<String>> FIRST_LEVEL = firstLevel(RuleTable.load(RegionTypes.class,
            "region-types.tsv"));

    /** Type words news uses for a unit of any level ("the Beni region"): they narrow nothing. */
    private static final Set<String> LOOSE = PlaceWords.set(Words.LOOSE_TYPE);

    /** Type words of units below a first-level region (somewhere, at least). */
    private static final Set<String> LOWER_UNITS = PlaceWords.set(Words.LOWER_UNIT);

    /** The countries of each type word; a country named twice is an error. */
    static Map<String, Set<String>> firstLevel(RuleTable t) {
        Map<String, Set<String>> byType = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (RuleTable.Row r : t.rows()) {
            String country = r.require("country");
            if (!seen.add(country)) throw new IllegalStateException(r.where() + ": " + country + " twice");
            byType.computeIfAbsent(r.require("type"), k -> new HashSet<>()).add(country);
        }
        Map<String, Set<String>> out = new HashMap<>();
        byType.forEach((type, countries) -> out.put(type, Set.copyOf(countries)));
        return Map.copyOf(out);
    }

    private static String lastWord(String name) {
        String k = Gazetteer.normalize(name);
        return k.substring(k.lastIndexOf(' ') + 1);
    }

    private RegionTypes() {
    }
}
