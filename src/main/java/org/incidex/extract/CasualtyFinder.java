package org.incidex.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds casualty figures in a sentence: killed, injured, hostages, and attackers killed.
 *
 * <p>A figure is read from a list of counted noun phrases ({@link VictimPhrases}) next to a verb of killing or
 * wounding, in any of the shapes news text uses: passive ("Two soldiers and three civilians were killed", "A police
 * officer was shot dead", "Three people died"), active ("killing six soldiers and a civilian", "wounding 19"),
 * "leaving two people wounded", "resulting in the death of a policeman", a toll ("the death toll rose to 31"), or
 * "no one was hurt" (0). Counts are digits or words, with qualifiers ("at least 13", "more than 100", "a dozen").
 * The groups of one list are added up; attackers in it ("Three attackers and four police officers were killed",
 * "killing 14 people including the bomber") count as {@link Kind#PERPETRATORS_KILLED}, not as victims. Sub-counts of
 * a total ("five UN workers were among the dead", "including three children") are skipped, so never added twice.
 *
 * <p>Each figure says how it combines with earlier figures of its kind ({@link Mode}). Thread-safe: stateless.
 */
public final class CasualtyFinder {
    /** What a figure counts. */
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
        OF_WOUNDS
    }

    /** A figure, where it is in the sentence, and how it combines with earlier ones. */
    public record Figure(Kind kind, int value, int start, int end, Mode mode) {
        /** A plain figure. */
        public Figure(Kind kind, int value, int start, int end) {
            this(kind, value, start, end, Mode.PLAIN);
        }
    }

    private static final String N = "(?<n>" + Numbers.NUMBER_REGEX + ")";
    private static final String QUAL = "(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|roughly"
            + "|an estimated|a total of|as many as|approximately|a further|another|at least another)\\s+)?";
    private static final String LIST = VictimPhrases.LIST;
    private static final String BE = "(?<be>,?\\s+(?:were|was|have been|has been|had been|are|is|have|has|had|got|get"
            + "|are being|were being|had to be|have to be|needed to be))?";
    private static final String ADV = "(?<adv>(?:\\s+(?:also|all|later|reportedly|allegedly|now|so far|believed"
            + "(?: to (?:have been|be))?|feared|confirmed|reported|left|since|both|then|subsequently|too|initially|eventually"
            + "|each|instantly|\\w+ly))*)";
    /**
     * A first participle of the same subject, with what goes with it: "were kidnapped in the capital and later shot
     * dead", "was shot at close range and was seriously wounded". The words between may not open another clause.
     */
    private static final String VERBED_AND = "(?<and>(?:\\w+ed|shot|beaten|stabbed|taken|hit|struck|run over|held)"
            + "(?:\\s+(?:(?!(?:when|after|while|as|because|before|where|who|whom|which|that|since|until|but|was|were|is"
            + "|are|has|have|had)\\b)[^,;.\\s]+\\s+){0,10}?|\\s+)and\\s+(?:(?:was|were)\\s+)?"
            + "(?:(?:later|then|subsequently|eventually|\\w+ly)\\s+)?)?";
    private static final String KILL_P = "(?:killed|dead|died|slain|massacred|murdered|slaughtered|sho(?:t|ot) dead"
            + "|decapitated|found (?:\\w+ly )?(?:killed|murdered|slain|executed|beheaded)"
            + "|shot to death|gunned down|(?:stabbed|hacked|beaten|burn(?:ed|t)) to death|burned alive|assassinated"
            + "|executed|beheaded|lynched|perished|lost (?:their|his|her) li(?:ves|fe)|confirmed dead|found dead"
            + "|fatally (?:shot|wounded|injured|stabbed|hit)|succumbed to (?:his|her|their) (?:injuries|wounds))";
    private static final String HURT_P = "(?:injur(?:ed|ied)|wounded|hurt|hospitali[sz]ed|maimed|stabbed|beaten(?: up)?"
            + "|shot (?:in|through) (?:the|both|each|his|her|their|one) (?:[\\w-]+ )?(?:legs?|arms?|knees?|kneecaps?|feet"
            + "|foot|ankles?|thighs?|hands?)|in (?:an? )?(?:[\\w-]+ ){1,2}condition|with (?:[\\w-]+ ){0,2}(?:injuries|wounds)"
            + "|treated (?:at the scene|in (?:a |the )?hospital|for (?:[\\w-]+ )?(?:shock|injuries|wounds|burns))"
            + "|(?:sustained|suffered|received) (?:[a-z-]+ ){0,2}(?:injuries|wounds)"
            + "|(?:taken|rushed|admitted) to (?:a |the )?hospitals?)";
    private static final String KILL_A = "(?:killing|killed|kills|kill|shot dead|shoot dead|shooting dead|shot and killed"
            + "|decapitated|decapitating"
            + "|shooting and killing|gunned down|gunning down|assassinated|assassinating|beheaded|beheading|executed"
            + "|executing|murdered|murdering|massacred|massacring|slaughtered|slaughtering|stabbed to death"
            + "|stabbing to death|(?:claimed|claiming|took|taking) the lives of"
            + "|(?:(?:resulting|resulted) in |(?:caused|causing|led to|leading to) )?the deaths? of"
            + "|(?:slit|slitting|slashed|slashing|cut|cutting) the throats? of)";
    private static final String HURT_A = "(?:injuring|injured|injures|injure|wounding|wounded|wounds|hurting|hurt"
            + "|maiming|maimed|shot and (?:injured|wounded)|shooting and (?:injuring|wounding)"
            + "|(?:(?:resulting|resulted) in |(?:caused|causing) )?the injur(?:y|ies) (?:of|on|to)|injuries to"
            + "|(?:chopped|chopping|cut|cutting|hacked|hacking) (?:off )?the (?:fingers?|hands?|ears?|noses?|limbs?|arms?"
            + "|legs?|feet) (?:off|of))(?:\\s+\\w+ly)?";

    private static final Pattern KILL_PASSIVE = Pattern.compile("(?i)(?<![\\w'’-])" + LIST + VictimPhrases.PAREN
            + BE + ADV + "(?:\\s+been)?\\s+" + VERBED_AND + "(?<w>" + KILL_P + ")(?![\\w-])");
    private static final Pattern HURT_PASSIVE = Pattern.compile("(?i)(?<![\\w'’-])" + LIST + VictimPhrases.PAREN
            + BE + ADV + "(?:\\s+been)?\\s+" + VERBED_AND + "(?<w>" + HURT_P + ")(?![\\w-])");
    private static final Pattern KILL_ACTIVE = Pattern.compile("(?i)\\b(?<w>" + KILL_A + ")\\s+" + VictimPhrases.OBJECT_LIST + VictimPhrases.NOT_PARTICIPLE);
    private static final Pattern TO_DEATH = Pattern.compile("(?i)\\b(?<w>stabbed|stabbing|hacked|hacking|beat|beaten"
            + "|beating|burned|burning|shot|shooting)\\s+" + VictimPhrases.OBJECT_LIST + "\\s+to\\s+death\\b");
    private static final Pattern HURT_ACTIVE = Pattern.compile("(?i)\\b(?<w>" + HURT_A + ")\\s+" + VictimPhrases.OBJECT_LIST + VictimPhrases.NOT_PARTICIPLE);
    private static final Pattern LEFT = Pattern.compile("(?i)\\b(?:left|leaving|leaves)\\s+" + LIST
            + VictimPhrases.PAREN + ADV + "\\s+(?:(?<k>dead|killed)|(?<h>injured|wounded|hurt))\\b");
    private static final Pattern TOLL = Pattern.compile("(?i)\\b(?:death toll|toll|number of dead"
            + "|number of people killed|fatalities)(?:\\s+[a-z]+){0,3}?\\s+(?:rose|climbed|rises|stands|stood|reached"
            + "|increased|jumped|is|was|has risen|had risen|to)(?:\\s+(?:to|at))?\\s+" + QUAL + N + "\\b");
    /** "6 deaths", "2 Taliban deaths", "10 deaths of the Islamic State": whose deaths as groups "who" and "of". */
    private static final Pattern DEATHS = Pattern.compile("(?i)\\b" + QUAL + N + "\\s+(?<who>[\\p{L}-]+\\s+)??"
            + "(?:deaths?|fatalities)\\b(?<of>\\s+(?:of|among)\\s+(?:(?!\\s+and\\b)[^,;.]){1,40})?");
    /** "the insurgents suffered 6 deaths". */
    private static final Pattern SUFFERED = Pattern.compile("(?i)\\b(?:suffered|sustained|lost)\\s+" + QUAL + "$");
    /** "The bodies of two farmers were found", "Ten corpses of soldiers were found", "His body was found". */
    private static final String FOUND = "(?=[^.;]{0,60}?\\b(?:was|were|have been|has been)\\s+(?:(?:\\w+ly|later|then|also)\\s+)?(?:found"
            + "|discovered|recovered)\\b)";
    private static final Pattern BODIES_OF = Pattern.compile("(?i)\\b(?:bod(?:y|ies)|corpses?|remains)\\s+of\\s+" + LIST
            + FOUND);
    private static final Pattern N_BODIES = Pattern.compile("(?i)\\b" + QUAL + N + "\\s+(?:[\\w-]+\\s+)?(?:bodies|corpses)"
            + FOUND);
    private static final Pattern HIS_BODY = Pattern.compile("(?i)\\b(?<n>his|her)\\s+(?:[\\w-]+\\s+)?(?:dead\\s+)?body"
            + "\\s+(?:was|has been)\\s+(?:\\w+\\s+)?(?:found|discovered|recovered)\\b");
    /** "slit a police officer's throat", "slit his throat". */
    private static final Pattern THROAT = Pattern.compile("(?i)\\b(?<w>slit|slitting|slashed|slashing|cut|cutting)\\s+"
            + "(?<list>(?:an?|the|his|her)\\s+[\\w\\s-]{1,40}?)['’]s\\s+throat\\b");
    private static final Pattern HIS_THROAT = Pattern.compile("(?i)\\b(?:slit|slitting|slashed|slashing|cut|cutting)\\s+"
            + "(?<n>his|her)\\s+throat\\b");
    /** "lost his leg": a victim maimed. */
    private static final Pattern LOST_LIMB = Pattern.compile("(?i)\\b(?:lost|losing|loses)\\s+(?<n>his|her)\\s+"
            + "(?:[\\w-]+\\s+)?(?:legs?|foot|feet|arms?|hands?|eyes?|limbs?|fingers?)\\b");
    private static final Pattern PRONOUN_KILLED = Pattern.compile("(?i)\\b(?<w>" + KILL_A + ")\\s+(?<n>him|her)"
            + "(?=\\s*(?:[,.;:]|$)|\\s+(?:in|at|on|near|while|when|as|and|outside|inside|during|after|before|with|from"
            + "|later|too|by)\\b)");
    private static final Pattern PRONOUN_SHOT_DEAD = Pattern.compile("(?i)\\b(?<w>shot|shooting|shoot|beat|beating"
            + "|stabbed|stabbing|hacked|hacking|burned|burning)\\s+(?<n>him|her)\\s+(?:dead|to death)\\b");
    /** A named person as the subject: "Senior journalist A. B. was shot dead", "X, a local writer, was killed". */
    private static final Pattern NAMED = Pattern.compile("(?<=^|[,;:]\\s|\\band\\s)(?<list>\\p{Lu}[\\p{L}'’.-]*"
            + "(?:\\s+[\\p{L}'’.-]+){0,7}?)(?<paren>\\s*,\\s*[^,;()]{1,80},)?\\s+(?:was|has been|had been)"
            + "(?<adv>(?:\\s+(?:also|later|reportedly|allegedly|\\w+ly))*)\\s+" + VERBED_AND + "(?:(?<k>" + KILL_P
            + ")|(?<h>injured|wounded|hurt|stabbed))(?![\\w-])");
    /**
     * A named person as the object of a verb of wounding: "shot and injured Interior Minister Ahsan Iqbal while …".
     * Not of killing: a killing named that way is more often an earlier one the report recalls ("the attack that
     * killed Rabbi X", "the death of Y").
     */
    private static final String NAME_OBJECT = "\\s+(?<list>(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,6}\\p{Lu}[\\p{L}'’.-]*)(?=\\s*(?:[,.;]|$)"
            + "|\\s+(?:in|at|on|near|while|when|as|and|outside|inside|during|after|before|who|with|from)\\b)";
    private static final Pattern HURT_NAMED = Pattern.compile("(?<![\\w-])(?i:" + HURT_A + ")" + NAME_OBJECT);
    /** "… was shot dead along with his two bodyguards". */
    private static final Pattern ALONG = Pattern.compile("(?i)^\\s+(?:along|together)\\s+with\\s+(?:his|her|their)?\\s*" + LIST);
    private static final Pattern INJURIES = Pattern.compile("(?i)\\b" + QUAL + N + "\\s+(?:injuries)\\b");
    /** "one of the injured later died", "one of the hostages was killed": a death on top of those counted. */
    private static final Pattern DIED_LATER = Pattern.compile("(?i)\\b" + N + "\\s+of\\s+(?:the|those)\\s+(?:(?<w>injured"
            + "|wounded)|hostages|abductees|captives)\\b[^.;]{0,40}?\\b(?:died|was killed|were killed|succumbed"
            + "|was executed|were executed)\\b");
    /** After "died": of wounds received before ("died of his injuries", "died from her wounds in hospital"). */
    private static final Pattern OF_WOUNDS = Pattern.compile("(?i)^\\s+(?:later\\s+)?(?:of|from)\\s+(?:his|her|their|the)\\s+"
            + "(?:\\w+\\s+)?(?:injuries|wounds)\\b");
    private static final Pattern NONE_KILLED = Pattern.compile("(?i)\\b(?:no one|no-one|nobody|none|no\\s+(?:[a-z-]+"
            + "\\s+){1,3}?)(?:was|were|has been|have been|had been|got)\\s+(?:[a-z]+ly\\s+)?(?:(?<k>killed|dead)"
            + "|(?<h>injured|wounded|hurt|harmed))\\b|\\b(?:no one|nobody) (?<k2>died)\\b");
    private static final Pattern NONE_WORDS = Pattern.compile("(?i)\\b(?:no\\s+(?:reported\\s+|immediate\\s+"
            + "|other\\s+)?|without\\s+(?:causing\\s+)?(?:any\\s+)?)(?:(?<c>casualties)|(?<k>deaths|fatalities)"
            + "|(?<h>injuries))\\b");
    private static final String PEOPLE = "(?:\\s+(?:other\\s+|more\\s+|additional\\s+)?(?:[a-z]+\\s+){0,3}?"
            + "(?:people|persons|civilians|others|victims|men|women|children|students|worshippers|soldiers|troops"
            + "|police(?:men| officers)?|officers|security personnel|members|guests|tourists|passengers|workers"
            + "|villagers|pilgrims|shoppers|hostages|residents|staff|employees|guards|fans|spectators|officials"
            + "|servicemen|personnel|individuals|bystanders))?";
    private static final List<Pattern> HOSTAGES = List.of(
            Pattern.compile("(?i)\\b(?:took|taking|take|takes|held|holding|hold|seized|seizing|kidnapped|abducted|abducting)"
                    + "\\s+" + QUAL + N + PEOPLE + "(?:\\s+(?:as\\s+)?(?:hostages?|captive))"),
            Pattern.compile("(?i)\\b(?:kidnapped|abducted|abducting|kidnapping)\\s+" + QUAL + N + PEOPLE + "\\b"),
            Pattern.compile("(?i)\\b" + QUAL + N + "\\s+(?:[a-z]+\\s+){0,2}?(?:hostages|captives)\\b"),
            Pattern.compile("(?i)\\b" + QUAL + N + PEOPLE + "(?:\\s+(?:were|was|have been|had been|are|is))?"
                    + "\\s+(?:been\\s+)?(?:taken|held)\\s+(?:hostage|captive)"),
            Pattern.compile("(?i)\\b" + QUAL + N + PEOPLE + "(?:\\s+(?:were|was|have been|had been|are|is))?"
                    + "\\s+(?:been\\s+)?(?:kidnapped|abducted)\\b"));
    private static final Pattern TRAPPED = Pattern.compile("(?i)\\b" + QUAL + N + PEOPLE
            + "\\s+(?:are|were|remain|remained|is|was|have been|had been)\\s+(?:still\\s+)?(?:trapped|holed up|stuck"
            + "|being held|held)\\b(?!\\s+(?:hostage|captive))");
    private static final Pattern SUBSET = Pattern.compile("(?i)\\b(?:among|including|includ(?:ed|es)|of whom|of them"
            + "|one of|two of|of the)\\s*$");
    private static final Pattern INCLUDING = Pattern.compile("(?i)\\b(?:including|among them|among whom)\\b");
    private static final Pattern AGE_OR_MONTH = Pattern.compile("(?i)\\b(?:aged?|age of|January|February|March|April"
            + "|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
            + "\\.?\\s+$");
    private static final Pattern NAME_COMMA = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*,\\s*$");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern PASSIVE_GAP = Pattern.compile("(?i)\\s*(?:(?:were|was|have been|had been|also|later"
            + "|all|killed|shot dead|dead|and)\\s*)+");
    private static final Pattern BARE = Pattern.compile("(?i)(?:(?:at least|another|other|about|some)\\s+)?"
            + "(?:" + Numbers.NUMBER_REGEX + "|another)(?:\\s+(?:others?|more|one))?");
    /** The security forces, not capitalised but first: "the Allied Democratic Forces" is an armed group. */
    private static final String SECURITY = "(?-i:[Ss]ecurity forces|[Pp]olice(?:m[ae]n| officers?)?|[Tt]roops|[Ss]oldiers"
            + "|[Aa]rmy|[Cc]ommandos|[Ss]pecial forces|[Gg]endarmes?|[Oo]fficers|[Ss]ecurity personnel)";
    private static final Pattern BY_SECURITY = Pattern.compile("(?i)^(?:\\s+\\w+){0,2}?\\s+by\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?"
            + SECURITY + "\\b");
    private static final Pattern NOT_ATTACKERS = Pattern.compile("(?i)\\b(?:civilians?|hostages?|bystanders?|passers-by"
            + "|children|child|women|woman|protesters?|students?|villagers?|workers?)\\b");
    /** The subject of a clause: "Security forces engaged …", "after which a policeman …". */
    private static final Pattern SECURITY_SUBJECT = Pattern.compile("(?i)^\\s*(?:(?:after|before|which|when|then|and|but"
            + "|later|where|eventually)\\s+)*(?:(?:the|a|an)\\s+)?(?:(?!\\w+ed\\s)(?!" + VictimPhrases.ATTACKER_WORD
            + ")[\\w-]+\\s+){0,2}?" + SECURITY
            + "\\s+(?!(?:were|was|are|is|have been|had been|came|come|who|that)\\b)");
    private static final Pattern BARE_OBJECT = Pattern.compile("(?i)him|her|both|all\\s+(?:" + Numbers.NUMBER_REGEX + ")");
    /** Words that make a figure count people on top of those already counted. */
    private static final Pattern MORE = Pattern.compile("(?i)\\b(?:also|another|other|further|additional|too"
            + "|more(?!\\s+than))\\b|\\ba\\s+(?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th))\\b");
    /** A sentence about a further attack of the same report: its figures add to the others. */
    private static final Pattern OTHER_ATTACK = Pattern.compile("(?i)\\b(?:another|a second|a separate|separate"
            + "|a different|a similar|other|a further|a third)\\s+(?:[\\w-]+\\s+){0,2}?(?:attacks?|incidents?"
            + "|bombings?|blasts?|explosions?|devices?|bombs?|ambush(?:es)?|raids?|shootings?|assaults?|clash(?:es)?"
            + "|mortars?|rockets?|grenades?|(?:suicide )?bombers?)\\b|\\bseparately\\b|\\bin addition\\b|\\balso (?:attacked|targeted|stormed|ambushed|raided)\\b");

    /** Cheap tests that let most sentences skip the patterns that cannot match them. */
    private static final Pattern KILL_CUE = Pattern.compile("kill|dead|die|slain|massacr|murder|slaughter|shot|gunned|throat"
            + "|death|assassin|execut|behead|decapitat|lynch|perish|lost (?:their|his|her)|fatal|succumb|burned alive");
    private static final Pattern HURT_CUE = Pattern.compile("injur|wound|hurt|hospital|maim|stab|beaten|shot|condition|lost"
            + "|treated|chop|hack|cut");
    private static final Pattern NONE_CUE = Pattern.compile("\\b(?:no|no-one|nobody|none|without)\\b");
    private static final Pattern HOSTAGE_CUE = Pattern.compile("hostage|captive|kidnap|abduct");

    /** The figures in one sentence, in order of appearance. */
    public List<Figure> find(String sentence) {
        List<Figure> out = new ArrayList<>();
        String low = sentence.toLowerCase(Locale.ROOT);
        boolean kill = KILL_CUE.matcher(low).find();
        boolean hurt = HURT_CUE.matcher(low).find();
        if (kill) {
            lists(out, sentence, KILL_PASSIVE, Kind.KILLED, true);
            lists(out, sentence, KILL_ACTIVE, Kind.KILLED, false);
            if (low.contains(" to death")) lists(out, sentence, TO_DEATH, Kind.KILLED, false);
        }
        if (low.contains("throat")) {
            lists(out, sentence, THROAT, Kind.KILLED, false);
            pronoun(out, sentence, HIS_THROAT, Kind.KILLED);
        }
        if ((kill || hurt) && (low.contains("left") || low.contains("leav"))) lists(out, sentence, LEFT, null, false);
        if (hurt) {
            lists(out, sentence, HURT_PASSIVE, Kind.INJURED, true);
            lists(out, sentence, HURT_ACTIVE, Kind.INJURED, false);
        }
        if (low.contains("toll") || low.contains("number of") || low.contains("fatalities")) {
            single(out, sentence, TOLL, Kind.KILLED, Mode.UPDATE);
        }
        if (low.contains("death") || low.contains("fatalities")) single(out, sentence, DEATHS, Kind.KILLED, Mode.PLAIN);
        if (low.contains("bod") || low.contains("corpse") || low.contains("remains")) {
            lists(out, sentence, BODIES_OF, Kind.KILLED, false);
            single(out, sentence, N_BODIES, Kind.KILLED, Mode.PLAIN);
            single(out, sentence, HIS_BODY, Kind.KILLED, Mode.PLAIN);
        }
        if (kill || hurt) lists(out, sentence, NAMED, null, false);
        if (kill && (low.contains(" him") || low.contains(" her"))) pronounObjects(out, sentence);
        if (hurt) namedObjects(out, sentence, HURT_NAMED, Kind.INJURED);
        if (low.contains("injuries")) single(out, sentence, INJURIES, Kind.INJURED, Mode.PLAIN);
        if (low.contains("los")) pronoun(out, sentence, LOST_LIMB, Kind.INJURED);
        if (kill && (low.contains(" of the ") || low.contains(" of those "))) {
            single(out, sentence, DIED_LATER, Kind.KILLED, Mode.ADDITIONAL);
            // "one of the injured died" moves from the injured to the killed
            out.replaceAll(f -> f.mode() == Mode.ADDITIONAL && diedLaterWounded(sentence, f)
                    ? new Figure(f.kind(), f.value(), f.start(), f.end(), Mode.OF_WOUNDS) : f);
        }
        if (NONE_CUE.matcher(low).find()) none(out, sentence);
        if (HOSTAGE_CUE.matcher(low).find()) {
            for (Pattern p : HOSTAGES) single(out, sentence, p, Kind.HOSTAGES, Mode.PLAIN);
        }
        if (low.contains("trapped") || low.contains("held") || low.contains("holed up") || low.contains("stuck")) {
            single(out, sentence, TRAPPED, Kind.TRAPPED, Mode.PLAIN);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        boolean otherAttack = OTHER_ATTACK.matcher(sentence).find();
        List<Figure> result = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            Figure f = out.get(i);
            if (i > 0 && woundedAttackers(sentence, out, out.get(i - 1), f)) continue;
            boolean more = otherAttack || (!result.isEmpty() && sameClauseMore(sentence, result.get(result.size() - 1), f));
            result.add(more && f.mode() == Mode.PLAIN && f.kind() != Kind.HOSTAGES
                    ? new Figure(f.kind(), f.value(), f.start(), f.end(), Mode.ADDITIONAL) : f);
        }
        result.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return result;
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

    /** Figures from a list of counted groups next to a verb; {@code kind} null: read from the final word. */
    private static void lists(List<Figure> out, String s, Pattern p, Kind kind, boolean passive) {
        Matcher m = p.matcher(s);
        int from = 0;
        while (from < s.length() && m.find(from)) {
            from = m.start() + 1;
            int ls = m.start("list");
            int le = passive || p == LEFT || p == NAMED ? Math.max(m.end("list"), m.end("paren")) : m.end("list");
            if (overlaps(out, ls, le) || isSubset(s, ls, m.end()) || straddlesAside(s, ls, le) || isAgeOrDay(s, ls, le)) {
                continue;
            }
            if (passive && !passiveReading(s, m)) continue;
            if (activeAfterAnd(s, m)) continue;
            Kind k = kind != null ? kind : m.group("k") != null ? Kind.KILLED : Kind.INJURED;
            String list = m.group("list");
            String paren = passive || p == LEFT || p == NAMED ? m.group("paren") : VictimPhrases.trailing(s, le);
            if (passive && (paren == null || paren.isBlank())) paren = VictimPhrases.trailing(s, m.end()); // "…, including five of the attackers"
            VictimPhrases.Count c = p == NAMED ? VictimPhrases.named(list, paren)
                    : VictimPhrases.count(list, paren, VictimPhrases.fightersAreVictims(s, ls, le));
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

    /** "… were arrested and killed two guards": the verb after "and" has an object, so the list is not its victims. */
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
        if (passive) {
            return BY_SECURITY.matcher(s.substring(m.end())).find() && !NOT_ATTACKERS.matcher(list).find();
        }
        if (m.pattern() != KILL_ACTIVE || !(BARE.matcher(list).matches() || BARE_OBJECT.matcher(list).matches())) return false;
        return securitySubject(s, m.start(), verb(m));
    }

    /** The subject of the verb at {@code at} is the security forces: that of the sentence for a participle. */
    private static boolean securitySubject(String s, int at, String verb) {
        int from = verb.endsWith("ing") ? Math.max(s.lastIndexOf(':', at), s.lastIndexOf(';', at)) + 1
                : Math.max(s.lastIndexOf(',', at), s.lastIndexOf(';', at)) + 1;
        return SECURITY_SUBJECT.matcher(s.substring(Math.max(0, from), at)).find();
    }

    /**
     * A victim named by a pronoun as the object ("abducted a teenager and later shot him dead", "rammed a woman,
     * killing her"), unless a killing comes before it in the sentence (the pronoun is someone counted there); the
     * security forces kill attackers ("a policeman shot him dead").
     */
    private static void pronounObjects(List<Figure> out, String s) {
        for (Pattern p : List.of(PRONOUN_KILLED, PRONOUN_SHOT_DEAD)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                int at = m.start();
                if (overlaps(out, m.start("n"), m.end("n")) || out.stream().anyMatch(f -> f.start() < at
                        && (f.kind() == Kind.KILLED || f.kind() == Kind.PERPETRATORS_KILLED))) {
                    continue;
                }
                Kind k = securitySubject(s, at, m.group("w").toLowerCase(Locale.ROOT)) ? Kind.PERPETRATORS_KILLED : Kind.KILLED;
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

    private static boolean diedLaterWounded(String s, Figure f) {
        Matcher m = DIED_LATER.matcher(s);
        return m.find(Math.max(0, f.start() - 1)) && m.start("n") == f.start() && m.group("w") != null;
    }

    /** The verb of a match: group "w", or "k"/"h" where the kind is read from it. */
    private static String verb(Matcher m) {
        String w = m.pattern() == NAMED || m.pattern() == LEFT ? (m.group("k") != null ? m.group("k") : m.group("h")) : m.group("w");
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
        return new VictimPhrases.Count(c.victims() + more.victims(), c.perpetrators() + more.perpetrators(), c.additional(),
                c.length());
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
        if (w.startsWith("with ")) return true; // "leaving one dead and another with minor injuries"
        return w.matches("killed|injur(?:ed|ied)|wounded|hurt") && !VictimPhrases.objectFollows(s, m.end());
    }

    /**
     * One victim named by a pronoun ("slit his throat", "lost her leg"), unless a figure of the kind comes before it
     * in the sentence: then the pronoun is someone counted there ("killed a man by slitting his throat").
     */
    private static void pronoun(List<Figure> out, String s, Pattern p, Kind kind) {
        Matcher t = p.matcher(s);
        if (t.find() && out.stream().noneMatch(f -> f.kind() == kind && f.start() < t.start())) {
            single(out, s, p, kind, Mode.PLAIN);
        }
    }

    private static void single(List<Figure> out, String s, Pattern p, Kind kind, Mode mode) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            int ns = m.start("n");
            int ne = m.end("n");
            if (overlaps(out, ns, ne)) continue;
            String n = m.group("n").toLowerCase(Locale.ROOT);
            int value = n.equals("his") || n.equals("her") ? 1 : Numbers.parse(n);
            if (value == 1 && precededByNo(s, ns)) value = 0;
            if (value < 0 || isYearLike(s, ns, ne, value) || (mode != Mode.ADDITIONAL && isSubset(s, m.start(), m.end()))) {
                continue;
            }
            Mode md = mode == Mode.PLAIN && MORE.matcher(m.group()).find() ? Mode.ADDITIONAL : mode;
            Kind k = p == DEATHS && attackersDied(s, m) ? Kind.PERPETRATORS_KILLED : kind;
            out.add(new Figure(k, value, ns, ne, md));
        }
    }

    /** "2 Taliban deaths", "10 deaths of the Islamic State", "the insurgents suffered 6 deaths". */
    private static boolean attackersDied(String s, Matcher m) {
        String whose = (m.group("who") == null ? "" : m.group("who")) + " " + (m.group("of") == null ? "" : m.group("of"));
        if (VictimPhrases.namesAttackers(whose)) return true;
        String before = s.substring(Math.max(0, m.start() - 50), m.start());
        Matcher suffered = SUFFERED.matcher(before);
        return suffered.find() && VictimPhrases.namesAttackers(before.substring(0, suffered.start()));
    }

    /** A person named as the object of an active verb: one victim. */
    private static void namedObjects(List<Figure> out, String s, Pattern p, Kind kind) {
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
    private static void none(List<Figure> out, String s) {
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
        return NAME_COMMA.matcher(s.substring(Math.max(0, start - 30), start)).find() && BARE_NUMBER.matcher(s.substring(start, end)).matches()
                && end < s.length() && s.charAt(end) == ',';
    }

    /** "Five UN workers were among the dead", "including 3 children": part of a total stated elsewhere. */
    private static boolean isSubset(String s, int start, int end) {
        String tail = s.substring(end, Math.min(s.length(), end + 20)).toLowerCase(Locale.ROOT);
        if (tail.startsWith(" among the") || tail.startsWith(" were among")) return true;
        String head = s.substring(Math.max(0, start - 14), start);
        return SUBSET.matcher(head).find();
    }
}
