package org.incidex.ingest;

import org.incidex.model.DocumentFailure;
import org.incidex.model.RawDocument;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Where fetched or posted documents go: the knowledge base's incremental add-to-index path, seen from below. Defined
 * here, in kb-free terms, so that web ingest, the CLI and the live-update API can hand documents on without knowing how
 * the index is rebuilt; the knowledge base implements it.
 *
 * <p>Contract: {@link #add} cleans, extracts and merges every document and publishes one new index generation holding
 * them (a document whose article id is already in the index replaces that article); documents that cannot be used are
 * typed failures in the result, never thrown. {@link #remove} publishes a generation without the article.
 * Implementations must be thread-safe (callers may write concurrently; writes are serialized inside).
 */
public interface ArticleSink {
    /** One document that became an article: its source, its article id, and the ids of the incidents it is part of. */
    record Added(String source, String articleId, List<String> incidentIds) {
        public Added {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(articleId, "articleId");
            incidentIds = List.copyOf(incidentIds);
        }
    }

    /** What one {@link #add} did: the articles added (in input order) and the documents that failed. */
    record Result(List<Added> added, List<DocumentFailure> failures) {
        public Result {
            added = List.copyOf(added);
            failures = List.copyOf(failures);
        }
    }

    /** Adds (or replaces) the documents' articles and publishes a new generation when any was usable. */
    Result add(List<RawDocument> documents) throws IOException, InterruptedException;

    /**
     * Removes the article with this id and publishes a new generation.
     *
     * @return false when no article has that id (nothing is written)
     */
    boolean remove(String articleId) throws IOException, InterruptedException;
}
