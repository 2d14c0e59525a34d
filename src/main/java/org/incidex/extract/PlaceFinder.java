package org.incidex.extract;

import org.incidex.extract.gazetteer.City;
import org.incidex.extract.gazetteer.Country;
import org.incidex.extract.gazetteer.Gazetteer;
import org.incidex.extract.gazetteer.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds place names in a sentence with the gazetteer: countries ("Mali"), demonyms ("Malian"), first-level regions
 * ("Borno State", "the western Herat province") and cities ("Bamako", "the central town of Sevare"). Names must be
 * capitalized; common capitalized words that are also town names ("Police", "Monday", "Islamic") are ignored.
 * Which candidate city a name means is decided later, with the whole article as context.
 * Thread-safe: holds only the immutable gazetteer.
 */
public final class PlaceFinder {
    /** What a mention names. */
    public enum Kind { COUNTRY, DEMONYM, REGION, CITY }

    /**
     * A place name in a sentence.
     *
     * @param cue true when words around it say it is a place ("in X", "town of X", "X province", "X, Mali")
     */
    public record PlaceMention(Kind kind, String text, int start, int end, Country country, List<Region> regions,
                               List<City> cities, boolean cue, boolean modifier) {}

    /** Nouns after a country name that make it a modifier ("US embassy", "French troops"), not a location. */
    private static final Set<String> MODIFIED = Set.of("embassy", "embassies", "consulate", "forces", "troops",
            "soldiers", "officials", "official", "government", "citizens", "nationals", "authorities", "military",
            "army", "ambassador", "president", "minister", "navy", "air", "special", "intelligence", "state",
            "department", "diplomats", "diplomat", "police", "gendarmerie", "team", "company", "firm", "news",
            "media", "warplanes", "drones", "envoy", "aid", "interests", "hostages", "tourists", "-");

    private static final Set<String> REGION_WORDS = Set.of("province", "state", "region", "governorate", "district",
            "county", "prefecture", "department", "oblast", "territory", "division");
    private static final Set<String> CONNECTORS = Set.of("de", "del", "la", "el", "al", "e", "es", "of", "ul", "i",
            "da", "do", "dos", "das", "du", "des", "le", "les", "y", "an", "ad", "ash", "as", "at", "az", "ar", "sur", "on");
    private static final Set<String> STOP = Set.of("police", "army", "president", "minister", "government", "security",
            "islamic", "state", "national", "university", "hotel", "reuters", "mosque", "church", "north", "south",
            "east", "west", "central", "western", "eastern", "northern", "southern", "god", "allah", "prime",
            "interior", "defence", "defense", "general", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "today", "the", "a", "an", "he", "she", "it", "they", "we",
            "this", "that", "in", "on", "at", "of", "and", "but", "as", "by", "for", "from", "with", "after",
            "before", "officials", "official", "authorities", "witnesses", "witness", "forces", "troops", "media",
            "news", "agency", "ministry", "office", "council", "city", "town", "village", "district", "province",
            "region", "capital", "airport", "station", "market", "street", "road", "square", "bridge", "park",
            "mall", "embassy", "school", "hospital", "camp", "base", "club", "center", "centre", "island", "lake",
            "river", "mount", "port", "bay", "beach", "valley", "union", "republic", "kingdom", "democratic",
            "people", "popular", "liberation", "front", "movement", "party", "brigade", "brigades",
            "militants", "gunmen", "attack", "attacks", "bomb", "blast", "victims", "hostages", "live", "update",
            "updated", "breaking", "watch", "read", "more", "share", "photo", "video", "mr", "mrs", "ms", "dr", "st",
            "san", "santa", "sao", "new", "old", "great", "little", "upper", "lower", "green", "red", "white",
            "black", "blue", "golden", "royal", "grand", "saint", "fort", "lima" /* also a common given name */,
            "un", "eu", "nato", "gmt", "utc", "am", "pm", "tv", "bbc", "cnn", "afp", "ap", "said", "says",
            "rescue", "emergency", "special", "federal", "regional", "local", "foreign", "home", "secretary",
            "spokesman", "spokeswoman", "rue", "avenue", "boulevard", "calle", "plaza", "via", "strasse", "tower", "towers", "commander", "chief", "colonel", "captain", "major", "lieutenant");

    private final Gazetteer gazetteer;
    private final int maxTokens;

    public PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.maxTokens = Math.max(1, Math.min(6, gazetteer.maxNameTokens()));
    }

    public List<PlaceMention> find(String sentence) {
        List<Tokens.Token> tokens = Tokens.of(sentence);
        List<PlaceMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            PlaceMention best = null;
            int bestLen = 0;
            if (tokens.get(i).isCapitalized()) {
                for (int len = Math.min(maxTokens, tokens.size() - i); len >= 1 && best == null; len--) {
                    if (!tokens.get(i + len - 1).isCapitalized()) continue;
                    if (!innerOk(tokens, i, i + len)) continue;
                    best = lookup(sentence, tokens, i, i + len);
                    if (best != null) bestLen = len;
                }
            }
            if (best != null) {
                out.add(best);
                i += bestLen;
                // "Borno State", "Herat province": the region word belongs to the mention
                if (best.kind() == Kind.REGION && i < tokens.size() && REGION_WORDS.contains(tokens.get(i).folded())) i++;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean allStop(List<Tokens.Token> t, int from, int to) {
        for (int k = from; k < to; k++) if (!STOP.contains(t.get(k).folded()) && !CONNECTORS.contains(t.get(k).folded())) return false;
        return true;
    }

    /** Inside a multi-word name only capitalized words and short connectors ("de", "al", "e"). */
    private static boolean innerOk(List<Tokens.Token> t, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (!t.get(k).isCapitalized() && !CONNECTORS.contains(t.get(k).folded())) return false;
        }
        return true;
    }

    private PlaceMention lookup(String sentence, List<Tokens.Token> tokens, int from, int to) {
        int s = tokens.get(from).start();
        int e = tokens.get(to - 1).end();
        String text = sentence.substring(s, e);
        if (to - from == 1 && (STOP.contains(tokens.get(from).folded()) || text.length() < 3)) {
            if (!isAbbreviatedCountry(text)) return null;
        }
        if (to - from > 1 && allStop(tokens, from, to)) return null;
        String lookupText = text.endsWith(".") ? text : extendAbbreviation(sentence, text, e);
        boolean regionWordAfter = to < tokens.size() && REGION_WORDS.contains(tokens.get(to).folded());
        boolean cue = hasCue(sentence, s, e) || regionWordAfter;
        Optional<Country> country = gazetteer.country(lookupText);
        if (country.isPresent() && !regionWordAfter) {
            boolean demonym = country.get().demonyms().stream()
                    .anyMatch(d -> Gazetteer.normalize(d).equals(Gazetteer.normalize(text)));
            return new PlaceMention(demonym ? Kind.DEMONYM : Kind.COUNTRY, text, s, e, country.get(), List.of(),
                    List.of(), cue, modifierAfter(tokens, to));
        }
        List<Region> regions = gazetteer.regions(text);
        List<City> cities = gazetteer.cities(text);
        if (!regions.isEmpty() && (regionWordAfter || cities.isEmpty())) {
            return new PlaceMention(Kind.REGION, text, s, e, null, regions, List.of(), cue, modifierAfter(tokens, to));
        }
        if (!cities.isEmpty()) return new PlaceMention(Kind.CITY, text, s, e, null, regions, cities, cue, false);
        return null;
    }

    private static boolean modifierAfter(List<Tokens.Token> tokens, int to) {
        return to < tokens.size() && MODIFIED.contains(tokens.get(to).folded());
    }

    private static boolean isAbbreviatedCountry(String text) {
        return text.equals("US") || text.equals("UK") || text.equals("U.S") || text.equals("U.K");
    }

    /** "U.S" as tokens cover it, plus the final dot that the tokenizer dropped. */
    private static String extendAbbreviation(String sentence, String text, int end) {
        if (text.contains(".") && end < sentence.length() && sentence.charAt(end) == '.') return text + ".";
        return text;
    }

    /** Words before or after that say "this is a place". */
    private static boolean hasCue(String sentence, int s, int e) {
        String before = sentence.substring(Math.max(0, s - 40), s).toLowerCase(Locale.ROOT);
        String after = sentence.substring(e, Math.min(sentence.length(), e + 30));
        return before.matches("(?s).*\\b(?:in|at|near|outside|across|from|into|of|to|around|hit|struck|rocked)\\s+(?:the\\s+)?$")
                || before.matches("(?s).*\\b(?:town|city|village|capital|district|province|region|state|port|area|suburb|neighbourhood|neighborhood)\\s+(?:of\\s+)?$")
                || after.matches("(?s)^(?:'s)?,\\s+[A-Z].*") || after.matches("(?s)^'s\\s+(?:capital|city|north|south|east|west|central|northern|southern|eastern|western).*");
    }
}
