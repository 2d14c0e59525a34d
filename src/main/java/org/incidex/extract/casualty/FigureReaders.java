package org.incidex.extract.casualty;

import org.incidex.extract.casualty.CasualtyFinder.Figure;
import org.incidex.extract.casualty.CasualtyFinder.Kind;
import org.incidex.extract.casualty.CasualtyFinder.Mode;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.incidex.extract.casualty.CasualtyPatterns.*;

/**
 * How {@link CasualtyFinder} turns the matches of one shape's regex into figures: lists of counted people next to a
 * verb ({@link #lists}), single counts ({@link #single}), pronouns and named persons as victims, "no one was hurt";
 * and the checks that keep ages, days, years and sub-counts from being read as counts. Each adds its figures to
 * {@code out}, skipping those whose words a figure already there covers. Stateless, thread-safe.
 */
final class FigureReaders {
    private FigureReaders() {}

    /** "The siege ended with four people dead": "with" and a count and its participle, no verb between. */
    private static boolean withAbsolute(String s, Matcher m, int ls) {
        String be = m.group("be");
        return (be == null || be.isBlank()) && s.substring(Math.max(0, ls - 5), ls).equalsIgnoreCase("with ");
    }

    /** Figures from a list of counted groups next to a verb; {@code kind} null: read from the final word. */
    static void lists(List<Figure> out, String s, Pattern p, Kind kind, boolean passive) {
        // A passive figure ends at its verb: scan only up to the last such verb, and not at all without one (the list
        // part would otherwise be tried at every word of the sentence). Same matches, found faster.
        int limit = s.length();
        Pattern verb = p == KILL_PASSIVE ? KILL_VERB : p == HURT_PASSIVE ? HURT_VERB : null;
        if (verb != null) {
            limit = -1;
            Matcher v = verb.matcher(s);
            for (int at = 0; at < s.length() && v.find(at); at = v.start() + 1) limit = Math.max(limit, v.end());
            if (limit < 0) return;
        }
        Matcher m = p.matcher(s);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (from < limit && m.region(from, limit).find()) {
            from = m.start() + 1;
            int ls = m.start("list");
            int le = passive || p == LEFT || p == NAMED ? Math.max(m.end("list"), m.end("paren")) : m.end("list");
            if (overlaps(out, ls, le) || isSubset(s, ls, m.end()) || straddlesAside(s, ls, le)
                    || isAgeOrDay(s, ls, le)) {
                continue;
            }
            if (passive && (!passiveReading(s, m)
                    || AFTER_PREPOSITION.matcher(s.substring(Math.max(0, ls - 24), ls)).find()
                    && !withAbsolute(s, m, ls))) {
                continue; // "was killed at [the gate and a cook] was shot dead": no subject after a preposition
            }
            if (activeAfterAnd(s, m)) continue;
            Kind k = kind != null ? kind : m.group("k") != null ? Kind.KILLED : Kind.INJURED;
            String list = m.group("list");
            String paren = passive || p == LEFT || p == NAMED ? m.group("paren") : VictimPhrases.trailing(s, le);
            if (passive && (paren == null || paren.isBlank())) {
                paren = VictimPhrases.trailing(s, m.end()); // "…, including five of the attackers"
            }
            VictimPhrases.Count c = p == NAMED ? VictimPhrases.named(list, paren)
                    : VictimPhrases.count(list, paren, Sides.fightersAreVictims(s, ls, le));
            if (c == null || (isPronoun(list) && !passiveIntransitive(m))) continue;
            if (passive || p == NAMED) c = plusAlong(c, s, m.end());
            int end = m.end();
            if (!passive && p != NAMED && p != LEFT && c.length() < list.length()) {
                le = ls + c.length(); // "the death of a policeman and the injury of two more": the list ends early
                end = le;
            }
            if (c.victims() == 0 && c.perpetrators() == 0 && !precededByNo(s, ls)) continue;
            if (k == Kind.KILLED && c.victims() > 0 && killedBySecurity(s, m, passive, list)) {
                c = new VictimPhrases.Count(0, c.victims() + c.perpetrators(), c.additional(), c.length());
            }
            int value = precededByNo(s, ls) ? 0 : c.victims();
            String around = s.substring(Math.max(0, m.start() - 6), Math.max(end, m.start()));
            Mode mode = c.additional() || MORE.matcher(around).find() ? Mode.ADDITIONAL : Mode.PLAIN;
            if (k == Kind.KILLED && ofWounds(s, m)) mode = Mode.OF_WOUNDS;
            if (c.victims() > 0 || c.perpetrators() == 0) out.add(new Figure(k, value, ls, le, mode));
            if (c.perpetrators() > 0 && k == Kind.KILLED) {
                out.add(new Figure(Kind.PERPETRATORS_KILLED, c.perpetrators(), ls, le, mode));
            }
            from = end;
        }
    }

    /**
     * "… were arrested and killed two guards": the verb after "and" has an object, so the list is not its victims.
     */
    private static boolean activeAfterAnd(String s, Matcher m) {
        return m.pattern().namedGroups().containsKey("and") && m.group("and") != null
                && VictimPhrases.objectFollows(s, m.end());
    }

    /**
     * Killed by the security forces, so attackers: "two more were shot dead by the security forces", "Security
     * forces engaged the gunmen, killing all three", "a policeman shot him dead". An active verb's object must name
     * no one of its own (a bare count or a pronoun); civilians or hostages killed by an agent stay victims.
     */
    private static boolean killedBySecurity(String s, Matcher m, boolean passive, String list) {
        if (passive) return Sides.killedBySecurityAgent(s.substring(m.end()), list);
        if (m.pattern() != KILL_ACTIVE || !(BARE.matcher(list).matches() || BARE_OBJECT.matcher(list).matches())) {
            return false;
        }
        return Sides.securitySubject(s, m.start(), verb(m));
    }

    /**
     * A victim named by a pronoun as the object ("abducted a teenager and later shot him dead", "rammed a woman,
     * killing her"), unless a killing comes before it in the sentence (the pronoun is someone counted there); the
     * security forces kill attackers ("a policeman shot him dead").
     */
    static void pronounObjects(List<Figure> out, String s) {
        for (Pattern p : List.of(PRONOUN_KILLED, PRONOUN_SHOT_DEAD)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                int at = m.start();
                if (overlaps(out, m.start("n"), m.end("n")) || out.stream().anyMatch(f -> f.start() < at
                        && (f.kind() == Kind.KILLED || f.kind() == Kind.PERPETRATORS_KILLED))) {
                    continue;
                }
                Kind k = Sides.securitySubject(s, at, m.group("w").toLowerCase(Locale.ROOT))
                        ? Kind.PERPETRATORS_KILLED : Kind.KILLED;
                out.add(new Figure(k, 1, m.start("n"), m.end("n")));
            }
        }
    }

    /** "The officer died of his wounds", "succumbed to his injuries": a wounded victim died. */
    private static boolean ofWounds(String s, Matcher m) {
        if (m.pattern() != KILL_PASSIVE && m.pattern() != NAMED) return false;
        String w = verb(m);
        return w.startsWith("succumbed") || (w.equals("died") && OF_WOUNDS.matcher(s.substring(m.end())).find());
    }

    static boolean diedLaterWounded(String s, Figure f) {
        Matcher m = DIED_LATER.matcher(s);
        return m.find(Math.max(0, f.start() - 1)) && m.start("n") == f.start() && m.group("w") != null;
    }

    /** The verb of a match: group "w", or "k"/"h" where the kind is read from it. */
    private static String verb(Matcher m) {
        String w = m.pattern() == NAMED || m.pattern() == LEFT
                ? (m.group("k") != null ? m.group("k") : m.group("h")) : m.group("w");
        return w.toLowerCase(Locale.ROOT);
    }

    private static boolean isPronoun(String list) {
        return list.equalsIgnoreCase("he") || list.equalsIgnoreCase("she");
    }

    /** "… was killed along with his two bodyguards": the list grows by the people named after the verb. */
    private static VictimPhrases.Count plusAlong(VictimPhrases.Count c, String s, int end) {
        Matcher a = ALONG.matcher(s.substring(end));
        if (!a.find()) return c;
        VictimPhrases.Count more = VictimPhrases.count(a.group("list"), null);
        if (more == null) return c;
        return new VictimPhrases.Count(c.victims() + more.victims(), c.perpetrators() + more.perpetrators(),
                c.additional(), c.length());
    }

    private static boolean passiveIntransitive(Matcher m) {
        String w = verb(m);
        return w.equals("died") || w.equals("dead") || w.startsWith("succumbed") || w.startsWith("found");
    }

    /**
     * A passive reading needs "were"/"was" unless the verb cannot take an object ("Three people died") or nothing
     * follows it as an object ("Two soldiers killed in attack", not "A car bomb killed the governor").
     */
    private static boolean passiveReading(String s, Matcher m) {
        String be = m.group("be") == null ? "" : m.group("be").replaceFirst("^,", "").strip().toLowerCase(Locale.ROOT);
        boolean perfect = be.equals("have") || be.equals("has") || be.equals("had"); // "has wounded three"
        if (!be.isEmpty() && !perfect) return true;
        String w = verb(m);
        if (w.equals("died") || w.startsWith("succumbed")) return true;
        if (m.group("paren") != null && !m.group("paren").isBlank()) return false;
        if (passiveIntransitive(m) || w.startsWith("perished") || w.startsWith("lost")
                || w.startsWith("succumbed") || w.startsWith("sustained") || w.startsWith("suffered")) {
            return true;
        }
        // Other verbs read as active without "were": "A teenager stabbed a guard", "Gunmen executed …".
        // "leaving one dead and another with minor injuries", not "remained in hospital with"
        if (w.startsWith("with ")) {
            return LEFT_BEFORE.matcher(s.substring(Math.max(0, m.start() - 100), m.start())).find()
                    || ESCAPED.matcher(m.group("list")).find(); // "the driver escaped with injuries"
        }
        return w.matches("killed|injur(?:ed|ied)|wounded|hurt") && !VictimPhrases.objectFollows(s, m.end());
    }

    /**
     * One victim named by a pronoun ("slit his throat", "lost her leg"), unless a figure of the kind comes before it
     * in the sentence: then the pronoun is someone counted there ("killed a man by slitting his throat").
     */
    static void pronoun(List<Figure> out, String s, Pattern p, Kind kind) {
        Matcher t = p.matcher(s);
        if (t.find() && out.stream().noneMatch(f -> f.kind() == kind && f.start() < t.start())) {
            single(out, s, p, kind, Mode.PLAIN);
        }
    }

    static void single(List<Figure> out, String s, Pattern p, Kind kind, Mode mode) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            int ns = m.start("n");
            int ne = m.end("n");
            if (overlaps(out, ns, ne)) continue;
            String n = m.group("n").toLowerCase(Locale.ROOT);
            int value = n.equals("his") || n.equals("her") ? 1 : Numbers.parse(n);
            if (value == 1 && precededByNo(s, ns)) value = 0;
            if (value < 0 || isYearLike(s, ns, ne, value)
                    || (mode != Mode.ADDITIONAL && isSubset(s, m.start(), m.end()))) {
                continue;
            }
            Mode md = mode == Mode.PLAIN && MORE.matcher(m.group()).find() ? Mode.ADDITIONAL : mode;
            Kind k = p == DEATHS && attackersDied(s, m) ? Kind.PERPETRATORS_KILLED : kind;
            out.add(new Figure(k, value, ns, ne, md));
        }
    }

    /** "2 Taliban deaths", "10 deaths of the Islamic State", "the insurgents suffered 6 deaths". */
    private static boolean attackersDied(String s, Matcher m) {
        String whose = (m.group("who") == null ? "" : m.group("who")) + " "
                + (m.group("of") == null ? "" : m.group("of"));
        return Sides.namesAttackers(whose)
                || Sides.attackersSuffered(s.substring(Math.max(0, m.start() - 50), m.start()));
    }

    /** A person named as the object of an active verb: one victim. */
    static void namedObjects(List<Figure> out, String s, Pattern p, Kind kind) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            int ls = m.start("list");
            int le = m.end("list");
            if (overlaps(out, ls, le)) continue;
            VictimPhrases.Count c = VictimPhrases.named(m.group("list"), null);
            if (c == null) continue;
            if (c.victims() > 0) out.add(new Figure(kind, c.victims(), ls, le));
        }
    }

    /** "No one was hurt", "no casualties": zero. */
    static void none(List<Figure> out, String s) {
        Matcher m = NONE_KILLED.matcher(s);
        while (m.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            Kind k = m.group("h") != null ? Kind.INJURED : Kind.KILLED;
            out.add(new Figure(k, 0, m.start(), m.end()));
        }
        m = NONE_WORDS.matcher(s);
        while (m.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            if (m.group("h") == null) out.add(new Figure(Kind.KILLED, 0, m.start(), m.end()));
            if (m.group("k") == null) out.add(new Figure(Kind.INJURED, 0, m.start(), m.end()));
        }
    }

    private static boolean precededByNo(String s, int ns) {
        String before = s.substring(Math.max(0, ns - 4), ns).toLowerCase(Locale.ROOT);
        return before.endsWith("no ") || before.endsWith("no-");
    }

    private static boolean overlaps(List<Figure> out, int s, int e) {
        for (Figure f : out) if (s < f.end() && e > f.start()) return true;
        return false;
    }

    /** "In 2015 killed" is not a count; neither is a figure followed by "%" or a time of day. */
    private static boolean isYearLike(String s, int ns, int ne, int value) {
        if (value >= 1900 && value <= 2100 && ne - ns == 4) return true;
        return ne < s.length() && (s.charAt(ne) == '%' || s.charAt(ne) == ':');
    }

    /**
     * "Four people were killed, including a woman and a child, and two others were injured": a list that starts
     * inside an "including" aside and runs on past its comma mixes the aside with the next clause.
     */
    private static boolean straddlesAside(String s, int start, int end) {
        if (s.indexOf(',', start) < 0 || s.indexOf(',', start) >= end) return false;
        int comma = Math.max(s.lastIndexOf(',', start), s.lastIndexOf(';', start));
        return INCLUDING.matcher(s.substring(comma + 1, start)).find();
    }

    /**
     * An age or a day is no count: "Jane Doe, aged 67, and …", "abducted on October 6 from the village", "John Doe,
     * 16, was injured".
     */
    private static boolean isAgeOrDay(String s, int start, int end) {
        String before = s.substring(Math.max(0, start - 12), start);
        if (AGE_OR_MONTH.matcher(before).find()) return true;
        return NAME_COMMA.matcher(s.substring(Math.max(0, start - 30), start)).find()
                && BARE_NUMBER.matcher(s.substring(start, end)).matches()
                && end < s.length() && s.charAt(end) == ',';
    }

    /** "Five UN workers were among the dead", "including 3 children": part of a total stated elsewhere. */
    private static boolean isSubset(String s, int start, int end) {
        String tail = s.substring(end, Math.min(s.length(), end + 20)).toLowerCase(Locale.ROOT);
        for (String cue : SUBSET_AFTER) if (tail.startsWith(" " + cue)) return true;
        String head = s.substring(Math.max(0, start - 14), start);
        return SUBSET.matcher(head).find();
    }
}
