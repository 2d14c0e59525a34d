package org.incidex.extract;

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
final class PlaceResolver {
    private final Gazetteer gazetteer;
    private final Map<String, Double> countryScore = new HashMap<>();

    PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** First pass: countries named anywhere support the cities in them. */
    void addCountrySupport(PlaceFinder.PlaceMention m, double mentionWeight) {
        double weight = m.modifier() ? mentionWeight * 0.2 : mentionWeight;
        switch (m.kind()) {
            case COUNTRY -> countryScore.merge(m.country().code2(), weight, Double::sum);
            case DEMONYM -> countryScore.merge(m.country().code2(), weight * 0.5, Double::sum);
            case REGION -> m.regions().forEach(r -> countryScore.merge(r.countryCode(), weight * 0.5, Double::sum));
            case CITY -> { }
        }
    }

    double countrySupport(String code) {
        return countryScore.getOrDefault(code, 0.0);
    }

    /** The place a mention most likely means, or null when it is too weak to trust. */
    Place resolve(PlaceFinder.PlaceMention m) {
        return switch (m.kind()) {
            case COUNTRY, DEMONYM -> countryPlace(m.country());
            case REGION -> regionPlace(best(m.regions()));
            case CITY -> cityPlace(bestCity(m));
        };
    }

    private Region best(List<Region> regions) {
        Region best = regions.get(0);
        for (Region r : regions) if (countrySupport(r.countryCode()) > countrySupport(best.countryCode())) best = r;
        return best;
    }

    private City bestCity(PlaceFinder.PlaceMention m) {
        City best = null;
        double bestScore = -1;
        for (City c : m.cities()) {
            double s = countrySupport(c.countryCode()) * 1_000_000_000.0 + (c.capital() ? 500_000_000.0 : 0)
                    + c.population();
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        if (best == null) return null;
        boolean supported = countrySupport(best.countryCode()) > 0;
        if (!supported && !best.capital()) {
            if (best.population() < 15_000 && !m.cue()) return null;
            if (best.population() < 1_000 && best.population() > 0) return null;
        }
        return best;
    }

    Place cityPlace(City c) {
        if (c == null) return null;
        Country country = gazetteer.countryByCode(c.countryCode()).orElse(null);
        return new Place(c.name(), c.region(), country == null ? null : country.name(), c.countryCode(), c.lat(), c.lon());
    }

    Place regionPlace(Region r) {
        Country country = gazetteer.countryByCode(r.countryCode()).orElse(null);
        return new Place(null, r.name(), country == null ? null : country.name(), r.countryCode(), r.lat(), r.lon());
    }

    static Place countryPlace(Country c) {
        return new Place(null, null, c.name(), c.code2(), c.lat(), c.lon());
    }

    /** "Bamako|ML" for cities, "region:Borno|NG", "country:ML": equal keys mean the same place. */
    static String key(Place p) {
        if (p.city() != null) return p.city() + "|" + p.countryCode();
        if (p.region() != null) return "region:" + p.region() + "|" + p.countryCode();
        return "country:" + p.countryCode();
    }

    /** How specific a place is: city 3, region 2, country 1. */
    static int level(Place p) {
        return p.city() != null ? 3 : p.region() != null ? 2 : 1;
    }
}
