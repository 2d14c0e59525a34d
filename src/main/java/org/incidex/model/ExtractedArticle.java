package org.incidex.model;

import java.util.List;
import java.util.Objects;

/**
 * An article and the incidents read from it; the first incident is the article's main one.
 */
public record ExtractedArticle(Article article, List<Incident> incidents) {
    public ExtractedArticle {
        Objects.requireNonNull(article, "article");
        incidents = List.copyOf(incidents);
    }
}
