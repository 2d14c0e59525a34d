package org.incidex.extract;

import org.incidex.extract.text.Tokens;
import org.incidex.extract.event.EventReader;
import org.incidex.model.GroupRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds armed groups named in a sentence and the role the sentence gives them: claimed ("claimed responsibility",
 * "claimed by", "said it carried out"), suspected ("suspected", "hallmarks of", "believed to be"), blamed ("blamed",
 * "accused"), else mentioned. A group named as a past affiliation ("the former head of AQIM", "a splinter of …") is
 * only mentioned. "No group has claimed" gives no claim. A name after "claimed by" or "a group calling itself" that is
 * not in the lexicon is kept as unverified. Thread-safe: holds only the immutable lexicon.
 */
public final class GroupFinder {
    /**
     * A group in a sentence. {@code role} is null when the sentence has no word for the group's part (the caller
     * decides from context); MENTIONED when the words say it is not the perpetrator ("former head of", "no group
     * claimed"). {@code verified} is false for names found only by the claim patterns.
     */
    public record GroupMention(String name, GroupRole role, boolean verified, int start, int end) {}

    private static final Pattern CLAIM = Pattern.compile("(?i)\\bclaim(?:ed|s|ing)?\\s+(?:responsibility|credit)"
            + "|\\bclaimed\\s+by\\b|\\bsaid\\s+(?:it|they)\\s+(?:had\\s+)?(?:carried out|was behind|were behind|staged|launched)"
            + "|\\btook\\s+responsibility|\\bclaim(?:ed)?\\s+(?:the|this|that)\\s+(?:attack|bombing|assault)"
            + "|\\b(?:has|have|had)\\s+claimed\\b|\\bclaimed\\s+(?:the|an?|this|that)\\b");
    private static final Pattern NO_CLAIM = Pattern.compile("(?i)\\b(?:no|not any|none)\\s+(?:\\w+\\s+){0,2}"
            + "(?:group|one|organi[sz]ation)s?\\s+(?:\\w+\\s+)?(?:has|have|had)?\\s*(?:yet\\s+)?(?:claimed|taken)"
            + "|\\bnobody\\s+(?:has|have|had)?\\s*(?:yet\\s+)?(?:claimed|taken)|\\bnot\\s+(?:yet\\s+)?(?:been\\s+)?claimed(?!\\s+until)|\\bwithout\\s+a\\s+claim|\\bunclaimed\\b");
    private static final Pattern SUSPECT = Pattern.compile("(?i)\\bsuspect(?:ed|s)?\\b|\\bhallmarks?\\b"
            + "|\\bbelieved\\s+to\\s+(?:be|have)|\\bthought\\s+to\\s+(?:be|have)|\\blikely\\b|\\bpresum(?:ed|ably)\\b"
            + "|\\bsuspicion\\b|\\bi(?:s|s\\s+being)\\s+investigated|\\bassumed\\b|\\bthe\\s+work\\s+of\\b"
            + "|\\b(?:has|have|had)\\s+(?:\\w+\\s+)?(?:done|carried\\s+out|staged|conducted|claimed)\\s+(?:\\w+\\s+){0,2}"
            + "(?:similar\\s+(?:attacks|bombings|killings)|(?:attacks|bombings)\\s+like\\s+(?:these|this|that|it))");
    private static final Pattern BLAME = Pattern.compile("(?i)\\bblam(?:ed|es|ing)\\b|\\baccus(?:ed|es|ing)\\b"
            + "|\\battributed\\b|\\bheld\\s+responsible\\b|\\bpointed\\s+(?:the\\s+finger|at)\\b");
    private static final Pattern PAST_TIE = Pattern.compile("(?i)\\b(?:former|ex|formerly|split\\s+from|splinter\\s+of"
            + "|broke\\s+away\\s+from|rival|rivals|fought|fighting|against|opposed|battle|war\\s+on|war\\s+against)"
            + "\\s+(?:\\w+\\s+){0,3}$");
    /** "killed in a gunfight against members of X": X is the other side of the fight, not a past tie. */
    private static final Pattern ENGAGED = Pattern.compile("(?i)\\b(?:gun-?fights?|fire-?fights?|clash(?:es)?"
            + "|encounters?|shoot-?outs?|exchanges?\\s+of\\s+fire|skirmish(?:es)?)\\s+(?:against|with)\\s+(?:\\w+\\s+){0,3}$");
    /** "airstrikes killed 12 Taliban fighters": a group right after an attack verb is its target, not its author. */
    private static final Pattern TARGETED = Pattern.compile("(?i)\\b(?:kill(?:ed|s|ing)?|attack(?:ed|s|ing)?|target(?:ed|s|ing)?"
            + "|massacr(?:ed|es|ing)|ambush(?:ed|es|ing)|bomb(?:ed|s|ing)|shell(?:ed|s|ing)|strikes?\\s+on|attacks?\\s+on"
            + "|raids?\\s+on|offensive\\s+on|assault\\s+on)\\s+(?:(?:at\\s+least|some|about|around|over|more\\s+than|nearly"
            + "|up\\s+to|dozens\\s+of|scores\\s+of|hundreds\\s+of|several|many|\\d+|two|three|four|five|six|seven|eight|nine"
            + "|ten|a|an|the|suspected|alleged|local)\\s+){0,3}$");
    /** "blamed the attack on X", "pinned the bombing on X": the "attack on" there is not a target. */
    private static final Pattern BLAMED_ON = Pattern.compile("(?i)\\b(?:blam(?:ed|es|ing)|pinned|pinning)\\s+(?:\\w+\\s+){0,4}on\\s+"
            + "(?:the\\s+)?$");
    private static final Pattern UNLISTED = Pattern.compile("(?:claimed\\s+by|a\\s+group\\s+calling\\s+itself"
            + "|an?\\s+(?:little-known\\s+|previously\\s+unknown\\s+|obscure\\s+)?group\\s+(?:called|named|known\\s+as))"
            + "\\s+(?:the\\s+)?((?:[A-Z][\\p{L}'-]+|of|the|for|and|al)(?:\\s+(?:[A-Z][\\p{L}'-]+|of|the|for|and|al))*)");
    /** A capitalised name in quotation marks next to the word "group": 'the group "Red Dawn"', 'the "Red Dawn" group'. */
    private static final Pattern QUOTED = Pattern.compile("\\bgroup\\s+[\"“]([A-Z][^\"”]{2,60})[\"”]"
            + "|[\"“]([A-Z][^\"”]{2,60})[\"”]\\s+group\\b");

    private final GroupLexicon lexicon;

    /** Names that are also ordinary words or other things' names, by key form (groups-ambiguous.tsv). */
    private static final java.util.Set<String> AMBIGUOUS;
    /** Words that say a sentence speaks of armed groups or attacks (group-context.tsv). */
    private static final org.incidex.extract.rules.Alternatives.WordList CONTEXT;

    static {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String a : org.incidex.extract.rules.RuleTable.load(GroupFinder.class, "groups-ambiguous.tsv").values("alias")) {
            keys.add(Tokens.key(a));
        }
        AMBIGUOUS = java.util.Set.copyOf(keys);
        CONTEXT = org.incidex.extract.rules.Alternatives.WordList.of(String.join("|",
                org.incidex.extract.rules.RuleTable.load(GroupFinder.class, "group-context.tsv").values("pattern")));
    }

    public GroupFinder(GroupLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A name that may be an ordinary word or another thing's name counts as the group only in a sentence that speaks
     * of armed groups or attacks: a listed ambiguous name, or an acronym of three letters or fewer ("IS", "RAF").
     */
    private static boolean needsContext(String key, String acronym) {
        if (acronym != null) return acronym.chars().filter(Character::isLetter).count() <= 3;
        return AMBIGUOUS.contains(key);
    }

    /** Groups named in the sentence, longest match first at each place, in order of appearance. */
    /** One-word names that are also English words or given names: only as a capitalised name. */
    private static final java.util.Set<String> ENGLISH = java.util.Set.of("weathermen", "aleph", "amal", "provos", "kach",
            "hasm", "shene", "maoists", "maoist", "hamas", "fatah");

    /** "killed by suspected naxals": a one-word name that is no English word names its group in lower case too. */
    private static boolean lowercaseOk(Tokens.Token t) {
        return t.text().length() >= 5 && !ENGLISH.contains(t.folded());
    }

    public List<GroupMention> find(String sentence) {
        return find(sentence, sentence.toLowerCase(java.util.Locale.ROOT));
    }

    /** {@link #find(String)} with the sentence lower-cased (Locale.ROOT) by the caller, who reads it for more. */
    List<GroupMention> find(String sentence, String low) {
        List<Tokens.Token> tokens = Tokens.of(sentence);
        List<GroupMention> out = new ArrayList<>();
        // cheap necessary conditions keep the sentence-wide patterns off sentences they cannot match
        Matcher nc = NO_CLAIM.matcher(low.contains("claim") || low.contains("taken") ? sentence : "");
        boolean noClaim = nc.find();
        // the sentence's role words are read once, and only when a group is named (most sentences name none)
        GroupRole sentenceRole = null;
        boolean roleRead = false;
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            String name = null;
            int longest = Math.min(lexicon.longestStartingWith(tokens.get(i).folded()), tokens.size() - i);
            for (int len = longest; len >= 1 && matched == 0; len--) {
                String key = Tokens.key(tokens, i, i + len);
                Optional<GroupLexicon.Group> g = lexicon.byKey(key);
                // "killed by suspected naxals": a one-word name that is no English word may stand in lower case;
                // otherwise the name is written as listed ("the order" is not "The Order", "Let" not "LeT")
                if (g.isEmpty()) continue;
                boolean ambiguous = needsContext(key, null);
                // "maoist militants", "boko haram fighters": names of two words or more written in lower case
                // are taken in a sentence about armed groups or attacks, unless they are also ordinary words
                boolean written = len == 1 && lowercaseOk(tokens.get(i)) && !tokens.get(i).isCapitalized()
                        || lexicon.writtenAsListed(key, tokens, i, i + len, ambiguous)
                        || len > 1 && !ambiguous && inContext(sentence, low);
                if (written && (!ambiguous || inContext(sentence, low))) {
                    matched = len;
                    name = g.get().name();
                }
            }
            if (matched == 0) {
                Optional<GroupLexicon.Group> g = lexicon.byAcronym(tokens.get(i).text());
                if (g.isPresent() && (!needsContext(null, tokens.get(i).text()) || inContext(sentence, low))) {
                    matched = 1;
                    name = g.get().name();
                }
            }
            if (matched > 0) {
                if (!roleRead) {
                    sentenceRole = noClaim ? roleWithoutClaim(sentence.substring(0, nc.start()) + " "
                            + sentence.substring(nc.end())) : roleOf(sentence);
                    roleRead = true;
                }
                int s = tokens.get(i).start();
                int e = tokens.get(i + matched - 1).end();
                String before = sentence.substring(Math.max(0, s - 40), s);
                boolean notAuthor = (PAST_TIE.matcher(before).find() && !ENGAGED.matcher(before).find())
                        || (TARGETED.matcher(before).find() && !BLAMED_ON.matcher(before).find());
                GroupRole role = notAuthor ? GroupRole.MENTIONED : sentenceRole;
                addOnce(out, new GroupMention(name, role, true, s, e));
                i += matched;
            } else {
                i++;
            }
        }
        if (!noClaim && (sentence.contains("claimed") || sentence.contains("calling") || sentence.contains("group"))) {
            Matcher m = UNLISTED.matcher(sentence);
            while (m.find()) {
                String raw = m.group(1).replaceAll("\\s+(?:of|the|for|and|al)$", "").strip();
                if (raw.isEmpty() || lexicon.find(raw).isPresent() || isGenericNoun(raw)) continue;
                if (out.stream().anyMatch(g -> g.start() >= m.start(1) && g.start() < m.end(1))) continue;
                addOnce(out, new GroupMention(raw, GroupRole.CLAIMED, false, m.start(1), m.start(1) + raw.length()));
            }
            Matcher q = QUOTED.matcher(sentence.indexOf('"') >= 0 || sentence.indexOf('“') >= 0 ? sentence : "");
            if (!roleRead && q.find()) {
                sentenceRole = roleOf(sentence);
                q.reset();
            }
            while (q.find()) {
                int g = q.group(1) != null ? 1 : 2;
                String raw = q.group(g).strip();
                if (lexicon.find(raw).isPresent() || isGenericNoun(raw)) continue;
                if (out.stream().anyMatch(x -> x.start() >= q.start(g) && x.start() < q.end(g))) continue;
                addOnce(out, new GroupMention(raw, sentenceRole, false, q.start(g), q.start(g) + raw.length()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The sentence speaks of armed groups (group-context.tsv) or reports a violent act (any event trigger). */
    private static boolean inContext(String sentence, String low) {
        return CONTEXT.foundIn(sentence, low) || EventReader.shared().read(sentence, low).trigger() != null;
    }

    /**
     * The role in a sentence that says no group has claimed the attack: the group may still be blamed or suspected
     * ("No group claimed it, but the army blamed X"); otherwise it is only mentioned.
     */
    static GroupRole roleWithoutClaim(String rest) {
        if (BLAME.matcher(rest).find()) return GroupRole.BLAMED;
        if (SUSPECT.matcher(rest).find()) return GroupRole.SUSPECTED;
        return GroupRole.MENTIONED;
    }

    static GroupRole roleOf(String sentence) {
        if (CLAIM.matcher(sentence).find()) return GroupRole.CLAIMED;
        if (BLAME.matcher(sentence).find()) return GroupRole.BLAMED;
        if (SUSPECT.matcher(sentence).find()) return GroupRole.SUSPECTED;
        return null;
    }

    private static boolean isGenericNoun(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.matches("(?:the\\s+)?(?:militants?|gunmen|islamists?|jihadists?|rebels|insurgents|attackers|police|officials|authorities)");
    }

    private static void addOnce(List<GroupMention> out, GroupMention m) {
        for (GroupMention g : out) if (g.name().equals(m.name())) return;
        out.add(m);
    }
}
