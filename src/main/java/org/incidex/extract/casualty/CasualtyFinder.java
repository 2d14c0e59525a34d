package org.incidex.extract.casualty;

import org.incidex.extract.rules.Alternatives;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.incidex.extract.casualty.CasualtyPatterns.*;
import static org.incidex.extract.casualty.FigureReaders.*;

/**
 * Finds casualty figures in a sentence: killed, injured, hostages, and attackers killed.
 *
 * <p>A figure is read from a list of counted noun phrases ({@link VictimPhrases}) next to a verb of killing or
 * wounding, in any of the shapes news text uses: passive ("Two soldiers and three civilians were killed", "A police
 * officer was shot dead", "Three people died"), active ("killing six soldiers and a civilian", "wounding 19"),
 * "leaving two people wounded", "resulting in the death of a policeman", a toll ("the death toll rose to 31"), or
 * "no one was hurt" (0); with asides between the people and the verb ("Three soldiers backed by the coalition were
 * kidnapped in the capital and later shot dead"), and single victims named by a pronoun or a name ("slit his
 * throat", "shot and injured Minister A. B."). Counts are digits or words, with qualifiers ("at least 13", "more
 * than 100", "a dozen").
 * The groups of one list are added up; attackers in it ("Three attackers and four police officers were killed",
 * "killing 14 people including the bomber") or killed by the security forces count as
 * {@link Kind#PERPETRATORS_KILLED}, not as victims ({@link Sides}). Sub-counts of a total ("five UN workers were
 * among the dead", "including three children") are skipped, so never added twice. The shapes are regexes in
 * {@link CasualtyPatterns}, tried in the order of priority that shapes.tsv declares ({@link Shape}): where two shapes
 * read the same words, the figure found first stands.
 *
 * <p>Each figure says how it combines with earlier figures of its kind ({@link Mode}). Thread-safe: stateless.
 */
public final class CasualtyFinder {
    /**
     * What a figure counts. TRAPPED is people still inside a place under attack ("some 138 people are still trapped
     * inside"): the incident's hostages when it is a siege and no hostage count is given.
     */
    public enum Kind { KILLED, INJURED, HOSTAGES, PERPETRATORS_KILLED, TRAPPED }

    /** How a figure relates to figures of the same kind read before it about the same incident. */
    public enum Mode {
        /** A count as stated: a restatement or a breakdown of what was said before, so the larger count stands. */
        PLAIN,
        /** More victims on top of those counted before ("another three", "were also killed", "in another attack"). */
        ADDITIONAL,
        /** A revised total that replaces earlier counts ("the death toll rose to 31"). */
        UPDATE,
        /**
         * Deaths among the wounded ("The officer died of his wounds", "one of the injured later died"): they move
         * from the injured to the killed when injured were counted before, else a plain count of deaths.
         */
        OF_WOUNDS,
        /**
         * A count the report says was since revised ("The toll had stood at 101", "Earlier reports said 20 people
         * had died"): it never replaces the current count, and is the count only while no other is read.
         */
        EARLIER
    }

    /** A figure, where it is in the sentence, and how it combines with earlier ones. */
    public record Figure(Kind kind, int value, int start, int end, Mode mode) {
        /** A plain figure. */
        public Figure(Kind kind, int value, int start, int end) {
            this(kind, value, start, end, Mode.PLAIN);
        }
    }


    /** The figures in one sentence, in order of appearance. */
    public List<Figure> find(String sentence) {
        return find(sentence, sentence.toLowerCase(Locale.ROOT));
    }

    /** {@link #find(String)} with the sentence lower-cased (Locale.ROOT) by the caller, who reads it for more. */
    public List<Figure> find(String sentence, String low) {
        List<Figure> out = new ArrayList<>();
        boolean kill = Alternatives.containsAny(low, KILL_CUE);
        boolean hurt = Alternatives.containsAny(low, HURT_CUE);
        boolean held = Alternatives.containsAny(low, HOSTAGE_CUE);
        for (Shape shape : Shape.PRIORITY) read(shape, out, sentence, low, kill, hurt, held);
        if (out.isEmpty()) {
            suicideAttackers(sentence, low, out);
            return out;
        }
        if (CasualtyPatterns.AGGREGATE_VERB.matcher(sentence).find()
                && CasualtyPatterns.AGGREGATE_PERIOD.matcher(sentence).find()
                || CasualtyPatterns.CONFLICT_TOLL.foundIn(sentence, low)
                || CasualtyPatterns.AMONG_THE_DEAD.matcher(sentence).find()) {
            return new ArrayList<>();   // a period's or a campaign's toll, no attack's; or people counted already
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        boolean otherAttack = OTHER_ATTACK.matcher(sentence).find() || LATER_ATTACK.matcher(sentence).find();
        boolean total = !otherAttack && CasualtyPatterns.TOTAL.matcher(sentence).find();
        List<Figure> result = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            Figure f = out.get(i);
            if (i > 0 && woundedAttackers(sentence, out, out.get(i - 1), f)) continue;
            boolean more = otherAttack
                    || (!result.isEmpty() && sameClauseMore(sentence, result.get(result.size() - 1), f));
            if (f.mode() == Mode.ADDITIONAL && !otherAttack && besidesAttackers(result, f)) {
                f = new Figure(f.kind(), f.value(), f.start(), f.end(), Mode.PLAIN);
            }
            if (total && f.mode() == Mode.PLAIN && f.kind() != Kind.HOSTAGES) {
                f = new Figure(f.kind(), f.value(), f.start(), f.end(), Mode.UPDATE);
            }
            result.add(more && f.mode() == Mode.PLAIN && f.kind() != Kind.HOSTAGES
                    ? new Figure(f.kind(), f.value(), f.start(), f.end(), Mode.ADDITIONAL) : f);
        }
        suicideAttackers(sentence, low, result);
        boolean revised = CasualtyPatterns.EARLIER.mayContain(low);
        Matcher earlier = CasualtyPatterns.EARLIER.pattern().matcher(revised ? sentence : "");
        while (earlier.find()) {
            int from = earlier.start();
            int to = earlier.end() + EARLIER_REACH;
            result.replaceAll(f -> f.start() >= from && f.start() <= to && f.kind() != Kind.HOSTAGES
                    && (f.mode() == Mode.PLAIN || f.mode() == Mode.UPDATE)
                    ? new Figure(f.kind(), f.value(), f.start(), f.end(), Mode.EARLIER) : f);
        }
        result.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return result;
    }

    /**
     * Suicide attackers die in their attack: "Two suicide bombers blew themselves up", "a suicide bomber struck" count
     * attackers killed when the sentence counts none, unless it says the attack failed or the attacker was caught
     * ("a would-be suicide bomber was arrested"). "another suicide bomber" is one more.
     */
    private static void suicideAttackers(String s, String low, List<Figure> result) {
        if (!low.contains("suicide") || result.stream().anyMatch(f -> f.kind() == Kind.PERPETRATORS_KILLED)
                || CasualtyPatterns.SUICIDE_FAILED.matcher(s).find()) {
            return;
        }
        Matcher m = CasualtyPatterns.SUICIDE_ATTACKERS.matcher(s);
        if (!m.find()) return;
        String n = m.group("n");
        int value = n == null ? 1 : Numbers.parse(n);
        boolean more = m.group("more") != null;
        if (value > 0) result.add(new Figure(Kind.PERPETRATORS_KILLED, value, m.start(), m.end(),
                more ? Mode.ADDITIONAL : Mode.PLAIN));
    }

    /** How far after its cue ("earlier reports said") a count can be the one the cue says was revised. */
    private static final int EARLIER_REACH = 60;

    /**
     * "Forty of the attackers were killed, but 130 hostages also died": "also" says besides the attackers counted
     * before it in the sentence, not on top of the victims of earlier sentences.
     */
    private static boolean besidesAttackers(List<Figure> before, Figure f) {
        return f.kind() == Kind.KILLED && before.stream().anyMatch(b -> b.kind() == Kind.PERPETRATORS_KILLED)
                && before.stream().noneMatch(b -> b.kind() == Kind.KILLED);
    }

    /**
     * Adds the figures of one shape, when the sentence passes the shape's cheap test (the words its regex needs):
     * {@code kill}, {@code hurt}, {@code held}: the sentence has a stem of that cue (cues.tsv).
     */
    private static void read(Shape shape, List<Figure> out, String s, String low, boolean kill, boolean hurt,
                             boolean held) {
        switch (shape) {
            case KILL_PASSIVE -> {
                if (kill) lists(out, s, CasualtyPatterns.KILL_PASSIVE, Kind.KILLED, true);
            }
            case KILL_ACTIVE -> {
                if (kill) lists(out, s, CasualtyPatterns.KILL_ACTIVE, Kind.KILLED, false);
            }
            case TO_DEATH -> {
                if (kill && low.contains(" to death")) lists(out, s, CasualtyPatterns.TO_DEATH, Kind.KILLED, false);
            }
            case THROAT -> {
                if (low.contains("throat")) lists(out, s, CasualtyPatterns.THROAT, Kind.KILLED, false);
            }
            case HIS_THROAT -> {
                if (low.contains("throat")) pronoun(out, s, CasualtyPatterns.HIS_THROAT, Kind.KILLED);
            }
            case LEFT -> {
                if ((kill || hurt) && (low.contains("left") || low.contains("leav"))) {
                    lists(out, s, CasualtyPatterns.LEFT, null, false);
                }
            }
            case HURT_PASSIVE -> {
                if (hurt) lists(out, s, CasualtyPatterns.HURT_PASSIVE, Kind.INJURED, true);
            }
            case HURT_ACTIVE -> {
                if (hurt) lists(out, s, CasualtyPatterns.HURT_ACTIVE, Kind.INJURED, false);
            }
            case TOLL -> {
                if (low.contains("toll") || low.contains("number of") || low.contains("fatalities")) {
                    single(out, s, CasualtyPatterns.TOLL, Kind.KILLED, Mode.UPDATE);
                }
            }
            case DEATHS -> {
                if (low.contains("death") || low.contains("fatalities")) {
                    single(out, s, CasualtyPatterns.DEATHS, Kind.KILLED, Mode.PLAIN);
                }
            }
            case BODIES_OF -> {
                if (bodies(low)) lists(out, s, CasualtyPatterns.BODIES_OF, Kind.KILLED, false);
            }
            case N_BODIES -> {
                if (bodies(low)) single(out, s, CasualtyPatterns.N_BODIES, Kind.KILLED, Mode.PLAIN);
            }
            case HIS_BODY -> {
                if (bodies(low)) single(out, s, CasualtyPatterns.HIS_BODY, Kind.KILLED, Mode.PLAIN);
            }
            case NAMED -> {
                if (kill || hurt) lists(out, s, CasualtyPatterns.NAMED, null, false);
            }
            case PRONOUN_OBJECT -> {
                if (kill && (low.contains(" him") || low.contains(" her"))) pronounObjects(out, s);
            }
            case NAMED_OBJECT -> {
                if (hurt) namedObjects(out, s, CasualtyPatterns.HURT_NAMED, Kind.INJURED);
            }
            case DEATH_OF_ONE -> {
                if (low.contains("death of")) namedObjects(out, s, CasualtyPatterns.DEATH_OF_ONE, Kind.KILLED);
            }
            case HELD_DIED -> {
                if (kill && held) single(out, s, CasualtyPatterns.HELD_DIED, Kind.KILLED, Mode.ADDITIONAL);
            }
            case INJURIES -> {
                if (low.contains("injuries")) single(out, s, CasualtyPatterns.INJURIES, Kind.INJURED, Mode.PLAIN);
            }
            case LOST_LIMB -> {
                if (low.contains("los")) pronoun(out, s, CasualtyPatterns.LOST_LIMB, Kind.INJURED);
            }
            case DIED_LATER -> {
                if (kill && (low.contains(" of the ") || low.contains(" of those "))) {
                    single(out, s, CasualtyPatterns.DIED_LATER, Kind.KILLED, Mode.ADDITIONAL);
                    // "one of the injured died" moves from the injured to the killed
                    out.replaceAll(f -> f.mode() == Mode.ADDITIONAL && diedLaterWounded(s, f)
                            ? new Figure(f.kind(), f.value(), f.start(), f.end(), Mode.OF_WOUNDS) : f);
                }
            }
            case NONE -> {
                if (NONE_CUE.matcher(low).find()) none(out, s);
            }
            case HOSTAGES -> {
                if (held) {
                    for (Pattern p : CasualtyPatterns.HOSTAGES) single(out, s, p, Kind.HOSTAGES, Mode.PLAIN);
                }
            }
            case TRAPPED -> {
                if (low.contains("trapped") || low.contains("held") || low.contains("holed up")
                        || low.contains("stuck")) {
                    single(out, s, CasualtyPatterns.TRAPPED, Kind.TRAPPED, Mode.PLAIN);
                }
            }
        }
    }

    private static boolean bodies(String low) {
        return low.contains("bod") || low.contains("corpse") || low.contains("remains");
    }

    /**
     * "13 militants were killed and 16 were wounded", "a gunman was killed and another wounded": a bare count of
     * wounded right after attackers killed counts the same attackers.
     */
    private static boolean woundedAttackers(String s, List<Figure> all, Figure before, Figure f) {
        if (f.kind() != Kind.INJURED || before.kind() != Kind.PERPETRATORS_KILLED) return false;
        for (Figure o : all) if (o.kind() == Kind.KILLED && o.start() == before.start()) return false; // mixed list
        return PASSIVE_GAP.matcher(s.substring(before.end(), f.start())).matches()
                && BARE.matcher(s.substring(f.start(), f.end())).matches();
    }

    /** "Another three people were killed and two injured": a bare count joined to further victims adds too. */
    private static boolean sameClauseMore(String s, Figure before, Figure f) {
        return before.mode() == Mode.ADDITIONAL && before.kind() != f.kind() && before.end() <= f.start()
                && PASSIVE_GAP.matcher(s.substring(before.end(), f.start())).matches()
                && BARE.matcher(s.substring(f.start(), f.end())).matches();
    }
}
