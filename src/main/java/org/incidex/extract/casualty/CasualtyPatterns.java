package org.incidex.extract.casualty;

import org.incidex.extract.rules.Alternatives;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentence shapes {@link CasualtyFinder} reads figures from, as regexes over {@link VictimPhrases}: verbs of
 * killing and wounding in the passive ("were killed", "was shot and critically wounded") and the active ("killing
 * six soldiers"), "leaving … dead", tolls, bodies found, hostages, "no one was hurt", and the cues that let a sentence
 * skip them. Named groups: "list" (the counted people), "n" (a single count), "w"/"k"/"h" (the verb), "be", "adv",
 * "paren" and "and" (what stands between the people and the verb).
 */
final class CasualtyPatterns {
    private CasualtyPatterns() {}

    static final String N = "(?<n>" + Numbers.NUMBER_REGEX + ")";
    static final String QUAL = "(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|roughly"
            + "|an estimated|a total of|as many as|approximately|a further|another|at least another)\\s+)?";
    static final String LIST = VictimPhrases.LIST;
    static final String BE = "(?<be>,?\\s+(?:were|was|have been|has been|had been|are|is|have|has|had|got|get"
            + "|are being|were being|had to be|have to be|needed to be))?";
    static final String ADV = "(?<adv>(?:\\s+(?:also|all|later|reportedly|allegedly|now|so far|believed"
            + "(?: to (?:have been|be))?|feared|confirmed|reported|left|since|both|then|subsequently|too|initially|eventually"
            + "|each|instantly|\\w+ly))*)";
    /**
     * A first participle of the same subject, with what goes with it: "were kidnapped in the capital and later shot
     * dead", "was shot at close range and was seriously wounded". The words between may not open another clause.
     */
    static final String VERBED_AND = "(?<and>(?:\\w+ed|shot|beaten|stabbed|taken|hit|struck|run over|held)"
            + "(?:\\s+(?:(?!(?:when|after|while|as|because|before|where|who|whom|which|that|since|until|but|was|were|is"
            + "|are|has|have|had)\\b)[^,;.\\s]+\\s+){0,10}?|\\s+)and\\s+(?:(?:was|were)\\s+)?"
            + "(?:(?:later|then|subsequently|eventually|\\w+ly)\\s+)?)?";
    static final String KILL_P = "(?:killed|dead|died|slain|massacred|murdered|slaughtered|sho(?:t|ot) dead"
            + "|decapitated|found (?:\\w+ly )?(?:killed|murdered|slain|executed|beheaded)"
            + "|shot to death|gunned down|(?:stabbed|hacked|beaten|burn(?:ed|t)) to death|burned alive|assassinated"
            + "|executed|beheaded|lynched|perished|lost (?:their|his|her) li(?:ves|fe)|confirmed dead|found dead"
            + "|fatally (?:shot|wounded|injured|stabbed|hit)|succumbed to (?:his|her|their) (?:injuries|wounds))";
    static final String HURT_P = "(?:injur(?:ed|ied)|wounded|hurt|hospitali[sz]ed|maimed|stabbed|beaten(?: up)?"
            + "|shot (?:in|through) (?:the|both|each|his|her|their|one) (?:[\\w-]+ )?(?:legs?|arms?|knees?|kneecaps?|feet"
            + "|foot|ankles?|thighs?|hands?)|in (?:an? )?(?:[\\w-]+ ){1,2}condition|with (?:[\\w-]+ ){0,2}(?:injuries|wounds)"
            + "|treated (?:at the scene|in (?:a |the )?hospital|for (?:[\\w-]+ )?(?:shock|injuries|wounds|burns))"
            + "|(?:sustained|suffered|received) (?:[a-z-]+ ){0,2}(?:injuries|wounds)"
            + "|(?:taken|rushed|admitted) to (?:a |the )?hospitals?)";
    static final String KILL_A = "(?:killing|killed|kills|kill|shot dead|shoot dead|shooting dead|shot and killed"
            + "|decapitated|decapitating"
            + "|shooting and killing|gunned down|gunning down|assassinated|assassinating|beheaded|beheading|executed"
            + "|executing|murdered|murdering|massacred|massacring|slaughtered|slaughtering|stabbed to death"
            + "|stabbing to death|(?:claimed|claiming|took|taking) the lives of"
            + "|(?:(?:resulting|resulted) in |(?:caused|causing|led to|leading to) )?the deaths? of"
            + "|(?:slit|slitting|slashed|slashing|cut|cutting) the throats? of)";
    static final String HURT_A = "(?:injuring|injured|injures|injure|wounding|wounded|wounds|hurting|hurt"
            + "|maiming|maimed|shot and (?:injured|wounded)|shooting and (?:injuring|wounding)"
            + "|(?:(?:resulting|resulted) in |(?:caused|causing) )?the injur(?:y|ies) (?:of|on|to)|injuries to"
            + "|(?:chopped|chopping|cut|cutting|hacked|hacking) (?:off )?the (?:fingers?|hands?|ears?|noses?|limbs?|arms?"
            + "|legs?|feet) (?:off|of))(?:\\s+\\w+ly)?";

    static final Pattern KILL_PASSIVE = Pattern.compile("(?i)(?<![\\w'’-])" + LIST + VictimPhrases.PAREN
            + BE + ADV + "(?:\\s+been)?\\s+" + VERBED_AND + "(?<w>" + KILL_P + ")(?![\\w-])");
    static final Pattern HURT_PASSIVE = Pattern.compile("(?i)(?<![\\w'’-])" + LIST + VictimPhrases.PAREN
            + BE + ADV + "(?:\\s+been)?\\s+" + VERBED_AND + "(?<w>" + HURT_P + ")(?![\\w-])");
    static final Pattern KILL_ACTIVE = Pattern.compile("(?i)\\b" + Alternatives.lookahead(KILL_A) + "(?<w>" + KILL_A + ")\\s+" + VictimPhrases.OBJECT_LIST + VictimPhrases.NOT_PARTICIPLE);
    static final Pattern TO_DEATH = Pattern.compile("(?i)\\b(?<w>stabbed|stabbing|hacked|hacking|beat|beaten"
            + "|beating|burned|burning|shot|shooting)\\s+" + VictimPhrases.OBJECT_LIST + "\\s+to\\s+death\\b");
    static final Pattern HURT_ACTIVE = Pattern.compile("(?i)\\b" + Alternatives.lookahead(HURT_A) + "(?<w>" + HURT_A + ")\\s+" + VictimPhrases.OBJECT_LIST + VictimPhrases.NOT_PARTICIPLE);
    /** The verbs a passive figure ends with: a passive match can only end where one of these does. */
    static final Pattern KILL_VERB = Pattern.compile("(?i)" + Alternatives.lookahead(KILL_P) + KILL_P + "(?![\\w-])");
    static final Pattern HURT_VERB = Pattern.compile("(?i)" + Alternatives.lookahead(HURT_P) + HURT_P + "(?![\\w-])");

    static final Pattern LEFT = Pattern.compile("(?i)\\b(?:left|leaving|leaves)\\s+" + LIST
            + VictimPhrases.PAREN + ADV + "\\s+(?:(?<k>dead|killed)|(?<h>injured|wounded|hurt))\\b");
    static final Pattern TOLL = Pattern.compile("(?i)\\b(?:death toll|toll|number of dead"
            + "|number of people killed|fatalities)(?:\\s+[a-z]+){0,3}?\\s+(?:rose|climbed|rises|stands|stood|reached"
            + "|increased|jumped|is|was|has risen|had risen|to)(?:\\s+(?:to|at))?\\s+" + QUAL + N + "\\b");
    /** "6 deaths", "2 Taliban deaths", "10 deaths of the Islamic State": whose deaths as groups "who" and "of". */
    static final Pattern DEATHS = Pattern.compile("(?i)\\b" + QUAL + N + "\\s+(?<who>[\\p{L}-]+\\s+)??"
            + "(?:deaths?|fatalities)\\b(?<of>\\s+(?:of|among)\\s+(?:(?!\\s+and\\b)[^,;.]){1,40})?");
    /** "The bodies of two farmers were found", "Ten corpses of soldiers were found", "His body was found". */
    static final String FOUND = "(?=[^.;]{0,60}?\\b(?:was|were|have been|has been)\\s+(?:(?:\\w+ly|later|then|also)\\s+)?(?:found"
            + "|discovered|recovered)\\b)";
    static final Pattern BODIES_OF = Pattern.compile("(?i)\\b(?:bod(?:y|ies)|corpses?|remains)\\s+of\\s+" + LIST
            + FOUND);
    static final Pattern N_BODIES = Pattern.compile("(?i)\\b" + QUAL + N + "\\s+(?:[\\w-]+\\s+)?(?:bodies|corpses)"
            + FOUND);
    static final Pattern HIS_BODY = Pattern.compile("(?i)\\b(?<n>his|her)\\s+(?:[\\w-]+\\s+)?(?:dead\\s+)?body"
            + "\\s+(?:was|has been)\\s+(?:\\w+\\s+)?(?:found|discovered|recovered)\\b");
    /** "slit a police officer's throat", "slit his throat". */
    static final Pattern THROAT = Pattern.compile("(?i)\\b(?<w>slit|slitting|slashed|slashing|cut|cutting)\\s+"
            + "(?<list>(?:an?|the|his|her)\\s+[\\w\\s-]{1,40}?)['’]s\\s+throat\\b");
    static final Pattern HIS_THROAT = Pattern.compile("(?i)\\b(?:slit|slitting|slashed|slashing|cut|cutting)\\s+"
            + "(?<n>his|her)\\s+throat\\b");
    /** "lost his leg": a victim maimed. */
    static final Pattern LOST_LIMB = Pattern.compile("(?i)\\b(?:lost|losing|loses)\\s+(?<n>his|her)\\s+"
            + "(?:[\\w-]+\\s+)?(?:legs?|foot|feet|arms?|hands?|eyes?|limbs?|fingers?)\\b");
    static final Pattern PRONOUN_KILLED = Pattern.compile("(?i)\\b(?<w>" + KILL_A + ")\\s+(?<n>him|her)"
            + "(?=\\s*(?:[,.;:]|$)|\\s+(?:in|at|on|near|while|when|as|and|outside|inside|during|after|before|with|from"
            + "|later|too|by)\\b)");
    static final Pattern PRONOUN_SHOT_DEAD = Pattern.compile("(?i)\\b(?<w>shot|shooting|shoot|beat|beating"
            + "|stabbed|stabbing|hacked|hacking|burned|burning)\\s+(?<n>him|her)\\s+(?:dead|to death)\\b");
    /** A named person as the subject: "Senior journalist A. B. was shot dead", "X, a local writer, was killed". */
    static final Pattern NAMED = Pattern.compile("(?<=^|[,;:]\\s|\\band\\s)(?<list>\\p{Lu}[\\p{L}'’.-]*"
            + "(?:\\s+[\\p{L}'’.-]+){0,7}?)(?<paren>\\s*,\\s*[^,;()]{1,80},)?\\s+(?:was|has been|had been)"
            + "(?<adv>(?:\\s+(?:also|later|reportedly|allegedly|\\w+ly))*)\\s+" + VERBED_AND + "(?:(?<k>" + KILL_P
            + ")|(?<h>injured|wounded|hurt|stabbed))(?![\\w-])");
    /**
     * A named person as the object of a verb of wounding: "shot and injured Interior Minister Ahsan Iqbal while …".
     * Not of killing: a killing named that way is more often an earlier one the report recalls ("the attack that
     * killed Rabbi X", "the death of Y").
     */
    static final String NAME_OBJECT = "\\s+(?<list>(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,6}\\p{Lu}[\\p{L}'’.-]*)(?=\\s*(?:[,.;]|$)"
            + "|\\s+(?:in|at|on|near|while|when|as|and|outside|inside|during|after|before|who|with|from)\\b)";
    static final Pattern HURT_NAMED = Pattern.compile("(?<![\\w-])(?i:" + HURT_A + ")" + NAME_OBJECT);
    /** The result of the attack: "resulting in the death of Pakistani soldier", "caused the death of John Doe". */
    static final Pattern DEATH_OF_ONE = Pattern.compile("(?<![\\w-])(?i:(?:resulting|resulted) in|caused|causing|led to"
            + "|leading to)\\s+(?i:the)\\s+(?i:death)\\s+of\\s+(?<list>(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,4}[\\p{L}'’.-]+)(?=\\s*(?:[,.;]|$)"
            + "|\\s+(?:as well as|and|in|at|on|near|while|when|during|after|who)\\b)");
    /** "took hostages, at least one of which was killed later": a death on top of those counted. */
    static final Pattern HELD_DIED = Pattern.compile("(?i)\\b(?:hostages?|captives?|abductees?|kidnapped|abducted)\\b"
            + "[^.;]{0,60}?\\b" + N + "\\s+of\\s+(?:which|whom|them)\\b[^.;]{0,30}?\\b(?:died|was killed|were killed"
            + "|was executed|were executed|was shot dead|were shot dead)\\b");
    /** "… was shot dead along with his two bodyguards". */
    static final Pattern ALONG = Pattern.compile("(?i)^\\s+(?:along|together)\\s+with\\s+(?:his|her|their)?\\s*" + LIST);
    static final Pattern INJURIES = Pattern.compile("(?i)\\b" + QUAL + N + "\\s+(?:injuries)\\b");
    /** "one of the injured later died", "one of the hostages was killed": a death on top of those counted. */
    static final Pattern DIED_LATER = Pattern.compile("(?i)\\b" + N + "\\s+of\\s+(?:the|those)\\s+(?:(?<w>injured"
            + "|wounded)|hostages|abductees|captives)\\b[^.;]{0,40}?\\b(?:died|was killed|were killed|succumbed"
            + "|was executed|were executed)\\b");
    /** After "died": of wounds received before ("died of his injuries", "died from her wounds in hospital"). */
    static final Pattern OF_WOUNDS = Pattern.compile("(?i)^\\s+(?:later\\s+)?(?:of|from)\\s+(?:his|her|their|the)\\s+"
            + "(?:\\w+\\s+)?(?:injuries|wounds)\\b");
    static final Pattern NONE_KILLED = Pattern.compile("(?i)\\b(?:no one|no-one|nobody|none|no\\s+(?:[a-z-]+"
            + "\\s+){1,3}?)(?:was|were|has been|have been|had been|got)\\s+(?:[a-z]+ly\\s+)?(?:(?<k>killed|dead)"
            + "|(?<h>injured|wounded|hurt|harmed))\\b|\\b(?:no one|nobody) (?<k2>died)\\b");
    static final Pattern NONE_WORDS = Pattern.compile("(?i)\\b(?:no\\s+(?:reported\\s+|immediate\\s+"
            + "|other\\s+)?|without\\s+(?:causing\\s+)?(?:any\\s+)?)(?:(?<c>casualties)|(?<k>deaths|fatalities)"
            + "|(?<h>injuries))\\b");
    static final String PEOPLE = "(?:\\s+(?:other\\s+|more\\s+|additional\\s+)?(?:[a-z]+\\s+){0,3}?"
            + "(?:people|persons|civilians|others|victims|men|women|children|students|worshippers|soldiers|troops"
            + "|police(?:men| officers)?|officers|security personnel|members|guests|tourists|passengers|workers"
            + "|villagers|pilgrims|shoppers|hostages|residents|staff|employees|guards|fans|spectators|officials"
            + "|servicemen|personnel|individuals|bystanders))?";
    static final List<Pattern> HOSTAGES = List.of(
            Pattern.compile("(?i)\\b(?:took|taking|take|takes|held|holding|hold|seized|seizing|kidnapped|abducted|abducting)"
                    + "\\s+" + QUAL + N + PEOPLE + "(?:\\s+(?:as\\s+)?(?:hostages?|captive))"),
            Pattern.compile("(?i)\\b(?:kidnapped|abducted|abducting|kidnapping)\\s+" + QUAL + N + PEOPLE + "\\b"),
            Pattern.compile("(?i)\\b" + QUAL + N + "\\s+(?:[a-z]+\\s+){0,2}?(?:hostages|captives)\\b"),
            Pattern.compile("(?i)\\b" + QUAL + N + PEOPLE + "(?:\\s+(?:were|was|have been|had been|are|is))?"
                    + "\\s+(?:been\\s+)?(?:taken|held)\\s+(?:hostage|captive)"),
            Pattern.compile("(?i)\\b" + QUAL + N + PEOPLE + "(?:\\s+(?:were|was|have been|had been|are|is))?"
                    + "\\s+(?:been\\s+)?(?:kidnapped|abducted)\\b"));
    static final Pattern TRAPPED = Pattern.compile("(?i)\\b" + QUAL + N + PEOPLE
            + "\\s+(?:are|were|remain|remained|is|was|have been|had been)\\s+(?:still\\s+)?(?:trapped|holed up|stuck"
            + "|being held|held)\\b(?!\\s+(?:hostage|captive))");
    static final Pattern SUBSET = Pattern.compile("(?i)\\b(?:among|including|includ(?:ed|es)|of whom|of them"
            + "|one of|two of|of the)\\s*$");
    static final Pattern INCLUDING = Pattern.compile("(?i)\\b(?:including|among them|among whom)\\b");
    static final Pattern AGE_OR_MONTH = Pattern.compile("(?i)\\b(?:aged?|age of|January|February|March|April"
            + "|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
            + "\\.?\\s+$");
    static final Pattern NAME_COMMA = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*,\\s*$");
    static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}");
    /**
     * A preposition ends the text before a list: no subject ("killed at [the gate and a cook] was shot"), but
     * "resulting in four people dead", "in addition to two soldiers wounded".
     */
    static final Pattern AFTER_PREPOSITION = Pattern.compile("(?i)\\b(?<!result |resulted |resulting |results "
            + "|addition )(?:at|in|on|near|from|to|into|of|for|with|by|outside|inside|behind|across|through|towards?"
            + "|under)\\s+$");
    static final Pattern LEFT_BEFORE = Pattern.compile("(?i)\\b(?:left|leaving|leaves)\\b[^.;]*$");
    static final Pattern ESCAPED = Pattern.compile("(?i)\\b(?:escaped|survived)$");
    static final Pattern PASSIVE_GAP = Pattern.compile("(?i)\\s*(?:(?:were|was|have been|had been|also|later"
            + "|all|killed|shot dead|dead|and)\\s*)+");
    static final Pattern BARE = Pattern.compile("(?i)(?:(?:at least|another|other|about|some)\\s+)?"
            + "(?:" + Numbers.NUMBER_REGEX + "|another)(?:\\s+(?:others?|more|one))?");
    static final Pattern BARE_OBJECT = Pattern.compile("(?i)him|her|both|all\\s+(?:" + Numbers.NUMBER_REGEX + ")");
    /** Words that make a figure count people on top of those already counted. */
    static final Pattern MORE = Pattern.compile("(?i)\\b(?:also|another|other|further|additional|too"
            + "|more(?!\\s+than))\\b|\\ba\\s+(?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th))\\b");
    /** A sentence about a further attack of the same report: its figures add to the others. */
    /** "Later, two soldiers were wounded when their vehicle hit a mine": a later blast or attack of the report. */
    static final Pattern LATER_ATTACK = Pattern.compile("(?i)^\\s*(?:later|shortly after(?:wards)?|minutes later|hours later"
            + "|the next day|the following day|the day after)\\b[^.;]*\\b(?:bombs?|blasts?|explosions?|explosives?|attack"
            + "|ambush|grenades?|(?:land)?mines?|IEDs?|rockets?|mortars?)\\b");
    static final Pattern OTHER_ATTACK = Pattern.compile("(?i)\\b(?:another|a second|a separate|separate"
            + "|a different|a similar|other|a further|a third)\\s+(?:[\\w-]+\\s+){0,2}?(?:attacks?|incidents?"
            + "|bombings?|blasts?|explosions?|devices?|bombs?|ambush(?:es)?|raids?|shootings?|assaults?|clash(?:es)?"
            + "|mortars?|rockets?|grenades?|(?:suicide )?bombers?)\\b|\\bseparately\\b|\\bin addition\\b|\\balso (?:attacked|targeted|stormed|ambushed|raided)\\b");

    /**
     * Cheap tests that let most sentences skip the patterns that cannot match them: word stems looked up in the
     * lower-cased sentence with {@link Alternatives#containsAny} (String.indexOf, much faster than a regex scan of many alternatives).
     */
    static final String[] KILL_CUE = {"kill", "dead", "die", "slain", "massacr", "murder", "slaughter", "shot", "gunned",
            "throat", "death", "assassin", "execut", "behead", "decapitat", "lynch", "perish", "lost their", "lost his",
            "lost her", "fatal", "succumb", "burned alive"};
    static final String[] HURT_CUE = {"injur", "wound", "hurt", "hospital", "maim", "stab", "beaten", "shot",
            "condition", "lost", "treated", "chop", "hack", "cut"};
    static final String[] HOSTAGE_CUE = {"hostage", "captive", "kidnap", "abduct"};


    static final Pattern NONE_CUE = Pattern.compile("\\b(?=[nw])(?:no|no-one|nobody|none|without)\\b");
}
