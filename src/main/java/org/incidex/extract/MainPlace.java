package org.incidex.extract;

import org.incidex.extract.date.DateFinder;
import org.incidex.extract.gazetteer.Gazetteer;
import org.incidex.extract.group.GroupFinder;
import org.incidex.extract.group.GroupLexicon;
import org.incidex.extract.place.AreaFinder;
import org.incidex.extract.place.PlaceFinder;
import org.incidex.extract.place.PlaceResolver;
import org.incidex.extract.place.Relations;
import org.incidex.extract.rules.Alternatives;
import org.incidex.model.Place;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an article's own attack happened: every place the headline and the sentences name is scored by how much its
 * sentence says about the attack ({@link #weight}: sentences about other times say nothing, unless of the attack's
 * own time), its cues and its relations to the others; the country with the most weight wins, then its best city,
 * else region. Used by {@link IncidentExtractor} and {@link Districts}. Thread-safe: holds only immutable lexicons.
 */
final class MainPlace {
    /** Degrees of latitude (about 55 km) from a region's centre within which a town is taken to lie in it, whatever
     *  region the gazetteer files the town under ({@link #outweighed}). */
    private static final double NEAR_CENTRE = 0.5;

    /** Words of arrests and trials, which follow an attack somewhere else as often as not. */
    private static final Pattern AFTERMATH = Alternatives.words(IncidentExtractor.routing("aftermath"));

    private final Gazetteer gazetteer;
    private final GroupLexicon groups;

    MainPlace(Gazetteer gazetteer, GroupLexicon groups) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.groups = Objects.requireNonNull(groups, "groups");
    }

    /** A resolver whose country support is that of the title and of the sentences ({@link #weight}). */
    PlaceResolver resolver(SentenceFacts title, List<SentenceFacts> facts, LocalDate published,
                                        String attackDate) {
        PlaceResolver resolver = new PlaceResolver(gazetteer);
        for (PlaceFinder.PlaceMention m : title.places()) resolver.addCountrySupport(m, 3);
        for (SentenceFacts f : facts) {
            double w = weight(f, published, attackDate);
            for (PlaceFinder.PlaceMention m : f.places()) resolver.addCountrySupport(m, w);
            // the countries a named group operates in: a weak prior for texts that name no country
            for (GroupFinder.GroupMention g : f.groups()) {
                groups.find(g.name()).ifPresent(x -> resolver.addGroupSupport(x.countries(), w));
            }
        }
        return resolver;
    }

    /** Where the article's own attack happened: the best-scored city, else region, else country. */
    Place of(PlaceResolver resolver, SentenceFacts title, List<SentenceFacts> facts,
                            LocalDate published, String attackDate) {
        Map<String, Double> score = new HashMap<>();
        Map<String, Place> places = new HashMap<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        Map<String, Double> countryOnly = new HashMap<>();
        accumulate(resolver, title, 3, score, places, named, countryOnly);
        for (SentenceFacts f : facts) {
            accumulate(resolver, f, weight(f, published, attackDate), score, places, named, countryOnly);
        }
        // First the country with the most weight (its own mentions and those of its cities and regions), then the
        // best city in it, else the best region, else the country itself: a city refines its country.
        // Places the gazetteer lacks and whose country is unknown ("the village of X" alone) count under "".
        Map<String, Double> byCountry = new HashMap<>(countryOnly);
        score.forEach((k, v) -> byCountry.merge(Objects.toString(places.get(k).countryCode(), ""), v, Double::sum));
        // a name that cannot be placed in any country counts half against one that can ("… area of the Bogside, Derry")
        byCountry.computeIfPresent("", (k, v) -> byCountry.size() > 1 ? v * 0.5 : v);
        String country = best(byCountry, k -> k);
        if (country == null) {
            // no place named: the country of the groups named, if any
            String code = resolver.bestCountry();
            return code == null ? null : gazetteer.countryByCode(code).map(PlaceResolver::countryPlace).orElse(null);
        }
        Place best = null;
        for (int level = 3; level >= 1 && best == null; level--) {
            Map<String, Double> candidates = new HashMap<>();
            for (Map.Entry<String, Double> e : score.entrySet()) {
                Place p = places.get(e.getKey());
                if (country.equals(Objects.toString(p.countryCode(), "")) && PlaceResolver.level(p) == level) {
                    candidates.put(e.getKey(), e.getValue());
                }
            }
            // a bare name after "in"/"at" (see AreaFinder) only when no other place of its level is named
            Map<String, Double> strong = new HashMap<>(candidates);
            strong.keySet().retainAll(named);
            if (!strong.isEmpty()) candidates = strong;
            String k = best(candidates, x -> x);
            if (k != null && level == 3 && outweighed(k, score, places)) continue;
            if (k != null) best = places.get(k);
        }
        return best;
    }

    /**
     * A city refines the region it lies in, but not the best region when that lies elsewhere and the text gives it
     * more weight: "in Baghlan province …, cutting power to five provinces, including Kabul" happened in Baghlan.
     * "Elsewhere" needs another region name and some distance from that region's centre, since the gazetteer may
     * file a town under a larger unit than the province the text names (Isulan, Soccsksargen; Sultan Kudarat).
     */
    private static boolean outweighed(String city, Map<String, Double> score, Map<String, Place> places) {
        Place c = places.get(city);
        String region = null;
        for (Map.Entry<String, Double> e : score.entrySet()) {
            Place r = places.get(e.getKey());
            if (PlaceResolver.level(r) == 2 && Objects.equals(r.countryCode(), c.countryCode())
                    && (region == null || e.getValue() > score.get(region))) region = e.getKey();
        }
        if (region == null || score.get(region) <= score.get(city) || c.region() == null) return false;
        Place r = places.get(region);
        return !c.region().equals(r.region()) && !(c.lat() != null && r.lat() != null
                && Math.hypot(c.lat() - r.lat(), (c.lon() - r.lon()) * Math.cos(Math.toRadians(c.lat()))) < NEAR_CENTRE);
    }

    /** The key with the highest score; ties go to the alphabetically first key, so results do not depend on order. */
    static <K extends Comparable<K>> K best(Map<K, Double> scores, java.util.function.Function<K, K> id) {
        K best = null;
        double bestScore = 0;
        for (Map.Entry<K, Double> e : scores.entrySet()) {
            if (e.getValue() > bestScore || (e.getValue() == bestScore && best != null && e.getKey().compareTo(best) < 0)) {
                best = id.apply(e.getKey());
                bestScore = e.getValue();
            }
        }
        return best;
    }

    /** What a weak mention (a modifier: "US contractors", a route end) weighs as the attack's place. */
    private static final double MODIFIER_WEIGHT = 0.1;

    private static void accumulate(PlaceResolver resolver, SentenceFacts f, double w, Map<String, Double> score,
                                   Map<String, Place> places, java.util.Set<String> named, Map<String, Double> countryOnly) {
        if (w <= 0) return;
        int order = 0;
        java.util.Set<Integer> containers = new java.util.HashSet<>();
        for (PlaceFinder.PlaceMention m : f.places()) if (m.within() != null && !m.near() && !smallInDistrict(m)) containers.add(m.within().start());
        for (PlaceFinder.PlaceMention m : f.places()) {
            Place p = resolver.resolve(m);
            if (p == null) continue;
            double mw = m.kind() == PlaceFinder.Kind.DEMONYM ? w * 0.3 : w;
            if (m.cue()) mw *= 1.5;
            else if (m.kind() == PlaceFinder.Kind.COUNTRY) mw *= 0.5;   // "US contractors", "blamed Pakistan"
            mw *= 1 - 0.02 * Math.min(5, order++);                       // ties go to the place named first
            if (smallInDistrict(m)) mw *= 0.4;   // "Kundu village of Sukma district": news names the district
            else if (containers.contains(m.start())) mw *= 0.5;   // "the X district of Y province": X is where it happened
            mw *= Relations.factor(f.sentence().text(), m, f.places());   // "X, 30 km north of Y"; "a village near Y"
            // a route end or destination ("between Nuremberg and Munich") is no attack site, but its full weight
            // still says which country the attack was in
            if (m.modifier() && m.sameCountry() && p.countryCode() != null) {
                countryOnly.merge(p.countryCode(), mw * (1 - MODIFIER_WEIGHT), Double::sum);
            }
            if (m.modifier()) mw *= MODIFIER_WEIGHT;   // "US contractors", "Malian troops", a route end
            String k = PlaceResolver.key(p);
            // a weak name ("fled to the X forest") does not bar a bare one
            if ((m.cue() || m.kind() != PlaceFinder.Kind.AREA) && !m.modifier()) named.add(k);
            score.merge(k, mw, Double::sum);
            places.putIfAbsent(k, p);
        }
    }

    /**
     * An unknown settlement placed in a district the text names: too small to be the place news reports. A unit in
     * a unit ("the Ukhia Upazila in the Cox's Bazar district") is not: the smaller unit is where it happened.
     */
    private static boolean smallInDistrict(PlaceFinder.PlaceMention m) {
        PlaceFinder.PlaceMention in = m.within();
        return m.kind() == PlaceFinder.Kind.AREA && m.cities().isEmpty() && !m.regionLevel() && !m.near() && in != null
                && in.kind() == PlaceFinder.Kind.AREA && !in.regionLevel() && !AreaFinder.isUnitName(m.name());
    }

    /** An attack date ({@link #weight}) at the same time as every date. */
    static final String ANY_TIME = "";

    /**
     * How much a sentence's places say about where the main attack was: nothing when it names a past date, unless
     * that is when the attack happened ({@code attackDate}, null when not known or not past, {@link #ANY_TIME}: any).
     */
    static double weight(SentenceFacts f, LocalDate published, String attackDate) {
        DateFinder.DateMention past = IncidentExtractor.firstPast(f, published);
        if (past != null && (attackDate == null || !IncidentExtractor.sameTime(past.value(), attackDate))) return 0;
        double w = f.attackCue() ? 2 : 1;
        if (f.sentence().paragraph() == 0) w *= 1.5;
        if (f.quoted()) w *= 0.3;
        // "Police in Vienna arrested a suspect": where suspects are caught or tried is seldom where they struck
        if (!f.attackCue() && AFTERMATH.matcher(f.sentence().text()).find()) w *= 0.3;
        return w;
    }
}
