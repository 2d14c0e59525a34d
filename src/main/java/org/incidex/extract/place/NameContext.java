package org.incidex.extract.place;

import org.incidex.extract.place.PlaceWords.Phrases;
import org.incidex.extract.place.PlaceWords.Words;
import org.incidex.extract.rules.Alternatives;
import org.incidex.extract.text.Tokens;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.incidex.extract.place.PlaceWords.alternatives;

/**
 * What the words right around a name say about it, for {@link PlaceFinder}: a place cue ("in X", "X, Mali"), a
 * facility named after it ("Victoria Station"), a compound ("Neo-nazis"), a word cut at an apostrophe ("Asa'ib").
 * Stateless, thread-safe.
 */
final class NameContext {
    /** Capitalised nouns that end a facility's proper name ("Victoria Station", "St Mary's Grammar School"): a
     *  place name inside such a name says little about where the facility is. */
    static final Set<String> FACILITIES = PlaceWords.set(Words.FACILITY);
    /** Facility nouns that follow the facility's own name even in lower case ("Victoria station"). */
    private static final Set<String> NAMED_FACILITIES = PlaceWords.set(Words.NAMED_FACILITY);

    /**
     * True when the name begins a facility's proper name: a capitalised facility noun follows, perhaps after "'s" and
     * up to two more capitalised words ("Victoria Station in Manchester", "St Mary's Grammar School in Belfast"), or
     * a named-facility noun in any case ("Victoria station").
     * Such a mention is kept as a weak one (a modifier): the facility may be in that town, or merely named after it.
     */
    static boolean facilityAfter(String sentence, List<Tokens.Token> tokens, int to) {
        int k = to;
        if (k < tokens.size() && NAMED_FACILITIES.contains(tokens.get(k).folded())) return true;
        if (k < tokens.size() && tokens.get(k).text().equals("s") && tokens.get(k).start() >= 1
                && "'’".indexOf(sentence.charAt(tokens.get(k).start() - 1)) >= 0) k++;
        for (int n = 0; n < 3 && k < tokens.size(); n++, k++) {
            Tokens.Token t = tokens.get(k);
            if (!t.isCapitalized()) return false;
            if (FACILITIES.contains(t.folded())) return true;
        }
        return false;
    }

    /** Lower-case words besides the division and settlement words that make "the X …" a place or a site in one
     *  ("the Sleman regency", "the Kalat area", "the Rafah crossing", "the Bagram base"). */
    private static final Set<String> TYPE_LIKE = PlaceWords.set(Words.TYPE_LIKE);

    /**
     * The name is followed, after a space, by a lower-case word that neither continues the name ("Mocímboa da Praia")
     * nor says what kind of place it is ("the Zhari district", "the Damboa local government area").
     */
    static boolean plainWordAfter(String sentence, List<Tokens.Token> tokens, int to) {
        if (to >= tokens.size() || !sentence.substring(tokens.get(to - 1).end(), tokens.get(to).start()).equals(" ")) {
            return false;
        }
        Tokens.Token t = tokens.get(to);
        String w = t.folded();
        return !t.isCapitalized() && !PlaceFinder.CONNECTORS.contains(w) && !PlaceFinder.REGION_WORDS.contains(w)
                && !AreaFinder.UNIT_WORDS.contains(w) && !PlaceFinder.PLACE_TYPES.contains(w)
                && !AreaFinder.SETTLEMENT_WORDS.contains(w) && !TYPE_LIKE.contains(w);
    }

    /**
     * The name is glued by a hyphen to a lower-case word: the first part of a compound ("Neo-nazis", "Kabul-based").
     */
    static boolean compoundAfter(String sentence, List<Tokens.Token> tokens, int to) {
        if (to >= tokens.size()) return false;
        Tokens.Token next = tokens.get(to);
        return next.start() == tokens.get(to - 1).end() + 1 && sentence.charAt(next.start() - 1) == '-'
                && Character.isLowerCase(next.text().charAt(0));
    }

    /** Endings after an apostrophe that are no part of a name: "Mali's", "they'll". */
    static final Set<String> CLITICS = PlaceWords.set(Words.CLITIC);

    /** The token before {@code to} continues after an apostrophe into lower-case letters that are no clitic. */
    static boolean cutAtApostrophe(String sentence, List<Tokens.Token> tokens, int to) {
        if (to >= tokens.size()) return false;
        Tokens.Token next = tokens.get(to);
        String gap = sentence.substring(tokens.get(to - 1).end(), next.start());
        return (gap.equals("'") || gap.equals("’")) && Character.isLowerCase(next.text().charAt(0))
                && !CLITICS.contains(next.folded());
    }

    private static final Pattern CUE_BEFORE = Pattern.compile("(?i)\\b"
            + Alternatives.lookahead(alternatives(Phrases.CUE_BEFORE)) + "(?:"
            + alternatives(Phrases.CUE_BEFORE) + ")\\s+(?:the\\s+)?(?:(?:far[ -])?(?:"
            + alternatives(Phrases.CUE_DIRECTION) + ")\\s+)?$");
    private static final Pattern TYPE_BEFORE = Pattern.compile("(?i)\\b"
            + Alternatives.lookahead(alternatives(Phrases.CUE_TYPE)) + "(?:"
            + alternatives(Phrases.CUE_TYPE) + ")\\s+(?:of\\s+)?$");
    private static final Pattern CUE_AFTER = Pattern.compile("^(?:(?:'s)?,\\s+[A-Z]|'s\\s+(?:"
            + alternatives(Phrases.CUE_AFTER) + "))");

    /** Words before or after that say "this is a place". */
    static boolean hasCue(String sentence, int s, int e) {
        String before = sentence.substring(Math.max(0, s - 40), s);
        String after = sentence.substring(e, Math.min(sentence.length(), e + 30));
        return CUE_BEFORE.matcher(before).find() || TYPE_BEFORE.matcher(before).find()
                || CUE_AFTER.matcher(after).find();
    }

    /** person-cues.tsv: titles before a person's name, speech verbs after it, what follows its possessive. */
    private static final Set<String> TITLES;
    private static final Set<String> SPEECH;
    private static final Set<String> BELONGING;
    private static final Set<String> PLACE_PREFIXES;

    static {
        org.incidex.extract.rules.RuleTable t = org.incidex.extract.rules.RuleTable.load(NameContext.class,
                "person-cues.tsv");
        TITLES = Set.copyOf(words(t, "title"));
        SPEECH = Set.copyOf(words(t, "speech"));
        BELONGING = Set.copyOf(words(t, "belonging"));
        PLACE_PREFIXES = Set.copyOf(words(t, "place-prefix"));
    }

    private static List<String> words(org.incidex.extract.rules.RuleTable t, String cue) {
        return t.where("cue", cue).stream().map(r -> r.require("word")).toList();
    }

    /**
     * Words around the name say it is a person's ("President Obama", "Dale Warren", "Garrett said", "Smith's art",
     * "Parata, 75,"): surely, a title before it, perhaps with a given name between, a speech verb right after it, a
     * possessive followed by a word of a person's life or work, or an age in commas after it; here, a capitalised word
     * right before it that is no place word nor a place's name ({@code placeName}), in a sentence not written in
     * title case (a given name) — a weaker sign, kept to this mention.
     */
    static Person personName(String sentence, List<Tokens.Token> tokens, int from, int to,
                             java.util.function.Predicate<String> placeName) {
        if (from > 0) {
            Tokens.Token prev = tokens.get(from - 1);
            if (TITLES.contains(prev.folded()) && adjacent(sentence, prev, tokens.get(from))) return Person.SURELY;
            if (from > 1 && prev.isCapitalized() && TITLES.contains(tokens.get(from - 2).folded())) {
                return Person.SURELY;
            }
        }
        if (to < tokens.size()) {
            Tokens.Token next = tokens.get(to);
            String gap = sentence.substring(tokens.get(to - 1).end(), next.start());
            if (gap.equals(" ") && SPEECH.contains(next.folded())) return Person.SURELY;
            boolean possessive = next.text().equals("s") && (gap.equals("'") || gap.equals("’"));
            if (possessive && to + 1 < tokens.size() && BELONGING.contains(tokens.get(to + 1).folded())) {
                return Person.SURELY;
            }
            if (gap.equals(", ") && next.text().chars().allMatch(Character::isDigit) && next.text().length() <= 3
                    && next.end() < sentence.length() && sentence.charAt(next.end()) == ',') return Person.SURELY;
        }
        if (from > 0 && givenName(sentence, tokens, from - 1) && adjacent(sentence, tokens.get(from - 1),
                tokens.get(from)) && !placeName.test(tokens.get(from - 1).text())) return Person.HERE;
        return Person.NO;
    }

    /** What {@link #personName} found: no person; a person here (after a given name); surely a person's name. */
    enum Person { NO, HERE, SURELY }

    /**
     * A capitalised word inside a sentence that is not written in title case, and that is no word a place's name
     * or its description begins with (a compass point, "New", a place type, a connector, an article).
     */
    private static boolean givenName(String sentence, List<Tokens.Token> tokens, int k) {
        Tokens.Token t = tokens.get(k);
        if (!t.isCapitalized() || k == 0 || t.text().length() < 2) return false;
        if (t.text().equals(t.text().toUpperCase(Locale.ROOT))) return false;           // "KABUL", "US", "UN"
        String w = t.folded();
        if (PlaceFinder.STOP.contains(w) || PlaceFinder.CONNECTORS.contains(w) || PlaceFinder.REGION_WORDS.contains(w)
                || PlaceFinder.PLACE_TYPES.contains(w) || FACILITIES.contains(w) || TITLES.contains(w)
                || PLACE_PREFIXES.contains(w)) return false;
        return !Tokens.titleCase(tokens);   // a headline in title case names places after capitalised words
    }

    private static boolean adjacent(String sentence, Tokens.Token a, Tokens.Token b) {
        String gap = sentence.substring(a.end(), b.start());
        return gap.equals(" ") || gap.equals(". ");   // "Dr. Smith", "Gen. Haftar"
    }

    private NameContext() {
    }
}
