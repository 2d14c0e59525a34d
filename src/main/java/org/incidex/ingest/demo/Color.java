package org.incidex.ingest.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Everything around the facts: attribution by group role, generic quotes from unnamed officials and witnesses,
 * reactions from other capitals, a recall of an earlier attack (never with its figures) and closing lines.
 * Nothing here states a checkable fact that is not in the row. Stateless.
 */
final class Color {

    private static final List<String> CAPITALS = List.of("Washington", "Paris", "London", "Berlin", "Brussels",
            "Rome", "Madrid", "Ottawa", "Canberra", "Tokyo", "New Delhi", "Nairobi", "Abuja", "Ankara", "Cairo");

    private Color() {
    }

    /** Who did it, worded by the row's group role; "No group has claimed responsibility" when none. */
    static String attribution(Draft d) {
        Fact f = d.fact;
        Random r = d.r;
        if (!f.hasGroups()) {
            return Prose.pick(r, "No group has claimed responsibility.",
                    "The identity of the attackers was not known, and no group has claimed responsibility.",
                    "No one has claimed responsibility for the attack, and officials did not say who they believed was behind it.");
        }
        String g = Prose.capitalize(Prose.and(f.groups()));
        boolean plural = f.groups().size() > 1;
        return switch (f.groupRole()) {
            case "claimed" -> Prose.pick(r,
                    g + " claimed responsibility in a statement.",
                    g + " said " + (plural ? "they" : "it") + " carried out the attack, in a message posted online.",
                    "In a statement, " + Prose.and(f.groups()) + " claimed responsibility for the attack.",
                    g + (plural ? " have" : " has") + " claimed the attack.");
            case "suspected" -> Prose.pick(r,
                    "Officials suspect " + Prose.and(f.groups()) + ".",
                    "The attack bore the hallmarks of " + Prose.and(f.groups()) + ", security sources said.",
                    "Investigators said they suspected " + Prose.and(f.groups()) + (plural ? " were" : " was") + " behind the attack.");
            default -> Prose.pick(r,
                    "Authorities blamed " + Prose.and(f.groups()) + ".",
                    "Officials blamed the attack on " + Prose.and(f.groups()) + ".",
                    "The government blamed " + Prose.and(f.groups()) + " for the attack.");
        };
    }

    /** One quote from an unnamed witness or official; {@code witness} picks which. */
    static String quote(Draft d, boolean witness) {
        Random r = d.r;
        String q;
        String who;
        if (witness) {
            q = Prose.pick(r, witnessLines(d.kind));
            who = Prose.pick(r, "a witness", "one witness", "a local resident", "a man who was nearby");
        } else {
            List<String> lines = new ArrayList<>(List.of(
                    "Our teams are working at the scene. We ask people to stay away from the area",
                    "Everything is being done to help the victims and their families",
                    "Those responsible will be found and brought to justice",
                    "This was a cowardly act against innocent people"));
            if (d.fact.injured() != null && d.fact.injured() > 0) lines.add("We are treating the injured and more help is on the way");
            q = Prose.pick(r, lines);
            who = q.startsWith("We are treating") ? "a hospital official"
                    : Prose.pick(r, "a police spokesman", "a government spokesman", "a security official",
                    "an interior ministry spokesman");
        }
        return switch (r.nextInt(3)) {
            case 0 -> "\u201C" + q + ",\u201D " + who + " said.";
            case 1 -> Prose.capitalize(who) + " said: \u201C" + q + ".\u201D";
            default -> "\u201C" + q + ",\u201D " + who + " told reporters.";
        };
    }

    private static List<String> witnessLines(AttackKind kind) {
        return switch (kind) {
            case BOMBING -> List.of("We heard a huge bang and the windows shook",
                    "There was smoke everywhere and people were screaming",
                    "I was knocked to the ground. When I got up, everyone was running");
            case ARMED_ASSAULT, BARRICADE -> List.of("We heard shooting and everyone ran for cover",
                    "We hid and waited. We did not know what was happening outside",
                    "People were running in every direction, looking for a way out");
            case KIDNAPPING -> List.of("Families are desperate for news", "Everyone here is afraid now");
            default -> List.of("People were running in every direction", "Nobody understood what was happening at first",
                    "It was chaos. People were shouting for help");
        };
    }

    /** "Officials in Washington and Paris condemned the attack." — never the country's own capital. */
    static String reaction(Draft d) {
        Random r = d.r;
        Geo.Country own = Geo.country(d.fact.countryCode());
        List<String> pool = new ArrayList<>(CAPITALS);
        pool.removeIf(c -> c.equalsIgnoreCase(d.fact.city()) || own != null && c.equalsIgnoreCase(own.capital()));
        String a = pool.remove(r.nextInt(pool.size()));
        String b = pool.remove(r.nextInt(pool.size()));
        return Prose.pick(r, "Officials in " + a + " and " + b + " condemned the attack.",
                "Messages of sympathy came from " + a + " and " + b + ".",
                "Governments in " + a + ", " + b + " and elsewhere condemned the violence.");
    }

    /**
     * A recall of an earlier fact from the table, by name and place only, never its figures; null when the
     * table holds no earlier attack.
     */
    static String context(Draft d) {
        List<Fact> earlier = d.others().stream().filter(o -> o.date().isBefore(d.fact.date())).toList();
        if (earlier.isEmpty()) return null;
        List<Fact> sameCountry = earlier.stream().filter(o -> o.countryCode().equals(d.fact.countryCode())).toList();
        Random r = d.r;
        Fact o = Prose.pick(r, sameCountry.isEmpty() ? earlier : sameCountry);
        String name = named(o.name());
        boolean nameHasCity = o.name().toLowerCase(Locale.ROOT).contains(o.city().toLowerCase(Locale.ROOT));
        String in = nameHasCity ? "" : " in " + o.city();
        String gap = interval(o.date(), d.fact.date());
        if (o.countryCode().equals(d.fact.countryCode()) && r.nextBoolean()) {
            return "It was not the first attack in " + Geo.countryNp(d.fact.country()) + ": the " + name + in + " took place " + gap + " earlier.";
        }
        return Prose.pick(r, "The attack came " + gap + " after the " + name + in + ".",
                "Some observers compared it with the " + name + (nameHasCity ? "" : " in " + o.city() + ", "
                        + o.country() + ",") + " in " + o.date().getYear() + ".");
    }

    private static String named(String name) {
        return name.toLowerCase(Locale.ROOT).startsWith("the ") ? name.substring(4) : name;
    }

    /** "days", "weeks", "months", "more than a year", "five years", "more than a decade": always true. */
    static String interval(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        if (days < 14) return "days";
        if (days < 60) return "weeks";
        if (ChronoUnit.MONTHS.between(from, to) < 12) return "months";
        long years = ChronoUnit.YEARS.between(from, to);
        if (years < 2) return "more than a year";
        if (years >= 10) {
            // Decades, not "twenty years": a gap must never read like another attack's toll.
            return years < 20 ? "more than a decade" : "more than " + Numbers.words((int) (years / 10)) + " decades";
        }
        String n = Numbers.words((int) years) + " years";
        return from.plusYears(years).isEqual(to) ? n : "more than " + n;
    }

    /** What responders did, in terms that hold for any attack of the kind; no new checkable facts. */
    static String response(Draft d) {
        Random r = d.r;
        String site = d.fact.target() == null ? "the area" : d.target();
        List<String> lines = new ArrayList<>(switch (d.kind) {
            case BOMBING -> List.of("Emergency services rushed to the scene, and roads around " + site + " were closed.",
                    "Forensic teams were examining the site of the blast.");
            case ARMED_ASSAULT -> List.of("Security forces sealed off the area around " + site + ".",
                    "Armed police and soldiers were deployed to the scene.");
            case BARRICADE -> List.of("Security forces surrounded " + site + " before moving in.",
                    "Special forces were deployed to the scene as the siege unfolded.");
            case KIDNAPPING -> List.of("Security forces launched a search for those abducted.");
            default -> List.of("Emergency services rushed to the scene.",
                    "Police sealed off the area and asked people to stay away.");
        });
        if (d.fact.injured() != null && d.fact.injured() > 0) {
            lines.add("Ambulances took the injured to hospitals across " + d.fact.city() + ".");
        }
        return Prose.pick(r, lines);
    }

    /** A closing line with no new facts. */
    static String closing(Draft d) {
        List<String> lines = new ArrayList<>(List.of(
                "Security was stepped up across " + d.fact.city() + ", and residents were urged to avoid the area.",
                "Police cordoned off the area as investigators began their work.",
                "An investigation was under way, officials said.",
                "Officials said more details would be released as the investigation continued."));
        if (d.fact.injured() != null && d.fact.injured() > 0) {
            lines.add("Hospitals in " + d.fact.city() + " were treating the wounded.");
        }
        return Prose.pick(d.r, lines);
    }
}
