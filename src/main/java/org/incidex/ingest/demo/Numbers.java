package org.incidex.ingest.demo;

import java.util.Locale;
import java.util.Random;

/** Writes counts the way news copy does: digits, grouped digits or words. Stateless. */
final class Numbers {

    private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety"};

    private Numbers() {
    }

    /** English words for 0..99 ("twenty-two"); digits beyond. */
    static String words(int n) {
        if (n < 0 || n > 99) return digits(n);
        if (n < 20) return UNITS[n];
        return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + UNITS[n % 10]);
    }

    /** Digits with thousands grouped by commas ("5,800"). */
    static String digits(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * A count as a reporter might write it: words below ten (AP style), otherwise words or digits at random;
     * "two dozen" only when the count is exactly 24.
     */
    static String count(int n, Random r) {
        if (n < 10) return words(n);
        if (n == 24 && r.nextInt(3) == 0) return "two dozen";
        if (n < 100 && r.nextInt(3) == 0) return words(n);
        return digits(n);
    }

    /** A count that may open a sentence: always words when it can, else prefixed so no sentence starts with a digit. */
    static String sentenceStart(int n, Random r) {
        if (n < 100) return Prose.capitalize(words(n));
        return (r.nextBoolean() ? "A total of " : "In all, ") + digits(n);
    }
}
