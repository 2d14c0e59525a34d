package org.incidex.extract.group;

import org.incidex.extract.event.EventReader;
import org.incidex.extract.rules.Alternatives;
import org.incidex.extract.rules.RuleTable;
import org.incidex.extract.text.Tokens;
import org.incidex.model.GroupRole;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds armed groups named in a sentence and the role the sentence gives them: claimed ("claimed responsibility",
 * "claimed by", "said it carried out"), suspected ("suspected", "hallmarks of", "believed to be"), blamed ("blamed",
 * "accused"), else mentioned. A group named as a past affiliation ("the former head of AQIM", "a splinter of …") is
 * only mentioned. "No group has claimed" gives no claim. A name after "claimed by" or "a group calling itself" that is
 * not in the lexicon is kept as unverified. The words are data beside this class: {@code role-cues.tsv} (the roles,
 * in their declared priority), {@code name-cues.tsv} (words before a name), {@code unlisted.tsv} (names not in the
 * list), {@code english-names.tsv}, {@code groups-ambiguous.tsv} and {@code group-context.tsv}.
 * Thread-safe: holds only the immutable lexicon.
 */
public final class GroupFinder {
    /**
     * A group in a sentence. {@code role} is null when the sentence has no word for the group's part (the caller
     * decides from context); MENTIONED when the words say it is not the perpetrator ("former head of", "no group
     * claimed"). {@code verified} is false for names found only by the claim patterns.
     */
    public record GroupMention(String name, GroupRole role, boolean verified, int start, int end) {}

    /** A role and the words that give it (role-cues.tsv). */
    record RoleCue(GroupRole role, Pattern pattern) {}

    /** The rows of role-cues.tsv whose role is "unclaimed": the sentence says no one has claimed the attack. */
    private static final String UNCLAIMED = "unclaimed";

    /** The roles by their declared priority, highest (lowest number) first; "unclaimed" apart. */
    private static final List<RoleCue> ROLES;
    private static final Pattern NO_CLAIM;
    private static final Pattern PAST_TIE;
    /** "killed in a gunfight against members of X": X is the other side of the fight, not a past tie. */
    private static final Pattern ENGAGED;
    /** "airstrikes killed 12 Taliban fighters": a group right after an attack verb is its target, not its author. */
    private static final Pattern TARGETED;
    /** "blamed the attack on X", "pinned the bombing on X": the "attack on" there is not a target. */
    private static final Pattern BLAMED_ON;
    /** A name after "claimed by", "a group calling itself", "a group known as": capitalised words and connectors. */
    private static final Pattern UNLISTED;
    /** A connector word at the end of an unlisted name, which is not part of it. */
    private static final Pattern TRAILING_CONNECTOR;
    /** A capitalised name in quotes next to the word "group": 'the group "Red Dawn"', 'the "Red Dawn" group'. */
    private static final Pattern QUOTED;
    /** Common nouns that are no group's name ("claimed by militants"). */
    private static final Pattern GENERIC;
    /** Names that are also ordinary words or other things' names, by key form (groups-ambiguous.tsv). */
    private static final Set<String> AMBIGUOUS;
    /** Words that say a sentence speaks of armed groups or attacks (group-context.tsv). */
    private static final Alternatives.WordList CONTEXT;
    /** One-word names that are also English words or given names: only as a capitalised name (english-names.tsv). */
    private static final Set<String> ENGLISH;

    static {
        RuleTable roles = RuleTable.load(GroupFinder.class, "role-cues.tsv");
        NO_CLAIM = Pattern.compile(roleWords(roles.where("role", UNCLAIMED)));
        ROLES = roleCues(roles);
        RuleTable names = RuleTable.load(GroupFinder.class, "name-cues.tsv");
        checkValues(names, "cue", Set.of("past-tie", "engaged", "engaged-with", "targeted", "between", "blamed-on"));
        PAST_TIE = Pattern.compile("(?i)\\b(?:" + words(names, "cue", "past-tie") + ")\\s+(?:\\w+\\s+){0,3}$");
        ENGAGED = Pattern.compile("(?i)\\b(?:" + words(names, "cue", "engaged") + ")\\s+(?:"
                + words(names, "cue", "engaged-with") + ")\\s+(?:\\w+\\s+){0,3}$");
        TARGETED = Pattern.compile("(?i)\\b(?:" + words(names, "cue", "targeted") + ")\\s+(?:(?:"
                + words(names, "cue", "between") + ")\\s+){0,3}$");
        BLAMED_ON = Pattern.compile("(?i)\\b(?:" + words(names, "cue", "blamed-on")
                + ")\\s+(?:\\w+\\s+){0,4}on\\s+(?:the\\s+)?$");
        RuleTable unlisted = RuleTable.load(GroupFinder.class, "unlisted.tsv");
        checkValues(unlisted, "part", Set.of("intro", "connector", "quoted", "generic"));
        for (RuleTable.Row r : unlisted.where("part", "intro")) {
            String p = r.require("pattern");
            if (!p.contains("claimed") && !p.contains("calling") && !p.contains("group")) {
                throw new IllegalStateException(r.where() + ": an intro must contain 'claimed', 'calling' or 'group'");
            }
        }
        String connector = words(unlisted, "part", "connector");
        String name = "(?:[A-Z][\\p{L}'-]+|" + connector + ")";
        UNLISTED = Pattern.compile("(?:" + words(unlisted, "part", "intro") + ")\\s+(?:the\\s+)?(" + name
                + "(?:\\s+" + name + ")*)");
        TRAILING_CONNECTOR = Pattern.compile("\\s+(?:" + connector + ")$");
        String quoted = words(unlisted, "part", "quoted");
        QUOTED = Pattern.compile("\\b(?:" + quoted + ")\\s+[\"“]([A-Z][^\"”]{2,60})[\"”]"
                + "|[\"“]([A-Z][^\"”]{2,60})[\"”]\\s+(?:" + quoted + ")\\b");
        GENERIC = Pattern.compile("(?:the\\s+)?(?:" + words(unlisted, "part", "generic") + ")");

        Set<String> keys = new HashSet<>();
        for (String a : RuleTable.load(GroupFinder.class, "groups-ambiguous.tsv").values("alias")) {
            keys.add(Tokens.key(a));
        }
        AMBIGUOUS = Set.copyOf(keys);
        CONTEXT = Alternatives.WordList.of(String.join("|",
                RuleTable.load(GroupFinder.class, "group-context.tsv").values("pattern")));
        ENGLISH = Set.copyOf(RuleTable.load(GroupFinder.class, "english-names.tsv").values("word"));
        BRAND_WORDS = Set.copyOf(RuleTable.load(GroupFinder.class, "brand-words.tsv").values("word"));
    }

    /** Words that make a group's name part of a company's, brand's or team's name after it (brand-words.tsv). */
    private static final Set<String> BRAND_WORDS;

    /** "Shining Path Outdoor Co.": the name goes on with a capitalised word of a company's, brand's or team's name. */
    private static boolean brandAfter(List<Tokens.Token> tokens, int end) {
        return end < tokens.size() && tokens.get(end).isCapitalized() && BRAND_WORDS.contains(tokens.get(end).folded());
    }

    private final GroupLexicon lexicon;

    /** A finder of the groups in {@code lexicon}. */
    public GroupFinder(GroupLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The role cues other than "unclaimed", ordered by their priority column (see role-cues.tsv). Fails naming the
     * row when a role has two priorities, two roles share one, or "unclaimed" is missing or not read first.
     */
    static List<RoleCue> roleCues(RuleTable t) {
        Map<String, Integer> priority = new LinkedHashMap<>();
        for (RuleTable.Row r : t.rows()) {
            String role = r.require("role");
            try {
                if (!role.equals(UNCLAIMED)) GroupRole.fromWire(role);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(r.where() + ": " + e.getMessage(), e);
            }
            int p;
            try {
                p = Integer.parseInt(r.require("priority"));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(r.where() + ": priority must be a number", e);
            }
            Integer old = priority.putIfAbsent(role, p);
            if (old != null && old != p) {
                throw new IllegalStateException(r.where() + ": role '" + role + "' has priority " + old + " elsewhere");
            }
            boolean taken = priority.entrySet().stream().anyMatch(e -> !e.getKey().equals(role) && e.getValue() == p);
            if (old == null && taken) {
                throw new IllegalStateException(r.where() + ": another role has priority " + p);
            }
        }
        Integer unclaimed = priority.get(UNCLAIMED);
        if (unclaimed == null || priority.values().stream().anyMatch(p -> p < unclaimed)) {
            throw new IllegalStateException(t.source() + ": 'unclaimed' must be there and read first");
        }
        for (RuleTable.Row r : t.where("role", UNCLAIMED)) {
            String p = r.require("pattern");
            if (!p.contains("claim") && !p.contains("taken")) {
                throw new IllegalStateException(r.where() + ": an unclaimed cue must contain 'claim' or 'taken'");
            }
        }
        List<RoleCue> out = new ArrayList<>();
        priority.entrySet().stream().filter(e -> !e.getKey().equals(UNCLAIMED))
                .sorted(Comparator.comparingInt(Map.Entry::getValue))
                .forEach(e -> out.add(new RoleCue(GroupRole.fromWire(e.getKey()),
                        Pattern.compile(roleWords(t.where("role", e.getKey()))))));
        return List.copyOf(out);
    }

    /** The rows' patterns as one case-insensitive regex, each alternative from a word boundary on. */
    private static String roleWords(List<RuleTable.Row> rows) {
        List<String> alternatives = new ArrayList<>();
        for (RuleTable.Row r : rows) alternatives.add("\\b" + r.require("pattern"));
        return "(?i)" + String.join("|", alternatives);
    }

    /** The patterns of the rows whose {@code column} is {@code value}, as alternatives in table order. */
    private static String words(RuleTable t, String column, String value) {
        List<RuleTable.Row> rows = t.where(column, value);
        if (rows.isEmpty()) throw new IllegalStateException(t.source() + ": no row with " + column + " " + value);
        return String.join("|", rows.stream().map(r -> r.require("pattern")).toList());
    }

    private static void checkValues(RuleTable t, String column, Set<String> allowed) {
        for (RuleTable.Row r : t.rows()) {
            if (!allowed.contains(r.require(column))) {
                throw new IllegalStateException(r.where() + ": unknown " + column + " '" + r.get(column) + "'");
            }
        }
    }

    /**
     * A name that may be an ordinary word or another thing's name counts as the group only in a sentence that speaks
     * of armed groups or attacks: a listed ambiguous name, or an acronym of three letters or fewer ("IS", "RAF").
     */
    private static boolean needsContext(String key, String acronym) {
        if (acronym != null) return acronym.chars().filter(Character::isLetter).count() <= 3;
        return AMBIGUOUS.contains(key);
    }

    /** "killed by suspected naxals": a one-word name that is no English word names its group in lower case too. */
    private static boolean lowercaseOk(Tokens.Token t) {
        return t.text().length() >= 5 && !ENGLISH.contains(t.folded());
    }

    /** Groups named in the sentence, longest match first at each place, in order of appearance. */
    public List<GroupMention> find(String sentence) {
        return find(sentence, sentence.toLowerCase(Locale.ROOT));
    }

    /** {@link #find(String)} with the sentence lower-cased (Locale.ROOT) by the caller, who reads it for more. */
    public List<GroupMention> find(String sentence, String low) {
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
                if (written && (!ambiguous || inContext(sentence, low)) && !brandAfter(tokens, i + len)) {
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
                String raw = TRAILING_CONNECTOR.matcher(m.group(1)).replaceAll("").strip();
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
        for (RoleCue c : ROLES) {
            if (c.role() != GroupRole.CLAIMED && c.pattern().matcher(rest).find()) return c.role();
        }
        return GroupRole.MENTIONED;
    }

    /** The role of the first role (by priority) whose words the sentence has, or null. */
    static GroupRole roleOf(String sentence) {
        for (RoleCue c : ROLES) if (c.pattern().matcher(sentence).find()) return c.role();
        return null;
    }

    private static boolean isGenericNoun(String s) {
        return GENERIC.matcher(s.toLowerCase(Locale.ROOT)).matches();
    }

    private static void addOnce(List<GroupMention> out, GroupMention m) {
        for (GroupMention g : out) if (g.name().equals(m.name())) return;
        out.add(m);
    }
}
