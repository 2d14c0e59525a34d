package org.incidex.bench;

import java.util.List;
import java.util.Map;

/**
 * A search system under benchmark. Lifecycle: {@link #ingest} once, then {@link #query} many times (from one or two
 * threads at once: implementations must be thread-safe for queries), then {@link #close}.
 */
public interface BenchSystem extends AutoCloseable {
    /** Short name for tables: "incidex", "lucene", "sqlite", "postgres". */
    String name();

    /**
     * Loads the corpus. {@code texts.get(i)} is the plain text of {@code docs.get(i)}'s page (jsoup's text of the whole
     * page), for systems that do not read the HTML themselves.
     */
    void ingest(List<BenchDoc> docs, List<String> texts) throws Exception;

    /** Bytes the system's index or database takes on disk after ingest. */
    long diskBytes() throws Exception;

    /** Bytes of the regular files under {@code dir}. */
    static long bytesUnder(java.nio.file.Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.walk(dir)) {
            return s.filter(java.nio.file.Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Answers one query. */
    Answer query(BenchQuery q) throws Exception;

    /**
     * @param total  matching documents
     * @param ids    the top hits' {@link BenchDoc#id}s (at most 10)
     * @param facets dimension → value → count (top 10 per dimension), empty when not asked
     */
    record Answer(long total, List<String> ids, Map<String, Map<String, Long>> facets) {}
}
