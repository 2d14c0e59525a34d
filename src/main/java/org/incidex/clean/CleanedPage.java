package org.incidex.clean;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ArticleCleaner} keeps of a page: metadata and main text. Immutable.
 *
 * @param title        headline without a site-name tail, or null
 * @param byline       author(s) without a leading "By", several joined by ", ", or null
 * @param site         site or publisher name, else the host of the canonical URL, or null
 * @param lang         primary language subtag in lower case ("en"), or null
 * @param published    publication date as ISO-8601: {@code yyyy-MM-dd'T'HH:mm:ss±hh:mm} when the page gives a time
 *                     with a zone, else {@code yyyy-MM-dd}; null when unknown
 * @param canonicalUrl canonical URL, or null
 * @param text         main text: the blocks joined by a blank line ({@code "\n\n"}); never empty
 * @param blocks       main text blocks in document order (headings, paragraphs, list items, quotes, table rows),
 *                     white space normalized; never empty
 * @param charset      charset the bytes were decoded with ("UTF-8", "windows-1252"...), or null for text input
 * entries: a live blog's timestamped entries in page order (see {@link LiveBlog}); empty for other pages.
 */
public record CleanedPage(String title, String byline, String site, String lang, String published,
                          String canonicalUrl, String text, List<String> blocks, String charset,
                          List<org.incidex.model.TimedEntry> entries) {
    public CleanedPage {
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
