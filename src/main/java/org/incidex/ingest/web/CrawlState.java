package org.incidex.ingest.web;

import com.fasterxml.jackson.core.type.TypeReference;
import org.incidex.model.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What web ingest has fetched before, persisted as JSON next to the index ({@code <index>/ingest-state.json}):
 * normalized canonical URL → content hash, article id, the URL fetched, and when. Lets repeated feed runs skip pages
 * whose text has not changed and replace the article of a page that has. {@link #save} writes a temporary file and
 * renames it over the old one, so a crash leaves either the old or the new state, never half of one.
 *
 * <p>Not thread-safe: one ingest run owns it.
 */
public final class CrawlState {
    /** The file name inside the index directory. */
    public static final String FILE = "ingest-state.json";

    /** One page as last fetched. */
    public record Page(String contentHash, String articleId, String url, String fetched) {}

    private final Path file;
    private final TreeMap<String, Page> pages;
    private final Map<String, String> byHash = new java.util.HashMap<>(); // content hash → canonical URL

    private CrawlState(Path file, Map<String, Page> pages) {
        this.file = file;
        this.pages = new TreeMap<>(pages);
        this.pages.forEach((url, page) -> byHash.putIfAbsent(page.contentHash(), url));
    }

    /** Loads the state in {@code indexDir}, or an empty one when there is none yet. */
    public static CrawlState load(Path indexDir) throws IOException {
        Path f = indexDir.resolve(FILE);
        if (!Files.exists(f)) return new CrawlState(f, Map.of());
        try {
            Map<String, Page> m = Json.mapper().readValue(Files.readString(f, StandardCharsets.UTF_8),
                    new TypeReference<TreeMap<String, Page>>() {});
            return new CrawlState(f, m == null ? Map.of() : m);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(f + " is not a valid ingest state (" + e.getOriginalMessage()
                    + "); delete it to start afresh", e);
        }
    }

    /** A state that is never saved (tests, the API's one-off fetches). */
    public static CrawlState inMemory() {
        return new CrawlState(null, Map.of());
    }

    public Optional<Page> get(String canonicalUrl) {
        return Optional.ofNullable(pages.get(canonicalUrl));
    }

    /** The canonical URL of a known page with this content hash, if any. */
    public Optional<String> canonicalWithHash(String contentHash) {
        return Optional.ofNullable(byHash.get(contentHash));
    }

    public void put(String canonicalUrl, Page page) {
        Page old = pages.put(canonicalUrl, page);
        if (old != null && canonicalUrl.equals(byHash.get(old.contentHash()))) byHash.remove(old.contentHash());
        byHash.putIfAbsent(page.contentHash(), canonicalUrl);
    }

    public int size() {
        return pages.size();
    }

    /** Writes the state atomically (temporary file, then rename). */
    public void save() throws IOException {
        if (file == null) return;
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE + ".tmp");
        Files.writeString(tmp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(pages),
                StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
