package org.incidex.model;

import java.util.Objects;

/**
 * An article that reports an incident, as kept in the knowledge base.
 *
 * @param id        the article's stable id
 * @param title     headline
 * @param site      site name, or null
 * @param published ISO-8601 date or date-time, or null
 * @param byline    author(s), or null
 * @param location  file path or URL it was read from
 * @param text      cleaned main text; evidence offsets point into it
 */
public record SourceRef(String id, String title, String site, String published, String byline, String location,
                        String text) {
    public SourceRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
    }
}
