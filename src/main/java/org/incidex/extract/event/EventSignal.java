package org.incidex.extract.event;

import java.util.List;

/**
 * What one sentence says about a violent act: its strongest trigger not used in another sense (null when none), the
 * cues around it, and the frames of non-attack news its words belong to. {@link #level} weighs them into how surely
 * the sentence reports an attack. Immutable.
 *
 * @param trigger      the strongest trigger's strength, or null
 * @param triggerStart offset of that trigger in the sentence (-1 when none)
 * @param triggerEnd   end offset of that trigger (-1 when none)
 * @param agent        names who attacked ("gunmen", "militants", "a suicide bomber")
 * @param victim       names people harmed ("people", "were killed", "abducted")
 * @param target       names people attacks single out (soldiers, police, civilians, clerics): with no agent named,
 *                     harm to them says someone attacked
 * @param damage       names property damaged or destroyed
 * @param unreal       says the act did not happen or was only planned, threatened or feared
 * @param frames       the non-attack frames whose words the sentence uses ("accident", "sport", "judicial", ...)
 * @param near         how many of them lower a trigger in the same sentence (the other causes of harm: an accident,
 *                     a disaster, an illness, sport, a film, a statistic)
 */
public record EventSignal(EventLexicon.Strength trigger, int triggerStart, int triggerEnd, boolean agent,
                          boolean victim, boolean target, boolean damage, boolean unreal, List<String> frames, int near) {
    /** A sentence that reports no violent act. */
    public static final EventSignal NONE = new EventSignal(null, -1, -1, false, false, false, false, false, List.of(), 0);

    public EventSignal {
        frames = List.copyOf(frames);
    }

    /**
     * How surely the sentence reports an attack, 0 (not at all) to 4: the trigger's strength (weak 1, medium 2,
     * strong 3), one more when an agent is named ({@code groupTied}: a group the sentence ties to it counts), one more
     * when victims or damage are ({@code figures}: a casualty figure counts), one more when, with no agent named, the
     * people harmed are ones attacks single out ({@link #target}); one less per frame of another cause of
     * harm the sentence uses ({@link #near}, at most two), two less when the act is unreal.
     */
    public int level(boolean figures, boolean groupTied) {
        return level(figures, groupTied, true);
    }

    /** {@link #level} without victims or damage: how surely the sentence reports the act itself. */
    public int actLevel(boolean groupTied) {
        return level(false, groupTied, false);
    }

    private int level(boolean figures, boolean groupTied, boolean harmCues) {
        if (trigger == null) return 0;
        int l = trigger.ordinal() + 1;
        if (agent || groupTied) l++;
        boolean harmed = (harmCues && (victim || target || damage)) || figures;
        if (harmed) l++;
        if (harmed && target && !agent && !groupTied) l++;   // "four gendarmes were killed": by someone
        l -= Math.min(2, near);
        if (unreal) l -= 2;
        return Math.max(0, Math.min(4, l));
    }

    /** The chance a sentence of {@code level} reports an attack, as the judge counts it. */
    public static double score(int level) {
        return switch (level) {
            case 0 -> 0;
            case 1 -> 0.1;
            case 2 -> 0.35;
            case 3 -> 0.7;
            default -> 0.9;
        };
    }
}
