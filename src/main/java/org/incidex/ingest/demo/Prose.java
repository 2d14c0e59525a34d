package org.incidex.ingest.demo;

import java.util.List;
import java.util.Random;

/** Small text helpers shared by the writers. Stateless. */
final class Prose {

    private Prose() {
    }

    static String capitalize(String s) {
        if (s == null || s.isEmpty()) return s;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "A", "A and B", "A, B and C". */
    static String and(List<String> items) {
        int n = items.size();
        if (n == 0) return "";
        if (n == 1) return items.get(0);
        return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
    }

    @SafeVarargs
    static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }

    static <T> T pick(Random r, List<T> options) {
        return options.get(r.nextInt(options.size()));
    }

    /** Title case for headlines: every word capitalised except short function words inside the title. */
    static String titleCase(String s) {
        String[] words = s.split(" ");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) sb.append(' ');
            boolean small = i > 0 && List.of("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "the", "to")
                    .contains(w);
            sb.append(small ? w : capitalize(w));
        }
        return sb.toString();
    }

    /**
     * The target with an article when it needs one: "the Radisson Blu hotel", but "two mosques" and
     * "four commuter trains" as written.
     */
    static String targetNp(String target) {
        String lower = target.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("the ") || lower.startsWith("some ")
                || Character.isDigit(lower.charAt(0)) || startsWithNumberWord(lower)) {
            return target;
        }
        return "the " + target;
    }

    private static boolean startsWithNumberWord(String lower) {
        for (String w : List.of("two ", "three ", "four ", "five ", "six ", "seven ", "eight ", "nine ", "ten ",
                "several ", "multiple ", "dozens ", "many ")) {
            if (lower.startsWith(w)) return true;
        }
        return false;
    }

    /** Escapes text for HTML element content and double-quoted attributes. */
    static String esc(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (rep != null) {
                if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Escapes text for a JSON string literal inside a script element. */
    static String json(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '<' -> sb.append("\\u003c");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** URL slug: lower case, ASCII letters and digits, dashes. */
    static String slug(String s) {
        String ascii = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(ascii.length());
        boolean dash = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = Character.toLowerCase(ascii.charAt(i));
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (dash && !sb.isEmpty()) sb.append('-');
                sb.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return sb.toString();
    }
}
