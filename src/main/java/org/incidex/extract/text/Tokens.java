package org.incidex.extract.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word tokens of a text with offsets, for gazetteer and group-name matching: runs of letters and digits; every other
 * character separates ("Mali's" → "Mali", "s"; "Al-Murabitoun" → "Al", "Murabitoun"). Thread-safe: stateless.
 */
public final class Tokens {
    /** A token: original spelling, its folded form for look-ups, and offsets in the text. */
    public record Token(String text, String folded, int start, int end) {
        public boolean isCapitalized() {
            return Character.isUpperCase(text.charAt(0));
        }
    }

    private Tokens() {}

    public static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) i++;
            int s = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) i++;
            if (i > s) {
                String t = text.substring(s, i);
                out.add(new Token(t, fold(t), s, i));
            }
        }
        return out;
    }

    /**
     * Whether half or more of the tokens are capitalised: a headline in title case ("Gunmen Kill 12 In Kabul
     * Attack"), where a capital says nothing about a word being a name.
     */
    public static boolean titleCase(List<Token> tokens) {
        int capitalised = 0;
        for (Token t : tokens) if (t.isCapitalized()) capitalised++;
        return capitalised * 2 >= tokens.size();
    }

    /** Lower case without accents: "Sévaré" → "sevare". Same folding as the gazetteer's name keys for one word. */
    public static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            switch (c) {
                case 'ß' -> sb.append("ss");
                case 'ø', 'Ø' -> sb.append('o');
                case 'æ', 'Æ' -> sb.append("ae");
                case 'ł', 'Ł' -> sb.append('l');
                case 'ı' -> sb.append('i');
                default -> sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Folded tokens {@code from..to} (exclusive) joined by single spaces: the key form of a multi-word name. */
    public static String key(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) sb.append(' ');
            sb.append(tokens.get(i).folded());
        }
        return sb.toString();
    }

    /** The key form of a whole name: its folded tokens joined by spaces ("Al-Qaeda" → "al qaeda"). */
    public static String key(String name) {
        List<Token> t = of(name);
        return key(t, 0, t.size());
    }
}
