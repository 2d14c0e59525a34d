package org.incidex.extract.gazetteer;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;

/** Name normalisation and the region-type words news text adds or drops. Stateless, thread-safe. */
final class Names {
    /** Region type words stripped from the end of a query: "Herat province" → "herat". */
    static final List<String> REGION_SUFFIXES = List.of("province", "state", "region", "governorate", "district",
            "department", "county", "oblast", "prefecture", "division", "territory", "municipality", "parish",
            "krai", "wilaya");
    /** Region type phrases stripped from the start of a query: "Province of Herat" → "herat". */
    static final List<String> REGION_PREFIXES = List.of("province of ", "state of ", "region of ",
            "municipality of ", "governorate of ");
    /** What is left after stripping that must not be taken for a region ("Central Region" → not "central"). */
    static final Set<String> GENERIC = Set.of("central", "north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "upper", "lower", "middle", "capital", "federal", "national", "city", "coast");

    private Names() {
    }

    /** See {@link Gazetteer#normalize(String)}. */
    static String normalize(String s) {
        String t = isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(t.length());
        boolean gap = false;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || isDropped(cp)) {
                continue;                       // accents, apostrophes and dots vanish: "Nal’chik", "U.S."
            }
            if (!Character.isLetterOrDigit(cp)) {
                gap = true;                     // spaces, hyphens, commas, brackets separate tokens
                continue;
            }
            if (gap && !sb.isEmpty()) sb.append(' ');
            gap = false;
            appendFolded(sb, Character.toLowerCase(cp));
        }
        return sb.toString();
    }

    /** The query without a leading "the" and region type words, or null when nothing was stripped. */
    static String stripRegionAffixes(String key) {
        String k = stripThe(key);
        for (String p : REGION_PREFIXES) {
            if (k.startsWith(p)) k = k.substring(p.length());
        }
        for (String suffix : REGION_SUFFIXES) {
            if (k.endsWith(" " + suffix)) k = k.substring(0, k.length() - suffix.length() - 1);
        }
        return k.equals(key) || k.isEmpty() || GENERIC.contains(k) ? null : k;
    }

    /**
     * The key with the Persian linking vowel ("ezafe") spelled the other way, or null when it has none: "pul i alam" →
     * "pul e alam", "sar e pul" → "sar i pul". English news writes both ("Mazar-i-Sharif", "Mazar-e Sharif").
     */
    static String ezafe(String key) {
        String k = " " + key + " ";
        if (k.contains(" i ")) return k.replace(" i ", " e ").strip();
        if (k.contains(" e ")) return k.replace(" e ", " i ").strip();
        return null;
    }

    static String stripThe(String key) {
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    static int tokens(String key) {
        if (key.isEmpty()) return 0;
        int n = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') n++;
        }
        return n;
    }

    private static boolean isDropped(int cp) {
        return switch (cp) {
            case '\'', '.', '`', '\u00B4', '\u2018', '\u2019', '\u02BB', '\u02BC', '\u02BF', '\u02BE' -> true;
            default -> false;
        };
    }

    private static void appendFolded(StringBuilder sb, int cp) {
        switch (cp) {
            case '\u00DF' -> sb.append("ss");   // ß
            case '\u00F8' -> sb.append('o');    // ø
            case '\u00E6' -> sb.append("ae");   // æ
            case '\u0153' -> sb.append("oe");   // œ
            case '\u0142' -> sb.append('l');    // ł
            case '\u0131' -> sb.append('i');    // dotless ı
            case '\u0111', '\u00F0' -> sb.append('d'); // đ, ð
            case '\u00FE' -> sb.append("th");   // þ
            case '\u0127' -> sb.append('h');    // ħ
            default -> sb.appendCodePoint(cp);
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) return false;
        }
        return true;
    }

    /**
     * A normalised name's consonant skeleton for loose spelling matches: the first letter, then the consonants other
     * than "w" and "y", "q" as "k", doubled letters once, no spaces: "shopian" and "shupiyan" → "shpn", "budgam" and
     * "badgam" → "bdgm".
     */
    static String skeleton(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 'a' || c > 'z') continue;
            if (b.length() > 0 && "aeiouyw".indexOf(c) >= 0) continue;
            if (c == 'q') c = 'k';
            if (b.length() > 0 && b.charAt(b.length() - 1) == c) continue;
            b.append(c);
        }
        return b.toString();
    }
}
