package org.incidex.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Word-list patterns that scan fast. Java's regex engine tries every alternative of {@code \b(?:a|b|…)\b} at every
 * word boundary; two cheap tests in front of it skip most of that work without changing what matches:
 * <ul>
 *   <li>a look-ahead for the letters the alternatives can begin with ({@link #lookahead}), which rejects the
 *       boundaries where none can match at the cost of one character test;</li>
 *   <li>the literal stems the alternatives begin with ({@link #stems}): a text whose lower-cased form contains none
 *       of them cannot match, which String.indexOf tells far faster than a regex scan ({@link WordList}).</li>
 * </ul>
 * Both are derived only when every alternative begins with a literal letter, or with a group of alternatives that
 * does; otherwise the pattern is used as written. Stateless, thread-safe.
 */
public final class Alternatives {
    private Alternatives() {
    }

    /** {@code \b(?:alternatives)\b}, case-insensitive, with the first-letter look-ahead when it can be derived. */
    public static Pattern words(String alternatives) {
        return Pattern.compile("\\b" + lookahead(alternatives) + "(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** {@code (?=[…])} for the letters the alternatives can begin with, or "" when they cannot be derived. */
    public static String lookahead(String alternatives) {
        Set<Character> first = firstLetters(alternatives);
        if (first == null) return "";
        StringBuilder sb = new StringBuilder("(?=[");
        for (char c : first) sb.append(c);
        return sb.append("])").toString();
    }

    /** The lower-case letters the alternatives can begin with (their stems' first letters), or null. */
    public static Set<Character> firstLetters(String alternatives) {
        List<String> stems = stems(alternatives);
        if (stems == null) return null;
        Set<Character> out = new TreeSet<>();
        for (String stem : stems) out.add(stem.charAt(0));
        return out;
    }

    /**
     * The lower-cased literal text every alternative begins with, up to its first operator (a letter made optional by
     * ?, * or {} is left out), or null when an alternative begins with no literal letter.
     */
    public static List<String> stems(String alternatives) {
        List<String> out = new ArrayList<>();
        for (String alt : topLevel(alternatives)) {
            if (alt.startsWith("(?:")) {
                int close = scan(alt, 1, (char) 0);
                if (close < 0 || close + 1 < alt.length() && "?*{".indexOf(alt.charAt(close + 1)) >= 0) return null;
                List<String> inner = stems(alt.substring(3, close));
                if (inner == null) return null;
                out.addAll(inner);
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < alt.length(); i++) {
                char c = alt.charAt(i);
                if (!(Character.isLetter(c) || c == ' ' || c == '\'' || c == '-')) break;
                if (i + 1 < alt.length() && "?*{".indexOf(alt.charAt(i + 1)) >= 0) break;
                sb.append(Character.toLowerCase(c));
            }
            if (sb.isEmpty() || !Character.isLetter(sb.charAt(0))) return null;
            out.add(sb.toString());
        }
        return out;
    }

    /**
     * The characters a match of {@code alternatives} can begin with, lower-cased, digits for an alternative that
     * opens with {@code \\d}, or null when an alternative opens with anything else (an optional part, a class, a
     * look-around).
     */
    public static Set<Character> firstChars(String alternatives) {
        Set<Character> out = new TreeSet<>();
        for (String alt : topLevel(alternatives)) {
            if (alt.startsWith("(?:") || alt.startsWith("(?<") && !alt.startsWith("(?<=") && !alt.startsWith("(?<!")) {
                int close = scan(alt, 1, (char) 0);
                if (close < 0 || close + 1 < alt.length() && "?*{".indexOf(alt.charAt(close + 1)) >= 0) return null;
                int open = alt.startsWith("(?:") ? 3 : alt.indexOf('>') + 1;
                Set<Character> inner = firstChars(alt.substring(open, close));
                if (inner == null) return null;
                out.addAll(inner);
            } else if (alt.startsWith("\\d")) {
                for (char d = '0'; d <= '9'; d++) out.add(d);
            } else if (!alt.isEmpty() && Character.isLetter(alt.charAt(0))
                    && !(alt.length() > 1 && "?*{".indexOf(alt.charAt(1)) >= 0)) {
                out.add(Character.toLowerCase(alt.charAt(0)));
            } else {
                return null;
            }
        }
        return out;
    }

    /** {@code (?=[…])} for {@link #firstChars} of all of {@code alternatives}, or "" when one of them has none. */
    public static String startLookahead(String... alternatives) {
        Set<Character> all = new TreeSet<>();
        for (String a : alternatives) {
            Set<Character> first = firstChars(a);
            if (first == null) return "";
            all.addAll(first);
        }
        StringBuilder sb = new StringBuilder("(?=[");
        for (char c : all) sb.append(c);
        return sb.append("])").toString();
    }

    /** True when the lower-cased {@code low} contains any of {@code stems}. */
    public static boolean containsAny(String low, String[] stems) {
        for (String stem : stems) if (low.contains(stem)) return true;
        return false;
    }

    /** The alternatives separated by '|' outside any parentheses or character class. */
    private static List<String> topLevel(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int bar = scan(s, start, '|'); bar >= 0; bar = scan(s, start, '|')) {
            out.add(s.substring(start, bar));
            start = bar + 1;
        }
        out.add(s.substring(start));
        return out;
    }

    /**
     * The index of the first {@code stop} character at depth 0 from {@code from} on (escapes and character classes
     * skipped), or -1. With {@code stop} 0 it finds the parenthesis that closes one opened before {@code from}.
     */
    private static int scan(String s, int from, char stop) {
        int depth = stop == 0 ? 1 : 0;
        boolean inClass = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth == 0 && stop == 0) return i;
            } else if (c == stop && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What every match of {@code alternatives} must contain besides its stem, as groups of which the lower-cased text
     * must contain at least one: the literal runs of three letters or more and the groups of alternatives (by their
     * stems) that the pattern requires, in order. "(?:a|the) (?:man|woman) armed with" requires "man" or "woman",
     * and "armed with". Only a pattern of one alternative is read; optional parts, classes, escapes and look-arounds
     * require nothing. Empty when nothing more can be said.
     */
    public static String[][] requirements(String alternatives) {
        List<String> alts = topLevel(alternatives);
        if (alts.size() != 1) return new String[0][];
        String alt = alts.get(0);
        List<String[]> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < alt.length()) {
            char c = alt.charAt(i);
            int next;
            boolean literal = false;
            String[] group = null;
            if (c == '\\') {
                next = i + 2;
            } else if (c == '[') {
                next = i + 1;
                while (next < alt.length() && alt.charAt(next) != ']') next += alt.charAt(next) == '\\' ? 2 : 1;
                next++;
            } else if (c == '(') {
                int close = scan(alt, i + 1, (char) 0);
                if (close < 0) return new String[0][];
                String inner = alt.substring(i + 1, close);
                if (inner.startsWith("?:")) inner = inner.substring(2);
                else if (inner.startsWith("?<") && !inner.startsWith("?<=") && !inner.startsWith("?<!")) {
                    inner = inner.substring(inner.indexOf('>') + 1);
                } else if (inner.startsWith("?")) inner = null;   // a look-around or a flag
                if (inner != null) {
                    List<String> stems = stems(inner);
                    if (stems != null && stems.stream().allMatch(x -> letters(x) >= 3)) {
                        group = stems.toArray(String[]::new);
                    }
                }
                next = close + 1;
            } else {
                literal = Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '-';
                next = i + 1;
            }
            boolean optional = next < alt.length() && "?*{".indexOf(alt.charAt(next)) >= 0;
            if (literal && !optional) {
                run.append(Character.toLowerCase(c));
            } else {
                flush(run, out);
                if (group != null && !optional) out.add(group);
            }
            while (next < alt.length() && "?*+".indexOf(alt.charAt(next)) >= 0) next++;
            if (next < alt.length() && alt.charAt(next) == '{') next = alt.indexOf('}', next) + 1;
            if (next <= 0) return new String[0][];
            if (next > i + 1 && literal) flush(run, out);   // "s+": the run ends with a repeated letter
            i = next;
        }
        flush(run, out);
        return out.toArray(String[][]::new);
    }

    private static void flush(StringBuilder run, List<String[]> out) {
        if (letters(run) >= 3) out.add(new String[] {run.toString()});
        run.setLength(0);
    }

    private static int letters(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }

    /**
     * A word list's pattern ({@link #words}) with the literal stems its alternatives begin with ("hijack" for
     * "hijack(?:ed|ing)?", "police" for "police(?:men)?") and what else every match contains ({@link #requirements}).
     * Immutable, thread-safe.
     */
    public record WordList(Pattern pattern, String[] stems, String[][] required) {
        public static WordList of(String alternatives) {
            List<String> stems = Alternatives.stems(alternatives);
            return new WordList(words(alternatives), stems == null ? null : stems.toArray(String[]::new),
                    requirements(alternatives));
        }

        /** Whether the pattern finds a match in {@code text}; {@code low} is {@code text} lower-cased (Locale.ROOT). */
        public boolean foundIn(String text, String low) {
            return mayContain(low) && pattern.matcher(text).find();
        }

        /** False when {@code low} (lower-cased, Locale.ROOT) lacks every stem or something every match contains. */
        public boolean mayContain(String low) {
            return (stems == null || containsAny(low, stems)) && mayMatch(low);
        }

        /** False when {@code low} (a text lower-cased, Locale.ROOT) lacks something every match contains. */
        public boolean mayMatch(String low) {
            for (String[] any : required) if (!containsAny(low, any)) return false;
            return true;
        }
    }
}
