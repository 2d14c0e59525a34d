package org.incidex.extract.casualty;

import org.incidex.extract.rules.Alternatives;
import org.incidex.extract.rules.RuleTable;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentence shapes {@link CasualtyFinder} reads figures from, as regexes over {@link VictimPhrases}: verbs of
 * killing and wounding in the passive ("were killed", "was shot and critically wounded") and the active ("killing
 * six soldiers"), "leaving … dead", tolls, bodies found, hostages, "no one was hurt", and the cues that let a
 * sentence skip them. Named groups: "list" (the counted people), "n" (a single count), "w"/"k"/"h" (the verb),
 * "be", "adv", "paren" and "and" (what stands between the people and the verb).
 *
 * <p>The regexes here are the grammar, how words combine; the words are data, in tables only this class reads:
 * verbs.tsv (verbs of killing, wounding, abducting, holding, by shape), shape-words.tsv (qualifiers, auxiliaries,
 * victim nouns, sub-count, update and additional cues, words of a further attack) and cues.tsv (the stems of the
 * cheap tests). Table order is the order of each regex's alternatives. Thread-safe: immutable.
 */
final class CasualtyPatterns {
    private static final RuleTable VERBS = Tables.load(CasualtyPatterns.class, "verbs.tsv", "shape", Set.of(
            "kill-passive", "hurt-passive", "kill-active", "hurt-active", "to-death", "pronoun-dead", "throat", "lost",
            "left", "left-killed", "left-hurt", "named-hurt", "result", "held-died", "died-later", "none-killed",
            "none-hurt", "take-hostage", "abduct", "trapped", "found"));
    private static final RuleTable WORDS = Tables.load(CasualtyPatterns.class, "shape-words.tsv", "set", Set.of(
            "qualifier", "be", "adverb", "first-participle", "clause-opener", "toll", "toll-verb", "body", "limb",
            "after-pronoun", "after-name", "after-death-of", "captive", "people", "subset", "age-or-month",
            "preposition", "more", "more-ordinal", "later", "later-attack", "other", "other-attack",
            "other-attack-cue", "subset-after", "none-subject", "escaped", "bare-qualifier", "bare-after",
            "passive-gap", "hedge", "aggregate-verb", "aggregate-period",
            "among-the-dead", "total", "earlier", "conflict-toll", "suicide-failed"));
    private static final RuleTable CUES = Tables.load(CasualtyPatterns.class, "cues.tsv", "cue",
            Set.of("kill", "hurt", "hostage"));

    private CasualtyPatterns() {}

    /** The verbs of a shape in verbs.tsv, as regex alternatives in table order. */
    private static String verbs(String shape) {
        return Tables.alternatives(VERBS, "shape", shape, "pattern");
    }

    /** The words of a set in shape-words.tsv, as regex alternatives in table order. */
    private static String words(String set) {
        return Tables.alternatives(WORDS, "set", set, "pattern");
    }

    private static String[] cue(String cue) {
        return Tables.cells(CUES, "cue", cue, "stem").toArray(String[]::new);
    }

    static final String N = "(?<n>" + Numbers.NUMBER_REGEX + ")";
    static final String QUAL = "(?:(?:" + words("qualifier") + ")\\s+)?";
    static final String LIST = VictimPhrases.LIST;
    static final String BE = "(?<be>,?\\s+(?:" + words("be") + "))?";
    static final String ADV = "(?<adv>(?:\\s+(?:" + words("adverb") + "))*)";
    /**
     * A first participle of the same subject, with what goes with it: "were kidnapped in the capital and later shot
     * dead", "was shot at close range and was seriously wounded". The words between may not open another clause.
     */
    static final String VERBED_AND = "(?<and>(?:" + words("first-participle") + ")(?:\\s+(?:(?!(?:"
            + words("clause-opener") + ")\\b)[^,;.\\s]+\\s+){0,10}?|\\s+)and\\s+(?:(?:was|were)\\s+)?"
            + "(?:(?:later|then|subsequently|eventually|\\w+ly)\\s+)?)?";
    /** Not after an article: "relatives of the dead", "the wounded" are nouns, not a passive figure's verb. */
    static final String NOT_NOUN = "(?<!\\bthe\\s)";
    static final String KILL_P = "(?:" + verbs("kill-passive") + ")";
    static final String HURT_P = "(?:" + verbs("hurt-passive") + ")";
    static final String KILL_A = "(?:" + verbs("kill-active") + ")";
    static final String HURT_A = "(?:" + verbs("hurt-active") + ")(?:\\s+\\w+ly)?";

    static final Pattern KILL_PASSIVE = Pattern.compile("(?i)(?<![\\w'’-])" + VictimPhrases.LIST_START + LIST
            + VictimPhrases.PAREN + BE + ADV + "(?:\\s+been)?\\s+" + VERBED_AND + NOT_NOUN + "(?<w>" + KILL_P
            + ")(?![\\w-])");
    static final Pattern HURT_PASSIVE = Pattern.compile("(?i)(?<![\\w'’-])" + VictimPhrases.LIST_START + LIST
            + VictimPhrases.PAREN + BE + ADV + "(?:\\s+been)?\\s+" + VERBED_AND + NOT_NOUN + "(?<w>" + HURT_P
            + ")(?![\\w-])");
    static final Pattern KILL_ACTIVE = Pattern.compile("(?i)\\b" + Alternatives.lookahead(KILL_A) + "(?<w>" + KILL_A
            + ")\\s+" + VictimPhrases.OBJECT_LIST + VictimPhrases.NOT_PARTICIPLE);
    static final Pattern TO_DEATH = Pattern.compile("(?i)\\b(?<w>" + verbs("to-death") + ")\\s+"
            + VictimPhrases.OBJECT_LIST + "\\s+to\\s+death\\b");
    static final Pattern HURT_ACTIVE = Pattern.compile("(?i)\\b" + Alternatives.lookahead(HURT_A) + "(?<w>" + HURT_A
            + ")\\s+" + VictimPhrases.OBJECT_LIST + VictimPhrases.NOT_PARTICIPLE);
    /** The verbs a passive figure ends with: a passive match can only end where one of these does. */
    static final Pattern KILL_VERB = Pattern.compile("(?i)" + Alternatives.lookahead(KILL_P) + KILL_P + "(?![\\w-])");
    static final Pattern HURT_VERB = Pattern.compile("(?i)" + Alternatives.lookahead(HURT_P) + HURT_P + "(?![\\w-])");

    static final Pattern LEFT = Pattern.compile("(?i)\\b(?:" + verbs("left") + ")\\s+" + LIST
            + VictimPhrases.PAREN + ADV + "\\s+(?:(?<k>" + verbs("left-killed") + ")|(?<h>" + verbs("left-hurt")
            + "))\\b");
    static final Pattern TOLL = Pattern.compile("(?i)\\b(?:" + words("toll") + ")(?:,?\\s+[\\p{L}\\d'’-]+){0,15}?\\s+(?:"
            + words("toll-verb") + ")(?:\\s+(?:to|at))?\\s+" + QUAL + N + "\\b");
    /** "6 deaths", "2 Taliban deaths", "10 deaths of the Islamic State": whose deaths as groups "who" and "of". */
    static final Pattern DEATHS = Pattern.compile("(?i)\\b" + QUAL + N + "\\s+(?<who>[\\p{L}-]+\\s+)??"
            + "(?:deaths?|fatalities)\\b(?<of>\\s+(?:of|among)\\s+(?:(?!\\s+and\\b)[^,;.]){1,40})?");
    /** "The bodies of two farmers were found", "Ten corpses of soldiers were found", "His body was found". */
    static final String FOUND = "(?=[^.;]{0,60}?\\b(?:was|were|have been|has been)\\s+(?:(?:\\w+ly|later|then|also)"
            + "\\s+)?(?:" + verbs("found") + ")\\b)";
    static final Pattern BODIES_OF = Pattern.compile("(?i)\\b(?:" + words("body") + ")\\s+of\\s+" + LIST
            + FOUND);
    static final Pattern N_BODIES = Pattern.compile("(?i)\\b" + QUAL + N + "\\s+(?:[\\w-]+\\s+)?(?:bodies|corpses)"
            + FOUND);
    static final Pattern HIS_BODY = Pattern.compile("(?i)\\b(?<n>his|her)\\s+(?:[\\w-]+\\s+)?(?:dead\\s+)?body"
            + "\\s+(?:was|has been)\\s+(?:\\w+\\s+)?(?:" + verbs("found") + ")\\b");
    /** "slit a police officer's throat", "slit his throat". */
    static final Pattern THROAT = Pattern.compile("(?i)\\b(?<w>" + verbs("throat") + ")\\s+"
            + "(?<list>(?:an?|the|his|her)\\s+[\\w\\s-]{1,40}?)['’]s\\s+throat\\b");
    static final Pattern HIS_THROAT = Pattern.compile("(?i)\\b(?:" + verbs("throat") + ")\\s+"
            + "(?<n>his|her)\\s+throat\\b");
    /** "lost his leg": a victim maimed. */
    static final Pattern LOST_LIMB = Pattern.compile("(?i)\\b(?:" + verbs("lost") + ")\\s+(?<n>his|her)\\s+"
            + "(?:[\\w-]+\\s+)?(?:" + words("limb") + ")\\b");
    static final Pattern PRONOUN_KILLED = Pattern.compile("(?i)\\b(?<w>" + KILL_A + ")\\s+(?<n>him|her)"
            + "(?=\\s*(?:[,.;:]|$)|\\s+(?:" + words("after-pronoun") + ")\\b)");
    static final Pattern PRONOUN_SHOT_DEAD = Pattern.compile("(?i)\\b(?<w>" + verbs("pronoun-dead") + ")\\s+"
            + "(?<n>him|her)\\s+(?:dead|to death)\\b");
    /** A named person as the subject: "Senior journalist A. B. was shot dead", "X, a local writer, was killed". */
    static final Pattern NAMED = Pattern.compile("(?<=^|[,;:]\\s|\\band\\s)(?!(?i:" + words("none-subject")
            + ")\\b)(?<list>\\p{Lu}[\\p{L}'’.-]*"
            + "(?:\\s+[\\p{L}'’.-]+){0,7}?)(?<paren>\\s*,\\s*[^,;()]{1,80},)?\\s+(?:was|has been|had been)"
            + "(?<adv>(?:\\s+(?:also|later|reportedly|allegedly|\\w+ly))*)\\s+" + VERBED_AND + "(?:(?<k>" + KILL_P
            + ")|(?<h>" + verbs("named-hurt") + "))(?![\\w-])");
    /**
     * A named person as the object of a verb of wounding: "shot and injured Interior Minister Ahsan Iqbal while …".
     * Not of killing: a killing named that way is more often an earlier one the report recalls ("the attack that
     * killed Rabbi X", "the death of Y").
     */
    static final String NAME_OBJECT = "\\s+(?<list>(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,6}\\p{Lu}[\\p{L}'’.-]*)"
            + "(?=\\s*(?:[,.;]|$)|\\s+(?:" + words("after-name") + ")\\b)";
    static final Pattern HURT_NAMED = Pattern.compile("(?<![\\w-])(?i:" + HURT_A + ")" + NAME_OBJECT);
    /** The result of the attack: "resulting in the death of Pakistani soldier", "caused the death of John Doe". */
    static final Pattern DEATH_OF_ONE = Pattern.compile("(?<![\\w-])(?i:" + verbs("result") + ")\\s+(?i:the)"
            + "\\s+(?i:death)\\s+of\\s+(?<list>(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,4}[\\p{L}'’.-]+)(?=\\s*(?:[,.;]|$)"
            + "|\\s+(?:" + words("after-death-of") + ")\\b)");
    /** "took hostages, at least one of which was killed later": a death on top of those counted. */
    static final Pattern HELD_DIED = Pattern.compile("(?i)\\b(?:" + words("captive") + ")\\b"
            + "[^.;]{0,60}?\\b" + N + "\\s+of\\s+(?:which|whom|them)\\b[^.;]{0,30}?\\b(?:" + verbs("held-died")
            + ")\\b");
    /** "… was shot dead along with his two bodyguards". */
    static final Pattern ALONG = Pattern.compile("(?i)^\\s+(?:along|together)\\s+with\\s+(?:his|her|their)?\\s*"
            + LIST);
    static final Pattern INJURIES = Pattern.compile("(?i)\\b" + QUAL + N + "\\s+(?:injuries)\\b");
    /** "one of the injured later died", "one of the hostages was killed": a death on top of those counted. */
    static final Pattern DIED_LATER = Pattern.compile("(?i)\\b" + N + "\\s+of\\s+(?:the|those)\\s+(?:(?<w>injured"
            + "|wounded)|hostages|abductees|captives)\\b[^.;]{0,40}?\\b(?:" + verbs("died-later") + ")\\b");
    /** After "died": of wounds received before ("died of his injuries", "died from her wounds in hospital"). */
    static final Pattern OF_WOUNDS = Pattern.compile("(?i)^\\s+(?:later\\s+)?(?:of|from)\\s+(?:his|her|their|the)\\s+"
            + "(?:\\w+\\s+)?(?:injuries|wounds)\\b");
    static final Pattern NONE_KILLED = Pattern.compile("(?i)\\b(?:(?:" + words("none-subject") + ")\\s+|no\\s+(?:[a-z-]+"
            + "\\s+){1,3}?)(?:was|were|has been|have been|had been|got)\\s+(?:[a-z]+ly\\s+)?(?:(?<k>"
            + verbs("none-killed") + ")|(?<h>" + verbs("none-hurt") + "))\\b|\\b(?:no one|nobody) (?<k2>died)\\b");
    static final Pattern NONE_WORDS = Pattern.compile("(?i)\\b(?:no\\s+(?:reported\\s+|immediate\\s+"
            + "|other\\s+)?|without\\s+(?:causing\\s+)?(?:any\\s+)?)(?:(?<c>casualties)|(?<k>deaths|fatalities)"
            + "|(?<h>injuries))\\b");
    static final String PEOPLE = "(?:\\s+(?:other\\s+|more\\s+|additional\\s+)?(?:[a-z]+\\s+){0,3}?"
            + "(?:" + words("people") + "))?";
    static final List<Pattern> HOSTAGES = List.of(
            Pattern.compile("(?i)\\b(?:" + verbs("take-hostage") + ")"
                    + "\\s+" + QUAL + N + PEOPLE + "(?:\\s+(?:as\\s+)?(?:hostages?|captive))"),
            Pattern.compile("(?i)\\b(?:" + verbs("abduct") + ")\\s+" + QUAL + N + PEOPLE + "\\b"),
            Pattern.compile("(?i)\\b" + QUAL + N + "\\s+(?:[a-z]+\\s+){0,2}?(?:hostages|captives)\\b"),
            Pattern.compile("(?i)\\b" + QUAL + N + PEOPLE + "(?:\\s+(?:were|was|have been|had been|are|is))?"
                    + "\\s+(?:been\\s+)?(?:taken|held)\\s+(?:hostage|captive)"),
            Pattern.compile("(?i)\\b" + QUAL + N + PEOPLE + "(?:\\s+(?:were|was|have been|had been|are|is))?"
                    + "\\s+(?:been\\s+)?(?:kidnapped|abducted)\\b"));
    static final Pattern TRAPPED = Pattern.compile("(?i)\\b" + QUAL + N + PEOPLE
            + "\\s+(?:are|were|remain|remained|is|was|have been|had been)\\s+(?:(?:" + words("hedge") + ")\\s+)?"
            + "(?:still\\s+)?(?:" + verbs("trapped")
            + ")\\b(?!\\s+(?:hostage|captive))");
    static final Pattern SUBSET = Pattern.compile("(?i)\\b(?:" + words("subset") + ")\\s*$");
    static final Pattern INCLUDING = Pattern.compile("(?i)\\b(?:" + VictimPhrases.INCLUDING + ")\\b");
    static final Pattern AGE_OR_MONTH = Pattern.compile("(?i)\\b(?:" + words("age-or-month") + ")\\.?\\s+$");
    static final Pattern NAME_COMMA = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*,\\s*$");
    static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}");
    /**
     * A preposition ends the text before a list: no subject ("killed at [the gate and a cook] was shot"), but
     * "resulting in four people dead", "in addition to two soldiers wounded".
     */
    static final Pattern AFTER_PREPOSITION = Pattern.compile("(?i)\\b(?<!result |resulted |resulting |results "
            + "|addition )(?:" + words("preposition") + ")\\s+$");
    static final Pattern LEFT_BEFORE = Pattern.compile("(?i)\\b(?:" + verbs("left") + ")\\b[^.;]*$");
    static final Pattern ESCAPED = Pattern.compile("(?i)\\b(?:" + words("escaped") + ")$");
    static final Pattern PASSIVE_GAP = Pattern.compile("(?i)\\s*(?:(?:" + words("passive-gap") + ")\\s*)+");
    static final Pattern BARE = Pattern.compile("(?i)(?:(?:" + words("bare-qualifier") + ")\\s+)?"
            + "(?:" + Numbers.NUMBER_REGEX + "|another)(?:\\s+(?:" + words("bare-after") + "))?");
    /** Sub-count cues after a count ("were among" the dead), literal and lower case, each after one space. */
    static final List<String> SUBSET_AFTER = Tables.cells(WORDS, "set", "subset-after", "pattern");
    static final Pattern BARE_OBJECT = Pattern.compile("(?i)him|her|both|all\\s+(?:" + Numbers.NUMBER_REGEX + ")");
    /** "Two suicide bombers", "a suicide bomber", "another female suicide bomber": attackers who die ({@code n}). */
    static final Pattern SUICIDE_ATTACKERS = Pattern.compile("(?i)\\b(?:(?<more>another|a second|a third)|(?<n>"
            + Numbers.NUMBER_REGEX + ")|an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?suicide\\s+(?:bombers?|attackers?)\\b");
    /** "a would-be suicide bomber was arrested": a suicide attack that did not happen. */
    static final Pattern SUICIDE_FAILED = Pattern.compile("(?i)\\b(?:" + words("suicide-failed") + ")\\b");
    /** "The toll had stood at 101", "Earlier reports said 20": a count since revised. */
    static final Alternatives.WordList EARLIER = Alternatives.WordList.of(words("earlier"));
    /** A sentence that opens by summing the toll ("In all, 166 people were killed"). */
    static final Pattern TOTAL = Pattern.compile("(?i)^\\W*(?:" + words("total") + ")\\b");
    /** Words that make a figure count people on top of those already counted. */
    static final Pattern MORE = Pattern.compile("(?i)\\b(?:" + words("more") + ")\\b|\\ba\\s+(?:"
            + words("more-ordinal") + ")\\b");
    /** "Later, two soldiers were wounded when their vehicle hit a mine": a later blast or attack of the report. */
    static final Pattern LATER_ATTACK = Pattern.compile("(?i)^\\s*(?:" + words("later") + ")\\b[^.;]*\\b(?:"
            + words("later-attack") + ")\\b");
    /**
     * A sentence that sums a period or a campaign ("More than 700 people have been killed in such attacks this
     * year"): both a perfect tense of harm and a period or sum; its figures are no attack's.
     */
    /** A sentence about people already counted: "Among those killed was …". */
    static final Pattern AMONG_THE_DEAD = Pattern.compile("(?i)^\\W*(?:" + words("among-the-dead") + ")\\b");
    static final Pattern AGGREGATE_VERB = Pattern.compile("(?i)\\b(?:" + words("aggregate-verb") + ")\\b");
    static final Pattern AGGREGATE_PERIOD = Pattern.compile("(?i)\\b(?:" + words("aggregate-period") + ")\\b");
    /** "More than 3,500 people were killed in the conflict": a war's or a conflict's toll, whatever the tense. */
    static final Alternatives.WordList CONFLICT_TOLL = Alternatives.WordList.of(words("conflict-toll"));
    /** A sentence about a further attack of the same report: its figures add to the others. */
    static final Pattern OTHER_ATTACK = Pattern.compile("(?i)\\b(?:" + words("other") + ")\\s+(?:[\\w-]+\\s+){0,2}?(?:"
            + words("other-attack") + ")\\b" + wordsEach("other-attack-cue"));

    /**
     * Cheap tests that let most sentences skip the patterns that cannot match them: word stems (cues.tsv) looked up
     * in the lower-cased sentence with {@link Alternatives#containsAny} (String.indexOf, much faster than a regex scan
     * of many alternatives).
     */
    static final String[] KILL_CUE = cue("kill");
    static final String[] HURT_CUE = cue("hurt");
    static final String[] HOSTAGE_CUE = cue("hostage");

    static final Pattern NONE_CUE = Pattern.compile("\\b(?=[nw])(?:no|no-one|nobody|none|without)\\b");

    /** Each word of a set as an alternative of its own, between word boundaries: "|\bw1\b|\bw2\b". */
    private static String wordsEach(String set) {
        StringBuilder sb = new StringBuilder();
        for (String w : Tables.cells(WORDS, "set", set, "pattern")) sb.append("|\\b").append(w).append("\\b");
        return sb.toString();
    }
}
