package org.incidex.ingest.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Headlines, standfirsts and lead paragraphs, several templates per attack type. Stateless. */
final class Leads {

    private Leads() {
    }

    /** The lead paragraph: what, where, when and (when known) the dead. */
    static String lead(Draft d) {
        Random r = d.r;
        String p = d.placeFirst();
        String w = d.when();
        String on = d.onTarget();
        boolean deaths = Casualties.hasDeaths(d);
        String said = Prose.pick(r, ", officials said", ", authorities said", ", police said", "");
        String s = switch (d.kind) {
            case BOMBING -> deaths ? switch (r.nextInt(4)) {
                case 0 -> "A bomb attack" + on + " " + p + " " + w + " killed " + d.people(d.fact.killed(), true) + said + ".";
                case 1 -> "An explosion tore through " + orPlace(d, p) + " " + w + ", " + Casualties.participle(d) + ".";
                case 2 -> kSubject(d) + " killed when a blast struck " + orPlace(d, p) + " " + w + said + ".";
                default -> "A bombing" + targeting(d) + " " + p + " " + w + " left " + killedDead(d) + said + ".";
            } : "A bomb exploded" + (d.fact.target() == null ? "" : " at " + d.target()) + " " + p + " " + w + said + ".";
            case ARMED_ASSAULT -> deaths ? switch (r.nextInt(3)) {
                case 0 -> "Assailants attacked " + orPlace(d, p) + " " + w + ", " + Casualties.participle(d) + said + ".";
                case 1 -> kSubject(d) + " killed in an armed assault" + on + " " + p + " " + w + ".";
                default -> "An armed attack" + on + " " + p + " " + w + " left " + killedDead(d) + said + ".";
            } : "Armed attackers struck " + orPlace(d, p) + " " + w + said + ".";
            case BARRICADE -> switch (deaths ? r.nextInt(3) : 0) {
                case 0 -> "Attackers stormed " + orPlace(d, p) + " " + w + " and " + Casualties.tookHostages(d) + said + ".";
                case 1 -> "A hostage siege" + at(d) + " " + p + " " + w + " ended with " + killedDead(d) + said + ".";
                default -> "Armed attackers took over " + orPlace(d, p) + " " + w + " and " + Casualties.tookHostages(d)
                        + ", in a siege that left " + killedDead(d) + ".";
            };
            // The target of a kidnapping is often the victims themselves ("schoolgirls"): it gets its own sentence.
            case KIDNAPPING -> (d.fact.hostages() != null
                    ? Prose.pick(r, "Kidnappers", "Armed kidnappers") + " abducted " + hostagesNp(d) + " " + p + " " + w + said + "."
                    : "A kidnapping " + p + " " + w + " was reported" + said + ".")
                    + (d.fact.target() == null ? "" : " The kidnappers targeted " + d.target() + ".");
            case ASSASSINATION -> deaths
                    ? "An assassination attack" + on + " " + p + " " + w + " left " + killedDead(d) + said + "."
                    : "An assassination attempt targeted " + targetOr(d, "an official") + " " + p + " " + w + said + ".";
            case HIJACKING -> "Hijackers seized " + targetOr(d, "a vehicle") + " " + p + " " + w
                    + (deaths ? " in an attack that left " + killedDead(d) : "") + said + ".";
            case FACILITY -> deaths
                    ? "Attackers struck " + orPlace(d, p) + " " + w + ", " + Casualties.participle(d) + said + "."
                    : "Attackers struck " + orPlace(d, p) + " " + w + ", causing damage" + said + ".";
            case UNARMED, OTHER -> deaths ? switch (r.nextInt(3)) {
                case 0 -> "An attack" + on + " " + p + " " + w + " killed " + d.people(d.fact.killed(), true) + said + ".";
                case 1 -> kSubject(d) + " killed in an attack" + on + " " + p + " " + w + ".";
                default -> Prose.capitalize(targetOr(d, "a crowd")) + " " + p + " came under attack " + w + ", "
                        + Casualties.participle(d) + said + ".";
            } : "An attack" + on + " " + p + " " + w + " caused casualties" + said + ".";
        };
        return Prose.capitalize(s);
    }

    /** The headline, as a site writes it before its own capitalisation. */
    static String headline(Draft d) {
        Random r = d.r;
        Fact f = d.fact;
        String noun = Prose.pick(r, d.kind.nouns());
        List<String> options = new ArrayList<>();
        if (f.killed() != null && f.killed() > 0) {
            String k = Numbers.digits(f.killed());
            options.add(k + " killed in " + f.city() + " " + noun);
            options.add("At least " + k + " dead after " + noun + " in " + f.city());
            options.add(f.city() + " " + noun + ": " + k + " dead"
                    + (f.injured() != null && f.injured() > 0 ? ", " + Numbers.digits(f.injured()) + " injured" : ""));
            if (f.target() != null) options.add(k + " killed in attack on " + f.target() + " in " + f.city());
        }
        if (f.target() != null) options.add("Attack on " + f.target() + " in " + f.city() + ", " + f.country());
        options.add("What we know about the " + f.name());
        if (d.kind == AttackKind.BARRICADE) {
            options.add("Attackers take hostages at " + (f.target() == null ? "site" : f.target()) + " in " + f.city());
        }
        if (d.kind == AttackKind.KIDNAPPING && f.hostages() != null) {
            options.add(Numbers.digits(f.hostages()) + " abducted in " + f.city());
        }
        return Prose.capitalize(Prose.pick(r, options));
    }

    /** One-sentence summary for meta descriptions: no figures, so it never contradicts the body. */
    static String standfirst(Draft d) {
        Fact f = d.fact;
        return Prose.pick(d.r,
                "What we know so far about the attack" + d.onTarget() + " in " + f.city() + ", " + Geo.countryNp(f.country()) + ".",
                "The latest on the " + f.name() + ", and what officials are saying.",
                "Security forces responded after the attack in " + f.city() + ". Here is what is known.");
    }

    /** The words of a fact's URL slug: its name, with the city first when the name lacks it. */
    static String urlWords(Fact f) {
        return f.name().toLowerCase(java.util.Locale.ROOT).contains(f.city().toLowerCase(java.util.Locale.ROOT))
                ? f.name() : f.city() + " " + f.name();
    }

    private static String kSubject(Draft d) {
        int k = d.fact.killed();
        d.killedSaid = true;
        return Casualties.subject(k, d.r) + (k == 1 ? " was" : " were");
    }

    private static String killedDead(Draft d) {
        int k = d.fact.killed();
        d.killedSaid = true;
        Integer m = d.fact.injured();
        String dead = d.people(k, true) + " dead";
        if (m != null && m > 0 && d.r.nextBoolean()) {
            d.injuredSaid = true;
            return dead + " and " + d.num(m) + " " + Prose.pick(d.r, "injured", "wounded");
        }
        return dead;
    }

    private static String hostagesNp(Draft d) {
        int h = d.fact.hostages();
        d.hostagesSaid = true;
        return d.num(h) + (h == 1 ? " person" : " people");
    }

    /** "the Radisson Blu hotel in Bamako, Mali," or "a site in Bamako, Mali,": the object and the place. */
    private static String orPlace(Draft d, String place) {
        return (d.fact.target() == null ? "a site" : d.target()) + " " + place;
    }

    private static String targetOr(Draft d, String fallback) {
        return d.fact.target() == null ? fallback : d.target();
    }

    private static String targeting(Draft d) {
        return d.fact.target() == null ? "" : " targeting " + d.target();
    }

    private static String at(Draft d) {
        return d.fact.target() == null ? "" : " at " + d.target();
    }
}
