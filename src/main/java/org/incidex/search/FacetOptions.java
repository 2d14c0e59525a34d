package org.incidex.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How one facet dimension is listed: {@code more} lists every value (up to {@link #MAX_VALUES}) instead of the top
 * {@code facetSize}; {@code prefix} keeps only values that start with it or have a word that does, ignoring case and
 * accents ({@code al} → "Al-Shabaab", "Ansar al-Sharia"; {@code shab} → "Al-Shabaab"). Immutable.
 *
 * @param prefix text a value or one of its words must start with, or null for every value
 * @param more   list the rest of the values too
 */
public record FacetOptions(String prefix, boolean more) {
    public static final FacetOptions DEFAULT = new FacetOptions(null, false);
    /** The most values one dimension lists, even with {@code more}. */
    public static final int MAX_VALUES = 1000;
    public static final int MAX_PREFIX_CHARS = 100;

    public FacetOptions {
        prefix = prefix == null || prefix.isBlank() ? null : prefix.strip();
        if (prefix != null && prefix.length() > MAX_PREFIX_CHARS) {
            throw new InvalidRequestException("a facet prefix is at most " + MAX_PREFIX_CHARS + " characters, was "
                    + prefix.length());
        }
    }

    /** True when {@code value} passes the prefix filter. */
    public boolean accepts(String value) {
        if (prefix == null) return true;
        String v = fold(value);
        String p = fold(prefix);
        for (int i = v.indexOf(p); i >= 0; i = v.indexOf(p, i + 1)) {
            if (i == 0 || !Character.isLetterOrDigit(v.charAt(i - 1))) return true;
        }
        return false;
    }

    /** Lower case without accents, so "sao" finds "São Paulo". */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
