package org.incidex.extract.event;

import org.incidex.extract.rules.Alternatives;
import org.incidex.extract.rules.RuleTable;
import org.incidex.extract.rules.StemIndex;
import org.incidex.extract.text.Sentence;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Attack and target types, GTD-style, from cue words in the sentences about an incident. Each type has words for
 * what the attackers did (bombs, mines and rockets: bombing; shooting, stabbing, ambushes and raids: armed assault;
 * the killing of a named office-holder or figure: assassination; abduction: kidnapping; arson and sabotage of
 * property: facility attack; ramming and poison: unarmed assault). Types are ranked by how many sentences support
 * them; ties go to the type with the lower priority number (for attacks the GTD's order of precedence, so a bomber
 * who also opened fire is a bombing). An attack whose means is not named is an armed assault. The words are data
 * beside this class: {@code attack-types.tsv}, {@code target-types.tsv} and {@code attack-words.tsv}.
 * Thread-safe: stateless (the tables are loaded once and never change).
 */
public final class AttackClassifier {
    /** A type and the sentences that support it. */
    public record Classified(String type, List<Sentence> support) {}

    /** Attack types by priority, each with its words (attack-types.tsv). */
    private static final Map<String, Alternatives.WordList> ATTACK_TYPES;
    /** Target types by priority, each with its words (target-types.tsv). */
    private static final Map<String, Alternatives.WordList> TARGET_TYPES;
    /** Which types' words a sentence may hold, in one pass over its word starts (in the maps' order). */
    private static final StemIndex ATTACK_INDEX;
    private static final StemIndex TARGET_INDEX;
    /** An attack on people whose means is not named. */
    private static final Pattern GENERIC_ASSAULT;
    /** Words that say a sentence is about an attack at all. */
    private static final Alternatives.WordList ATTACK_CUE;
    private static final StemIndex CUE_INDEX;
    /** The type of an attack whose means the text does not name (one of attack-types.tsv's). */
    private static final String UNNAMED_MEANS = "Armed Assault";

    static {
        ATTACK_TYPES = byPriority(RuleTable.load(AttackClassifier.class, "attack-types.tsv"));
        if (!ATTACK_TYPES.containsKey(UNNAMED_MEANS)) {
            throw new IllegalStateException("attack-types.tsv: no type '" + UNNAMED_MEANS + "'");
        }
        TARGET_TYPES = byPriority(RuleTable.load(AttackClassifier.class, "target-types.tsv"));
        ATTACK_INDEX = StemIndex.of(List.copyOf(ATTACK_TYPES.values()));
        TARGET_INDEX = StemIndex.of(List.copyOf(TARGET_TYPES.values()));
        RuleTable words = RuleTable.load(AttackClassifier.class, "attack-words.tsv");
        for (RuleTable.Row r : words.rows()) {
            if (!Set.of("attack-sentence", "unnamed-means").contains(r.require("list"))) {
                throw new IllegalStateException(r.where() + ": unknown list '" + r.get("list") + "'");
            }
        }
        ATTACK_CUE = Alternatives.WordList.of(alternatives(words.where("list", "attack-sentence")));
        CUE_INDEX = StemIndex.of(List.of(ATTACK_CUE));
        GENERIC_ASSAULT = Alternatives.words(alternatives(words.where("list", "unnamed-means")));
    }

    /**
     * The types of a table, ordered by their priority column, each with its rows' patterns as one word list (rows
     * in table order). Fails naming the row when a type has two priorities or two types share one.
     */
    static Map<String, Alternatives.WordList> byPriority(RuleTable t) {
        Map<String, Integer> priority = new LinkedHashMap<>();
        Map<String, List<RuleTable.Row>> rows = new LinkedHashMap<>();
        for (RuleTable.Row r : t.rows()) {
            String type = r.require("type");
            int p;
            try {
                p = Integer.parseInt(r.require("priority"));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(r.where() + ": priority must be a number", e);
            }
            Integer old = priority.putIfAbsent(type, p);
            if (old != null && old != p) {
                throw new IllegalStateException(r.where() + ": type '" + type + "' has priority " + old + " elsewhere");
            }
            boolean taken = priority.entrySet().stream().anyMatch(e -> !e.getKey().equals(type) && e.getValue() == p);
            if (old == null && taken) throw new IllegalStateException(r.where() + ": another type has priority " + p);
            rows.computeIfAbsent(type, k -> new ArrayList<>()).add(r);
        }
        Map<String, Alternatives.WordList> out = new LinkedHashMap<>();
        priority.entrySet().stream().sorted(Comparator.comparingInt(Map.Entry::getValue))
                .forEach(e -> out.put(e.getKey(), Alternatives.WordList.of(alternatives(rows.get(e.getKey())))));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static String alternatives(List<RuleTable.Row> rows) {
        if (rows.isEmpty()) throw new IllegalStateException("a word list with no rows");
        return String.join("|", rows.stream().map(r -> r.require("pattern")).toList());
    }

    /**
     * True when the sentence ({@code low}: lower-cased) uses a word that says it is about an attack ("bomb",
     * "gunmen", "killed", "set … on fire").
     */
    public static boolean isAttackSentence(String text, String low) {
        return CUE_INDEX.present(low).get(0) && ATTACK_CUE.mayMatch(low) && ATTACK_CUE.pattern().matcher(text).find();
    }

    /** Attack types supported by the sentences (and title), strongest first. */
    public List<Classified> attackTypes(List<Sentence> sentences, String title) {
        List<Classified> out = rank(ATTACK_TYPES, ATTACK_INDEX, sentences, title);
        if (out.isEmpty()) {
            // An attack whose means the text does not name ("killed in an attack on a village") is, as in the GTD's
            // statistics, most often an armed assault.
            List<Sentence> support = sentences.stream().filter(x -> GENERIC_ASSAULT.matcher(x.text()).find()).toList();
            if (!support.isEmpty()) out.add(new Classified(UNNAMED_MEANS, support));
        }
        return out;
    }

    /** Target types, strongest first, at most two. */
    public List<Classified> targets(List<Sentence> sentences, String title) {
        List<Classified> out = rank(TARGET_TYPES, TARGET_INDEX, sentences, title);
        List<Classified> strong = new ArrayList<>();
        for (Classified c : out) {
            if (strong.size() == 2) break;
            if (strong.isEmpty() || weight(c, title) * 2 >= weight(strong.get(0), title)) strong.add(c);
        }
        return strong;
    }

    private static int weight(Classified c, String title) {
        return c.support().size() + (title != null
                && TARGET_TYPES.get(c.type()).foundIn(title, title.toLowerCase(Locale.ROOT)) ? 2 : 0);
    }

    private static List<Classified> rank(Map<String, Alternatives.WordList> types, StemIndex index,
                                         List<Sentence> sentences, String title) {
        List<Classified> out = new ArrayList<>();
        Map<String, Integer> score = new LinkedHashMap<>();
        String titleLow = title == null ? null : title.toLowerCase(Locale.ROOT);
        List<String> lows = new ArrayList<>(sentences.size());
        List<BitSet> may = new ArrayList<>(sentences.size());
        for (Sentence x : sentences) {
            String low = x.text().toLowerCase(Locale.ROOT);
            lows.add(low);
            may.add(index.present(low));
        }
        int t = 0;
        for (Map.Entry<String, Alternatives.WordList> e : types.entrySet()) {
            List<Sentence> support = new ArrayList<>();
            int s = title != null && e.getValue().foundIn(title, titleLow) ? 2 : 0;
            for (int i = 0; i < sentences.size(); i++) {
                if (may.get(i).get(t) && e.getValue().foundIn(sentences.get(i).text(), lows.get(i))) {
                    support.add(sentences.get(i));
                    s++;
                }
            }
            if (s > 0) {
                out.add(new Classified(e.getKey(), support));
                score.put(e.getKey(), s);
            }
            t++;
        }
        // a stable sort: types with equal support keep their priority order
        out.sort((a, b) -> Integer.compare(score.get(b.type()), score.get(a.type())));
        return out;
    }
}
