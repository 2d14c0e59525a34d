package org.incidex.extract;

import org.incidex.extract.place.AreaFinder;
import org.incidex.extract.place.PlaceFinder.Kind;
import org.incidex.extract.place.PlaceFinder.PlaceMention;
import org.incidex.extract.place.PlaceResolver;
import org.incidex.model.Place;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The second level of the main place: the district (county, LGA, cercle, tehsil…) the text puts it in. News names
 * both levels ("in Sokolo in Niono Cercle", "Kakapora in Jammu and Kashmir's Pulwama district") and datasets record
 * one or the other, so the incident keeps both: the settlement as {@link Place#city()}, the division as
 * {@link Place#district()}.
 *
 * <ul>
 *   <li>a main town or village that a sentence about the attack places in a named unit gets that unit as district;</li>
 *   <li>a main place that is itself a unit ("Pulwama District") becomes the district of a settlement such a sentence
 *       places in it ("an army camp in Kakapora in … Pulwama district"): the most specific place named wins.</li>
 * </ul>
 * Stateless, thread-safe.
 */
final class Districts {
    private Districts() {
    }

    /**
     * {@code main} with its district, or the settlement inside the main district; {@code main} when neither is named.
     * A main place without a region takes the one region its sentence names in its country ({@link #sentenceRegion}).
     */
    static Place refine(Place main, List<SentenceFacts> facts, LocalDate published, String attackDate,
                        PlaceResolver resolver) {
        return sentenceRegion(district(main, facts, published, attackDate, resolver), facts, published, attackDate,
                resolver);
    }

    private static Place district(Place main, List<SentenceFacts> facts, LocalDate published, String attackDate,
                                  PlaceResolver resolver) {
        if (main == null || main.city() == null) return main;
        String mainKey = PlaceResolver.key(main);
        boolean mainIsUnit = AreaFinder.isUnitName(main.city());
        for (SentenceFacts f : facts) {
            if (MainPlace.weight(f, published, attackDate) <= 0) continue;
            for (PlaceMention m : f.places()) {
                if (m.kind() != Kind.CITY && m.kind() != Kind.AREA) continue;
                Place p = resolver.resolve(m);
                if (p == null) continue;
                if (PlaceResolver.key(p).equals(mainKey)) {
                    String unit = unitAbove(m, main, resolver);
                    if (unit != null) return main.withDistrict(unit);
                } else if (mainIsUnit && f.attackCue() && !isUnit(m) && inside(m, mainKey, resolver)
                        && Objects.equals(p.countryCode(), main.countryCode())) {
                    // "in Kakapora in Pulwama district": the village, in the district
                    return settlementIn(p, main);
                }
            }
        }
        return main;
    }

    /**
     * The nearest division the sentence puts {@code m} in, not only near: a named unit ("Sokolo in Niono Cercle"), or
     * the town a village or barangay lies in ("Barangay Biyong, Masbate City", "the village of Tchika in the commune
     * of Hile-Alifa"); null when none. A first-level region ends the search.
     */
    private static String unitAbove(PlaceMention m, Place main, PlaceResolver resolver) {
        PlaceMention c = m;
        String town = null;
        for (int depth = 0; depth < 4 && c.within() != null && !c.near(); depth++) {
            c = c.within();
            if (isUnit(c)) return c.name();
            if (c.kind() != Kind.CITY && c.kind() != Kind.AREA || c.regionLevel()) break;
            Place p = resolver.resolve(c);
            if (p == null || p.city() == null || p.city().equals(main.city())
                    || !Objects.equals(p.countryCode(), main.countryCode())) continue;
            // "the village of Pogar in Bangil in the Pasuruan district": a known town is the town; "the village of Las
            // Marías, La Guayacan, Tumaco municipality": a name the gazetteer lacks between is often a village or
            // sector itself, and a named unit further up says more
            if (c.kind() == Kind.CITY) return town != null ? town : p.city();
            if (town == null) town = p.city();
        }
        return town;
    }

    private static boolean isUnit(PlaceMention m) {
        return m.kind() == Kind.AREA && !m.regionLevel() && AreaFinder.isUnitName(m.name());
    }

    /** True when a container of {@code m} (not merely a nearby place) resolves to the main place. */
    private static boolean inside(PlaceMention m, String mainKey, PlaceResolver resolver) {
        PlaceMention c = m;
        for (int depth = 0; depth < 4 && c.within() != null && !c.near(); depth++) {
            c = c.within();
            Place p = resolver.resolve(c);
            if (p != null && PlaceResolver.key(p).equals(mainKey)) return true;
        }
        return false;
    }

    /**
     * "the Cameroonian town of Hitawa (Far North)", "in Oulfo … in the Far North region of Cameroon": a village the
     * gazetteer lacks is given no region by its container; the region its sentence names, the only one there in its
     * country, is where it lies.
     */
    private static Place sentenceRegion(Place main, List<SentenceFacts> facts, LocalDate published,
                                        String attackDate, PlaceResolver resolver) {
        if (main == null || main.city() == null || main.region() != null || main.countryCode() == null) return main;
        String mainKey = PlaceResolver.key(main);
        for (SentenceFacts f : facts) {
            if (MainPlace.weight(f, published, attackDate) <= 0) continue;
            Place region = null;
            boolean here = false, several = false;
            for (PlaceMention m : f.places()) {
                Place p = resolver.resolve(m);
                if (p == null) continue;
                here |= PlaceResolver.key(p).equals(mainKey);
                if (m.kind() != Kind.REGION || m.modifier() || m.near() || p.region() == null
                        || !main.countryCode().equals(p.countryCode())) continue;
                several |= region != null && !region.region().equals(p.region());
                region = p;
            }
            if (here && region != null && !several) {
                return new Place(main.city(), region.region(), main.country(), main.countryCode(), region.lat(),
                        region.lon(), main.district());
            }
        }
        return main;
    }

    /** The settlement, with the district's region and country when it has none of its own. */
    private static Place settlementIn(Place settlement, Place district) {
        String region = settlement.region() != null ? settlement.region() : district.region();
        boolean ownCoordinates = settlement.lat() != null && !Objects.equals(settlement.lat(), district.lat());
        return new Place(settlement.city(), region, district.country(), district.countryCode(),
                ownCoordinates ? settlement.lat() : district.lat(), ownCoordinates ? settlement.lon() : district.lon(),
                district.city());
    }
}
