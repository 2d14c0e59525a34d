package org.incidex.extract.casualty;

import org.incidex.extract.rules.RuleTable;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads counts written as digits ("1,234", "13") or English words ("thirteen", "forty-two", "two hundred",
 * "a dozen", "two dozen", "half a dozen"). Vague amounts ("dozens", "scores", "hundreds") are not counts and give -1,
 * and so are numbers above {@link #MAX_COUNT}. The number words and their values are the table numbers.tsv, which
 * only this class reads; the scale words (hundred, thousand, dozen) are its grammar. Thread-safe: immutable.
 */
final class Numbers {
    private static final RuleTable TABLE = Tables.load(Numbers.class, "numbers.tsv", "role",
            Set.of("unit", "ten", "article"));
    /** The units and articles ("a", "an": 1) by word. */
    private static final Map<String, Integer> UNITS = values("unit", "article");
    private static final Map<String, Integer> TENS = values("ten");

    /** A regex alternative matching one count as written (digits or words); use with {@link #parse}. */
    static final String NUMBER_REGEX;

    static {
        String unit = Tables.alternatives(TABLE, "role", "unit", "word");
        String tens = tensWords();
        String small = "(?:(?:" + tens + ")(?:[- ](?:" + unit + "))?|" + unit + ")";
        String dozens = String.join("|", TABLE.rows().stream().filter(r -> r.get("dozens").equals("yes"))
                .map(r -> r.require("word")).toList());
        String words = "(?:(?:" + Tables.alternatives(TABLE, "role", "article", "word") + "|" + small
                + ")\\s+(?:hundred|thousand)(?:\\s+(?:and\\s+)?" + small + ")?"
                + "|half\\s+a\\s+dozen|(?:" + dozens + ")\\s+dozen|a\\s+dozen|" + small + ")";
        NUMBER_REGEX = "(?:\\d{1,3}(?:,\\d{3})+|\\d+|" + words + ")";
    }

    /**
     * Largest count read (far above any attack's casualties). Larger numbers are populations, sums of money or typos,
     * not counts; the cap also keeps the sums of a text's figures inside an {@code int} (two figures of
     * 2,147,483,647 once added up to a negative count; found by {@code ExtractorFuzzTest}).
     */
    static final int MAX_COUNT = 100_000;

    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");

    private Numbers() {}

    /** The unit words whose values are {@code min} to {@code max}, as regex alternatives in table order. */
    static String unitWords(int min, int max) {
        return String.join("|", TABLE.where("role", "unit").stream()
                .filter(r -> value(r) >= min && value(r) <= max).map(r -> r.require("word")).toList());
    }

    /** The tens words (twenty to ninety), as regex alternatives in table order. */
    static String tensWords() {
        return Tables.alternatives(TABLE, "role", "ten", "word");
    }

    private static Map<String, Integer> values(String... roles) {
        Map<String, Integer> out = new HashMap<>();
        for (String role : roles) {
            for (RuleTable.Row r : TABLE.where("role", role)) {
                if (out.put(r.require("word"), value(r)) != null) {
                    throw new IllegalStateException(r.where() + ": '" + r.get("word") + "' twice");
                }
            }
        }
        return Map.copyOf(out);
    }

    private static int value(RuleTable.Row r) {
        try {
            return Integer.parseInt(r.require("value"));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(r.where() + ": value '" + r.get("value") + "' is no number", e);
        }
    }

    /** The value of a count matched by {@link #NUMBER_REGEX}, or -1 when it is not a count. */
    static int parse(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (DIGITS.matcher(t).matches()) {
            try {
                int n = Integer.parseInt(t.replace(",", ""));
                return n <= MAX_COUNT ? n : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        if (t.equals("half a dozen")) return 6;
        if (t.endsWith(" dozen") || t.equals("dozen")) {
            int mult = t.equals("dozen") ? 1 : parse(t.substring(0, t.length() - " dozen".length()));
            return mult < 0 ? -1 : mult * 12;
        }
        int total = 0;
        int current = 0;
        for (String w : t.split("[ -]")) {
            if (w.equals("and") || w.isEmpty()) continue;
            Integer u = UNITS.get(w);
            Integer tn = TENS.get(w);
            if (u != null) current += u;
            else if (tn != null) current += tn;
            else if (w.equals("hundred")) current = Math.max(current, 1) * 100;
            else if (w.equals("thousand")) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else return -1;
        }
        return total + current;
    }
}
