package org.incidex.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.clean.internal.Text;

/**
 * Strips a site-name tail from a headline: {@code "Attack in Bamako | Reuters"} becomes {@code "Attack in Bamako"}.
 * A tail after the last separator (" | ", " - ", " – ", " — ", " · ", " » ", " :: ") is removed when it matches the
 * site name (ignoring case, spaces, a leading "the" and a domain ending; or contains it), or when it is short (at
 * most three words) and what remains keeps at least three words. Stateless and thread-safe.
 */
final class Titles {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|·|»|::)\\s+");
    private static final int MAX_TAIL_WORDS = 3;
    private static final int MIN_HEAD_WORDS = 3;

    private Titles() {
    }

    /** The title without its site tail; the input (normalized) when nothing should be removed. */
    static String stripSiteSuffix(String title, String site) {
        String t = Text.normalize(title);
        for (int round = 0; round < 2; round++) {
            int cut = lastSeparator(t);
            if (cut < 0) {
                return t;
            }
            String head = t.substring(0, cut).trim();
            String tail = t.substring(cut).replaceFirst("^\\s*\\S+\\s+", "").trim();
            if (head.isEmpty()) {
                return t;
            }
            if (sameSite(tail, site)) {
                t = head;
                continue;
            }
            if (round == 0 && Text.wordCount(tail) <= MAX_TAIL_WORDS && Text.wordCount(head) >= MIN_HEAD_WORDS) {
                return head;
            }
            return t;
        }
        return t;
    }

    private static int lastSeparator(String t) {
        Matcher m = SEPARATOR.matcher(t);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** True when a title tail names the site ("BBC News" vs "BBC", "nytimes.com" vs "The New York Times"). */
    static boolean sameSite(String tail, String site) {
        if (site == null) {
            return false;
        }
        String a = siteKey(tail);
        String b = siteKey(site);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || (a.length() >= 3 && b.startsWith(a)) || (b.length() >= 3 && a.startsWith(b))
                || (b.length() >= 5 && a.contains(b));
    }

    private static String siteKey(String s) {
        String k = Text.key(s).replaceFirst("^the ", "").replaceFirst("^www\\.", "")
                .replaceFirst("\\.(com|org|net|co\\.uk|[a-z]{2})$", "");
        return k.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
