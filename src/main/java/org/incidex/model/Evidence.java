package org.incidex.model;

import java.util.Objects;

/**
 * The sentence a field value was read from: {@code text} equals {@code articleText.substring(start, end)}.
 *
 * @param field      the incident field this supports ("place", "date", "killed", "group", ...)
 * @param text       the sentence
 * @param start      offset of the sentence in the article's cleaned text
 * @param end        end offset (exclusive)
 * @param confidence how sure the extractor is of the value read from this sentence, 0..1 (see
 *                   {@code IncidentBuilder} for what raises and lowers it)
 */
public record Evidence(String field, String text, int start, int end, double confidence) {
    /** Confidence when a reader gives none. */
    public static final double DEFAULT_CONFIDENCE = 0.5;

    public Evidence {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad evidence span " + start + ".." + end);
        if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence must be 0..1, was " + confidence);
    }

    public Evidence(String field, String text, int start, int end) {
        this(field, text, start, end, DEFAULT_CONFIDENCE);
    }
}
