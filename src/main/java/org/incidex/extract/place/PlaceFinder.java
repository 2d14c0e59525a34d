package org.incidex.extract.place;

import org.incidex.extract.gazetteer.City;
import org.incidex.extract.gazetteer.Country;
import org.incidex.extract.gazetteer.Gazetteer;
import org.incidex.extract.gazetteer.Region;
import org.incidex.extract.place.PlaceWords.Phrases;
import org.incidex.extract.place.PlaceWords.Words;
import org.incidex.extract.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.incidex.extract.place.PlaceWords.alternatives;

/**
 * Finds place names in a sentence with the gazetteer: countries ("Mali"), demonyms ("Malian"), first-level regions
 * ("Borno State", "the western Herat province") and cities ("Bamako", "the central town of Sevare"). Names must be
 * capitalized; common capitalized words that are also town names ("Police", "Monday", "Islamic") are ignored.
 * Which candidate city a name means is decided later, with the whole article as context.
 * Thread-safe: holds only the immutable gazetteer.
 */
public final class PlaceFinder {
    /** What a mention names. */
    public enum Kind {
        COUNTRY, DEMONYM, REGION, CITY,
        /** A name the gazetteer lacks that the words around it call a place ("the Nahri Saraj district", "the
         *  village of Dugheila", "Qunyo Barrow town"); where it lies comes from {@link PlaceMention#within()}. */
        AREA
    }

    /**
     * A place name in a sentence.
     *
     * @param cue         true when words around it say it is a place ("in X", "town of X", "X province", "X, Mali")
     * @param modifier    a country name or demonym used as an adjective ("US embassy", "Malian troops")
     * @param name        the name the place is given: the text for gazetteer names; for an AREA the name plus its
     *                    type word when that is an administrative unit ("Nahri Saraj District"), else the bare name
     * @param regionLevel an AREA named as a province, state, region or governorate (not a district or a town)
     * @param within      the place the sentence puts this one in ("… district of Helmand province", "Kabul's …
     *                    district", "the Philippine province of …"), or null
     * @param near        {@code within} is only nearby ("…, north of Baghdad"): it says the region or country only
     * @param sameCountry a weak mention (a {@code modifier}) that still says the country in full: the end of a route,
     *                    a destination or a base ("between Nuremberg and Munich", "heading to Mogadishu") lies in
     *                    the country of the attack as a rule, though it is not where the attack was
     */
    public record PlaceMention(Kind kind, String text, int start, int end, Country country, List<Region> regions,
                               List<City> cities, boolean cue, boolean modifier, String name, boolean regionLevel,
                               PlaceMention within, boolean near, boolean sameCountry) {
        PlaceMention(Kind kind, String text, int start, int end, Country country, List<Region> regions,
                     List<City> cities, boolean cue, boolean modifier) {
            this(kind, text, start, end, country, regions, cities, cue, modifier, text, false, null, false);
        }

        PlaceMention(Kind kind, String text, int start, int end, Country country, List<Region> regions,
                     List<City> cities, boolean cue, boolean modifier, String name, boolean regionLevel,
                     PlaceMention within, boolean near) {
            this(kind, text, start, end, country, regions, cities, cue, modifier, name, regionLevel, within, near,
                    false);
        }

        PlaceMention withWithin(PlaceMention container, boolean nearby) {
            return new PlaceMention(kind, text, start, end, country, regions, cities, cue, modifier, name, regionLevel,
                    container, nearby, sameCountry);
        }
    }

    /** Nouns after a country name that make it a modifier ("US embassy", "French troops"), not a location. */
    private static final Set<String> MODIFIED = PlaceWords.set(Words.MODIFIED);

    static final Set<String> REGION_WORDS = PlaceWords.set(Words.REGION_WORD);
    static final Set<String> CONNECTORS = PlaceWords.set(Words.CONNECTOR);
    static final Set<String> STOP = PlaceWords.set(Words.STOP);

    /** Members of a group: a small town's name before them is the group's ("Taliban fighters", "Shabaab militants"). */
    private static final Set<String> GROUP_AFTER = PlaceWords.set(Words.GROUP_AFTER);

    /** Place-type nouns after a demonym that make it say where ("the Nigerian state of Borno"). */
    static final Set<String> PLACE_TYPES = PlaceWords.set(Words.PLACE_TYPE);
    /** "state media", "state television": the state as an institution, not a place. */
    private static final Set<String> STATE_ORGS = PlaceWords.set(Words.STATE_ORG);
    /** "the state of Borno", "province of Herat": a region name follows. */
    private static final Pattern REGION_BEFORE = Pattern.compile("(?i)\\b(?:"
            + alternatives(Phrases.REGION_OF) + ")\\s+of\\s+(?:the\\s+)?$");

    /** "the town of", "municipality of", "the area of": a settlement's name follows, even one that is also a
     *  country's. */
    private static final Pattern SETTLEMENT_BEFORE = Pattern.compile("(?i)\\b(?:"
            + alternatives(Phrases.SETTLEMENT_OF) + ")\\s+of\\s+$");

    /** "the border with", "borders with": a neighbouring country follows. */
    private static final Pattern BORDER_WITH = Pattern.compile("(?i)\\b(?:"
            + alternatives(Phrases.BORDER) + ")\\s+(?:the\\s+)?$");

    /** "crossed over from the Congo", "fired from Syria": where people or things came from, not where it happened. */
    private static final Pattern FROM = Pattern.compile("(?i)\\bfrom\\s+(?:the\\s+)?$");

    private static final Set<String> ATTACKERS = PlaceWords.set(Words.ATTACKER);

    /** Towns below this many inhabitants need more than a capital letter to be read as a place. */
    private static final int SMALL = 15_000;

    private final Gazetteer gazetteer;
    private final Capitals capitals;
    private final int maxTokens;

    public PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.capitals = new Capitals(gazetteer);
        this.maxTokens = Math.max(1, Math.min(6, gazetteer.maxNameTokens()));
    }

    public List<PlaceMention> find(String sentence) {
        return find(sentence, null);
    }

    /**
     * The place names in {@code sentence}; names its words show to be a person's ("President Obama", "Dale Warren",
     * "Garrett said") are no mentions, and are added to {@code persons} when it is not null, so that the caller can
     * read the same name as a person's elsewhere in the article too.
     */
    public List<PlaceMention> find(String sentence, List<String> persons) {
        List<Tokens.Token> tokens = Tokens.of(sentence);
        List<PlaceMention> out = new ArrayList<>();
        boolean[] covered = new boolean[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            PlaceMention best = null;
            int bestLen = 0;
            if (tokens.get(i).isCapitalized() || articlePrefix(sentence, tokens, i)) {
                for (int len = Math.min(maxTokens, tokens.size() - i); len >= 1 && best == null; len--) {
                    // "Al-Qa'im": a name may end in a lower-case part glued on by an apostrophe
                    if (!tokens.get(i + len - 1).isCapitalized()
                            && !(len > 1 && AreaFinder.glued(sentence, tokens, i + len - 2, i + len - 1))) continue;
                    if (!innerOk(sentence, tokens, i, i + len)) continue;
                    best = lookup(sentence, tokens, i, i + len, persons);
                    if (best != null) bestLen = len;
                }
            }
            if (best != null) {
                out.add(best);
                for (int k = i; k < i + bestLen; k++) covered[k] = true;
                i += bestLen;
                // "Borno State", "Herat province": the region word belongs to the mention
                if (best.kind() == Kind.REGION && i < tokens.size() && REGION_WORDS.contains(tokens.get(i).folded())) {
                    covered[i++] = true;
                }
            } else {
                i++;
            }
        }
        for (Reading r : READINGS) r.read(sentence, tokens, covered, out);
        // then what no token decides: compass phrases before a country, capitals named by what they are the capital
        // of, each mention's container, and the mentions a route, destination, base or origin makes weak
        CompassRegions.find(sentence, gazetteer, out);
        return Relations.weaken(sentence, capitals.apply(sentence, AreaFinder.link(sentence, out)));
    }

    /** A reading of the words around the gazetteer's names: adds (or replaces) mentions, marking the tokens it
     *  takes. */
    @FunctionalInterface
    private interface Reading {
        void read(String sentence, List<Tokens.Token> tokens, boolean[] covered, List<PlaceMention> out);
    }

    /**
     * The readings after the gazetteer's, in priority order: each sees the mentions found before it and takes only
     * tokens no earlier reading covered, so where two would read the same words the earlier one wins. Names whole
     * before their parts, units before settlements, a type word's reading before a name placed only by a possessive
     * or a reference point, and a bare name after "in / at / near" last of all.
     */
    private static final List<Reading> READINGS = List.of(
            NameFragments::drop,                  // "Abu Kamal" is neither Abu nor Kamal: its parts give tokens back
            UnitNames::read,                      // "the Mueang Yala district": the whole run before a unit word
            PlaceFinder::seatAreas,               // "Hawija district": a unit named after its seat
            UnitNames::seats,                     // "Huanta Province", "the district of Palma"
            AreaFinder::villages,                 // "Barangay Ginatilan, Pikit": a village, though a town elsewhere
            AreaFinder::find,                     // "the Nahri Saraj district", "the village of Dugheila", addresses
            Features::find,                       // "Lake Chad", "the Sambisa forest"
            Relations::areas,                     // "in Niger's Tamou", "attacked Balad north of Baghdad"
            AreaFinder::findAfterPreposition);    // "attacked a post at Hombori": the weakest reading

    /** "Hawija district", "Sopore tehsil": a division named after its seat, which says where it lies. */
    private static void seatAreas(String sentence, List<Tokens.Token> tokens, boolean[] covered,
                                  List<PlaceMention> out) {
        for (int i = 0; i < out.size(); i++) {
            PlaceMention m = out.get(i);
            if (m.kind() != Kind.CITY) continue;
            for (int k = 0; k < tokens.size(); k++) {
                Tokens.Token t = tokens.get(k);
                if (t.start() < m.end()) continue;
                int len = AreaFinder.unitLength(tokens, k);
                if (t.start() == m.end() + 1 && !covered[k] && len > 0 && sentence.charAt(m.end()) == ' ') {
                    out.set(i, seatArea(sentence, AreaFinder.unitName(tokens, k), tokens.get(k + len - 1), m));
                    for (int j = k; j < k + len; j++) covered[j] = true;
                }
                break;
            }
        }
    }

    /** "Hawija district": an AREA named with its type word that keeps the seat's candidates to say where it lies. */
    private static PlaceMention seatArea(String sentence, String unitName, Tokens.Token last, PlaceMention city) {
        String name = city.text() + " " + unitName;
        return new PlaceMention(Kind.AREA, sentence.substring(city.start(), last.end()), city.start(), last.end(), null,
                List.of(), city.cities(), true, false, name, false, null, false);
    }

    /** A name the gazetteer knows as a country, region or town ("Kashmir" in "Jammu and Kashmir Srinagar"). */
    private boolean knownPlace(String name) {
        return gazetteer.country(name).isPresent() || !gazetteer.regions(name).isEmpty()
                || !gazetteer.cities(name).isEmpty();
    }

    /** Arabic articles that open place names ("al-Qa'im", "Ad Dana", "As Sukhnah"). */
    static final Set<String> ARTICLES = PlaceWords.set(Words.ARTICLE);

    /** A lower-case article hyphened to a capitalised word ("al-Qa'im town", "al-Mada'in district"). */
    static boolean articlePrefix(String sentence, List<Tokens.Token> tokens, int i) {
        return i + 1 < tokens.size() && ARTICLES.contains(tokens.get(i).text()) && tokens.get(i + 1).isCapitalized()
                && tokens.get(i + 1).start() == tokens.get(i).end() + 1 && sentence.charAt(tokens.get(i).end()) == '-';
    }

    static boolean allStop(List<Tokens.Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!STOP.contains(t.get(k).folded()) && !CONNECTORS.contains(t.get(k).folded())) return false;
        }
        return true;
    }

    /**
     * Inside a multi-word name only capitalized words, short connectors ("de", "al", "e") and a possessive "'s" that
     * the name itself holds ("Cox's Bazar": the gazetteer must know the whole).
     */
    private static boolean innerOk(String sentence, List<Tokens.Token> t, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            Tokens.Token w = t.get(k);
            boolean possessive = w.text().equals("s") && w.start() > 0
                    && "'’".indexOf(sentence.charAt(w.start() - 1)) >= 0;
            if (!w.isCapitalized() && !CONNECTORS.contains(w.folded()) && !possessive) return false;
        }
        return true;
    }

    private PlaceMention lookup(String sentence, List<Tokens.Token> tokens, int from, int to, List<String> persons) {
        int s = tokens.get(from).start();
        int e = tokens.get(to - 1).end();
        String text = sentence.substring(s, e);
        // "Asa'ib", "Jama'at": a word cut at an apostrophe is not the place its first part spells (but "Mali's" is)
        if (NameContext.cutAtApostrophe(sentence, tokens, to)) return null;
        if (to - from == 1 && (STOP.contains(tokens.get(from).folded()) || text.length() < 3)) {
            if (!isAbbreviatedCountry(text)) return null;
        }
        if (to - from > 1 && allStop(tokens, from, to)) return null;
        String lookupText = text.endsWith(".") ? text : extendAbbreviation(sentence, text, e);
        boolean regionWordAfter = to < tokens.size() && REGION_WORDS.contains(tokens.get(to).folded());
        // read only once a name is found: most n-grams tried are no name at all
        boolean wordAfter = regionWordAfter;
        java.util.function.BooleanSupplier cue = () -> wordAfter || NameContext.hasCue(sentence, s, e);
        Optional<Country> country = gazetteer.country(lookupText);
        boolean demonym = country.isPresent() && country.get().demonyms().stream()
                .anyMatch(d -> Gazetteer.normalize(d).equals(Gazetteer.normalize(text)));
        if (country.isPresent() && !demonym
                && SETTLEMENT_BEFORE.matcher(sentence.substring(Math.max(0, s - 30), s)).find()) {
            country = Optional.empty();   // "the municipality of Puerto Rico": a town named like a country
        }
        // "Niger State" is a region; "Afghan province" is not, nor "the US state of Louisiana" (no region "US")
        if (country.isPresent() && (demonym || !regionWordAfter || gazetteer.regions(text).isEmpty())) {
            // "near the border with Niger": the neighbour, which says nothing about where it happened
            if (BORDER_WITH.matcher(sentence.substring(Math.max(0, s - 25), s)).find()) return null;
            // "Chadian militants attacked Libyan soldiers": attackers cross borders more often than the attacked
            if (demonym && attackersAfter(tokens, to)) return null;
            boolean origin = !demonym && FROM.matcher(sentence.substring(Math.max(0, s - 12), s)).find();
            return new PlaceMention(demonym ? Kind.DEMONYM : Kind.COUNTRY, text, s, e, country.get(), List.of(),
                    List.of(), cue.getAsBoolean() || placeTypeAfter(tokens, to),
                    origin || modifierAfter(tokens, to) && !placeTypeAfter(tokens, to));
        }
        Optional<Country> force = gazetteer.countryCue(text);
        if (force.isPresent()) {   // "Tatmadaw soldiers": says the country, weakly (like a demonym used as a modifier)
            return new PlaceMention(Kind.DEMONYM, text, s, e, force.get(), List.of(), List.of(), false, true);
        }
        String typeWord = regionWordAfter ? tokens.get(to).folded()
                : REGION_WORDS.contains(tokens.get(to - 1).folded()) && to - from > 1 ? tokens.get(to - 1).folded()
                : null;
        List<Region> regions = RegionTypes.typed(gazetteer.regions(text), typeWord);
        List<City> cities = gazetteer.cities(text);
        if (regions.isEmpty() && cities.isEmpty() && to - from > 1 && ARTICLES.contains(tokens.get(from).folded())) {
            // "Al-Dana" is "Ad Dānā": the gazetteer also knows names without their article, whichever article it is
            String bare = sentence.substring(tokens.get(from + 1).start(), e);
            regions = gazetteer.regions(bare);
            cities = gazetteer.cities(bare);
        }
        if (!regions.isEmpty() && !cities.isEmpty() && !regionWordAfter) {
            regionWordAfter = REGION_BEFORE.matcher(sentence.substring(Math.max(0, s - 25), s)).find();
        }
        if (!regions.isEmpty() && (regionWordAfter || cities.isEmpty())) {
            boolean facility = !regionWordAfter && NameContext.facilityAfter(sentence, tokens, to);
            // "Plateau state said": the type word names the region, it does not make it a modifier
            boolean modifier = typeWord == null && modifierAfter(tokens, to);
            return new PlaceMention(Kind.REGION, text, s, e, null, regions, cities, cue.getAsBoolean() && !facility,
                    modifier || facility);
        }
        if (!cities.isEmpty() && to < tokens.size() && GROUP_AFTER.contains(tokens.get(to).folded())
                && cities.stream().noneMatch(c -> c.capital() || c.population() >= 100_000)) {
            return null;   // "Taliban fighters": a group named like a village
        }
        if (!cities.isEmpty() && regions.isEmpty() && from > 0 && tokens.get(from - 1).folded().equals("the")
                && NameContext.plainWordAfter(sentence, tokens, to)
                && !cities.stream().anyMatch(c -> c.capital() || c.population() >= 100_000)) {
            return null;   // "the Taliban shot dead …": English gives no town an article, but groups and peoples one
        }
        if (!cities.isEmpty() && from == 0 && to == 1 && !cue.getAsBoolean() && regions.isEmpty()
                && cities.stream().noneMatch(c -> c.capital() || c.population() >= SMALL)) {
            return null;   // "Over 180 rockets were fired": a capital at the start of a sentence says no proper name
        }
        NameContext.Person person = (cities.isEmpty() && regions.isEmpty()) || cue.getAsBoolean() || regionWordAfter
                ? NameContext.Person.NO : NameContext.personName(sentence, tokens, from, to, this::knownPlace);
        if (person != NameContext.Person.NO) {
            if (persons != null && person == NameContext.Person.SURELY) persons.add(text);
            return null;   // "President Obama", "Dale Warren", "Garrett said", "Smith's art": a person
        }
        if (!cities.isEmpty()) {
            // "Kabul International Airport" is in Kabul: only names of smaller places are taken for a facility's own
            boolean facility = cities.stream().allMatch(c -> c.population() < 500_000)
                    && NameContext.facilityAfter(sentence, tokens, to);
            boolean compound = NameContext.compoundAfter(sentence, tokens, to);   // "Neo-Nazis", "Kabul-based"
            return new PlaceMention(Kind.CITY, text, s, e, null, regions, cities,
                    cue.getAsBoolean() && !facility && !compound, facility || compound);
        }
        return null;
    }

    /**
     * Attackers follow a demonym, directly or after a group's capitalised name: "Chadian militants", "the Colombian
     * FARC guerrilla", "Somali Shabaab fighters".
     */
    private static boolean attackersAfter(List<Tokens.Token> tokens, int to) {
        if (to < tokens.size() && ATTACKERS.contains(tokens.get(to).folded())) return true;
        return to + 1 < tokens.size() && tokens.get(to).isCapitalized() && !STOP.contains(tokens.get(to).folded())
                && ATTACKERS.contains(tokens.get(to + 1).folded());
    }

    /** "the Nigerian state of Borno", "the Libyan city of Derna", "Afghan province": the country is where X is. */
    private static boolean placeTypeAfter(List<Tokens.Token> tokens, int to) {
        if (to >= tokens.size() || !PLACE_TYPES.contains(tokens.get(to).folded())) return false;
        return to + 1 >= tokens.size() || !STATE_ORGS.contains(tokens.get(to + 1).folded());
    }

    private static boolean modifierAfter(List<Tokens.Token> tokens, int to) {
        return to < tokens.size() && MODIFIED.contains(tokens.get(to).folded());
    }

    private static boolean isAbbreviatedCountry(String text) {
        return PlaceWords.set(Words.ABBREVIATION).contains(text);
    }

    /** "U.S" as tokens cover it, plus the final dot that the tokenizer dropped. */
    private static String extendAbbreviation(String sentence, String text, int end) {
        if (text.contains(".") && end < sentence.length() && sentence.charAt(end) == '.') return text + ".";
        return text;
    }

}
