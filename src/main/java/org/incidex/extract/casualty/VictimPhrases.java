package org.incidex.extract.casualty;

import org.incidex.extract.rules.Alternatives;
import org.incidex.extract.rules.RuleTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of counted people in casualty sentences, for {@link CasualtyFinder}: a unit is a count and the noun
 * phrase it counts ("at least three Afghan soldiers", "a police officer", "his two sisters", "another"); a list joins
 * units with commas and "and" ("two soldiers, a policeman and three civilians"), each unit possibly followed by an
 * aside ("four policemen, including an officer, and two civilians"). {@link #count} adds a list's units up,
 * separating attackers from victims ({@link Sides}) and subtracting attackers named in an "including" aside ("14
 * people including the bomber" → 13 victims, 1 attacker). The words are data: victim-words.tsv (stop words, heads
 * that name no person, units of time...) and victim-patterns.tsv (qualifiers, joining words, asides...), which only
 * this class reads; the grammar that combines them stays here. Thread-safe: immutable.
 */
final class VictimPhrases {
    private static final RuleTable WORDS = Tables.load(VictimPhrases.class, "victim-words.tsv", "set",
            Set.of("stop", "cut", "function", "determiner", "plural-head", "ing-noun", "time", "person", "non-person"));
    private static final RuleTable PATTERNS = Tables.load(VictimPhrases.class, "victim-patterns.tsv", "set",
            Set.of("qualifier", "possessive", "ordinal", "join", "including", "aside", "group-of", "participle",
                    "subject-verb", "object-start", "not-object"));

    /** Words that end a counted noun phrase: verbs, conjunctions, prepositions that open a clause, adverbs. */
    private static final List<String> STOP_WORDS = Tables.cells(WORDS, "set", "stop", "word");
    private static final String STOP = firstLetterAlternation(STOP_WORDS);
    /** A count inside a phrase starts a new one ("the province resulted in 16 people"). */
    private static final String COUNT_WORD = "(?:\\d[\\d,]*|" + Numbers.unitWords(2, 12) + "|\\w+teen|"
            + Numbers.tensWords() + "|hundreds?|dozens?)(?![\\p{L}\\d'’-]|\\s+years?\\b)";
    private static final Set<String> STOP_SET = Set.copyOf(STOP_WORDS);
    private static final String WORD = "(?:(?-i:\\p{Lu})\\.(?=\\s+(?-i:\\p{Lu}))|(?!" + STOP
            + "(?![\\w'’-])|to\\s+death\\b|(?<!\\bof\\s)" + COUNT_WORD + ")[\\p{L}\\d]"
            + "(?:[\\p{L}\\d'’\\-]|\\.(?=\\p{L}))*"
            + "|\\([^()\\s]{1,24}\\))"; // an initial ("John A. Smith"), a word, "(CPI)"
    private static final String QUALS = "(?:(?:" + patterns("qualifier") + ")\\s+){0,2}";
    private static final String ORDINAL = "(?:a|the)\\s+(?:" + patterns("ordinal") + ")";
    private static final String TOKEN = "(?:" + Numbers.NUMBER_REGEX + "|" + ORDINAL + "|another|other(?!\\s+(?:"
            + COUNT_WORD + "|one))|both|an?|the|his|her|he|she|him)(?![\\w'’-]|[.,]\\d)";
    private static final String POSS = "(?:(?:" + patterns("possessive") + ")\\s+)?";
    /**
     * Up to 12 words, possessive: a phrase always runs to the first stop word, which keeps matching fast. "and"
     * joins nouns inside it ("policemen and civilians") unless a new count follows ("two soldiers and a civilian").
     */
    private static final String NP = "(?:\\s+" + WORD + "|\\s+(?:and|or)(?!\\s+" + QUALS + POSS + TOKEN + ")\\s+" + WORD
            + "){0,12}+";
    /** The words that open an aside naming part of the people counted (sub-count cues), as regex alternatives. */
    static final String INCLUDING = patterns("including");
    private static final String ASIDE_WORDS = "(?:" + INCLUDING + "|" + patterns("aside") + ")\\b";
    private static final String ASIDE_CLOSED = "\\s*,\\s*" + ASIDE_WORDS + "[^,;()]{0,100},";
    private static final String UNIT_ASIDE = QUALS + POSS + TOKEN + NP + "(?:" + ASIDE_CLOSED + ")?";
    private static final String JOIN_WORDS = patterns("join");
    private static final String JOIN = "\\s+(?:" + JOIN_WORDS + ")\\s+";

    /** A look-ahead for the characters a list can begin with (a qualifier, a possessive, a count), or "". */
    static final String LIST_START = Alternatives.startLookahead(patterns("qualifier"), patterns("possessive"), TOKEN);
    /** A list of counted units, as group "list". */
    static final String LIST = "(?<list>" + UNIT_ASIDE + "(?:(?:\\s*,\\s*" + UNIT_ASIDE + ")*\\s*,?" + JOIN + UNIT_ASIDE
            + ")?)";
    /** An active verb's object is not followed by a participle ("killed an additional 7 wounded"). */
    static final String NOT_PARTICIPLE = "(?!\\s+(?:" + patterns("participle") + ")\\b)";
    /** A unit after "and" that is the subject of the next clause is not part of the object list before it. */
    private static final String NOT_SUBJECT = "(?!\\s+(?:" + patterns("subject-verb") + ")\\b)";
    /**
     * A list as the object of a verb, which may also run on with commas alone when the sentence goes on with another
     * verb ("killing two guards, a cook and injuring three others"), as group "list".
     */
    static final String OBJECT_LIST = "(?<list>" + UNIT_ASIDE + "(?:(?:(?:\\s*,\\s*" + UNIT_ASIDE + ")*\\s*,?" + JOIN
            + UNIT_ASIDE + "|(?:\\s*,\\s*" + UNIT_ASIDE + ")+(?=\\s*,?\\s+and\\s+\\w+ing\\b))" + NOT_SUBJECT + ")?)";
    /**
     * An aside between a list and its verb, as group "paren": "Five people, including two children, were killed", a
     * relative clause with its own verb ("a woman whose husband was killed by rebels was shot dead"), the rest of a
     * participle phrase ("three soldiers backed by the coalition were killed", "a woman believed to be pregnant", not
     * "a man armed with a knife", who is more often the attacker).
     */
    static final String PAREN = "(?<paren>(?:\\s*,\\s*(?:" + INCLUDING + ")\\s+[^;()]{1,160}?,"
            + "(?=\\s*(?:were|was|have|has|had|are|is|died)\\b)"
            + "|\\s*,?\\s*" + ASIDE_WORDS + "[^,;]{0,160}?,?|\\s*\\([^()]{0,80}\\)"
            + "|\\s*,\\s*(?:an?|the|\\p{Lu}[\\p{L}.'’-]*)\\s+[^,;()]{1,80},"
            + "|\\s*,?\\s+whose\\s+[^,;()]{1,60}?\\s(?:was|were|is|are|had|has)\\s[^,;()]{1,60}?,?"
            + "|(?<=[a-z](?:ed|ing))(?<!armed)\\s+(?:by|with|as)\\s+[^,;()]{1,60}?,?"
            + "|\\s+(?:believed|thought) to (?:be|have been)\\s+[^,;()]{1,40}?,?)?)";

    private static final Pattern UNIT = Pattern.compile("(?i)^(?<q>" + QUALS + ")" + POSS + "(?<t>" + TOKEN + ")(?<np>"
            + NP + ")$");
    private static final Pattern ASIDE = Pattern.compile("(?i)" + ASIDE_CLOSED);
    private static final Pattern TOGETHER = Pattern.compile("(?i)^\\s*,?\\s*(?:together|along) with"
            + "\\s+([^,;()]+?),?\\s*$");
    private static final Pattern ORDINAL_TOKEN = Pattern.compile("(?i)" + ORDINAL);
    /** Units are split at commas and at a joining word that a new count follows (not in "an oil and gas company"). */
    private static final Pattern SPLIT = Pattern.compile("(?i)\\s*,\\s*(?:(?:" + JOIN_WORDS + ")\\s+)?"
            + "|" + JOIN + "(?=" + QUALS + POSS + TOKEN + ")");
    /** A unit that counts people inside it: "a family of five", "a group of three gunmen". */
    private static final Pattern GROUP_OF = Pattern.compile("(?i)^(?:a|an|the)\\s+(?:" + patterns("group-of")
            + ")\\s+of\\s+((?:" + Numbers.NUMBER_REGEX + ")\\b.*)$");
    private static final Pattern TRAILING = Pattern.compile("(?i)^\\s*,?\\s*(?:" + INCLUDING + ")\\b"
            + "[^,;.]{0,80}");
    private static final Pattern OBJECT = Pattern.compile("^\\s+(?:(?i:" + patterns("object-start") + ")\\b|\\d|(?!(?:"
            + patterns("not-object") + ")\\b)\\p{Lu})");
    private static final Set<String> CUT = words("cut");
    private static final Set<String> FUNCTION = words("function");
    private static final Set<String> DETERMINER = words("determiner");
    private static final Set<String> PLURAL_HEADS = words("plural-head");
    /** Nouns ending in "-ing", not participles. */
    private static final Set<String> ING_NOUNS = words("ing-noun");
    private static final Set<String> TIME = words("time");
    /** Common nouns for one person, that "and" may join to another ("a child and woman"). */
    private static final Set<String> PERSON = words("person");
    private static final Set<String> NON_PERSON = words("non-person");

    private VictimPhrases() {}

    private static String patterns(String set) {
        return Tables.alternatives(PATTERNS, "set", set, "pattern", p -> p.replace("{number}", Numbers.NUMBER_REGEX));
    }

    private static Set<String> words(String set) {
        return Tables.words(WORDS, "set", set, "word");
    }

    /** An alternation of the words, grouped by first letter so that a regex rejects most words at once. */
    static String firstLetterAlternation(List<String> words) {
        Map<Character, List<String>> byFirst = new TreeMap<>();
        for (String w : words) {
            byFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w.substring(1));
        }
        StringBuilder sb = new StringBuilder("(?:");
        byFirst.forEach((c, rests) -> {
            if (sb.length() > 3) sb.append('|');
            rests.sort((x, y) -> y.length() - x.length());
            sb.append(c).append("(?:").append(String.join("|", rests)).append(')');
        });
        return sb.append(')').toString();
    }

    /** What a list counts: victims, attackers, and whether a unit says it adds to earlier counts ("a third"). */
    record Count(int victims, int perpetrators, boolean additional, int length) {}

    /**
     * Adds up the units of a list matched by {@link #LIST}; {@code aside} is the text after it that may name
     * attackers among them. Null when the list is not a count of people (its first unit is a bomb or a duration).
     * Units of a longer list that are not people end it there.
     */
    static Count count(String list, String aside) {
        return count(list, aside, false);
    }

    /** As {@link #count(String, String)}; {@code fightersAreVictims}: see {@link Sides#fightersAreVictims}. */
    static Count count(String list, String aside, boolean fightersAreVictims) {
        StringBuilder blanked = new StringBuilder(list);
        int perpsAmong = 0;
        int victims = 0;
        int perps = 0;
        Matcher a = ASIDE.matcher(list);
        while (a.find()) {
            perpsAmong += Sides.perpetratorsAmong(a.group());
            Count with = together(a.group());
            if (with != null) {
                victims += with.victims();
                perps += with.perpetrators();
            }
            for (int i = a.start(); i < a.end(); i++) blanked.setCharAt(i, i == a.start() ? ',' : ' ');
        }
        if (aside != null) {
            perpsAmong += Sides.perpetratorsAmong(aside);
            Count with = together(aside);
            if (with != null) {
                victims += with.victims();
                perps += with.perpetrators();
            }
        }
        boolean additional = false;
        boolean first = true;
        int used = 0;
        int units = 0;
        int pronouns = 0;
        String b = blanked.toString();
        Matcher sep = SPLIT.matcher(b);
        int from = 0;
        while (from <= b.length()) {
            int to = sep.find(from) ? sep.start() : b.length();
            int next = to == b.length() ? b.length() + 1 : Math.max(sep.end(), to + 1);
            String part = b.substring(from, to);
            from = next;
            if (part.isBlank()) continue;
            Matcher g = GROUP_OF.matcher(part.strip());
            Count inner = g.matches() ? count(g.group(1), null, fightersAreVictims) : null;
            if (inner != null) { // "a family of five", "a balance of three militants"
                first = false;
                used = to;
                units++;
                victims += inner.victims();
                perps += inner.perpetrators();
                continue;
            }
            Matcher u = UNIT.matcher(part.strip());
            int v = u.matches() ? value(u) : -1;
            if (v < 0) {
                if (first) return null;
                break;
            }
            first = false;
            used = to;
            String t = u.group("t").toLowerCase(Locale.ROOT);
            units++;
            if ((t.equals("him") || t.equals("her")) && u.group("np").isBlank()) pronouns++;
            if (ORDINAL_TOKEN.matcher(t).matches()) additional = true; // "a third", "a 13th person"
            if (Sides.isPerpetrator(u.group("np"), fightersAreVictims)) perps += v;
            else victims += v;
        }
        // "killing her": someone named before; "killing his wife and him" counts
        if (first || units == pronouns) return null;
        if (perpsAmong > 0 && victims > perpsAmong) {
            victims -= perpsAmong;
            perps += perpsAmong;
        }
        return new Count(victims, perps, additional, used);
    }

    /**
     * One person named as a subject without a count ("Senior journalist A. B.", "The mayor of X"): a victim or,
     * when the words name an attacker, an attacker. Null when the words do not read as a person.
     */
    static Count named(String subject, String aside) {
        String[] words = subject.strip().split("\\s+");
        if (words.length == 0 || words.length > 8) return null;
        for (String w : words) if (STOP_SET.contains(w.toLowerCase(Locale.ROOT))) return null;
        String head = head(words);
        if (head == null) return null;
        String h = head.toLowerCase(Locale.ROOT);
        if (NON_PERSON.contains(h) || FUNCTION.contains(h) || TIME.contains(h)) return null;
        if (h.endsWith("ed") && Character.isLowerCase(head.charAt(0))) return null;
        boolean plural = PLURAL_HEADS.contains(h)
                || (h.endsWith("s") && !h.endsWith("ss") && Character.isLowerCase(head.charAt(0)));
        if (plural) return null;
        Count with = aside == null ? null : together(aside);
        int extra = with == null ? 0 : with.victims();
        return Sides.isPerpetrator(String.join(" ", words), false) ? new Count(extra, 1, false, subject.length())
                : new Count(1 + extra, 0, false, subject.length());
    }

    /** "…, together with three police officers, …": people on top of the list's own. */
    private static Count together(String aside) {
        Matcher m = TOGETHER.matcher(aside);
        return m.find() ? count(m.group(1), null) : null;
    }

    /** The count of one unit, or -1 when it does not count people. */
    private static int value(Matcher u) {
        String t = u.group("t").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String[] words = u.group("np").strip().isEmpty() ? new String[0] : u.group("np").strip().split("\\s+");
        String firstWord = words.length == 0 ? "" : words[0].toLowerCase(Locale.ROOT);
        if (TIME.contains(firstWord)) return -1;
        // "two of the [injured]", "the Congo most of the [dead]" end on a function word. A phrase that ran to the word
        // limit was only cut there ("three workers doing a survey for a local oil exploration company near the
        // [town]"), a longer one may end on a preposition of its own clause ("a man suspecting him to [be a spy]"),
        // and words joined by "and" are not the phrase ("6 civilians and burning up to [14 houses]").
        int last = words.length;
        for (int i = 1; i < words.length; i++) {
            if (words[i].equalsIgnoreCase("and") || words[i].equalsIgnoreCase("or")) {
                last = i;
                break;
            }
        }
        String lastWord = last == 0 ? "" : words[last - 1].toLowerCase(Locale.ROOT);
        if (FUNCTION.contains(lastWord) && (last <= 3 || (DETERMINER.contains(lastWord) && words.length < 12))) {
            return -1;
        }
        String head = head(words);
        if (head != null) {
            String h = head.toLowerCase(Locale.ROOT);
            if (NON_PERSON.contains(h) || TIME.contains(h)) return -1; // "were killed the next morning"
            if (h.endsWith("ed") && Character.isLowerCase(head.charAt(0))) return -1; // "a bomb exploded"
        }
        if (ORDINAL_TOKEN.matcher(t).matches()) return 1;
        if (t.equals("he") || t.equals("she") || t.equals("him")) return words.length == 0 ? 1 : -1;
        if (t.equals("her") && words.length == 0) return 1;
        if (t.equals("both")) return 2;
        boolean singular = t.equals("a") || t.equals("an") || t.equals("the") || t.equals("his") || t.equals("her");
        if (singular) {
            if (head == null) return -1;
            String h = head.toLowerCase(Locale.ROOT);
            if (isPlural(h)) return -1;
            return coordinated(words);
        }
        if (t.equals("another")) return 1;
        if (t.equals("other") && words.length > 0 && u.group("q").toLowerCase(Locale.ROOT).strip().endsWith("the")) {
            return head == null || isPlural(head.toLowerCase(Locale.ROOT)) ? -1 : 1; // "the other youth"
        }
        if (t.equals("other")) return words.length == 0 ? 1 : -1; // "one was killed and other injured"
        return Numbers.parse(t);
    }

    private static boolean isPlural(String lowerWord) {
        return PLURAL_HEADS.contains(lowerWord) || (lowerWord.endsWith("s") && !lowerWord.endsWith("ss"));
    }

    /**
     * How many people a singular phrase names: person nouns joined by "and" before "of"/"from"… are one each ("the
     * wife and baby of a soldier", "a district chief and intelligence director"), unless the last names no person ("a
     * cordon and search operation": -1) or is plural (1: the rest is not counted). Other words before "and" qualify
     * one person ("a water and forestry officer", "a writer and publisher"); a verb after it ends the phrase ("a
     * contractor and torched six vehicles").
     */
    private static int coordinated(String[] words) {
        int end = words.length;
        for (int i = 0; i < words.length; i++) {
            String lw = words[i].toLowerCase(Locale.ROOT);
            boolean verbAfterAnd = i > 0 && words[i - 1].equalsIgnoreCase("and")
                    && (lw.endsWith("ed") || lw.endsWith("ing"));
            if (verbAfterAnd) {
                end = i - 1;
                break;
            }
            if (!lw.equals("and") && !lw.equals("or") && CUT.contains(lw)) {
                end = i;
                break;
            }
        }
        int parts = 1;
        boolean persons = true;
        for (int i = 1; i < end - 1; i++) {
            if (!words[i].equalsIgnoreCase("and")) continue;
            persons &= PERSON.contains(words[i - 1].toLowerCase(Locale.ROOT));
            parts++;
        }
        if (parts == 1) return 1;
        String last = words[end - 1].toLowerCase(Locale.ROOT);
        if (NON_PERSON.contains(last) || TIME.contains(last)) return -1;
        return !persons || isPlural(last) ? 1 : parts;
    }

    /** The last word before the phrase goes on with "of", "from", a participle…; null when there is none. */
    static String head(String[] words) {
        String head = null;
        for (int i = 0; i < headLength(words); i++) head = words[i];
        return head;
    }

    /** How many words the head part has: up to "of", "from", a participle, or a verb and its object. */
    static int headLength(String[] words) {
        for (int i = 0; i < words.length; i++) {
            String lw = words[i].toLowerCase(Locale.ROOT);
            // "-ing" first is a modifier ("a mining contractor"), later it starts a phrase ("two men travelling home")
            if (CUT.contains(lw) || (i > 0 && lw.endsWith("ing") && lw.length() > 5 && !ING_NOUNS.contains(lw))) {
                return i;
            }
            if (i > 0 && DETERMINER.contains(lw) && !lw.equals("two") && !lw.equals("three")) return i;
            String next = i + 1 < words.length ? words[i + 1].toLowerCase(Locale.ROOT) : null;
            if (i > 0 && lw.endsWith("ed") && next != null && (DETERMINER.contains(next) || CUT.contains(next))) {
                return i; // "a bomb destroyed a bridge", "two women suspected of spying"
            }
            if (i > 0 && i == words.length - 1 && lw.endsWith("ed") && lw.length() > 4) {
                return i; // a participle that the phrase stopped at: "two activists affiliated [with a party]"
            }
        }
        return words.length;
    }


    /** The "including …" aside right after an active verb's object, or null. */
    static String trailing(String s, int from) {
        Matcher m = TRAILING.matcher(s.substring(from));
        return m.find() ? m.group() : null;
    }

    /** True when the words after a verb read as its object ("killed the governor", "killed 5"). */
    static boolean objectFollows(String s, int from) {
        return OBJECT.matcher(s.substring(from)).find();
    }
}
