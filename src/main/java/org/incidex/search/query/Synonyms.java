package org.incidex.search.query;

import org.incidex.extract.group.GroupLexicon;
import org.incidex.extract.gazetteer.Country;
import org.incidex.extract.gazetteer.Gazetteer;
import org.incidex.index.Fields;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Query-time synonyms from the project's own data: a group's canonical name and aliases from {@link GroupLexicon}
 * ("Daesh", "ISIL", "IS" → Islamic State) and a country's names, demonyms and ISO codes from {@link Gazetteer}
 * ("Malian", "ML" → Mali). Nothing is added at index time, so the lists can grow without a reindex.
 *
 * <p>Short forms are the danger: "IS", "US", "IN" are English words. A name of three characters or fewer is only read
 * as an acronym or ISO code when written in capitals, and not even then when the whole query is typed in capitals
 * with other words (someone shouting "ATTACKS IN PARIS" does not mean India). Immutable and thread-safe.
 */
public final class Synonyms {
    /** Names of at most this many characters must be written in capitals to count. */
    private static final int SHORT = 3;
    /** Text alternatives searched for one concept: enough for a group's aliases, few enough to stay cheap. */
    private static final int MAX_NAMES = 16;

    /**
     * A group or country named in a query.
     *
     * @param dim       the facet dimension ({@link Fields#GROUP} or {@link Fields#COUNTRY})
     * @param value     the facet value (canonical group name, country common name)
     * @param names     names to search in the text, canonical first (aliases, demonyms), without the short ones
     *                  that analysis would turn into stop words or noise
     */
    public record Concept(String dim, String value, List<String> names) {}

    private final GroupLexicon groups;
    private final Gazetteer gazetteer;

    public Synonyms(GroupLexicon groups, Gazetteer gazetteer) {
        this.groups = groups;
        this.gazetteer = gazetteer;
    }

    /** The bundled group list and gazetteer (loaded once per process). */
    public static Synonyms shared() {
        return Holder.SHARED;
    }

    private static final class Holder {
        static final Synonyms SHARED = new Synonyms(GroupLexicon.shared(), Gazetteer.shared());
    }

    /**
     * The concept a phrase of free text names, if any: a group first (so "IS" is Islamic State, not Iceland), then a
     * country.
     *
     * @param phrase        the words as the user typed them
     * @param queryAllCaps  true when the whole query is shouted ({@link #shouted}; short forms then do not count)
     */
    public Optional<Concept> inText(String phrase, boolean queryAllCaps) {
        String p = phrase.strip();
        if (p.isEmpty()) return Optional.empty();
        boolean shortForm = letters(p) <= SHORT;
        if (shortForm && (queryAllCaps || !isCapitals(p))) return Optional.empty();
        Optional<Concept> g = group(p);
        if (g.isPresent()) return g;
        return country(p);
    }

    /** The group {@code name} resolves to, read liberally (a field value: "group:isis" is Islamic State). */
    public Optional<Concept> groupValue(String name) {
        Optional<Concept> g = group(name);
        return g.isPresent() ? g : group(name.toUpperCase(Locale.ROOT));
    }

    /** The country {@code name} resolves to, read liberally (a field value: "country:ml", "country:malian"). */
    public Optional<Concept> countryValue(String name) {
        Optional<Concept> c = country(name);
        return c.isPresent() ? c : country(name.toUpperCase(Locale.ROOT));
    }

    private Optional<Concept> group(String p) {
        return groups.find(p).map(g -> {
            Set<String> names = new LinkedHashSet<>();
            names.add(g.name());
            names.add(p);
            for (String alias : aliasesOf(g)) names.add(alias);
            return new Concept(Fields.GROUP, g.name(), searchable(names));
        });
    }

    private Optional<Concept> country(String p) {
        return gazetteer.country(p).map(c -> {
            Set<String> names = new LinkedHashSet<>();
            names.add(c.name());
            names.addAll(c.demonyms());
            names.add(p);
            names.addAll(c.names());
            return new Concept(Fields.COUNTRY, c.name(), searchable(names));
        });
    }

    /** Aliases by which the lexicon finds {@code g}: every name in its list that resolves back to it. */
    private List<String> aliasesOf(GroupLexicon.Group g) {
        return aliases().getOrDefault(g.name(), List.of());
    }

    private volatile java.util.Map<String, List<String>> aliases;

    private java.util.Map<String, List<String>> aliases() {
        java.util.Map<String, List<String>> a = aliases;
        if (a == null) {
            a = GroupAliases.read();
            aliases = a;
        }
        return a;
    }

    /** Names worth a text search: more than {@value #SHORT} letters ("IS" would be a stop word), at most a few. */
    private static List<String> searchable(Set<String> names) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String n : names) {
            if (letters(n) <= SHORT) continue;
            if (!seen.add(Gazetteer.normalize(n))) continue;
            out.add(n);
            if (out.size() == MAX_NAMES) break;
        }
        return out;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) n++;
        return n;
    }

    /**
     * True when the query is typed in capitals throughout and has a longer word that is no acronym ("ATTACKS IN
     * PARIS"): then its short words are not read as codes or acronyms. "IS" or "ISIS IS" alone are not shouting.
     */
    public boolean shouted(String query) {
        if (!isCapitals(query)) return false;
        for (String w : query.split("[^\\p{L}\\p{N}]+")) {
            if (letters(w) > SHORT && groups.byAcronym(w).isEmpty()) return true;
        }
        return false;
    }

    /** True when every letter is a capital (dots allowed: "U.S."). */
    static boolean isCapitals(String s) {
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) any = true;
        }
        return any;
    }
}
