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
 * @param entries      a live blog's timestamped entries in page order; empty for ordinary articles
 */
public record Article(String id, String source, String title, String byline, String site, String lang,
                      String published, String canonicalUrl, String text, java.util.List<TimedEntry> entries) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        entries = entries == null ? java.util.List.of() : java.util.List.copyOf(entries);
    }

    /** An article that is not a live blog. */
    public Article(String id, String source, String title, String byline, String site, String lang, String published,
                   String canonicalUrl, String text) {
        this(id, source, title, byline, site, lang, published, canonicalUrl, text, java.util.List.of());
    }
}
