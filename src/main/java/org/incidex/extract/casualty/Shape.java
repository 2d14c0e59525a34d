package org.incidex.extract.casualty;

import org.incidex.extract.rules.RuleTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sentence shapes {@link CasualtyFinder} reads figures in; their regexes are {@link CasualtyPatterns}'. Which
 * shape wins where two read the same words is declared in shapes.tsv, which only this class reads: {@link #PRIORITY}
 * lists the shapes in the order they are tried, and a figure overlapping one found before is dropped.
 */
enum Shape {
    KILL_PASSIVE, KILL_ACTIVE, TO_DEATH, THROAT, HIS_THROAT, LEFT, HURT_PASSIVE, HURT_ACTIVE, TOLL, DEATHS, BODIES_OF,
    N_BODIES, HIS_BODY, NAMED, PRONOUN_OBJECT, NAMED_OBJECT, DEATH_OF_ONE, HELD_DIED, INJURIES, LOST_LIMB, DIED_LATER,
    NONE, HOSTAGES, TRAPPED;

    /** Every shape once, in the order of trial (ascending priority in shapes.tsv). Immutable. */
    static final List<Shape> PRIORITY = order(RuleTable.load(Shape.class, "shapes.tsv"));

    /** The shapes of {@code table} by ascending priority; every shape must be there once, priorities distinct. */
    static List<Shape> order(RuleTable table) {
        Map<Shape, Integer> priority = new HashMap<>();
        Map<Integer, Shape> byPriority = new HashMap<>();
        for (RuleTable.Row r : table.rows()) {
            String name = r.require("shape");
            Shape s;
            try {
                s = valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(r.where() + ": unknown shape '" + name + "'", e);
            }
            int p;
            try {
                p = Integer.parseInt(r.require("priority"));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(r.where() + ": priority '" + r.get("priority") + "' is no number", e);
            }
            if (priority.put(s, p) != null) throw new IllegalStateException(r.where() + ": shape '" + name + "' twice");
            Shape other = byPriority.put(p, s);
            if (other != null) {
                throw new IllegalStateException(r.where() + ": priority " + p + " is also " + other + "'s");
            }
        }
        List<Shape> out = new ArrayList<>(priority.keySet());
        for (Shape s : values()) {
            if (!priority.containsKey(s)) throw new IllegalStateException(table.source() + ": no row for shape " + s);
        }
        out.sort((a, b) -> Integer.compare(priority.get(a), priority.get(b)));
        return List.copyOf(out);
    }
}
