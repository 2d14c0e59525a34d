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
     * A word list's pattern ({@link #words}) with the literal stems its alternatives begin with ("hijack" for
     * "hijack(?:ed|ing)?", "police" for "police(?:men)?"). Immutable, thread-safe.
     */
    public record WordList(Pattern pattern, String[] stems) {
        public static WordList of(String alternatives) {
            List<String> stems = Alternatives.stems(alternatives);
            return new WordList(words(alternatives), stems == null ? null : stems.toArray(String[]::new));
        }

        /** Whether the pattern finds a match in {@code text}; {@code low} is {@code text} lower-cased (Locale.ROOT). */
        public boolean foundIn(String text, String low) {
            return (stems == null || containsAny(low, stems)) && pattern.matcher(text).find();
        }
    }
}
