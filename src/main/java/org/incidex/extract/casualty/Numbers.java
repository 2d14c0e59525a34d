package org.incidex.extract.casualty;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads counts written as digits ("1,234", "13") or English words ("thirteen", "forty-two", "two hundred",
 * "a dozen", "two dozen", "half a dozen"). Vague amounts ("dozens", "scores", "hundreds") are not counts and give -1,
 * and so are numbers above {@link #MAX_COUNT}. Thread-safe: stateless.
 */
final class Numbers {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("a", 1), Map.entry("an", 1));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    /** A regex alternative matching one count as written (digits or words); use with {@link #parse}. */
    static final String NUMBER_REGEX;

    static {
        String unit = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
                + "|sixteen|seventeen|eighteen|nineteen";
        String tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
        String small = "(?:(?:" + tens + ")(?:[- ](?:" + unit + "))?|" + unit + ")";
        String words = "(?:(?:a|an|" + small + ")\\s+(?:hundred|thousand)(?:\\s+(?:and\\s+)?" + small + ")?"
                + "|half\\s+a\\s+dozen|(?:a|one|two|three|four|five)\\s+dozen|a\\s+dozen|" + small + ")";
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
