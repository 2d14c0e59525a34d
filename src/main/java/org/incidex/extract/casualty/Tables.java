package org.incidex.extract.casualty;

import org.incidex.extract.rules.RuleTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How this package's classes read their word tables ({@link RuleTable}s beside them): each table has a column that
 * sorts its rows into sets, checked against the set names its owner knows, and each set is read either as words or
 * as the alternatives of a regex, in table order. Stateless, thread-safe.
 */
final class Tables {
    private Tables() {}

    /** The table {@code name} of {@code owner}, whose column {@code set} holds one of {@code sets} in every row. */
    static RuleTable load(Class<?> owner, String name, String set, Set<String> sets) {
        return check(RuleTable.load(owner, name), set, sets);
    }

    /** {@code t}, after checking that its column {@code set} holds one of {@code sets} in every row, and each set. */
    static RuleTable check(RuleTable t, String set, Set<String> sets) {
        for (RuleTable.Row r : t.rows()) {
            String v = r.require(set);
            if (!sets.contains(v)) throw new IllegalStateException(r.where() + ": unknown " + set + " '" + v + "'");
        }
        for (String s : sets) {
            if (t.where(set, s).isEmpty()) {
                throw new IllegalStateException(t.source() + ": no row of " + set + " '" + s + "'");
            }
        }
        return t;
    }

    /** The cells of {@code column} in the rows of set {@code value}, in table order; none empty. */
    static List<String> cells(RuleTable t, String set, String value, String column) {
        List<String> out = new ArrayList<>();
        for (RuleTable.Row r : t.where(set, value)) out.add(r.require(column));
        return out;
    }

    /**
     * The rows of set {@code value} as the alternatives of one regex, in table order, joined by '|'; each cell of
     * {@code column} must compile by itself.
     */
    static String alternatives(RuleTable t, String set, String value, String column) {
        return alternatives(t, set, value, column, UnaryOperator.identity());
    }

    /** As {@link #alternatives(RuleTable, String, String, String)}, each cell first rewritten by {@code expand}. */
    static String alternatives(RuleTable t, String set, String value, String column, UnaryOperator<String> expand) {
        List<String> out = new ArrayList<>();
        for (RuleTable.Row r : t.where(set, value)) {
            String p = expand.apply(r.require(column));
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(r.where() + ": bad pattern '" + p + "': " + e.getDescription(), e);
            }
            out.add(p);
        }
        return String.join("|", out);
    }

    /** The words of set {@code value} (column {@code column}), which must not repeat within the set. */
    static Set<String> words(RuleTable t, String set, String value, String column) {
        Set<String> out = new HashSet<>();
        for (RuleTable.Row r : t.where(set, value)) {
            if (!out.add(r.require(column))) {
                throw new IllegalStateException(r.where() + ": '" + r.get(column) + "' twice in " + set + " " + value);
            }
        }
        return Set.copyOf(out);
    }
}
