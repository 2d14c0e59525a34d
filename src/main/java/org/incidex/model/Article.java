package org.incidex.model;

import java.util.Objects;

/**
 * A cleaned article: metadata and main text.
 *
 * @param id           stable id (hash of canonical URL, else of the text)
 * @param source       where it came from, as given (path or URL)
 * @param title        headline without the site-name suffix
 * @param byline       author(s), or null
 * @param site         site name, or null
 * @param lang         language code ("en"), or null
 * @param published    ISO-8601 date or date-time, or null
 * @param canonicalUrl canonical URL, or null
 * @param text         main text, paragraphs separated by a blank line
 */
public record Article(String id, String source, String title, String byline, String site, String lang,
                      String published, String canonicalUrl, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}
