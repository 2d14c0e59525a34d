package org.incidex.clean.internal;

import java.util.Locale;

/** Small string helpers shared by the clean stage. Stateless and thread-safe. */
public final class Text {
    private Text() {
    }

    /**
     * Collapses every run of white space (including no-break and zero-width spaces) to one space and trims.
     *
     * @param s any string, or null
     * @return the normalized string; "" for null
     */
    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True for white space, no-break space and the zero-width characters that pages use as spacers. */
    public static boolean isSpace(char c) {
        if (c > ' ' && c < '\u00A0') {
            return false; // the common case, printable ASCII and C1 controls, without a table lookup
        }
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u200C' || c == '\u200D'
                || c == '\uFEFF' || c == '\u2007' || c == '\u202F';
    }

    /** Normalized, lower-cased form used to compare short strings such as titles and site names. */
    public static String key(String s) {
        return normalize(s).toLowerCase(Locale.ROOT);
    }

    /** The normalized value, or null when it is null or blank. */
    public static String emptyToNull(String s) {
        String n = normalize(s);
        return n.isEmpty() ? null : n;
    }

    /** Number of space-separated words in the normalized string. */
    public static int wordCount(String s) {
        String n = normalize(s);
        return n.isEmpty() ? 0 : n.split(" ").length;
    }

    /** Number of commas, including the ideographic and Arabic commas. */
    public static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\u3001' || c == '\uFF0C' || c == '\u060C') {
                n++;
            }
        }
        return n;
    }
}
