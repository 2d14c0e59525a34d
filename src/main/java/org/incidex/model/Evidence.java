package org.incidex.model;

import java.util.Objects;

/**
 * The sentence a field value was read from: {@code text} equals {@code articleText.substring(start, end)}.
 *
 * @param field the incident field this supports ("place", "date", "killed", "group", ...)
 * @param text  the sentence
 * @param start offset of the sentence in the article's cleaned text
 * @param end   end offset (exclusive)
 */
public record Evidence(String field, String text, int start, int end) {
    public Evidence {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad evidence span " + start + ".." + end);
    }
}
