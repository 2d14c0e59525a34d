package org.incidex.extract.gazetteer;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Reads the classpath resources written by {@code scripts/build_gazetteer.py} and builds the name indexes. */
final class GazetteerLoader {
    static final String CITIES = "cities.tsv.gz";
    static final String REGIONS = "regions.tsv";
    static final String COUNTRIES = "countries.tsv";
    static final String ADDITIONS = "places-additions.tsv";
    static final String ALIASES = "places-aliases.tsv";
    static final String CUES = "country-cues.tsv";
    /** Countries whose transliterated names end in "-ah" where English news writes "-a" (Ar Raqqah → Raqqa). */
    private static final java.util.Set<String> ARABIC = java.util.Set.of("AE", "BH", "DZ", "EG", "EH", "IQ", "JO", "KW",
            "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE");

    /** Most populous first; capitals before others of equal size; then by name and country for a stable order. */
    static final Comparator<City> BY_POPULATION = Comparator.comparingLong(City::population).reversed()
            .thenComparing(City::capital, Comparator.reverseOrder())
            .thenComparing(City::name).thenComparing(City::countryCode);

    private final Map<String, String> pool = new HashMap<>();
    private final Map<String, List<City>> cities = new HashMap<>(300_000);
    private final Map<String, List<Region>> regions = new HashMap<>(8_000);
    private final Map<String, Country> countryNames = new HashMap<>(2_000);
    private final Map<String, Country> demonyms = new HashMap<>(600);
    private final Map<String, Country> codes = new HashMap<>(600);
    private final Map<String, Country> cues = new HashMap<>(64);
    private final Map<String, Country> byCode2 = new LinkedHashMap<>();
    private int cityCount;

    private GazetteerLoader() {
    }

    static Gazetteer load() {
        GazetteerLoader l = new GazetteerLoader();
        l.read(COUNTRIES, false, true, l::country);
        l.read(REGIONS, false, true, l::region);
        l.read(CITIES, true, true, l::city);
        l.read(ADDITIONS, false, false, l::addition);
        l.read(ALIASES, false, false, l::alias);
        l.read(CUES, false, false, l::cue);
        Map<String, List<City>> sorted = new HashMap<>(l.cities.size() * 4 / 3 + 1);
        l.cities.forEach((k, v) -> {
            v.sort(BY_POPULATION);
            sorted.put(k, List.copyOf(v));
        });
        Map<String, List<Region>> regions = new HashMap<>(l.regions.size() * 4 / 3 + 1);
        l.regions.forEach((k, v) -> regions.put(k, List.copyOf(v)));
        return new Gazetteer(sorted, regions, l.countryNames, l.demonyms, l.codes, l.byCode2, l.cityCount, l.cues);
    }

    private void country(Row r) {
        String cca2 = r.get("cca2"), name = r.get("name");
        List<String> names = new ArrayList<>();
        names.add(name);
        names.add(r.get("official"));
        names.addAll(r.list("names"));
        List<String> dems = r.list("demonyms");
        String capital = r.get("capital");
        Country c = new Country(name, cca2, r.get("cca3"), capital.isEmpty() ? null : capital, r.dbl("lat"),
                r.dbl("lon"), names.stream().distinct().toList(), dems);
        byCode2.put(cca2, c);
        codes.put(cca2, c);
        codes.put(c.code3(), c);
        for (String n : c.names()) countryNames.putIfAbsent(Names.stripThe(Names.normalize(n)), c);
        for (String d : dems) demonyms.putIfAbsent(Names.normalize(d), c);
    }

    /** A curated national force or institution ("Tatmadaw" → MM): weak evidence of the country, never a place. */
    private void cue(Row r) {
        Country c = byCode2.get(r.get("country_code"));
        if (c == null) throw new IllegalStateException(CUES + ": unknown country code '" + r.get("country_code")
                + "' for '" + r.get("phrase") + "'");
        cues.put(Names.normalize(r.get("phrase")), c);
    }

    private void region(Row r) {
        Region region = new Region(intern(r.get("name")), intern(r.get("country_code")), r.dbl("lat"),
                r.dbl("lon"));
        add(regions, Names.normalize(region.name()), region);
        for (String v : r.list("variants")) add(regions, Names.normalize(v), region);
        if (ARABIC.contains(region.countryCode())) {
            for (String v : arabicVariants(Names.normalize(region.name()))) add(regions, v, region);
        }
    }

    /**
     * The spellings English news uses for a transliterated Arabic name: without its article and with "-ah" as "-a"
     * ("al jufrah" → "jufrah", "al jufra", "jufra"; "misratah" → "misrata").
     */
    static List<String> arabicVariants(String key) {
        List<String> out = new ArrayList<>();
        String bare = key.replaceFirst("^(?:al|el|an|ad|ar|as|ash|at|az) (?=\\S{3})", "");
        for (String k : List.of(key, bare)) {
            if (!k.equals(key)) out.add(k);
            if (k.endsWith("ah") && k.length() > 5) out.add(k.substring(0, k.length() - 1));
        }
        return out;
    }

    private void city(Row r) {
        String flag = r.get("flag");
        City c = new City(r.get("name"), intern(r.get("country_code")), nullIfEmpty(intern(r.get("region"))),
                r.lng("population"), r.dbl("lat"), r.dbl("lon"), flag.equals("C"), flag.equals("A") || flag.equals("S"),
                flag.equals("S"));
        indexCity(c, r.get("ascii"), r.get("alias"));
    }

    private void addition(Row r) {
        City c = new City(r.get("name"), intern(r.get("country_code")), nullIfEmpty(intern(r.get("region"))),
                r.lng("population"), r.dbl("lat"), r.dbl("lon"), false, false);
        indexCity(c);
    }

    /** A curated spelling: indexes the named city or region of that country under one more key; a province becomes a
     *  region of its own inside the named one. */
    private void alias(Row r) {
        String alias = Names.normalize(r.get("alias")), target = Names.normalize(r.get("target"));
        String cc = r.get("country_code"), kind = r.get("kind");
        boolean found = false;
        if (kind.equals("city")) {
            for (City c : List.copyOf(cities.getOrDefault(target, List.of()))) {
                if (c.countryCode().equals(cc) && c.name().equals(r.get("target"))) {
                    add(cities, alias, c);
                    found = true;
                }
            }
        } else if (kind.equals("region")) {
            for (Region g : List.copyOf(regions.getOrDefault(target, List.of()))) {
                if (g.countryCode().equals(cc) && g.name().equals(r.get("target"))) {
                    add(regions, alias, g);
                    found = true;
                }
            }
        } else if (kind.equals("province")) {
            // A second-level division news names while GeoNames' first level is above it (Philippine provinces inside
            // regions): a region of its own that knows the region holding it, at that region's coordinates
            // (approximate).
            for (Region g : List.copyOf(regions.getOrDefault(target, List.of()))) {
                if (g.countryCode().equals(cc) && g.name().equals(r.get("target"))) {
                    add(regions, alias, new Region(r.get("alias"), g.countryCode(), g.lat(), g.lon(), g.name()));
                    found = true;
                }
            }
        } else {
            throw new IllegalArgumentException("kind must be city, region or province: " + kind);
        }
        if (!found) throw new IllegalArgumentException("no " + kind + " '" + r.get("target") + "' in " + cc);
    }

    private void indexCity(City c, String... otherNames) {
        cityCount++;
        String key = Names.normalize(c.name());
        add(cities, key, c);
        for (String other : otherNames) {
            if (other.isEmpty()) continue;
            String k = Names.normalize(other);
            if (!k.equals(key)) add(cities, k, c);
        }
        for (String k : List.of(key, otherNames.length > 1 ? Names.normalize(otherNames[1]) : "")) {
            String v = variant(k, c.countryCode());
            if (v != null && !v.equals(k)) add(cities, v, c);
        }
    }

    /**
     * The spelling English news uses for a transliterated name, or null: "groznyy" → "grozny" (Russian -yy),
     * "ar raqqah" → "ar raqqa" (Arabic -ah, Arab-world countries), "marawi city" → "marawi" (a "City" suffix,
     * unless the rest is a country's name or a region's of the same country: "kuwait city", "texas city" and
     * "oklahoma city" stay).
     */
    private String variant(String key, String countryCode) {
        if (key.length() < 5) return null;
        if (key.endsWith("yy")) return key.substring(0, key.length() - 1);
        if (ARABIC.contains(countryCode) && key.endsWith("ah") && key.length() > 5) return key.substring(0, key.length() - 1);
        if (key.endsWith(" city")) {
            String rest = key.substring(0, key.length() - 5);
            boolean region = regions.getOrDefault(rest, List.of()).stream()
                    .anyMatch(r -> r.countryCode().equals(countryCode));
            if (!countryNames.containsKey(rest) && !region) return rest;
        }
        return null;
    }

    private static <T> void add(Map<String, List<T>> index, String key, T value) {
        if (key.isEmpty()) return;
        List<T> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(value)) list.add(value);
    }

    private String intern(String s) {
        return pool.computeIfAbsent(s, k -> k);
    }

    private static String nullIfEmpty(String s) {
        return s.isEmpty() ? null : s;
    }

    /** Reads one TSV resource with a header line; lines starting with '#' and blank lines are skipped. */
    private void read(String resource, boolean gzip, boolean required, Consumer<Row> sink) {
        InputStream raw = Gazetteer.class.getResourceAsStream(resource);
        if (raw == null) {
            if (!required) return;
            throw new UncheckedIOException(new FileNotFoundException(
                    "gazetteer resource missing from the classpath: org/incidex/extract/gazetteer/" + resource
                            + " (run scripts/build_gazetteer.py)"));
        }
        int lineNo = 0;
        try (InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line = br.readLine();
            lineNo = 1;
            if (line == null) throw new IOException("empty file");
            Map<String, Integer> header = new HashMap<>();
            String[] names = split(line, -1);
            for (int i = 0; i < names.length; i++) header.put(names[i].strip(), i);
            while ((line = br.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                sink.accept(new Row(header, split(line, names.length)));
            }
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException(
                    "gazetteer resource " + resource + " line " + lineNo + ": " + e.getMessage(), e));
        }
    }

    private static String[] split(String line, int expected) {
        List<String> parts = new ArrayList<>(expected > 0 ? expected : 16);
        int start = 0;
        for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', start)) {
            parts.add(line.substring(start, i));
            start = i + 1;
        }
        parts.add(line.substring(start));
        if (expected > 0 && parts.size() != expected) {
            throw new IllegalArgumentException(parts.size() + " fields, header has " + expected);
        }
        return parts.toArray(String[]::new);
    }

    /** One data line, read by column name so columns may be reordered or added. */
    private record Row(Map<String, Integer> header, String[] cells) {
        String get(String column) {
            Integer i = header.get(column);
            if (i == null) throw new IllegalArgumentException("no column '" + column + "' in header");
            return cells[i];
        }

        List<String> list(String column) {
            String v = get(column);
            return v.isEmpty() ? List.of() : Arrays.asList(v.split("\\|"));
        }

        double dbl(String column) {
            return Double.parseDouble(get(column));
        }

        long lng(String column) {
            String v = get(column);
            return v.isEmpty() ? 0 : Long.parseLong(v);
        }
    }
}
