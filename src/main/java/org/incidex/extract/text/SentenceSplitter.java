package org.incidex.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits article text into sentences with offsets. Paragraph breaks (blank lines) always end a sentence; inside a
 * paragraph a sentence ends at '.', '!' or '?' (optionally followed by a closing quote or bracket) followed by white
 * space and an upper-case letter, a digit or an opening quote — except after common abbreviations ("Mr.", "Nov.",
 * "U.S.") and single initials. Thread-safe: stateless.
 */
public final class SentenceSplitter {
    /** Abbreviations whose full stop ends no sentence (abbreviations.tsv). */
    private static final Set<String> ABBREVIATIONS = Set.copyOf(
            org.incidex.extract.rules.RuleTable.load(SentenceSplitter.class, "abbreviations.tsv").values("word"));

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int paraEnd = text.indexOf("\n\n", i);
            if (paraEnd < 0) paraEnd = n;
            splitParagraph(text, i, paraEnd, paragraph, out);
            paragraph++;
            i = paraEnd;
            while (i < n && Character.isWhitespace(text.charAt(i))) i++;
        }
        return out;
    }

    private void splitParagraph(String text, int from, int to, int paragraph, List<Sentence> out) {
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < to && isTimestampLine(text, start, i)) {
                add(text, start, i, paragraph, out);
                start = skipSpace(text, i + 1, to);
                i = start;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?') && isBoundary(text, start, i, to)) {
                int end = i + 1;
                while (end < to && "\"'\u201D\u2019)]".indexOf(text.charAt(end)) >= 0) end++;
                add(text, start, end, paragraph, out);
                start = skipSpace(text, end, to);
                i = start;
                continue;
            }
            i++;
        }
        if (start < to) add(text, start, to, paragraph, out);
    }

    /** A short line such as "10:42 GMT" or "Updated 3 hours ago" before a line break ends on its own. */
    private static boolean isTimestampLine(String text, int start, int nl) {
        return nl - start <= 40;
    }

    private static boolean isBoundary(String text, int start, int dot, int to) {
        int j = dot + 1;
        while (j < to && "\"'\u201D\u2019)]".indexOf(text.charAt(j)) >= 0) j++;
        if (j >= to) return true;
        if (!Character.isWhitespace(text.charAt(j))) return false;
        while (j < to && Character.isWhitespace(text.charAt(j))) j++;
        if (j >= to) return true;
        char next = text.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\u201C' || next == '\'')) {
            return false;
        }
        if (text.charAt(dot) != '.') return true;
        int w = dot - 1;
        while (w >= start && Character.isLetter(text.charAt(w))) w--;
        String word = text.substring(w + 1, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false; // initial or U.S.
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Sentence(out.size(), paragraph, start, end, text.substring(start, end)));
    }
}
