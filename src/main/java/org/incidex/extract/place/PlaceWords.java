package org.incidex.extract.place;

import org.incidex.extract.rules.RuleTable;
import org.incidex.extract.text.Tokens;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The words the place readers use, loaded once from the tables beside this class; no other class reads them.
 * <ul>
 *   <li>{@code type-words.tsv}, {@code name-words.tsv}, {@code context-words.tsv}: lists of single words, each
 *       compared with a token's folded form ({@link Words});</li>
 *   <li>{@code type-phrases.tsv}, {@code relation-phrases.tsv}: lists of regex alternatives, each joined with '|' in
 *       table order where the code's patterns say how the words combine ({@link Phrases});</li>
 *   <li>{@code units.tsv}: the words and phrases of second-level units ({@link #unitAt}).</li>
 * </ul>
 * A row naming a list the code does not know, a list without rows, a word twice in one list, a word that is not in
 * folded form or a pattern that does not compile is an error naming the table and line. Immutable, thread-safe.
 */
final class PlaceWords {
    /** A list of single words: its table, and its name in the table's {@code list} column. */
    enum Words {
        REGION_WORD("type-words.tsv", "region-word"),
        PROVINCE("type-words.tsv", "province"),
        SETTLEMENT("type-words.tsv", "settlement"),
        PLACE_TYPE("type-words.tsv", "place-type"),
        LOWER_UNIT("type-words.tsv", "lower-unit"),
        TOWN_UNIT("type-words.tsv", "town-unit"),
        TYPE_LIKE("type-words.tsv", "type-like"),
        VILLAGE_PREFIX("type-words.tsv", "village-prefix"),
        FACILITY("type-words.tsv", "facility"),
        NAMED_FACILITY("type-words.tsv", "named-facility"),
        FEATURE_BEFORE("type-words.tsv", "feature-before"),
        FEATURE_AFTER("type-words.tsv", "feature-after"),
        FEATURE_REGION("type-words.tsv", "feature-region"),
        BEFORE_OF("type-words.tsv", "before-of"),
        LOOSE_TYPE("type-words.tsv", "loose-type"),
        STOP("name-words.tsv", "stop"),
        CONNECTOR("name-words.tsv", "connector"),
        ARTICLE("name-words.tsv", "article"),
        CLITIC("name-words.tsv", "clitic"),
        FUNCTION("name-words.tsv", "function"),
        COMPASS("name-words.tsv", "compass"),
        COMPASS_POINT("name-words.tsv", "compass-point"),
        NOT_PLACE("name-words.tsv", "not-place"),
        HYPHEN_ADJECTIVE("name-words.tsv", "hyphen-adjective"),
        /** Compared with a token run's text as written, not folded ("US", "U.K"). */
        ABBREVIATION("name-words.tsv", "abbreviation"),
        MODIFIED("context-words.tsv", "modified"),
        GROUP_AFTER("context-words.tsv", "group-after"),
        STATE_ORG("context-words.tsv", "state-org"),
        ATTACKER("context-words.tsv", "attacker"),
        NOT_NAMED("context-words.tsv", "not-named"),
        NOT_AFTER("context-words.tsv", "not-after"),
        FOLLOWS_NAME("context-words.tsv", "follows-name"),
        BARE_LEAD("context-words.tsv", "bare-lead");

        final String table;
        final String list;

        Words(String table, String list) {
            this.table = table;
            this.list = list;
        }
    }

    /** A list of regex alternatives: its table, and its name in the table's {@code list} column. */
    enum Phrases {
        REGION_OF("type-phrases.tsv", "region-of"),
        SETTLEMENT_OF("type-phrases.tsv", "settlement-of"),
        TYPE_OF("type-phrases.tsv", "type-of"),
        UNIT_TYPE("type-phrases.tsv", "unit-type"),
        FILLER_TYPE("type-phrases.tsv", "filler-type"),
        DEMONYM_TYPE("type-phrases.tsv", "demonym-type"),
        CAPITAL_OF_TYPE("type-phrases.tsv", "capital-of-type"),
        CAPITAL_ADJECTIVE("type-phrases.tsv", "capital-adjective"),
        NAMED_AFTER_TYPE("type-phrases.tsv", "named-after-type"),
        CUE_TYPE("type-phrases.tsv", "cue-type"),
        PART_OF_NAMED("type-phrases.tsv", "part-of-named"),
        PART_OF_UNIT("type-phrases.tsv", "part-of-unit"),
        REFERENCE_TYPE("type-phrases.tsv", "reference-type"),
        BETWEEN_TYPE("type-phrases.tsv", "between-type"),
        AND_TYPE("type-phrases.tsv", "and-type"),
        FROM_TYPE("type-phrases.tsv", "from-type"),
        ROUTE_TYPE("type-phrases.tsv", "route-type"),
        TO_TYPE("type-phrases.tsv", "to-type"),
        HEADING_TYPE("type-phrases.tsv", "heading-type"),
        DIRECTION("relation-phrases.tsv", "direction"),
        REFERENCE_DIRECTION("relation-phrases.tsv", "reference-direction"),
        CUE_DIRECTION("relation-phrases.tsv", "cue-direction"),
        CUE_BEFORE("relation-phrases.tsv", "cue-before"),
        CUE_AFTER("relation-phrases.tsv", "cue-after"),
        LEADS_IN("relation-phrases.tsv", "leads-in"),
        REFERENCED_LEAD("relation-phrases.tsv", "referenced-lead"),
        LOCATED("relation-phrases.tsv", "located"),
        NEAR("relation-phrases.tsv", "near"),
        NEARBY("relation-phrases.tsv", "nearby"),
        BORDER("relation-phrases.tsv", "border"),
        NEIGHBOUR("relation-phrases.tsv", "neighbour"),
        DISTANCE_QUALIFIER("relation-phrases.tsv", "distance-qualifier"),
        DISTANCE_NUMBER("relation-phrases.tsv", "distance-number"),
        DISTANCE_UNIT("relation-phrases.tsv", "distance-unit"),
        HEADING("relation-phrases.tsv", "heading"),
        HEADING_ADJECTIVE("relation-phrases.tsv", "heading-adjective"),
        TO_ADJECTIVE("relation-phrases.tsv", "to-adjective"),
        ORIGIN("relation-phrases.tsv", "origin"),
        BASE("relation-phrases.tsv", "base"),
        ROUTE_NOUN("relation-phrases.tsv", "route-noun");

        final String table;
        final String list;

        Phrases(String table, String list) {
            this.table = table;
            this.list = list;
        }
    }

    /**
     * A second-level unit as the text writes it: its folded words ("local", "government", "area"), the word that
     * ends an AREA's name for it ("LGA", "District"), that word when the unit stands before "of" and the name
     * ("the rural district of Taji": Taji District), and whether only the lower-case spelling is the unit.
     */
    record Unit(List<String> words, String name, String ofName, boolean lowerCaseOnly) {
    }

    private final Map<Words, Set<String>> words = new EnumMap<>(Words.class);
    private final Map<Phrases, String> phrases = new EnumMap<>(Phrases.class);
    /** The units by their first word. */
    private final Map<String, List<Unit>> units = new HashMap<>();
    private final Set<String> unitWords;

    private static final class Holder {
        static final PlaceWords SHARED = new PlaceWords(name -> RuleTable.load(PlaceWords.class, name));
    }

    /** The words of the tables {@code tables} gives by name ("units.tsv"), checked as the class comment says. */
    PlaceWords(Function<String, RuleTable> tables) {
        for (String table : List.of("type-words.tsv", "name-words.tsv", "context-words.tsv")) {
            List<String> known = Arrays.stream(Words.values()).filter(w -> w.table.equals(table)).map(w -> w.list)
                    .toList();
            Map<String, List<String>> lists = lists(tables.apply(table), "word", known);
            for (Words w : Words.values()) {
                if (w.table.equals(table)) words.put(w, Set.copyOf(rows(lists, w.list, table)));
            }
        }
        for (String table : List.of("type-phrases.tsv", "relation-phrases.tsv")) {
            List<String> known = Arrays.stream(Phrases.values()).filter(p -> p.table.equals(table)).map(p -> p.list)
                    .toList();
            Map<String, List<String>> lists = lists(tables.apply(table), "pattern", known);
            for (Phrases p : Phrases.values()) {
                if (p.table.equals(table)) phrases.put(p, String.join("|", rows(lists, p.list, table)));
            }
        }
        Set<String> single = new HashSet<>();
        for (RuleTable.Row r : tables.apply("units.tsv").rows()) {
            String unit = r.require("unit");
            List<String> spelled = List.of(unit.split(" "));
            if (!unit.equals(Tokens.key(unit)) || spelled.size() != Tokens.of(unit).size()) {
                throw new IllegalStateException(r.where() + ": a unit is folded words separated by one space");
            }
            if (!r.get("case").isEmpty() && !r.get("case").equals("lower")) {
                throw new IllegalStateException(r.where() + ": case must be empty or 'lower'");
            }
            List<Unit> same = units.computeIfAbsent(spelled.get(0), k -> new ArrayList<>());
            if (same.stream().anyMatch(u -> u.words().equals(spelled))) {
                throw new IllegalStateException(r.where() + ": '" + unit + "' twice");
            }
            String name = r.get("name").isEmpty() ? capitalised(unit) : r.get("name");
            same.add(new Unit(spelled, name, r.get("of-name").isEmpty() ? name : r.get("of-name"),
                    r.get("case").equals("lower")));
            if (spelled.size() == 1) single.add(unit);
        }
        unitWords = Set.copyOf(single);
    }

    /** The words of {@code list} in the bundled tables. */
    static Set<String> set(Words list) {
        return Holder.SHARED.words.get(list);
    }

    /** The alternatives of {@code list} in the bundled tables, joined with '|' in table order, for a group. */
    static String alternatives(Phrases list) {
        return Holder.SHARED.phrases.get(list);
    }

    /** The one-word units of the bundled tables ("district", "lga", "division"), whatever their case rule. */
    static Set<String> unitWords() {
        return Holder.SHARED.unitWords;
    }

    /** The longest unit of the bundled tables that the tokens from {@code k} spell ({@link #unitIn}), or null. */
    static Unit unitAt(List<Tokens.Token> tokens, int k) {
        return Holder.SHARED.unitIn(tokens, k);
    }

    /**
     * The longest unit the tokens from {@code k} spell ("local government area" before "local government"), or
     * null; a unit spelled only in lower case is none when its first token is capitalised.
     */
    Unit unitIn(List<Tokens.Token> tokens, int k) {
        Unit best = null;
        for (Unit u : units.getOrDefault(tokens.get(k).folded(), List.of())) {
            int n = u.words().size();
            if (k + n > tokens.size() || best != null && n <= best.words().size()) continue;
            boolean all = true;
            for (int j = 0; j < n && all; j++) all = tokens.get(k + j).folded().equals(u.words().get(j));
            if (all) best = u;
        }
        return best == null || best.lowerCaseOnly() && tokens.get(k).isCapitalized() ? null : best;
    }

    /** The rows of {@code list}; an error when there are none. */
    private static List<String> rows(Map<String, List<String>> lists, String list, String table) {
        List<String> rows = lists.get(list);
        if (rows == null) throw new IllegalStateException(table + ": no rows for list '" + list + "'");
        return rows;
    }

    /** The table's rows grouped by their {@code list}, one of {@code known}: its {@code column} values in order. */
    private static Map<String, List<String>> lists(RuleTable t, String column, List<String> known) {
        Map<String, List<String>> out = new HashMap<>();
        for (RuleTable.Row r : t.rows()) {
            String v = r.require(column);
            String list = r.require("list");
            if (!known.contains(list)) throw new IllegalStateException(r.where() + ": unknown list '" + list + "'");
            List<String> values = out.computeIfAbsent(list, k -> new ArrayList<>());
            if (values.contains(v)) throw new IllegalStateException(r.where() + ": '" + v + "' twice in " + list);
            if (column.equals("word") && !list.equals(Words.ABBREVIATION.list) && !v.equals(Tokens.fold(v))) {
                throw new IllegalStateException(r.where() + ": '" + v + "' is not in folded form");
            }
            if (column.equals("pattern")) {
                try {
                    Pattern.compile(v);
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(r.where() + ": bad pattern '" + v + "': " + e.getDescription(), e);
                }
            }
            values.add(v);
        }
        return out;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
    }
}
