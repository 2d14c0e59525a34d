package org.incidex.extract.event;

import java.util.List;
import java.util.Map;

/**
 * Judges whether an incident's sentences report an attack, and how surely: its best sentence's score ({@link
 * EventSignal#score}), raised a little by a second one, lowered when the incident has no place or no harm (victims,
 * damage, a target) and when the article is mostly another kind of news ({@link #frameFactor}). Stateless,
 * thread-safe.
 */
public final class AttackJudge {
    /** The default confidence below which an incident is not kept (the CLI's {@code --min-confidence}). */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

    /** What the judge found: a confidence in [0, 1] and the index of the sentence that weighed most (-1: none). */
    public record Judgement(double confidence, int trigger) {}

    /**
     * How much an article's own kind of news lowers its triggers ({@link #frameFactor}), and whether that kind is one
     * that can retell an attack (a trial, a memorial, a threat: frames of reach "article"), so that a sentence that
     * reports the attack in full (level 4) still counts: the factor is then at least {@link #RETOLD}.
     */
    public record Frame(double factor, boolean retells, String kind) {
        public static final Frame NONE = new Frame(1, false, null);
    }

    /** The least factor of a trial, memorial or threat for an article that reports the attack in full. */
    static final double RETOLD = 0.6;

    /** An incident with no place at all is less surely an attack the knowledge base can use. */
    static final double NO_PLACE = 0.8;
    /** An act with no victim, damage or target named is less surely an attack. */
    static final double NO_HARM = 0.8;

    private AttackJudge() {
    }

    /**
     * @param levels      each sentence's {@link EventSignal#level}
     * @param actLevel    the highest {@link EventSignal#actLevel} of the headline and lead: with harm named anywhere
     *                    in the incident, the act and its harm count as one sentence of one level more ("What we
     *                    know about the stabbing" … "Three people were wounded")
     * @param place       the incident has a place
     * @param harmed      the incident names people killed, injured or held, or damage
     * @param harm        the incident names victims, damage or a target
     * @param inKind      for each sentence, whether it uses the words of the article's own kind ({@code frame.kind}):
     *                    a sentence of the trial itself ("sentenced in 2001 for the bombing") retells nothing
     * @param told        for each sentence, whether it names harm done (a casualty figure or a word of harm): a
     *                    sentence of the trial that states the toll ("sentenced … for the attack that killed five")
     *                    retells the attack when another sentence, not of the trial, tells of harm too
     * @param frameFactor the article's {@link #frameFactor}
     */
    public static Judgement judge(int[] levels, int actLevel, boolean place, boolean harmed, boolean harm,
                                  Frame frame, boolean[] inKind, boolean[] told) {
        int best = -1;
        int second = -1;
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] == 0) continue;
            if (best < 0 || levels[i] > levels[best]) {
                second = best;
                best = i;
            } else if (second < 0 || levels[i] > levels[second]) {
                second = i;
            }
        }
        if (best < 0) return new Judgement(0, -1);
        int top = harmed ? Math.max(levels[best], Math.min(4, actLevel + 1)) : levels[best];
        double s1 = EventSignal.score(top);
        double s2 = second < 0 ? 0 : EventSignal.score(levels[second]);
        double c = s1 + (1 - s1) * 0.3 * s2;
        if (!place) c *= NO_PLACE;
        if (!harm) c *= NO_HARM;
        boolean retold = false;
        for (int i = 0; i < levels.length && frame.retells() && !retold; i++) {
            // any sentence of level 4 that is not of the trial, or of the trial but stating the toll
            retold = levels[i] >= 4 && (!inKind[i] || told[i] && toldElsewhere(levels, inKind, told, i));
        }
        c *= retold ? Math.max(frame.factor(), RETOLD) : frame.factor();
        return new Judgement(Math.round(c * 1000) / 1000.0, best);
    }

    /** Whether a sentence other than {@code best}, not of the article's own kind, tells of harm done. */
    private static boolean toldElsewhere(int[] levels, boolean[] inKind, boolean[] told, int best) {
        for (int i = 0; i < levels.length; i++) {
            if (i != best && levels[i] >= 2 && told[i] && !inKind[i]) return true;
        }
        return false;
    }

    /**
     * How much an article's own kind of news lowers its triggers. The sentences using each non-attack frame (sport,
     * an accident, a trial ...) are counted, the headline ({@code signals[0]}) twice, as are the sentences that report
     * an attack (level 3 or more). When one frame is used by at least three and by more sentences than report an
     * attack, the article is that kind of news: 0.6, or 0.35 when it has twice as many (plus one); else 1.
     */
    public static Frame frameFactor(List<EventSignal> signals, int[] levels, EventLexicon lexicon) {
        Map<String, Integer> count = new java.util.TreeMap<>();
        int events = 0;
        for (int i = 0; i < signals.size(); i++) {
            int weight = i == 0 ? 2 : 1;
            for (String f : signals.get(i).frames()) count.merge(f, weight, Integer::sum);
            if (levels[i] >= 3) events += weight;
        }
        String kind = null;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (kind == null || e.getValue() > count.get(kind)) kind = e.getKey();
        }
        int dominant = kind == null ? 0 : count.get(kind);
        if (dominant < 3 || dominant <= events) return Frame.NONE;
        return new Frame(dominant >= 2 * (events + 1) ? 0.35 : 0.6, lexicon.retells(kind), kind);
    }
}
