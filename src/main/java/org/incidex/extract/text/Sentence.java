package org.incidex.extract.text;

/**
 * A sentence of an article's text with its offsets: {@code text} equals {@code articleText.substring(start, end)}.
 *
 * @param index     position among the article's sentences
 * @param paragraph index of the paragraph (blank-line separated block) it belongs to
 */
public record Sentence(int index, int paragraph, int start, int end, String text) {
    /** True when most of the sentence is inside quotation marks (reported speech). */
    public boolean isMostlyQuoted() {
        int inside = 0;
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                open = c == '\u201C' || (c == '"' && !open);
                if (c == '\u201D') open = false;
                continue;
            }
            if (open) inside++;
        }
        return inside * 2 > text.length();
    }
}
