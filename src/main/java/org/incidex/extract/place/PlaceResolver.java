package org.incidex.extract.place;

import org.incidex.extract.gazetteer.City;
import org.incidex.extract.gazetteer.Country;
import org.incidex.extract.gazetteer.Gazetteer;
import org.incidex.extract.gazetteer.Region;
import org.incidex.model.Place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which place an article's names mean and which of them is where the attack happened. Countries named in
 * the article (by name or demonym) pick among same-named cities ("Paris" with France mentioned is Paris, FR; with
 * Texas context it is not); without such support the capital, then the most populous candidate wins, and small
 * places with no support at all are dropped. Each mention is weighted by where it stands: attack sentences,
 * the first paragraph and the title count more; quotes count less. Not thread-safe: one per article.
 */
public final class PlaceResolver {
    private final Gazetteer gazetteer;
    private final Map<String, Double> countryScore = new HashMap<>();
    /** What each name gave its own country ("Balad" → IQ), keyed by its first candidate: a name cannot vouch for
     *  itself when the text is about another country ("the town of Balad … heading to Mogadishu"). */
    private final Map<City, Double> ownShare = new HashMap<>();

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** First pass: countries named anywhere support the cities in them. */
    public void addCountrySupport(PlaceFinder.PlaceMention m, double mentionWeight) {
        resolved.clear();   // support changes what a name means
        double weight = m.modifier() && !m.sameCountry() ? mentionWeight * 0.2 : mentionWeight;
        switch (m.kind()) {
            case COUNTRY -> countryScore.merge(m.country().code2(), weight, Double::sum);
            case DEMONYM -> countryScore.merge(m.country().code2(), weight * 0.5, Double::sum);
            case REGION -> {   // "Beni region": a region abroad that is also a town here supports neither
                String first = m.regions().get(0).countryCode();
                boolean cityElsewhere = m.cities().stream()
                        .anyMatch(c -> !c.countryCode().equals(first) && c.population() >= 100_000);
                if (cityElsewhere && m.regions().stream().allMatch(r -> r.countryCode().equals(first))) return;
                m.regions().forEach(r -> countryScore.merge(r.countryCode(), weight * 0.5, Double::sum));
            }
            case CITY, AREA -> {   // a name only one country has ("Mogadishu") says which country the text is about
                if (m.cities().isEmpty()) return;
                String only = m.cities().get(0).countryCode();
                if (m.cities().stream().allMatch(c -> c.countryCode().equals(only))) {
                    countryScore.merge(only, weight * 0.5, Double::sum);
                    ownShare.merge(m.cities().get(0), weight * 0.5, Double::sum);
                }
            }
        }
    }

    /** A capital or a city of 100,000: a name news uses for that place. */
    static boolean notable(List<City> cities) {
        return cities.stream().anyMatch(c -> c.capital() || c.population() >= 100_000);
    }

    double countrySupport(String code) {
        return countryScore.getOrDefault(code, 0.0);
    }

    /** A group the article names supports the countries it operates in, a little ("Boko Haram" → Nigeria). */
    public void addGroupSupport(List<String> countries, double mentionWeight) {
        resolved.clear();
        if (!countries.isEmpty()) countryScore.merge(countries.get(0), mentionWeight * 0.1, Double::sum);
    }

    /** The country with the most support in the article, or null when nothing names one. */
    public String bestCountry() {
        String best = null;
        for (Map.Entry<String, Double> e : countryScore.entrySet()) {
            if (best == null || e.getValue() > countryScore.get(best)
                    || e.getValue().equals(countryScore.get(best)) && e.getKey().compareTo(best) < 0) best = e.getKey();
        }
        return best;
    }

    /** Support for {@code code} from everything but the mention's own name. */
    private double supportBesides(PlaceFinder.PlaceMention m, String code) {
        double s = countrySupport(code);
        if (!m.cities().isEmpty() && m.cities().get(0).countryCode().equals(code)) {
            s -= ownShare.getOrDefault(m.cities().get(0), 0.0);
        }
        return s < 1e-9 ? 0 : s;
    }

    /**
     * The best-supported country, not counting the mention's own name, when a name or demonym, not just a group's
     * reputation, supports it, and more than the name supports its own country ("a Bangladeshi national … in Mill
     * Park" stays in Australia); else null.
     */
    private String dominantBesides(PlaceFinder.PlaceMention m) {
        String best = null;
        double bestScore = 0;
        for (String code : countryScore.keySet()) {
            double s = supportBesides(m, code);
            if (s > bestScore || s == bestScore && best != null && code.compareTo(best) < 0) {
                best = code;
                bestScore = s;
            }
        }
        double own = m.cities().isEmpty() ? 0 : ownShare.getOrDefault(m.cities().get(0), 0.0);
        return bestScore >= 0.75 && bestScore > own + 1e-9 ? best : null;
    }

    /** The place a mention most likely means, or null when it is too weak to trust. */
    public Place resolve(PlaceFinder.PlaceMention m) {
        // the same mention is resolved for scoring, for districts, for evidence and for routing: once is enough (the
        // country support it depends on is complete before the first call)
        if (resolved.containsKey(m)) return resolved.get(m);
        Place p = resolveOnce(m);
        resolved.put(m, p);
        return p;
    }

    private final Map<PlaceFinder.PlaceMention, Place> resolved = new java.util.IdentityHashMap<>();

    private Place resolveOnce(PlaceFinder.PlaceMention m) {
        return switch (m.kind()) {
            case COUNTRY, DEMONYM -> countryPlace(m.country());
            case REGION, CITY -> known(m);
            case AREA -> area(m, m.within() != null ? resolve(m.within()) : m.cities().isEmpty() ? null : seat(m));
        };
    }

    /**
     * A gazetteer name: the country the sentence puts it in ("Derna, Libya", "the Libyan city of Derna"), else the
     * best-supported country among its candidates, decides; then a region when the text says region ("Beni
     * territory") or there is no city, else the city. A name with no candidate in the country the sentence names is
     * a place the gazetteer lacks there.
     */
    private Place known(PlaceFinder.PlaceMention m) {
        Place inside = m.within() == null ? null : resolve(m.within());
        String code = inside == null ? null : inside.countryCode();
        if (code != null && !hasCandidateIn(m, code) && containerIsGazetteerName(m)
                && countrySupport(code) < ownSupport(m)) {
            // "Lubuagan, Kalinga": a same-named town abroad the text supports no better is not its container
            code = null;
        }
        if (code != null && !hasCandidateIn(m, code)) return m.cue() && !m.near() ? area(m, inside) : null;
        if (code != null && m.kind() == PlaceFinder.Kind.CITY && !m.near() && m.within().kind() == PlaceFinder.Kind.CITY
                && m.within().regions().isEmpty()   // "Mauban, Quezon": Quezon is a province too, not only Quezon City
                && inside.region() != null && !hasCityIn(m, code, inside.region())) {
            // "the village of Guayabal, Peque, Antioquia": Guayabal the town lies in Tolima, so this one is a village
            // of Peque the gazetteer lacks, and part of a town is the town
            return m.cue() ? inside : null;
        }
        if (code == null) {
            double best = 0;
            for (Region r : m.regions()) {
                if (supportBesides(m, r.countryCode()) > best) {
                    best = supportBesides(m, r.countryCode());
                    code = r.countryCode();
                }
            }
            for (City c : m.cities()) {
                if (supportBesides(m, c.countryCode()) > best) {
                    best = supportBesides(m, c.countryCode());
                    code = c.countryCode();
                }
            }
        }
        if (m.within() == null) {
            // Only small towns (or a region, like Puerto Rico's municipalities) abroad share the name, and the text is
            // plainly about another country ("in the communes of Los Sauces and Santa Bárbara … in Chile"; "at the
            // Linwood Islamic Centre" in a report on Christchurch that also names El Paso, Texas): a place the
            // gazetteer lacks in that country.
            String dominant = dominantBesides(m);
            if (dominant != null && !notable(m.cities()) && !hasCandidateIn(m, dominant)
                    && (code == null || m.regions().isEmpty()
                    && supportBesides(m, code) * 3 <= supportBesides(m, dominant))) {
                Country c = gazetteer.countryByCode(dominant).orElse(null);
                return m.cue() && !m.near() && c != null ? area(m, countryPlace(c)) : null;
            }
        }
        String cc = code;
        List<Region> regions = cc == null ? m.regions()
                : m.regions().stream().filter(r -> r.countryCode().equals(cc)).toList();
        List<City> cities = cc == null ? m.cities()
                : m.cities().stream().filter(c -> c.countryCode().equals(cc)).toList();
        boolean preferRegion = m.kind() == PlaceFinder.Kind.REGION;
        if (!regions.isEmpty() && (preferRegion || cities.isEmpty())) return regionPlace(best(regions));
        return cityPlace(bestCity(cities, m.cue()));
    }

    /** The town a division is named after ("Hawija district"), which gives the division's region and country. */
    private Place seat(PlaceFinder.PlaceMention m) {
        String dominant = dominantBesides(m);
        String code = dominant != null ? dominant : bestCountry();
        List<City> in = code == null ? List.of()
                : m.cities().stream().filter(c -> c.countryCode().equals(code)).toList();
        if (in.isEmpty() && dominant != null && !notable(m.cities())) {
            // "Iraqi troops … in the Rabia district": only small towns abroad share the name; the text is about another
            // country, where the gazetteer lacks the division's seat
            return gazetteer.countryByCode(code).map(PlaceResolver::countryPlace).orElse(null);
        }
        return cityPlace(bestCity(in.isEmpty() ? m.cities() : in, true));
    }

    /** The most support any of the mention's own candidates' countries has, or -1 without candidates. */
    private double ownSupport(PlaceFinder.PlaceMention m) {
        double best = -1;
        for (Region r : m.regions()) best = Math.max(best, countrySupport(r.countryCode()));
        for (City c : m.cities()) best = Math.max(best, countrySupport(c.countryCode()));
        return best;
    }

    private static boolean containerIsGazetteerName(PlaceFinder.PlaceMention m) {
        PlaceFinder.Kind k = m.within().kind();
        return k == PlaceFinder.Kind.CITY || k == PlaceFinder.Kind.REGION;
    }

    private static boolean hasCityIn(PlaceFinder.PlaceMention m, String code, String region) {
        for (City c : m.cities()) if (c.countryCode().equals(code) && region.equals(c.region())) return true;
        return false;
    }

    private static boolean hasCandidateIn(PlaceFinder.PlaceMention m, String code) {
        for (Region r : m.regions()) if (r.countryCode().equals(code)) return true;
        for (City c : m.cities()) if (c.countryCode().equals(code)) return true;
        return false;
    }

    /**
     * A place the gazetteer lacks, inside {@code container} (or the article's best-supported country): a district
     * keeps the container's region, country and coordinates, which are therefore approximate. An area of a capital
     * or a city of a million ("Kabul's Shar-e-Naw district") is that city.
     */
    private Place area(PlaceFinder.PlaceMention m, Place in) {
        Place container = in;
        if (container != null && container.city() != null && m.near()) {
            // "…, north of Baghdad": in Baghdad's region, not in Baghdad
            container = new Place(null, container.region(), container.country(), container.countryCode(),
                    container.lat(), container.lon());
        }
        if (container != null && container.city() != null && !m.regionLevel() && m.within() != null
                && m.within().kind() == PlaceFinder.Kind.CITY
                && m.cities().isEmpty()) {   // a division named after its own seat is not the city
            City c = bestCity(m.within().cities().stream()
                    .filter(x -> x.name().equals(in.city()) && x.countryCode().equals(in.countryCode())).toList(),
                    true);
            if (c != null && (c.capital() || c.population() >= 1_000_000)) return container;
            // "the Mir Ali subdivision in North Waziristan", "Miramshar, North Waziristan": a place of unknown size is
            // mostly a division the gazetteer holds as a place; what lies in it is a place of its own there
            boolean unknownSize = c != null && c.population() == 0;
            // "the Honi Safla locality of Pul-e Alam": part of a town is the town, unless the name is also the
            // province's ("Yala's Yaha district")
            // …and only a province in the country the town was placed in ("Mataje, San Lorenzo, Ecuador" is not
            // Puerto Rico's)
            List<Region> same = m.within().within() == null ? m.within().regions()
                    : m.within().regions().stream().filter(r -> r.countryCode().equals(in.countryCode())).toList();
            if (same.isEmpty() && !unknownSize) return container;
            if (!same.isEmpty()) container = regionPlace(best(same));
        }
        Place base = container;
        if (base == null) {
            String code = bestCountry();
            Country country = code == null ? null : gazetteer.countryByCode(code).orElse(null);
            base = country == null ? Place.UNKNOWN : countryPlace(country);
        }
        if (m.regionLevel()) {
            return new Place(null, m.name(), base.country(), base.countryCode(), base.lat(), base.lon());
        }
        // "Eyumedjock, Manyu department": a village of a curated division keeps the division as its district
        String district = base.city() == null ? base.district() : null;
        if (base.countryCode() != null) {
            // "Huanta Province, Peru", "Hawija district, Iraq", "Sirnak's Silopi District": the seat says the region
            // the container may not, and where in it the unit lies
            String code = base.countryCode(), region = base.region();
            City seat = bestCity(m.cities().stream().filter(c -> code.equals(c.countryCode())
                    && (region == null || region.equals(c.region()))).toList(), true);
            if (seat != null) {
                return new Place(m.name(), seat.region(), base.country(), code, seat.lat(), seat.lon())
                        .withDistrict(district);
            }
        }
        if (base.region() == null && base.countryCode() != null) {
            // "Khas Urozgan district, Afghanistan": the province its name holds (see UnitNames)
            String code = base.countryCode();
            List<Region> own = m.regions().stream().filter(r -> code.equals(r.countryCode())).toList();
            if (own.size() == 1) {
                Region r = own.get(0);
                return new Place(m.name(), r.name(), base.country(), code, r.lat(), r.lon());
            }
        }
        if (base.city() == null && m.cue() && m.cities().isEmpty()) {
            City seat = seatSpelledLike(m, base);
            if (seat != null) {
                Country country = gazetteer.countryByCode(seat.countryCode()).orElse(null);
                return new Place(m.name(), seat.region(), country == null ? null : country.name(), seat.countryCode(),
                        seat.lat(), seat.lon()).withDistrict(district);
            }
        }
        return new Place(m.name(), base.region(), base.country(), base.countryCode(), base.lat(), base.lon())
                .withDistrict(district);
    }

    /**
     * "Shopian district", "in Budgam": a district seat the gazetteer spells otherwise ("Shupīyan", "Badgam"), in the
     * country (and region) the text gives; without a country only for a name the text calls a division, and only
     * when one seat in the world matches.
     */
    private City seatSpelledLike(PlaceFinder.PlaceMention m, Place base) {
        String name = m.name();
        int sp = name.lastIndexOf(' ');
        boolean division = sp > 0
                && AreaFinder.UNIT_WORDS.contains(name.substring(sp + 1).toLowerCase(java.util.Locale.ROOT));
        if (division) name = name.substring(0, sp);
        if (base.countryCode() == null && !division) return null;
        List<City> seats = gazetteer.seatsSpelledLike(name, base.countryCode());
        if (base.region() != null) seats = seats.stream().filter(c -> base.region().equals(c.region())).toList();
        return seats.size() == 1 ? seats.get(0) : null;
    }

    private Region best(List<Region> regions) {
        Region best = regions.get(0);
        for (Region r : regions) if (countrySupport(r.countryCode()) > countrySupport(best.countryCode())) best = r;
        return best;
    }

    private City bestCity(List<City> candidates, boolean cue) {
        City best = null;
        double bestScore = -1;
        for (City c : candidates) {
            double s = countrySupport(c.countryCode()) * 1e12 + (c.capital() ? 500_000_000.0 : 0) + c.population();
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        if (best == null) return null;
        boolean supported = countrySupport(best.countryCode()) > 0;
        if (!supported && !best.capital()) {
            if (best.population() < 15_000 && !cue) return null;
            if (best.population() < 1_000 && best.population() > 0) return null;
        }
        return best;
    }

    Place cityPlace(City c) {
        if (c == null) return null;
        Country country = gazetteer.countryByCode(c.countryCode()).orElse(null);
        return new Place(c.name(), c.region(), country == null ? null : country.name(), c.countryCode(), c.lat(),
                c.lon());
    }

    /** A region's place; a curated second-level division is the district of the region that holds it. */
    Place regionPlace(Region r) {
        Country country = gazetteer.countryByCode(r.countryCode()).orElse(null);
        String name = country == null ? null : country.name();
        if (r.within() != null) return new Place(null, r.within(), name, r.countryCode(), r.lat(), r.lon(), r.name());
        return new Place(null, r.name(), name, r.countryCode(), r.lat(), r.lon());
    }

    public static Place countryPlace(Country c) {
        return new Place(null, null, c.name(), c.code2(), c.lat(), c.lon());
    }

    /** "Bamako|ML" for cities, "region:Borno|NG", "country:ML": equal keys mean the same place. */
    public static String key(Place p) {
        if (p.isUnknown()) return "unknown";
        if (p.city() != null) return p.city() + "|" + p.countryCode();
        if (p.district() != null) return "district:" + p.district() + "|" + p.countryCode();
        if (p.region() != null) return "region:" + p.region() + "|" + p.countryCode();
        return "country:" + p.countryCode();
    }

    /** How specific a place is: city 3, region 2, country 1. */
    public static int level(Place p) {
        return p.city() != null ? 3 : p.region() != null ? 2 : 1;
    }
}
