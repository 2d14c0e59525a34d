package org.incidex.extract.gazetteer;

import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Offline gazetteer: looks up cities, first-level regions and countries (by name, ISO code or demonym) after
 * {@link #normalize(String) normalising} the query, so "Sévaré", "SEVARE" and "Sevare" are the same name.
 *
 * <p>Data: 135,233 GeoNames places with 1,000+ inhabitants plus the curated {@code places-additions.tsv}, 3,865
 * GeoNames admin-1 regions, 250 world-countries entries with curated English names and demonyms, and the curated
 * English spellings of {@code places-aliases.tsv} ("Uruzgan" → Oruzgan, "Galkayo" → Gaalkacyo; see
 * {@code scripts/README-gazetteer.md}). Lookups are exact on the normalised name: no fuzzy matching; the only
 * spelling rules are four systematic ones for cities: Russian "-yy" → "-y" ("Grozny" finds "Groznyy"), Arabic
 * "-ah" → "-a" in Arab-world countries ("Raqqa" finds "Ar Raqqah"), a dropped "City" suffix ("Marawi"), and the
 * Persian linking vowel spelled "-i-" or "-e-" ("Pul-i-Alam" finds "Pul-e ‘Alam"); and one for regions of Arab-world
 * countries: no article and "-ah" → "-a" ("Jufra" finds "Al Jufrah").
 *
 * <p>Normalisation drops case and dots, so "US", "U.S." and the pronoun "us" share a key, as do "IN" and "in".
 * Name lookups therefore cannot tell an abbreviation from a word: callers that scan running text should check
 * capitalisation themselves. ISO codes are only recognised by {@link #country(String)} when written as two or three
 * upper-case letters, and never by {@link #isPlaceName(String)}.
 *
 * <p>Immutable and thread-safe after loading; share one instance ({@link #shared()}). Loading takes well under a
 * second and some tens of MB of heap.
 */
public final class Gazetteer {
    private final Map<String, List<City>> cities;
    private final Map<String, List<Region>> regions;
    private final Map<String, Country> countryNames;
    private final Map<String, Country> demonyms;
    private final Map<String, Country> codes;
    private final Map<String, Country> byCode2;
    private final Map<String, Country> cues;
    private final int cityCount;
    private final int regionCount;
    private final int maxNameTokens;

    Gazetteer(Map<String, List<City>> cities, Map<String, List<Region>> regions, Map<String, Country> countryNames,
              Map<String, Country> demonyms, Map<String, Country> codes, Map<String, Country> byCode2,
              int cityCount) {
        this(cities, regions, countryNames, demonyms, codes, byCode2, cityCount, Map.of());
    }

    Gazetteer(Map<String, List<City>> cities, Map<String, List<Region>> regions, Map<String, Country> countryNames,
              Map<String, Country> demonyms, Map<String, Country> codes, Map<String, Country> byCode2,
              int cityCount, Map<String, Country> cues) {
        this.cues = Map.copyOf(cues);
        this.cities = Map.copyOf(cities);
        this.regions = Map.copyOf(regions);
        this.countryNames = Map.copyOf(countryNames);
        this.demonyms = Map.copyOf(demonyms);
        this.codes = Map.copyOf(codes);
        this.byCode2 = Map.copyOf(byCode2);
        this.cityCount = cityCount;
        this.regionCount = (int) regions.values().stream().flatMap(List::stream).distinct().count();
        this.maxNameTokens = Stream.of(cities.keySet(), regions.keySet(), countryNames.keySet(), demonyms.keySet(), cues.keySet())
                .flatMap(Collection::stream).mapToInt(Names::tokens).max().orElse(0);
    }

    /** The gazetteer of the classpath resources, loaded on first use (holder idiom: once, thread-safe). */
    public static Gazetteer shared() {
        return Holder.SHARED;
    }

    /**
     * Loads a fresh gazetteer from the classpath resources; prefer {@link #shared()}.
     *
     * @throws UncheckedIOException when a required resource is missing or malformed (the message names the
     *                              resource and line)
     */
    public static Gazetteer load() throws UncheckedIOException {
        return GazetteerLoader.load();
    }

    /**
     * Cities (and towns) whose name, ASCII spelling or article-less alias ("Fallujah" for "Al Fallūjah")
     * normalises to the same key as {@code name}. When the name as written matches nothing, a Persian linking vowel
     * spelled "-i-" is tried as "-e-" and back ("Pul-i-Alam" finds "Pul-e ‘Alam").
     *
     * @return most populous first; empty when there is none
     */
    public List<City> cities(String name) {
        String k = key(name, "name");
        List<City> found = cities.get(k);
        if (found == null && Names.ezafe(k) != null) found = cities.get(Names.ezafe(k));
        return found == null ? List.of() : found;
    }

    /**
     * First-level regions called {@code name}, bare or with a type word: "Borno", "Borno State", "Herat",
     * "Herat province", "the Herat Province", "Province of Herat". A type word alone or a generic remainder
     * ("Central Region" → "central") is not stripped from the query.
     *
     * @return regions whose own name matches first, then those matching a variant; empty when there is none
     */
    public List<Region> regions(String name) {
        String k = key(name, "name");
        List<Region> found = regions.get(k);
        if (found != null) return found;
        String stripped = Names.stripRegionAffixes(k);
        return stripped == null ? List.of() : regions.getOrDefault(stripped, List.of());
    }

    /**
     * The country called, coded or described by {@code nameCodeOrDemonym}: "Mali", "the United States", "U.S.",
     * "Britain", "Côte d'Ivoire", "ML", "MLI", "Malian", "Malians". Two or three upper-case letters are read as
     * an ISO 3166-1 alpha-2 or alpha-3 code first ("IS" is Iceland, not Islamic State). A name shared by several
     * countries resolves to one by curated choice ("Congo", "Congolese" → DR Congo; "Dominican" → Dominican
     * Republic).
     */
    public Optional<Country> country(String nameCodeOrDemonym) {
        String trimmed = Objects.requireNonNull(nameCodeOrDemonym, "nameCodeOrDemonym").strip();
        if (isCode(trimmed)) {
            Country byCode = codes.get(trimmed);
            if (byCode != null) return Optional.of(byCode);
        }
        String k = Names.stripThe(Names.normalize(trimmed));
        Country c = countryNames.get(k);
        if (c == null) c = demonyms.get(k);
        if (c == null && k.length() > 4 && k.endsWith("s")) c = demonyms.get(k.substring(0, k.length() - 1));
        return Optional.ofNullable(c);
    }

    /**
     * The country a curated national force or institution names ("Tatmadaw" → Myanmar, "Rashtriya Rifles" → India;
     * {@code country-cues.tsv}): evidence about which country a text is about, not a place. Exact after
     * normalisation.
     */
    public Optional<Country> countryCue(String phrase) {
        String k = Names.normalize(Objects.requireNonNull(phrase, "phrase"));
        return Optional.ofNullable(cues.get(k));
    }

    /** The country with ISO 3166-1 alpha-2 code {@code iso2} (case-insensitive), if any. */
    public Optional<Country> countryByCode(String iso2) {
        String code = Objects.requireNonNull(iso2, "iso2").strip();
        return code.length() == 2 ? Optional.ofNullable(byCode2.get(code.toUpperCase(java.util.Locale.ROOT)))
                : Optional.empty();
    }

    /**
     * True when any city, region (bare or with a type word), country name or demonym has this normalised name.
     * ISO codes do not count. Cheap: a few hash lookups.
     */
    public boolean isPlaceName(String name) {
        String k = key(name, "name");
        if (k.isEmpty()) return false;
        return cities.containsKey(k) || !regions(k).isEmpty() || countryNames.containsKey(Names.stripThe(k))
                || demonyms.containsKey(k);
    }

    /**
     * Seats of divisions (GeoNames PPLA/PPLA2) and towns of 10,000 or more in {@code countryCode} whose name is spelled like {@code name} up to
     * vowels and doubled letters ({@link Names#skeleton}): "Shopian" finds "Shupīyan", "Budgam" finds "Badgam". Only
     * names whose skeleton has four or more letters, and whose length differs by at most three, are matched; a null
     * {@code countryCode} searches every country, for names that also share their first two letters. Meant for names the text itself calls a district or town.
     */
    public List<City> seatsSpelledLike(String name, String countryCode) {
        String sk = Names.skeleton(key(name, "name"));
        if (sk.length() < 4) return List.of();
        String k = key(name, "name");
        int len = k.length();
        return seats().getOrDefault(sk, List.of()).stream()
                .filter(c -> countryCode == null ? Names.normalize(c.name()).startsWith(k.substring(0, 2))
                        : c.countryCode().equals(countryCode))
                .filter(c -> Math.abs(Names.normalize(c.name()).length() - len) <= 3)
                .toList();
    }

    private Map<String, List<City>> seats() {
        Map<String, List<City>> s = seats;
        if (s == null) {
            Map<String, List<City>> built = new java.util.HashMap<>();
            cities.values().stream().flatMap(List::stream).filter(c -> c.adminSeat() || c.population() >= 10_000).distinct()
                    .forEach(c -> built.computeIfAbsent(Names.skeleton(Names.normalize(c.name())), k -> new java.util.ArrayList<>()).add(c));
            seats = s = Map.copyOf(built);
        }
        return s;
    }

    private volatile Map<String, List<City>> seats;

    /**
     * The seat of first-level region {@code region} ("the capital of Logar province" is Pul-e 'Alam): its PPLA, else
     * the national capital when that lies in the region; empty when GeoNames names none.
     */
    public Optional<City> regionSeat(Region region) {
        Objects.requireNonNull(region, "region");
        Map<String, City> s = regionSeats;
        if (s == null) {
            Map<String, City> built = new java.util.HashMap<>();
            cities.values().stream().flatMap(List::stream).distinct().filter(c -> c.region() != null)
                    .filter(c -> c.regionSeat() || c.capital())
                    .forEach(c -> built.merge(c.region() + "|" + c.countryCode(), c,
                            (a, b) -> a.regionSeat() != b.regionSeat() ? (a.regionSeat() ? a : b)
                                    : a.population() >= b.population() ? a : b));
            regionSeats = s = Map.copyOf(built);
        }
        return Optional.ofNullable(s.get(region.name() + "|" + region.countryCode()));
    }

    private volatile Map<String, City> regionSeats;

    /** The national capital of the country with ISO code {@code iso2}, if the gazetteer has it. */
    public Optional<City> nationalCapital(String iso2) {
        Map<String, City> s = capitals;
        if (s == null) {
            Map<String, City> built = new java.util.HashMap<>();
            cities.values().stream().flatMap(List::stream).filter(City::capital)
                    .forEach(c -> built.merge(c.countryCode(), c, (a, b) -> a.population() >= b.population() ? a : b));
            capitals = s = Map.copyOf(built);
        }
        return Optional.ofNullable(s.get(iso2));
    }

    private volatile Map<String, City> capitals;

    /** The most tokens (after normalisation) in any stored name: the longest n-gram worth looking up. */
    public int maxNameTokens() {
        return maxNameTokens;
    }

    /** Cities and towns loaded, additions included. */
    int cityCount() {
        return cityCount;
    }

    /** Distinct regions loaded. */
    int regionCount() {
        return regionCount;
    }

    /** All countries, in no particular order. */
    Collection<Country> countries() {
        return byCode2.values();
    }

    /**
     * The lookup key of a name: lower case; accents stripped (NFD, combining marks removed; ß→ss, ø→o, æ→ae,
     * œ→oe, ł→l, ı→i, đ/ð→d, þ→th, ħ→h); apostrophes (' ’ ‘ ʻ ʼ ` ´) and dots removed; every other run of
     * non-letters and non-digits (spaces, hyphens, commas...) becomes one space; trimmed.
     * "Sévaré" → "sevare", "Shar-e-Naw" → "shar e naw", "Nal’chik" → "nalchik", "U.S." → "us".
     */
    public static String normalize(String s) {
        return Names.normalize(Objects.requireNonNull(s, "s"));
    }

    private static String key(String name, String param) {
        return Names.normalize(Objects.requireNonNull(name, param));
    }

    private static boolean isCode(String s) {
        if (s.length() != 2 && s.length() != 3) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') return false;
        }
        return true;
    }

    private static final class Holder {
        static final Gazetteer SHARED = GazetteerLoader.load();
    }
}
