package org.incidex.extract.casualty;

import org.incidex.extract.rules.RuleTable;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which side counted people are on: attackers ("three militants", "members of Boko Haram", "an armed man", "2
 * Taliban deaths", people the security forces killed) or victims ("an anti-Taliban politician", "former rebels",
 * "pro-government fighters", "fighters" when the sentence names the attackers otherwise). The words are the table
 * sides.tsv, which only this class reads. Thread-safe: immutable.
 */
final class Sides {
    private static final RuleTable TABLE = Tables.load(Sides.class, "sides.tsv", "set", Set.of("perpetrator",
            "armed-group", "other-attacker", "armed-person", "fighter-act", "state-side", "former", "member",
            "suffered", "security", "subject-opener", "not-attacker"));
    static final String PERP = "(?:" + words("perpetrator") + ")";
    /** "an armed man", "two armed youths": attackers, unlike "armed guards". */
    private static final Pattern ARMED = Pattern.compile("(?i)\\barmed\\s+(?:[\\w-]+\\s+)?(?:" + words("armed-person")
            + ")\\b");
    private static final Pattern OTHER_ATTACKER = Pattern.compile("(?i)(?<!\\banti-)\\b(?:" + words("other-attacker")
            + ")\\b");
    private static final Pattern FIGHTERS_ATTACK = Pattern.compile("(?i)\\bfighters?\\s+(?!(?:were|was|are|is|have|has"
            + "|had)\\b)(?:\\w+\\s+)?(?:" + words("fighter-act") + ")");
    /** "fighters of the Turkish-backed division": a force backed by a state. */
    private static final Pattern BACKED = Pattern.compile("(?i)\\b\\w+-backed\\b");
    private static final Pattern FORMER = Pattern.compile("(?i)\\b(?:" + words("former") + ")");
    /** "anti-Taliban politician" names an opponent of the group. */
    private static final Pattern PERP_WORD = Pattern.compile("(?i)(?<!\\banti-)\\b" + PERP + "\\b");
    /** Fighters on the side of the state or of a community are victims when killed. */
    private static final Pattern SIDE_FIGHTERS = Pattern.compile("(?i)\\b(?:" + words("state-side") + ")\\b");
    /** An attacker or an armed group, for other regexes. */
    static final String ATTACKER_WORD = "(?i:\\b(?:" + PERP + "|" + words("armed-group") + ")\\b)";
    private static final Pattern GROUP_NAME = Pattern.compile(ATTACKER_WORD);
    /** Heads that name part of a group ("members", "commanders"). */
    private static final Pattern MEMBER = Pattern.compile(words("member"));
    /** "the insurgents suffered 6 deaths". */
    private static final Pattern SUFFERED = Pattern.compile("(?i)\\b(?:" + words("suffered") + ")\\s+"
            + CasualtyPatterns.QUAL + "$");
    /** The security forces, not capitalised but first: "the Allied Democratic Forces" is an armed group. */
    private static final String SECURITY = "(?-i:" + words("security") + ")";
    private static final Pattern BY_SECURITY = Pattern.compile("(?i)^(?:\\s+\\w+){0,2}?\\s+by\\s+(?:the\\s+)?"
            + "(?:[\\w-]+\\s+){0,2}?" + SECURITY + "\\b");
    private static final Pattern NOT_ATTACKERS = Pattern.compile("(?i)\\b(?:" + words("not-attacker") + ")\\b");
    /** The subject of a clause: "Security forces engaged …", "after which a policeman …". */
    private static final Pattern SECURITY_SUBJECT = Pattern.compile("(?i)^\\s*(?:(?:" + words("subject-opener")
            + ")\\s+)*(?:(?:the|a|an)\\s+)?(?:(?!\\w+ed\\s)(?!" + ATTACKER_WORD + ")[\\w-]+\\s+){0,2}?" + SECURITY
            + "\\s+(?!(?:were|was|are|is|have been|had been|came|come|who|that)\\b)");
    private static final Pattern INCLUDING_PERP = Pattern.compile("(?i)^\\s*,?\\s*(?:" + VictimPhrases.INCLUDING + ")"
            + "\\s+(?:(?<n>" + Numbers.NUMBER_REGEX + ")|(?<one>the|an?))\\s+(?:[\\w'’-]+\\s+){0,3}?(?<p>" + PERP
            + ")\\b");
    private static final Pattern INCLUDING_LIST = Pattern.compile("(?i)^\\s*,?\\s*(?:" + VictimPhrases.INCLUDING
            + ")\\s+(.+?)\\s*,?\\s*$");

    private Sides() {}

    private static String words(String set) {
        return Tables.alternatives(TABLE, "set", set, "pattern");
    }

    /**
     * True when the words after a unit's count name attackers: an attacker word in its head part ("two suspected
     * militants"), an armed man, or members of an armed group ("three members of Boko Haram"); not former ones, nor
     * fighters on the state's or a community's side ("tribal fighters", "Turkish-backed fighters") or when
     * {@code fightersAreVictims}.
     */
    static boolean isPerpetrator(String np, boolean fightersAreVictims) {
        String[] words = np.strip().isEmpty() ? new String[0] : np.strip().split("\\s+");
        String hp = String.join(" ", List.of(words).subList(0, VictimPhrases.headLength(words)));
        Matcher m = PERP_WORD.matcher(hp);
        if (FORMER.matcher(hp).find()) return false; // "two former militants were shot dead"
        if (m.find()) {
            boolean fighter = m.group().toLowerCase(Locale.ROOT).startsWith("fighter");
            return !(fighter && (fightersAreVictims || SIDE_FIGHTERS.matcher(hp).find()
                    || BACKED.matcher(np).find()));
        }
        if (ARMED.matcher(hp).find()) return true;
        String h = VictimPhrases.head(words);
        String lh = h == null ? "" : h.toLowerCase(Locale.ROOT);
        boolean membership = (h == null && words.length > 0 && words[0].equalsIgnoreCase("of"))
                || MEMBER.matcher(lh).matches();
        return membership && GROUP_NAME.matcher(np).find() && !SIDE_FIGHTERS.matcher(np).find();
    }

    /**
     * "Fighters" is a word for either side. They are victims when the sentence names the attackers with another word
     * and does not call them fighters ("Two IS extremists attacked a checkpoint, killing one fighter"), not when it
     * does ("Rebel fighters attacked a base; 12 fighters were killed") or names no attacker.
     */
    static boolean fightersAreVictims(String sentence, int listStart, int listEnd) {
        String outside = sentence.substring(0, listStart) + " " + sentence.substring(listEnd);
        return OTHER_ATTACKER.matcher(outside).find() && !FIGHTERS_ATTACK.matcher(sentence).find();
    }

    /** True when the words name attackers or an armed group ("Taliban", "of the Islamic State"). */
    static boolean namesAttackers(String words) {
        return GROUP_NAME.matcher(words).find() && !words.toLowerCase(Locale.ROOT).contains("anti-");
    }

    /** "the insurgents suffered 6 deaths": the words before a count say attackers suffered it. */
    static boolean attackersSuffered(String before) {
        Matcher suffered = SUFFERED.matcher(before);
        return suffered.find() && namesAttackers(before.substring(0, suffered.start()));
    }

    /**
     * "two more were shot dead by the security forces": killed by them, so attackers, unless the people killed are
     * civilians, hostages and the like; {@code after} is the text after the verb.
     */
    static boolean killedBySecurityAgent(String after, String list) {
        return BY_SECURITY.matcher(after).find() && !NOT_ATTACKERS.matcher(list).find();
    }

    /** The subject of the verb at {@code at} is the security forces: that of the sentence for a participle. */
    static boolean securitySubject(String s, int at, String verb) {
        int from = verb.endsWith("ing") ? Math.max(s.lastIndexOf(':', at), s.lastIndexOf(';', at)) + 1
                : Math.max(s.lastIndexOf(',', at), s.lastIndexOf(';', at)) + 1;
        return SECURITY_SUBJECT.matcher(s.substring(Math.max(0, from), at)).find();
    }

    /**
     * Attackers named in an aside: "including the bomber" → 1, "including two suspected fighters" → 2, "including
     * three civilians, a guard and two suicide bombers" → 2.
     */
    static int perpetratorsAmong(String aside) {
        Matcher l = INCLUDING_LIST.matcher(aside);
        if (l.matches()) {
            VictimPhrases.Count c = VictimPhrases.count(l.group(1), null);
            if (c != null && c.perpetrators() > 0) return c.perpetrators();
        }
        Matcher m = INCLUDING_PERP.matcher(aside.startsWith(",") ? aside : "," + aside);
        if (!m.find()) return 0;
        if (m.group("n") != null) return Math.max(0, Numbers.parse(m.group("n")));
        String p = m.group("p").toLowerCase(Locale.ROOT);
        return p.endsWith("s") && !p.equals("gunman") ? 0 : 1;
    }
}
