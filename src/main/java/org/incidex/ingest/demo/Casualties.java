package org.incidex.ingest.demo;

import java.util.Random;

/**
 * Casualty and hostage phrasings. Every figure written is the fact's own; a figure the row leaves empty is never
 * guessed. Each method records in the {@link Draft} which figures it has stated.
 */
final class Casualties {

    private Casualties() {
    }

    /** True when the lead can carry a death toll ("killing 20 people"). */
    static boolean hasDeaths(Draft d) {
        return d.fact.killed() != null && d.fact.killed() > 0;
    }

    /** "killing 20 people", "leaving 20 people dead and seven injured"; only call when {@link #hasDeaths}. */
    static String participle(Draft d) {
        int k = d.fact.killed();
        Integer m = d.fact.injured();
        d.killedSaid = true;
        String kp = d.people(k, true);
        int v = d.r.nextInt(m != null && m > 0 ? 4 : 2);
        return switch (v) {
            case 0 -> "killing " + kp;
            case 1 -> "leaving " + kp + " dead";
            case 2 -> {
                d.injuredSaid = true;
                yield "killing " + kp + " and wounding " + d.num(m);
            }
            default -> {
                d.injuredSaid = true;
                yield "leaving " + kp + " dead and " + d.num(m) + " injured";
            }
        };
    }

    /** "One person", "Twenty people", "A total of 193 people": a subject that may open a sentence. */
    static String subject(int n, Random r) {
        return n == 1 ? "One person" : Numbers.sentenceStart(n, r) + " people";
    }

    /** The sentences of the toll paragraph: everything not yet said, sometimes restating the dead in new words. */
    static String toll(Draft d) {
        Integer k = d.fact.killed();
        Integer m = d.fact.injured();
        Random r = d.r;
        String src = Prose.pick(r, ", officials said", ", police said", ", according to officials",
                ", a security official said", ", local authorities said", "");
        StringBuilder sb = new StringBuilder();
        boolean restate = k != null && k > 0 && d.killedSaid && r.nextBoolean();
        if (k == null && m == null) {
            sb.append("Casualty figures were not immediately available.");
        } else if (k != null && k == 0) {
            sb.append("No one was killed").append(src).append('.');
            if (m != null && !d.injuredSaid) sb.append(' ').append(injuredOnly(d, m, ""));
        } else if (k != null && m != null && (!d.killedSaid || restate || !d.injuredSaid)) {
            if (m == 0) {
                sb.append(killedOnly(d, k, src)).append(" No injuries were reported.");
            } else if (d.killedSaid && !restate) {
                sb.append(injuredOnly(d, m, src));
            } else {
                sb.append(both(d, k, m, src));
            }
        } else if (k != null && (!d.killedSaid || restate)) {
            sb.append(killedOnly(d, k, src));
            if (m == null) sb.append(" Figures for the injured were not immediately available.");
        } else if (k == null && m != null && !d.injuredSaid) {
            sb.append(injuredOnly(d, m, src));
            sb.append(" There was no immediate word on deaths.");
        }
        d.killedSaid |= k != null;
        d.injuredSaid |= m != null;
        if (d.fact.hostages() != null && !d.hostagesSaid) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(hostageSentence(d));
        }
        return sb.toString();
    }

    private static String both(Draft d, int k, int m, String src) {
        Random r = d.r;
        String wounded = Prose.pick(r, "wounded", "injured", "hurt");
        return switch (r.nextInt(5)) {
            case 0 -> subject(k, r) + (k == 1 ? " was" : " were") + " killed and " + d.num(m) + " " + wounded + src + ".";
            case 1 -> "The attack left " + d.num(k) + " dead and " + d.num(m) + " " + wounded + src + ".";
            case 2 -> "Officials put the toll at " + d.num(k) + " dead and " + d.num(m) + " " + wounded + ".";
            case 3 -> subject(k, r) + (k == 1 ? " died and " : " died and ") + others(d, m) + wounded + src + ".";
            default -> subject(k, r) + (k == 1 ? " was" : " were") + " killed, and " + others(d, m) + wounded + src + ".";
        };
    }

    /** "one other person was ", "12 others were ": number agreement for the second figure. */
    private static String others(Draft d, int m) {
        return m == 1 ? "one other person was " : d.num(m) + " others were ";
    }

    private static String killedOnly(Draft d, int k, String src) {
        Random r = d.r;
        return Prose.pick(r,
                "The death toll stood at " + d.num(k) + src + ".",
                subject(k, r) + (k == 1 ? " was" : " were") + " killed" + src + ".",
                subject(k, r) + " died in the attack" + src + ".");
    }

    private static String injuredOnly(Draft d, int m, String src) {
        Random r = d.r;
        if (m == 0) return "No injuries were reported.";
        String wounded = Prose.pick(r, "wounded", "injured", "hurt");
        return switch (r.nextInt(3)) {
            case 0 -> "Another " + d.num(m) + (m == 1 ? " person was " : " people were ") + wounded + src + ".";
            case 1 -> subject(m, r) + (m == 1 ? " was " : " were ") + wounded + src + ".";
            default -> "The number of " + (wounded.equals("hurt") ? "injured" : wounded) + " stood at " + d.num(m) + src + ".";
        };
    }

    /** A whole sentence about the hostages: "Some 170 people were taken hostage." */
    static String hostageSentence(Draft d) {
        int h = d.fact.hostages();
        d.hostagesSaid = true;
        Random r = d.r;
        if (d.kind == AttackKind.KIDNAPPING) {
            return Prose.pick(r, subject(h, r) + (h == 1 ? " was" : " were") + " abducted, officials said.",
                    "The kidnappers seized " + d.num(h) + (h == 1 ? " person" : " people") + ", officials said.");
        }
        return Prose.pick(r,
                "The attackers held " + d.num(h) + (h == 1 ? " hostage" : " hostages") + ", officials said.",
                "Some " + d.num(h) + (h == 1 ? " person was" : " people were") + " taken hostage.",
                "At one point the attackers were holding " + d.num(h) + " people hostage.");
    }

    /** "took some 170 people hostage" for a lead verb phrase; marks hostages said. */
    static String tookHostages(Draft d) {
        Integer h = d.fact.hostages();
        if (h == null) return "took hostages";
        d.hostagesSaid = true;
        return Prose.pick(d.r, "took some " + d.num(h) + " people hostage", "seized " + d.num(h) + " hostages",
                "took " + d.num(h) + (h == 1 ? " person" : " people") + " hostage");
    }
}
