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
 * @param harm         says someone was harmed ("were killed", "died", "abducted")
 * @param victim       names people who may have been harmed ("people", "residents", "passengers")
 * @param target       names people attacks single out (soldiers, police, civilians, clerics): with no agent named,
 *                     harm to them says someone attacked
 * @param damage       names property damaged or destroyed
 * @param unreal       says the act did not happen or was only planned, threatened or feared
 * @param frames       the non-attack frames whose words the sentence uses ("accident", "sport", "judicial", ...)
 * @param near         how many of them lower a trigger in the same sentence whatever else it says (sport, a film,
 *                     a statistic, an animal)
 * @param cause        how many name another cause of the harm (an accident, a disaster, an illness): they lower the
 *                     trigger unless the sentence names who did it ("miners were killed by militants")
 */
public record EventSignal(EventLexicon.Strength trigger, int triggerStart, int triggerEnd, boolean agent,
                          boolean harm, boolean victim, boolean target, boolean damage, boolean unreal,
                          List<String> frames,
                          int near, int cause) {
    /** A sentence that reports no violent act. */
    public static final EventSignal NONE =
            new EventSignal(null, -1, -1, false, false, false, false, false, false, List.of(), 0, 0);

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

    /**
     * Whether the sentence ties its act to people or harm beyond loose words: a strong trigger, an agent or a group
     * the sentence ties to it ({@code groupTied}), a word of harm, a target attacks single out, damage, or a casualty
     * figure ({@code figures}). An ungrounded
     * sentence
     * ("Bus lanes are not an assault on drivers", "People hear 'hostage negotiator'") counts at most level 2.
     */
    public boolean grounded(boolean figures, boolean groupTied) {
        return trigger == EventLexicon.Strength.STRONG || agent || groupTied || harm || target || damage || figures;
    }

    /** {@link #level} without victims or damage: how surely the sentence reports the act itself. */
    public int actLevel(boolean groupTied) {
        return level(false, groupTied, false);
    }

    private int level(boolean figures, boolean groupTied, boolean harmCues) {
        if (trigger == null) return 0;
        int l = trigger.ordinal() + 1;
        if (agent || groupTied) l++;
        boolean harmed = (harmCues && (harm || victim || target || damage)) || figures;
        if (harmed) l++;
        // "four gendarmes were killed": by someone (harm said in words or figures: "troops were besieged" is not)
        if ((harm || figures) && target && !agent && !groupTied) l++;
        l -= Math.min(2, near + (agent || groupTied ? 0 : cause));
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
