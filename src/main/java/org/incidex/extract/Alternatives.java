package org.incidex.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Word-list patterns that scan fast: {@code \b(?:a|b|…)\b}, case-insensitive, with a look-ahead for the letters the
 * alternatives can begin with. Java's regex engine tries every alternative at every word boundary; the look-ahead
 * rejects the boundaries where none can match (the ends of words, words starting with another letter) at the cost of
 * one character test, which makes a scan of a long sentence several times faster. The look-ahead is only added when
 * every alternative begins with a letter or a group of alternatives that does, so the pattern matches exactly what it
 * would without it. Stateless, thread-safe.
 */
final class Alternatives {
    private Alternatives() {
    }

    /** {@code \b(?:alternatives)\b}, case-insensitive, with the first-letter look-ahead when it can be computed. */
    static Pattern words(String alternatives) {
        Set<Character> first = firstLetters(alternatives);
        String ahead = first == null ? "" : "(?=[" + letters(first) + "])";
        return Pattern.compile("\\b" + ahead + "(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** The lower-case letters the alternatives can begin with, or null when one begins with anything else. */
    static Set<Character> firstLetters(String alternatives) {
        Set<Character> out = new TreeSet<>();
        for (String alt : topLevel(alternatives)) {
            if (alt.isEmpty()) return null;
            char c = alt.charAt(0);
            if (Character.isLetter(c)) {
                // "a?" or "a*" may be skipped, so the letter after it could come first
                if (alt.length() > 1 && "?*{".indexOf(alt.charAt(1)) >= 0) return null;
                out.add(Character.toLowerCase(c));
            } else if (alt.startsWith("(?:")) {
                int close = closing(alt, 0);
                if (close < 0 || close + 1 < alt.length() && "?*{".indexOf(alt.charAt(close + 1)) >= 0) return null;
                Set<Character> inner = firstLetters(alt.substring(3, close));
                if (inner == null) return null;
                out.addAll(inner);
            } else {
                return null;
            }
        }
        return out;
    }

    /** The alternatives separated by '|' outside any parentheses or character class. */
    private static List<String> topLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        boolean inClass = false;
        for (int i = 0; i < s.length(); i++) {
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
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int closing(String s, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String letters(Set<Character> first) {
        StringBuilder sb = new StringBuilder();
        for (char c : first) sb.append(c);
        return sb.toString();
    }

    /**
     * A word list's pattern ({@link #words}) with the literal stems its alternatives begin with ("hijack" for
     * "hijack(?:ed|ing)?", "police" for "police(?:men)?"): a text whose lower-cased form contains none of them cannot
     * match, which String.indexOf tells far faster than a regex scan. Without stems for every alternative, the pattern
     * alone decides. Immutable, thread-safe.
     */
    record WordList(Pattern pattern, String[] stems) {
        static WordList of(String alternatives) {
            List<String> stems = Alternatives.stems(alternatives);
            return new WordList(words(alternatives), stems == null ? null : stems.toArray(String[]::new));
        }

        /** Whether the pattern finds a match in {@code text}; {@code low} is {@code text} lower-cased (Locale.ROOT). */
        boolean foundIn(String text, String low) {
            if (stems != null) {
                boolean any = false;
                for (String stem : stems) {
                    if (low.contains(stem)) {
                        any = true;
                        break;
                    }
                }
                if (!any) return false;
            }
            return pattern.matcher(text).find();
        }
    }

    /**
     * The lower-cased literal text every alternative begins with, up to its first operator (a letter made optional by
     * ?, * or {} is left out), or null when an alternative begins with no literal letter.
     */
    static List<String> stems(String alternatives) {
        List<String> out = new ArrayList<>();
        for (String alt : topLevel(alternatives)) {
            if (alt.startsWith("(?:")) {
                int close = closing(alt, 0);
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
}
