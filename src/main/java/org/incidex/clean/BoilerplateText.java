package org.incidex.clean;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.incidex.clean.internal.TsvTable;

/**
 * Text among an article's blocks that is not the article, by its words: captions and photo credits, sign-offs and
 * desk credits, labels of boxes of links, prompts and advertisement labels. The phrases are data
 * ({@code boilerplate-text.tsv} beside this class, whose header states what each kind, match and zone means); this
 * class states how they are used: {@link #filter} drops such blocks from a page's text, {@link #isCaption} and
 * {@link #isLabel} let {@link ArticleFurniture} drop caption elements and labelled boxes of links.
 *
 * <p>Every rule is anchored to a whole block, its start or its end, and a block longer than its kind allows is never
 * dropped, so an article paragraph that merely uses a word ("related", "photograph", "desk") stays. Immutable and
 * thread-safe.
 */
final class BoilerplateText {
    /** What a row describes. */
    enum Kind {
        CAPTION(300), SIGNOFF(400), LABEL(60), LINE(250);

        /** The longest block the kind's rules apply to. */
        final int maxBlock;

        Kind(int maxBlock) {
            this.maxBlock = maxBlock;
        }
    }

    /** How a rule must match a block's text. */
    enum Match { WHOLE, START, END }

    /** Where in the text a rule applies: anywhere, among the first or among the last blocks too. */
    enum Zone { ANY, FIRST, LAST }

    /** Blocks at the start of the text where rules of zone {@code first} apply. */
    static final int FIRST_BLOCKS = 3;
    /** Blocks at the end of the text where rules of zone {@code last} apply. */
    static final int LAST_BLOCKS = 6;
    /** The end of a block that end rules and credits are looked for in: credits and closing lines are short. */
    private static final int TAIL = 120;
    /** The longest caption element whose text is tested at all. */
    private static final int MAX_CAPTION_ELEMENT = 600;
    private static final int FLAGS = FirstCharIndex.FLAGS;
    private static final String NAME = "(?-i:\\p{Lu})[\\p{L}\\p{M}.'’-]*";
    /** What {name} in a pattern stands for: one to four capitalised words. */
    private static final String NAMES = NAME + "(?: " + NAME + "){0,3}";
    /** What {stamp} stands for: the rest of a time stamp, which ends with a digit, a zone, am/pm or "ago". */
    private static final String STAMP = "[\\p{L}\\p{N} ,.:/+-]{0,60}(?:\\d|gmt|utc|[ap]\\.?m|ago|e[sd]?t|bst|cet)";
    private static final String JOIN = "(?:\\s*/\\s*|\\s+via\\s+|\\s+[-–]\\s+)";
    private static final String LOOSE_JOIN = "(?:\\s*/\\s*|\\s+via\\s+|\\s+[-–]\\s+|\\s+for\\s+)";

    /** The longest text that may be an agency's name alone. */
    private static final int MAX_AGENCY = 30;
    private static final Pattern CREDIT_WORD = Pattern.compile("(?<![\\p{L}])[Cc]redits?(?![\\p{Ll}])");

    /** A photographer's name, a slash and an outlet, the whole text ("Jane Doe/AOL"): a credit with no agency. */
    private static final Pattern PERSON_SLASH_OUTLET = Pattern.compile(
            NAME + "(?: " + NAME + "){1,3}\\s*/\\s*" + NAME + "(?: " + NAME + "){0,3}");

    private static volatile BoilerplateText bundled;

    /** The rules by zone and match. */
    private final Map<Zone, Map<Match, List<FirstCharIndex.Rule>>> rules;
    /** The characters each rule can begin with, shared by the indexes. */
    private final Map<FirstCharIndex.Rule, BitSet> firstChars = new ConcurrentHashMap<>();
    /** Per zone and match, the rules of zone any and of that zone, of every kind: what {@link #filter} tries. */
    private final Map<Zone, Map<Match, FirstCharIndex>> allKinds = new EnumMap<>(Zone.class);
    /** Per kind, match and zone, the rules of zone any and of that zone; built when first used. */
    private final AtomicReferenceArray<FirstCharIndex> byKind = new AtomicReferenceArray<>(
            Kind.values().length * Match.values().length * Zone.values().length);
    /** A credit that is the whole text, and one that ends it; the same, looser, for caption elements. */
    private final Pattern wholeCredit;
    private final Pattern endCredit;
    private final Pattern looseEndCredit;
    private final Pattern agencyWord;

    private BoilerplateText(Map<Zone, Map<Match, List<FirstCharIndex.Rule>>> rules, String agencies) {
        this.rules = rules;
        for (Zone z : Zone.values()) {
            for (Match m : Match.values()) {
                allKinds.computeIfAbsent(z, x -> new EnumMap<>(Match.class))
                        .put(m, new FirstCharIndex(m, rules(m, z, null), firstChars));
            }
        }
        String agency = "(?:" + agencies + ")(?![\\p{L}\\p{M}])";
        String unit = "(?:" + agency + "|" + NAME + "(?: " + NAME + "){0,3})";
        String chain = unit + "(?:" + JOIN + unit + "){0,4}";
        this.wholeCredit = Pattern.compile("(?:photo(?:graph)?\\s*:?\\s*)?" + chain, FLAGS);
        this.endCredit = Pattern.compile("(?:[(\\[]\\s*" + chain + "\\s*[)\\]]|" + chain + ")\\s*$", FLAGS);
        this.looseEndCredit = Pattern.compile(unit + "(?:" + LOOSE_JOIN + unit + "){0,4}[\\s)\\]]*$", FLAGS);
        this.agencyWord = Pattern.compile("(?<![\\p{L}\\p{M}])" + agency, FLAGS);
    }

    /** The bundled table. */
    static BoilerplateText bundled() {
        BoilerplateText b = bundled;
        if (b == null) {
            synchronized (BoilerplateText.class) {
                b = bundled;
                if (b == null) {
                    bundled = b = of(TsvTable.load(BoilerplateText.class, "boilerplate-text.tsv"));
                }
            }
        }
        return b;
    }

    /**
     * Rules from a table with the columns {@code kind, match, zone, pattern}.
     *
     * @throws IllegalStateException for a row with an unknown kind, match or zone, a pattern that does not compile
     *                               or matches empty text; the message names the file and line
     */
    static BoilerplateText of(TsvTable table) {
        Map<Zone, Map<Match, List<FirstCharIndex.Rule>>> rules = new EnumMap<>(Zone.class);
        List<String> agencies = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            String kind = row.require("kind").toLowerCase(Locale.ROOT);
            String pattern = row.require("pattern").replace("{name}", NAMES).replace("{stamp}", STAMP);
            check(row, pattern);
            if (kind.equals("agency")) {
                if (!row.get("match").isEmpty() || !row.get("zone").isEmpty()) {
                    throw new IllegalStateException(row.where() + ": an agency row has no match or zone");
                }
                agencies.add(pattern);
                continue;
            }
            Kind k = parse(Kind.class, kind, row, "kind");
            Match m = parse(Match.class, row.require("match"), row, "match");
            Zone z = parse(Zone.class, row.require("zone"), row, "zone");
            rules.computeIfAbsent(z, x -> new EnumMap<>(Match.class)).computeIfAbsent(m, x -> new ArrayList<>())
                    .add(new FirstCharIndex.Rule(k, pattern));
        }
        if (agencies.isEmpty()) {
            throw new IllegalStateException(table.source() + ": no agency rows");
        }
        return new BoilerplateText(rules, String.join("|", agencies));
    }

    private FirstCharIndex index(Kind kind, Match m, Zone zone) {
        int i = (kind.ordinal() * Match.values().length + m.ordinal()) * Zone.values().length + zone.ordinal();
        FirstCharIndex index = byKind.get(i);
        if (index == null) {
            // Two threads may both build it; either will do.
            index = new FirstCharIndex(m, rules(m, zone, kind), firstChars);
            byKind.set(i, index);
        }
        return index;
    }

    /** The rules of zone any and of {@code zone} of one match, of every kind or of one. */
    private List<FirstCharIndex.Rule> rules(Match m, Zone zone, Kind kind) {
        List<FirstCharIndex.Rule> these = new ArrayList<>(
                rules.getOrDefault(Zone.ANY, Map.of()).getOrDefault(m, List.of()));
        if (zone != Zone.ANY) {
            these.addAll(rules.getOrDefault(zone, Map.of()).getOrDefault(m, List.of()));
        }
        return kind == null ? these : these.stream().filter(r -> r.kind() == kind).toList();
    }

    private static void check(TsvTable.Row row, String pattern) {
        Pattern p;
        try {
            p = Pattern.compile(pattern, FLAGS);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(row.where() + ": pattern does not compile: " + e.getDescription());
        }
        if (p.matcher("").matches()) {
            throw new IllegalStateException(row.where() + ": pattern matches empty text: " + pattern);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, TsvTable.Row row, String column) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(row.where() + ": unknown " + column + " '" + value + "'");
        }
    }

    /** The block less its outer brackets, dashes, bullets, colons and full stops. */
    static String core(String block) {
        int start = 0;
        int end = block.length();
        while (start < end && isOuter(block.charAt(start), true)) {
            start++;
        }
        while (end > start && isOuter(block.charAt(end - 1), false)) {
            end--;
        }
        return block.substring(start, end);
    }

    private static boolean isOuter(char c, boolean leading) {
        if (Character.isLetterOrDigit(c)) {
            return false;
        }
        return switch (c) {
            case ':', '|', '•', '·', '*', '›', '»' -> true;
            case '(', '[', '>' -> leading;
            case ')', ']', '.', ',', ';', '!' -> !leading;
            default -> Character.isWhitespace(c) || c == '\u00A0' || Character.getType(c) == Character.DASH_PUNCTUATION;
        };
    }

    /**
     * Whether a block is of {@code kind} by the rules of zone any and of {@code zone}.
     *
     * @param zone {@link Zone#FIRST} for one of the first {@value #FIRST_BLOCKS} blocks, {@link Zone#LAST} for one of
     *             the last {@value #LAST_BLOCKS}, else {@link Zone#ANY}
     */
    boolean is(Kind kind, String block, Zone zone) {
        if (block.length() > kind.maxBlock) {
            return false;
        }
        String core = core(block);
        for (Match m : Match.values()) {
            if (index(kind, m, zone).find(m == Match.END ? tail(block) : core, block.length()) != null) {
                return true;
            }
        }
        return kind == Kind.CAPTION && isCredit(block, core, false);
    }

    /** Whether a block is of any kind by the rules of zone any and of {@code zone}. */
    private boolean isAnyKind(String block, Zone zone) {
        if (block.length() > Kind.SIGNOFF.maxBlock) {
            return false;
        }
        String core = core(block);
        for (Map.Entry<Match, FirstCharIndex> e : allKinds.get(zone).entrySet()) {
            String text = e.getKey() == Match.END ? tail(block) : core;
            if (e.getValue().find(text, block.length()) != null) {
                return true;
            }
        }
        return block.length() <= Kind.CAPTION.maxBlock && isCredit(block, core, false);
    }

    /** A credit of several names or agencies, not a heading of capitalised words that holds one ("Reuters Poll"). */
    private static boolean isJoined(String core) {
        return core.indexOf('/') >= 0 || core.contains(" - ") || core.contains(" – ")
                || core.toLowerCase(Locale.ROOT).contains(" via ");
    }

    /** Whether a text's end may hold a credit joined by "/" or "via" or in brackets: the cheap test first. */
    private static boolean mayEndInCredit(String tail) {
        return tail.indexOf('/') >= 0 || tail.endsWith(")") || tail.endsWith("]") || tail.contains(" via ");
    }

    /** The end of a block, where an end rule must match (a credit or a closing line is short). */
    private static String tail(String block) {
        return block.length() <= TAIL ? block : block.substring(block.length() - TAIL);
    }

    /**
     * A photo credit: the whole text ("Benoit Tessier/Reuters", "AFP via Getty Images"), or its end when joined by
     * "/" or "via" or in brackets ("... (AP Photo/Jane Doe)"); {@code loose} (a caption element's text) also takes an
     * agency's name alone or joined by "for" at the end ("... Getty Images", "Jane Doe for The New York Times").
     */
    private boolean isCredit(String text, String core, boolean loose) {
        if (core.length() <= 80) {
            // An agency alone, or names joined by "/", "via" or " - " of which one is an agency or that read as a
            // person and an outlet; never capitalised words that hold an agency's name ("Reuters Poll").
            boolean credit = isJoined(core)
                    ? wholeCredit.matcher(core).matches()
                            && (agencyWord.matcher(core).find() || PERSON_SLASH_OUTLET.matcher(core).matches())
                    : core.length() <= MAX_AGENCY && agencyWord.matcher(core).matches();
            if (credit) {
                return true;
            }
        }
        String tail = tail(text);
        Matcher end = endCredit.matcher(tail);
        if (mayEndInCredit(tail) && end.find() && agencyWord.matcher(end.group()).find()) {
            String credit = end.group();
            if (credit.contains("/") || credit.toLowerCase(Locale.ROOT).contains(" via ")
                    || credit.startsWith("(") || credit.startsWith("[")) {
                return true;
            }
        }
        if (loose) {
            Matcher m = looseEndCredit.matcher(tail);
            return m.find() && agencyWord.matcher(m.group()).find();
        }
        return false;
    }

    /**
     * Whether the text of a caption element (a {@code figcaption}, or an element whose class or id says caption or
     * credit) is a caption or credit to leave out: a caption rule matches it, or it carries a credit.
     */
    boolean isCaption(String text) {
        String t = org.incidex.clean.internal.Text.normalize(text);
        if (t.isEmpty() || t.length() > MAX_CAPTION_ELEMENT) {
            return false;
        }
        if (isCredit(t, core(t), true) || CREDIT_WORD.matcher(t).find()) {
            return true;
        }
        String head = t.length() > Kind.CAPTION.maxBlock ? t.substring(0, Kind.CAPTION.maxBlock) : t;
        return is(Kind.CAPTION, head, Zone.ANY) || is(Kind.CAPTION, tail(t), Zone.ANY);
    }

    /** Whether a short text is the label of a box that is not the article ("Related stories", "Most read"). */
    boolean isLabel(String text) {
        return is(Kind.LABEL, org.incidex.clean.internal.Text.normalize(text), Zone.ANY);
    }

    /**
     * The blocks less captions, labels, lines and sign-offs, by the rules of zone any, then by those of zones first
     * and last among the first and last blocks of what is left; a bracketed sign-off closing one of the last blocks
     * ("... said. (Reporting by Jane Doe; Editing by John Roe)") is cut from it.
     */
    List<String> filter(List<String> blocks) {
        List<String> kept = new ArrayList<>(blocks.size());
        for (String b : blocks) {
            if (!isAnyKind(b, Zone.ANY)) {
                kept.add(b);
            }
        }
        List<String> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            String b = kept.get(i);
            boolean last = i >= kept.size() - LAST_BLOCKS;
            if ((i < FIRST_BLOCKS && isAnyKind(b, Zone.FIRST)) || (last && isAnyKind(b, Zone.LAST))) {
                continue;
            }
            String cut = last ? withoutClosingSignoff(b) : b;
            if (!cut.isEmpty()) {
                out.add(cut);
            }
        }
        return out;
    }

    /** The block less a bracketed sign-off that closes it, or the block. */
    String withoutClosingSignoff(String block) {
        if (!block.endsWith(")")) {
            return block;
        }
        int open = block.lastIndexOf('(');
        if (open <= 0 || block.length() - open > Kind.SIGNOFF.maxBlock) {
            return block;
        }
        String inside = block.substring(open + 1, block.length() - 1);
        if (inside.indexOf('(') >= 0 || !is(Kind.SIGNOFF, inside, Zone.LAST)) {
            return block;
        }
        return block.substring(0, open).strip();
    }
}
