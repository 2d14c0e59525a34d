package org.incidex.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a query into tokens, each with the 1-based column it starts at: words, "phrases" (with an optional
 * {@code ~slop}), {@code field:value} and {@code field:[lo TO hi]}, parentheses, the operators AND, OR, NOT (in
 * capitals; also {@code &&} and {@code ||}), and {@code +}/{@code -} in front of an item. A backslash escapes the next
 * character. Per call; not thread-safe.
 */
final class Lexer {
    enum Kind { WORD, PHRASE, FIELD, RANGE, LPAREN, RPAREN, AND, OR, NOT, PLUS, MINUS, EOF }

    /**
     * A token. {@code text}: the word, the phrase's words, the field's value, or a range's lower bound;
     * {@code field}: the field name of FIELD and RANGE; {@code hi}, {@code loIncl}, {@code hiIncl}: the rest of a
     * range; {@code slop}: a phrase's slop; {@code quoted}: a field value written as a phrase; {@code escaped}: the
     * word had backslash escapes (so * ? ~ in it are literal).
     */
    record Token(Kind kind, String text, int col, String field, String hi, boolean loIncl, boolean hiIncl, int slop,
                 boolean quoted, boolean escaped) {
        static Token of(Kind kind, String text, int col) {
            return new Token(kind, text, col, null, null, false, false, 0, false, false);
        }
    }

    /** The largest phrase slop accepted: enough for "hotel … Bamako", small enough to stay cheap. */
    static final int MAX_SLOP = 10;

    private final String s;
    private int i;

    Lexer(String s) {
        this.s = s;
    }

    List<Token> tokens() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
            if (i >= s.length()) break;
            int col = i + 1;
            char c = s.charAt(i);
            if (c == '(') {
                out.add(Token.of(Kind.LPAREN, "(", col));
                i++;
            } else if (c == ')') {
                out.add(Token.of(Kind.RPAREN, ")", col));
                i++;
            } else if (c == '"') {
                out.add(phrase(null, col));
            } else if ((c == '-' || c == '+') && i + 1 < s.length() && startsItem(s.charAt(i + 1))) {
                out.add(Token.of(c == '-' ? Kind.MINUS : Kind.PLUS, String.valueOf(c), col));
                i++;
            } else if (c == '/') {
                throw QuerySyntax.error("regular expressions (/…/) are not supported; use words, \"phrases\" or "
                        + "a trailing * instead", col);
            } else {
                out.add(word(col));
            }
        }
        out.add(Token.of(Kind.EOF, "", s.length() + 1));
        return out;
    }

    private static boolean startsItem(char c) {
        return !Character.isWhitespace(c) && c != ')' && c != '-' && c != '+';
    }

    private Token phrase(String field, int col) {
        int start = ++i; // past the opening quote
        StringBuilder sb = new StringBuilder();
        while (i < s.length() && s.charAt(i) != '"') {
            if (s.charAt(i) == '\\' && i + 1 < s.length()) i++;
            sb.append(s.charAt(i++));
        }
        if (i >= s.length()) throw QuerySyntax.error("the quote is never closed", start);
        i++; // past the closing quote
        int slop = 0;
        if (i < s.length() && s.charAt(i) == '~') {
            int at = i + 1;
            int j = ++i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
            if (i == j || i - j > 2 || Integer.parseInt(s.substring(j, i)) > MAX_SLOP) {
                throw QuerySyntax.error("a phrase's ~ takes a slop of 0.." + MAX_SLOP, at);
            }
            slop = Integer.parseInt(s.substring(j, i));
        }
        if (sb.toString().isBlank()) throw QuerySyntax.error("empty phrase", col);
        if (field == null) return new Token(Kind.PHRASE, sb.toString(), col, null, null, false, false, slop, true, false);
        return new Token(Kind.FIELD, sb.toString(), col, field, null, false, false, slop, true, false);
    }

    private Token word(int col) {
        StringBuilder sb = new StringBuilder();
        boolean escaped = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '"') break;
            if (c == '\\' && i + 1 < s.length()) {
                escaped = true;
                sb.append(s.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == ':' && !escaped && sb.length() > 0 && isFieldName(sb)) return fieldValue(sb.toString(), col);
            sb.append(c);
            i++;
        }
        String w = sb.toString();
        if (!escaped) {
            switch (w) {
                case "AND", "&&" -> { return Token.of(Kind.AND, w, col); }
                case "OR", "||" -> { return Token.of(Kind.OR, w, col); }
                case "NOT" -> { return Token.of(Kind.NOT, w, col); }
                default -> { }
            }
        }
        return new Token(Kind.WORD, w, col, null, null, false, false, 0, false, escaped);
    }

    private static boolean isFieldName(CharSequence cs) {
        if (!Character.isLetter(cs.charAt(0))) return false;
        for (int k = 0; k < cs.length(); k++) if (!Character.isLetter(cs.charAt(k))) return false;
        return true;
    }

    /** After "field:": a phrase, a range, or a word up to the next space or parenthesis. */
    private Token fieldValue(String field, int col) {
        i++; // past the colon
        if (!FieldClauses.known(field)) {
            throw QuerySyntax.error("unknown field '" + field + ":'; fields are " + String.join(", ", FieldClauses.NAMES)
                    + " (write \\: for a literal colon)", col);
        }
        if (i >= s.length() || Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ')') {
            throw QuerySyntax.error("'" + field + ":' has no value", col);
        }
        char c = s.charAt(i);
        if (c == '"') return phrase(field, col);
        if (c == '[' || c == '{') return range(field, col);
        if (c == '(') {
            throw QuerySyntax.error("'" + field + ":(' is not supported; write " + field + ":a OR " + field + ":b", col);
        }
        StringBuilder sb = new StringBuilder();
        while (i < s.length()) {
            char d = s.charAt(i);
            if (Character.isWhitespace(d) || d == '(' || d == ')' || d == '"') break;
            if (d == '\\' && i + 1 < s.length()) d = s.charAt(++i);
            sb.append(d);
            i++;
        }
        return new Token(Kind.FIELD, sb.toString(), col, field, null, false, false, 0, false, false);
    }

    /** [lo TO hi], {lo TO hi}, or mixed brackets; * for an open side. */
    private Token range(String field, int col) {
        int open = i + 1;
        boolean loIncl = s.charAt(i) == '[';
        int end = i + 1;
        while (end < s.length() && s.charAt(end) != ']' && s.charAt(end) != '}') end++;
        if (end >= s.length()) {
            throw QuerySyntax.error("the range is never closed with ] or }", open);
        }
        boolean hiIncl = s.charAt(end) == ']';
        String[] parts = s.substring(i + 1, end).strip().split("\\s+");
        if (parts.length != 3 || !parts[1].equalsIgnoreCase("TO")) {
            throw QuerySyntax.error("a range is written " + field + ":[FROM TO TO] (* for an open end), not '"
                    + s.substring(i, end + 1) + "'", open);
        }
        i = end + 1;
        return new Token(Kind.RANGE, parts[0], col, field, parts[2], loIncl, hiIncl, 0, false, false);
    }
}
