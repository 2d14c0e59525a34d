package org.incidex.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds casualty figures in a sentence: killed, injured, hostages, and attackers killed. Counts may be digits or
 * words and may carry a qualifier ("at least 13", "more than 100", "some 170"); the figure kept is the number.
 * Subsets of a total ("five UN workers were among the dead", "including three children") are not totals and are
 * skipped. Thread-safe: stateless.
 */
public final class CasualtyFinder {
    /** What a figure counts. */
    public enum Kind { KILLED, INJURED, HOSTAGES, PERPETRATORS_KILLED }

    /** A figure and where it is in the sentence. */
    public record Figure(Kind kind, int value, int start, int end) {}

    private static final String N = "(?<n>" + Numbers.NUMBER_REGEX + ")";
    private static final String QUAL = "(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|roughly"
            + "|an estimated|a total of|as many as|approximately|a further|another|at least another)\\s+)?";
    private static final String PEOPLE = "(?:\\s+(?:other\\s+|more\\s+|additional\\s+)?(?:[a-z]+\\s+){0,3}?"
            + "(?:people|persons|civilians|others|victims|men|women|children|students|worshippers|soldiers|troops"
            + "|police(?:men| officers)?|officers|security personnel|members|guests|tourists|passengers|workers"
            + "|villagers|pilgrims|shoppers|hostages|residents|staff|employees|guards|fans|spectators|officials|policemen"
            + "|servicemen|personnel|individuals|bystanders|Iraqis|Afghans|Pakistanis|Nigerians|Somalis|Syrians))?";
    private static final String PERP = "(?:attackers?|gunmen|gunman|assailants?|militants|insurgents|bombers?"
            + "|suicide bombers?|terrorists?|jihadists?|hostage[- ]takers|fighters|perpetrators?|rebels|shooters?)";
    private static final String BE = "(?:\\s+(?:were|was|have been|had been|are|is|have|had|being))?(?:\\s+(?:reportedly|also|later|all|confirmed|now|so far|believed|reported|feared))*";
    private static final String KILL_WORD = "(?:killed|dead|died|slain|massacred|murdered|shot dead|confirmed dead|lost their lives|perished|executed|beheaded)";
    private static final String HURT_WORD = "(?:injured|wounded|hurt|hospitali[sz]ed|maimed)";

    private static final List<Pattern> PERP_KILLED = List.of(
            Pattern.compile("(?i)\\b" + QUAL + N + "\\s+(?:of\\s+the\\s+)?(?:[a-z]+\\s+){0,2}?" + PERP + BE
                    + "(?:\\s+(?:also|were))?\\s+" + KILL_WORD),
            Pattern.compile("(?i)\\b(?:killing|killed|shot dead|neutrali[sz]ed)\\s+(?:all\\s+)?" + QUAL + N
                    + "\\s+(?:of\\s+the\\s+)?" + PERP));
    private static final Pattern PERP_WORD = Pattern.compile("(?i)\\b" + PERP + "\\b");
    private static final List<Pattern> KILLED = List.of(
            Pattern.compile("(?i)\\b" + QUAL + N + PEOPLE + BE + "\\s+(?:been\\s+)?" + KILL_WORD + "\\b"),
            Pattern.compile("(?i)\\b(?:killing|killed|kills|kill|left|leaving|claimed the lives of|claiming the lives of)"
                    + "\\s+" + QUAL + N + PEOPLE + "(?:\\s+(?:dead|people))?\\b"),
            Pattern.compile("(?i)\\b(?:death toll|toll|number of dead|number of people killed|fatalities)"
                    + "(?:\\s+[a-z]+){0,3}?\\s+(?:rose|climbed|rises|stands|stood|reached|increased|jumped|is|was|has risen|had risen|to)"
                    + "(?:\\s+(?:to|at))?\\s+" + QUAL + N + "\\b"),
            Pattern.compile("(?i)\\b" + QUAL + N + "\\s+(?:deaths|fatalities|dead)\\b"));
    private static final List<Pattern> INJURED = List.of(
            Pattern.compile("(?i)\\b" + QUAL + N + PEOPLE + BE + "\\s+(?:been\\s+)?(?:left\\s+)?" + HURT_WORD + "\\b"),
            Pattern.compile("(?i)\\b(?:injuring|wounding|injured|wounded|hurting|and)\\s+" + QUAL + N + PEOPLE
                    + "(?:\\s+(?:others|more))?(?=\\s+(?:injured|wounded|hurt)|[,.;]|\\s+(?:in|at|and|as|when|during|before|after|on)\\b|$)"),
            Pattern.compile("(?i)\\b" + QUAL + N + "\\s+(?:injured|wounded|injuries)\\b"));
    private static final List<Pattern> HOSTAGES = List.of(
            Pattern.compile("(?i)\\b(?:took|taking|take|takes|held|holding|hold|seized|seizing|kidnapped|abducted|abducting)"
                    + "\\s+" + QUAL + N + PEOPLE + "(?:\\s+(?:as\\s+)?(?:hostages?|captive))"),
            Pattern.compile("(?i)\\b(?:kidnapped|abducted|abducting|kidnapping)\\s+" + QUAL + N + PEOPLE + "\\b"),
            Pattern.compile("(?i)\\b" + QUAL + N + "\\s+(?:[a-z]+\\s+){0,2}?(?:hostages|captives)\\b"),
            Pattern.compile("(?i)\\b" + QUAL + N + PEOPLE + BE + "\\s+(?:been\\s+)?(?:taken|held)\\s+(?:hostage|captive)"),
            Pattern.compile("(?i)\\b" + QUAL + N + PEOPLE + BE + "\\s+(?:been\\s+)?(?:kidnapped|abducted)\\b"));
    private static final Pattern SUBSET = Pattern.compile("(?i)\\b(?:among|including|includ(?:ed|es)|of whom|of them"
            + "|one of|two of|of the)\\b");

    /** The figures in one sentence, in order of appearance. */
    public List<Figure> find(String sentence) {
        List<Figure> out = new ArrayList<>();
        collect(out, sentence, PERP_KILLED, Kind.PERPETRATORS_KILLED);
        collect(out, sentence, KILLED, Kind.KILLED);
        collect(out, sentence, INJURED, Kind.INJURED);
        collect(out, sentence, HOSTAGES, Kind.HOSTAGES);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void collect(List<Figure> out, String s, List<Pattern> patterns, Kind kind) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                int ns = m.start("n");
                int ne = m.end("n");
                if (overlaps(out, ns, ne)) continue;
                int value = Numbers.parse(m.group("n"));
                if (value == 1 && precededByNo(s, ns)) value = 0; // "No one was killed"
                if (value < 0 || isYearLike(s, ns, ne, value) || isSubset(s, m.start(), m.end())) continue;
                if (kind != Kind.PERPETRATORS_KILLED && mentionsPerpetrator(m.group())) continue;
                out.add(new Figure(kind, value, ns, ne));
            }
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

    /** "Five UN workers were among the dead", "including 3 children": part of a total stated elsewhere. */
    private static boolean isSubset(String s, int start, int end) {
        String tail = s.substring(end, Math.min(s.length(), end + 20)).toLowerCase(Locale.ROOT);
        if (tail.startsWith(" among the") || tail.startsWith(" were among")) return true;
        int from = Math.max(0, start - 14);
        Matcher m = SUBSET.matcher(s.substring(from, start));
        return m.find();
    }

    private static boolean mentionsPerpetrator(String match) {
        return PERP_WORD.matcher(match).find()
                && !match.toLowerCase(Locale.ROOT).matches(".*\\b(?:killing|killed|left)\\b.*");
    }
}
