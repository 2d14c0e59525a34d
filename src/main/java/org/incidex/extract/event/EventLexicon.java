package org.incidex.extract.event;

import org.incidex.extract.rules.Alternatives;
import org.incidex.extract.rules.RuleTable;
import org.incidex.extract.rules.StemIndex;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

/**
 * The event vocabulary, one table per concern: {@code triggers.tsv} (words reporting a violent act, by strength),
 * {@code senses.tsv} (their other senses: "heart attack", "photo shoot"), {@code cues.tsv} (agents, victims, damage,
 * and what says the act did not happen) and {@code frames.tsv} (words of news that is not about an attack: accidents,
 * illness, sport, trials...). Each row is its own pattern; a class of words (a trigger strength, a cue, a frame) is
 * the positions of its rows, and one pass over a sentence's word starts says which rows may match ({@link
 * StemIndex}), so only those run. Immutable, thread-safe.
 */
public final class EventLexicon {
    /** How much a trigger says by itself; see triggers.tsv. */
    public enum Strength { WEAK, MEDIUM, STRONG }

    /** What a cue says; see cues.tsv. */
    public enum Cue { AGENT, HARM, VICTIM, TARGET, DAMAGE, UNREAL }

    /** A class of words: the positions of its rows in {@link #rows}. */
    record Words(int[] rows) {}

    final Map<Strength, Words> triggers = new EnumMap<>(Strength.class);
    final Words senses;
    final Map<Cue, Words> cues = new EnumMap<>(Cue.class);
    /** Frame name → its words, in the table's order. */
    final Map<String, Words> frames = new LinkedHashMap<>();
    /** The frames whose words lower a trigger in the same sentence (reach "sentence"); the others count per article. */
    final java.util.Set<String> nearFrames = new java.util.HashSet<>();
    /** Frames whose sentence penalty a trigger of at least this strength lifts (column override). */
    final Map<String, Strength> overrides = new java.util.HashMap<>();
    /** Frames of news that can retell an attack (column retells). */
    final java.util.Set<String> retelling = new java.util.HashSet<>();
    /** Each table row's own pattern, by its position in {@link #index}. */
    private final List<Alternatives.WordList> rows = new ArrayList<>();
    /** Which rows may match a sentence, in one pass over its words. */
    private final StemIndex index;

    private static final class Holder {
        static final EventLexicon SHARED = new EventLexicon(RuleTable.load(EventLexicon.class, "triggers.tsv"),
                RuleTable.load(EventLexicon.class, "senses.tsv"), RuleTable.load(EventLexicon.class, "cues.tsv"),
                RuleTable.load(EventLexicon.class, "frames.tsv"));
    }

    /** The bundled tables (loaded once). */
    public static EventLexicon shared() {
        return Holder.SHARED;
    }

    public EventLexicon(RuleTable triggerTable, RuleTable senseTable, RuleTable cueTable, RuleTable frameTable) {
        for (Strength s : Strength.values()) {
            List<RuleTable.Row> rows = triggerTable.where("strength", s.name().toLowerCase(java.util.Locale.ROOT));
            if (!rows.isEmpty()) triggers.put(s, compile(rows));
        }
        checkValues(triggerTable, "strength", Strength.values());
        senses = compile(senseTable.rows());
        for (Cue c : Cue.values()) {
            List<RuleTable.Row> rows = cueTable.where("cue", c.name().toLowerCase(java.util.Locale.ROOT));
            if (!rows.isEmpty()) cues.put(c, compile(rows));
        }
        checkValues(cueTable, "cue", Cue.values());
        Map<String, List<RuleTable.Row>> byFrame = new LinkedHashMap<>();
        Map<String, String> reach = new LinkedHashMap<>();
        for (RuleTable.Row r : frameTable.rows()) {
            String f = r.require("frame");
            byFrame.computeIfAbsent(f, k -> new ArrayList<>()).add(r);
            String old = reach.putIfAbsent(f, r.require("reach"));
            if (old != null && !old.equals(r.get("reach"))) {
                throw new IllegalStateException(r.where() + ": frame '" + f + "' has reach '" + old + "' elsewhere");
            }
            if (!r.get("reach").equals("sentence") && !r.get("reach").equals("article")) {
                throw new IllegalStateException(r.where() + ": reach must be 'sentence' or 'article'");
            }
            if (frameTable.columns().contains("retells") && r.get("retells").equals("yes")) retelling.add(f);
            if (frameTable.columns().contains("override") && !r.get("override").isEmpty()) {
                Strength s = strength(r, r.get("override"));
                Strength before = overrides.putIfAbsent(f, s);
                if (before != null && before != s) {
                    throw new IllegalStateException(r.where() + ": frame '" + f + "' has override '" + before
                            + "' elsewhere");
                }
            }
        }
        byFrame.forEach((f, rows) -> frames.put(f, compile(rows)));
        index = StemIndex.of(rows);
        reach.forEach((f, r) -> {
            if (r.equals("sentence")) nearFrames.add(f);
        });
    }

    /** The rows that may match a sentence ({@code low}: lower-cased), for {@link #found} and {@link #matches}. */
    java.util.BitSet candidates(String low) {
        java.util.BitSet may = index.present(low);
        for (int r = may.nextSetBit(0); r >= 0; r = may.nextSetBit(r + 1)) {
            if (!rows.get(r).mayMatch(low)) may.clear(r);   // "a man armed with" needs "armed with" too
        }
        return may;
    }

    /**
     * Whether {@code list} (one of this lexicon's classes of words) matches {@code text}, given its {@link
     * #candidates}: only the rows whose words the sentence holds are run.
     */
    boolean found(Words words, java.util.BitSet candidates, String text) {
        if (words == null) return false;
        for (int r : words.rows()) {
            if (candidates.get(r) && rows.get(r).pattern().matcher(text).find()) return true;
        }
        return false;
    }

    /**
     * The matches of {@code words} in {@code text} as one alternation of its rows would find them one after another:
     * from the left, at one place the row first in the table, the next search after the end of the last match. Each
     * match is {start, end}.
     */
    List<int[]> matches(Words words, java.util.BitSet candidates, String text) {
        if (words == null) return List.of();
        List<int[]> all = new ArrayList<>(4);
        for (int r : words.rows()) {
            if (!candidates.get(r)) continue;
            java.util.regex.Matcher m = rows.get(r).pattern().matcher(text);
            while (m.find()) all.add(new int[] {m.start(), m.end(), r});
        }
        if (all.isEmpty()) return all;
        all.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[2], b[2]));
        List<int[]> out = new ArrayList<>(all.size());
        int from = 0;
        for (int[] m : all) {
            if (m[0] < from) continue;
            out.add(new int[] {m[0], m[1]});
            from = Math.max(m[1], m[0] + 1);
        }
        return out;
    }

    private static Strength strength(RuleTable.Row r, String v) {
        for (Strength s : Strength.values()) if (s.name().equalsIgnoreCase(v)) return s;
        throw new IllegalStateException(r.where() + ": unknown strength '" + v + "'");
    }

    /** A frame's words lower a trigger of {@code s} in the same sentence: a near frame not lifted at that strength. */
    boolean lowers(String frame, Strength s) {
        if (!nearFrames.contains(frame)) return false;
        Strength o = overrides.get(frame);
        return o == null || s == null || s.compareTo(o) < 0;
    }

    /** A frame of another cause of harm that an agent named in the sentence lifts too (it has an override). */
    boolean liftedByAgent(String frame) {
        return overrides.containsKey(frame);
    }

    /** Whether a frame is a kind of news that can retell an attack in full (column retells). */
    public boolean retells(String frame) {
        return retelling.contains(frame);
    }

    private Words compile(List<RuleTable.Row> tableRows) {
        int[] ids = new int[tableRows.size()];
        for (int i = 0; i < tableRows.size(); i++) {
            RuleTable.Row r = tableRows.get(i);
            String p = r.require("pattern");
            try {
                java.util.regex.Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(r.where() + ": bad pattern '" + p + "': " + e.getDescription(), e);
            }
            // one row without a literal start would take the fast pre-check away from its whole class of words
            if (Alternatives.stems(p) == null) {
                throw new IllegalStateException(r.where() + ": a pattern must begin with a word, not an optional or"
                        + " a class: '" + p + "'");
            }
            ids[i] = rows.size();
            rows.add(Alternatives.WordList.of(p));
        }
        return new Words(ids);
    }

    private static void checkValues(RuleTable t, String column, Enum<?>[] allowed) {
        for (RuleTable.Row r : t.rows()) {
            String v = r.require(column);
            boolean ok = false;
            for (Enum<?> a : allowed) ok |= a.name().equalsIgnoreCase(v);
            if (!ok) throw new IllegalStateException(r.where() + ": unknown " + column + " '" + v + "'");
        }
    }
}
