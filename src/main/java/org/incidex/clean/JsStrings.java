package org.incidex.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * String operations with the exact semantics of their JavaScript counterparts, for the rules ported from Mozilla
 * Readability.js ({@link Titles}, {@link ArticleTitle}): JavaScript's {@code \s}, {@code trim()} and
 * {@code split(/\s+/)} differ from Java's defaults on no-break spaces and on empty leading or trailing pieces, and
 * those differences decide word counts. Stateless and thread-safe.
 */
final class JsStrings {
    /** The characters of JavaScript's {@code \s} (white space and line terminators, including U+00A0 and U+FEFF). */
    static final String SPACE = "[\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F"
            + "\\u3000\\uFEFF]";
    private static final Pattern SPACES = Pattern.compile(SPACE + "+");
    private static final Pattern TWO_OR_MORE_SPACES = Pattern.compile(SPACE + "{2,}");
    private static final Pattern EDGE_SPACES = Pattern.compile("^" + SPACE + "+|" + SPACE + "+$");
    private static final Pattern NAMED_ENTITY = Pattern.compile("&(quot|amp|apos|lt|gt);");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:x([0-9a-f]+)|([0-9]+));",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_CODE_POINT_DIGITS = 8;

    private JsStrings() {
    }

    /** {@code s.trim()}: removes JavaScript white space at both ends. */
    static String trim(String s) {
        return EDGE_SPACES.matcher(s).replaceAll("");
    }

    /**
     * {@code s.split(/\s+/).length}: the number of pieces between runs of white space, counting an empty piece
     * before leading and after trailing white space ({@code " a b"} has 3, {@code ""} has 1).
     */
    static int wordCount(String s) {
        return SPACES.split(s, -1).length;
    }

    /** {@code s.replace(/\s{2,}/g, " ")}: runs of two or more white-space characters become one space. */
    static String collapse(String s) {
        return TWO_OR_MORE_SPACES.matcher(s).replaceAll(" ");
    }

    /**
     * Decodes the entities that remain in metadata escaped twice (Readability's {@code _unescapeHtmlEntities}):
     * {@code &quot; &amp; &apos; &lt; &gt;} and numeric references; an invalid code point (0, a surrogate, beyond
     * U+10FFFF) becomes U+FFFD. Other named entities are left as they are.
     */
    static String unescapeHtmlEntities(String s) {
        if (s == null || s.indexOf('&') < 0) {
            return s;
        }
        Matcher named = NAMED_ENTITY.matcher(s);
        String out = named.replaceAll(m -> Matcher.quoteReplacement(switch (m.group(1)) {
            case "quot" -> "\"";
            case "amp" -> "&";
            case "apos" -> "'";
            case "lt" -> "<";
            default -> ">";
        }));
        return NUMERIC_ENTITY.matcher(out).replaceAll(m -> {
            boolean hex = m.group(1) != null;
            String digits = (hex ? m.group(1) : m.group(2)).replaceFirst("^0+(?=.)", "");
            long cp = digits.length() > MAX_CODE_POINT_DIGITS ? Long.MAX_VALUE : Long.parseLong(digits, hex ? 16 : 10);
            if (cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
                cp = 0xFFFD;
            }
            return Matcher.quoteReplacement(new String(Character.toChars((int) cp)));
        });
    }
}
