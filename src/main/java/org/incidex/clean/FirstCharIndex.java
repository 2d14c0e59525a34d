package org.incidex.clean;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.clean.BoilerplateText.Kind;
import org.incidex.clean.BoilerplateText.Match;

/**
 * The rules of {@link BoilerplateText} of one match (whole, start or end), of one or several kinds, looked up by the
 * character a match begins with: a block is tried against the few rules that can begin with its first character
 * (for an end rule, with the first character of each word of its tail), not against every rule in turn. Which
 * characters a rule can begin with is worked out once, by matching it against each one-character text: a match
 * that can begin with the character reads it to the end ({@link Matcher#hitEnd}); the pattern of each set of rules is
 * compiled when first needed. Characters beyond {@value #FIRST_CHARS} (outside Latin script) are tried against every
 * rule. Thread-safe.
 */
final class FirstCharIndex {
    /** One rule: its kind and its regex, whose flags are {@link #FLAGS}. */
    record Rule(Kind kind, String regex) {
    }

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Characters whose rules are worked out once: Latin letters, digits and signs (controls begin no match). */
    private static final int FIRST_CHARS = 0x180;
    /** The kinds, those that allow the longest blocks first, so the first rule that matches allows the most. */
    private static final List<Kind> BY_LIMIT = List.of(Kind.SIGNOFF, Kind.CAPTION, Kind.LINE, Kind.LABEL);

    private final Match match;
    /** The distinct sets of rules, the last of every rule, and their patterns, compiled when first used. */
    private final List<List<Rule>> sets = new ArrayList<>();
    private final AtomicReferenceArray<Pattern> patterns;
    /** The index in {@link #patterns} of the rules that can begin with a character, by character; -1 where none. */
    private final int[] byChar = new int[FIRST_CHARS];
    private final int all;

    /**
     * @param firstChars the characters each rule can begin with, by rule, filled in as rules are first seen: the
     *                   indexes of one table share it, so each rule is worked out once
     */
    FirstCharIndex(Match match, List<Rule> rules, Map<Rule, BitSet> firstChars) {
        this.match = match;
        List<BitSet> starts = new ArrayList<>();
        for (Rule r : rules) {
            starts.add(firstChars.computeIfAbsent(r, x -> firstChars(Pattern.compile(source(List.of(x)), FLAGS))));
        }
        Map<BitSet, Integer> bySet = new HashMap<>();
        for (int c = 0; c < FIRST_CHARS; c++) {
            BitSet set = new BitSet();
            for (int i = 0; i < rules.size(); i++) {
                if (starts.get(i).get(c)) {
                    set.set(i);
                }
            }
            byChar[c] = set.isEmpty() ? -1 : bySet.computeIfAbsent(set, s -> {
                sets.add(pick(rules, s));
                return sets.size() - 1;
            });
        }
        if (rules.isEmpty()) {
            this.all = -1;
        } else {
            sets.add(rules);
            this.all = sets.size() - 1;
        }
        this.patterns = new AtomicReferenceArray<>(sets.size());
    }

    private Pattern pattern(int set) {
        Pattern p = patterns.get(set);
        if (p == null) {
            // Two threads may both compile it; either pattern will do.
            p = Pattern.compile(source(sets.get(set)), FLAGS);
            patterns.set(set, p);
        }
        return p;
    }

    private static List<Rule> pick(List<Rule> rules, BitSet set) {
        List<Rule> out = new ArrayList<>();
        set.stream().forEach(i -> out.add(rules.get(i)));
        return out;
    }

    /** One pattern of the rules, a named group per kind, the kinds that allow longer blocks first. */
    private String source(List<Rule> rules) {
        List<String> groups = new ArrayList<>();
        for (Kind k : BY_LIMIT) {
            List<String> alternatives = new ArrayList<>();
            for (Rule r : rules) {
                if (r.kind() == k) {
                    alternatives.add(r.regex());
                }
            }
            if (!alternatives.isEmpty()) {
                String alt = "(?:" + String.join("|", alternatives) + ")";
                if (match == Match.END) {
                    // A credit closes a caption without a full stop ("... Photograph: AFP"); other lines may end
                    // with one.
                    alt += k == Kind.CAPTION ? "[\\s)\\]]*$" : "[\\s.!)\\]”\"]*$";
                }
                groups.add("(?<" + k.name() + ">" + alt + ")");
            }
        }
        return String.join("|", groups);
    }

    /** The characters a match of {@code p} can begin with, read after ". " (so that a rule may look behind). */
    private static BitSet firstChars(Pattern p) {
        BitSet may = new BitSet(FIRST_CHARS);
        for (char c = ' '; c < FIRST_CHARS; c++) {
            if (Character.isISOControl(c)) {
                continue;
            }
            Matcher m = p.matcher(". " + c);
            m.region(2, 3).useTransparentBounds(true);
            if (m.lookingAt() || m.hitEnd()) {
                may.set(c);
            }
        }
        return may;
    }

    /**
     * The kind of the first rule that matches {@code text} (the whole of it, its start, or an end that begins at a
     * word or a sign) and allows a block of {@code blockLength}; null when none does.
     */
    Kind find(String text, int blockLength) {
        if (all < 0 || text.isEmpty()) {
            return null;
        }
        if (match != Match.END) {
            Matcher m = matcher(text, 0, null);
            if (m == null || !(match == Match.WHOLE ? m.matches() : m.lookingAt())) {
                return null;
            }
            Kind k = kind(m);
            return blockLength <= k.maxBlock ? k : null;
        }
        Matcher[] matchers = new Matcher[sets.size()];
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            Matcher m = matcher(text, i, matchers);
            if (m != null && m.lookingAt()) {
                Kind k = kind(m);
                if (blockLength <= k.maxBlock) {
                    return k;
                }
            }
        }
        return null;
    }

    /**
     * A matcher of the rules that can begin at {@code at}, on {@code text} from there, reused from {@code matchers}
     * (by pattern, when given) when the text has had one; null when no rule can begin there.
     */
    private Matcher matcher(String text, int at, Matcher[] matchers) {
        char c = text.charAt(at);
        int p = c < FIRST_CHARS ? byChar[c] : all;
        if (p < 0) {
            return null;
        }
        Matcher m = matchers == null ? null : matchers[p];
        if (m == null) {
            m = pattern(p).matcher(text).useTransparentBounds(true);
            if (matchers != null) {
                matchers[p] = m;
            }
        }
        return m.region(at, text.length());
    }

    private static Kind kind(Matcher m) {
        Map<String, Integer> groups = m.pattern().namedGroups();
        for (Kind k : BY_LIMIT) {
            Integer g = groups.get(k.name());
            if (g != null && m.group(g) != null) {
                return k;
            }
        }
        throw new IllegalStateException("a match without a kind: " + m.pattern());
    }
}
