package org.incidex.extract.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * A country or territory from world-countries (250 entries), with curated English names. Immutable, thread-safe.
 *
 * @param name     common English name ("Mali", "United States", "DR Congo")
 * @param code2    ISO 3166-1 alpha-2 code ("ML")
 * @param code3    ISO 3166-1 alpha-3 code ("MLI")
 * @param capital  capital city (the first one when there are several); null when there is none
 * @param lat      latitude of the country's reference point
 * @param lon      longitude of the country's reference point
 * @param names    every name the country is looked up by, common name first, then official name, curated
 *                 English names and alternative spellings (codes excluded; a name shared with another country
 *                 is kept only by the country it resolves to)
 * @param demonyms English demonyms ("Malian"; "British", "Briton"...), possibly empty
 */
public record Country(String name, String code2, String code3, String capital, double lat, double lon,
                      List<String> names, List<String> demonyms) {
    public Country {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code2, "code2");
        Objects.requireNonNull(code3, "code3");
        names = List.copyOf(names);
        demonyms = List.copyOf(demonyms);
    }
}
