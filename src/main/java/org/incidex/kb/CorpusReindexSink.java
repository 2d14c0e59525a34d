package org.incidex.kb;

import org.incidex.index.Fields;
import org.incidex.index.GenerationWriter;
import org.incidex.index.IndexStore;
import org.incidex.index.IndexStoreException;
import org.incidex.ingest.ArticleSink;
import org.incidex.model.DocumentFailure;
import org.incidex.model.ExtractedArticle;
import org.incidex.model.FailureReason;
import org.incidex.model.IncidentRecord;
import org.incidex.model.RawDocument;
import org.incidex.model.RejectedDocumentException;
import org.incidex.model.SourceRef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * <b>TEMPORARY</b> {@link ArticleSink}, until the knowledge base's incremental add-to-index path lands: keeps every
 * added document in a managed corpus directory ({@code <index>/corpus/ARTICLE-ID.html} plus {@code .source} holding its
 * URL) and answers each {@link #add} or {@link #remove} with a <em>full</em> rebuild of the index from that corpus
 * (re-extracting every document). It therefore owns the index: it refuses an index whose live generation was built by
 * anything else ({@code reindex}, {@code demo}), so it can never wipe one.
 *
 * <p>Thread-safe: writes are serialized on this object (and across processes by the index's write lock).
 */
public final class CorpusReindexSink implements ArticleSink {
    /** The corpus directory's name inside the index directory. */
    public static final String CORPUS = "corpus";
    static final String FINGERPRINT = "corpus:managed";

    private final IndexStore store;
    private final ArticleProcessor processor;

    public CorpusReindexSink(IndexStore store, ArticleProcessor processor) {
        this.store = Objects.requireNonNull(store, "store");
        this.processor = Objects.requireNonNull(processor, "processor");
    }

    @Override
    public synchronized Result add(List<RawDocument> documents) throws IOException {
        checkOwned();
        Path corpus = store.root().resolve(CORPUS);
        Files.createDirectories(corpus);
        List<DocumentFailure> failures = new ArrayList<>();
        List<ExtractedArticle> fresh = new ArrayList<>();
        for (RawDocument doc : documents) {
            try {
                ExtractedArticle a = processor.process(doc, null);
                Files.write(corpus.resolve(a.article().id() + ".html"), doc.bytes());
                Files.writeString(corpus.resolve(a.article().id() + ".source"), doc.source(), StandardCharsets.UTF_8);
                fresh.add(a);
            } catch (RejectedDocumentException e) {
                failures.add(e.toFailure());
            } catch (RuntimeException e) {
                failures.add(new DocumentFailure(doc.source(), FailureReason.PROCESSING_ERROR, e.toString()));
            }
        }
        if (fresh.isEmpty()) return new Result(List.of(), failures);
        List<IncidentRecord> incidents = rebuild(corpus);
        List<Added> added = new ArrayList<>();
        for (ExtractedArticle a : fresh) {
            String id = a.article().id();
            List<String> ids = incidents.stream()
                    .filter(r -> r.sources().stream().map(SourceRef::id).anyMatch(id::equals))
                    .map(IncidentRecord::id).toList();
            added.add(new Added(a.article().source(), id, ids));
        }
        return new Result(added, failures);
    }

    @Override
    public synchronized boolean remove(String articleId) throws IOException {
        if (!articleId.matches("[A-Za-z0-9-]{1,64}")) return false;
        checkOwned();
        Path corpus = store.root().resolve(CORPUS);
        Path html = corpus.resolve(articleId + ".html");
        if (!Files.exists(html)) return false;
        Files.delete(html);
        Files.deleteIfExists(corpus.resolve(articleId + ".source"));
        rebuild(corpus);
        return true;
    }

    /** @throws IndexStoreException when the live generation was built by something else */
    private void checkOwned() {
        if (store.currentGeneration().isEmpty()) return;
        String fp = store.currentCommitData().getOrDefault(Fields.COMMIT_FINGERPRINT, "");
        if (!fp.equals(FINGERPRINT)) {
            throw new IndexStoreException("the index at " + store.root() + " was built by reindex (" + abbreviate(fp)
                    + "); until incremental add lands, web ingest and live updates rebuild the index from their own"
                    + " corpus, so they need an index of their own: pass another --index");
        }
    }

    /** Re-extracts the whole corpus, merges, and publishes one generation. */
    private List<IncidentRecord> rebuild(Path corpus) throws IOException {
        TreeMap<String, ExtractedArticle> articles = new TreeMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(corpus, "*.html")) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                Path src = corpus.resolve(name.substring(0, name.length() - 5) + ".source");
                String source = Files.exists(src) ? Files.readString(src, StandardCharsets.UTF_8).strip() : p.toString();
                try {
                    articles.put(name, processor.process(new RawDocument(source, Files.readAllBytes(p), null), null));
                } catch (RejectedDocumentException | RuntimeException e) {
                    // accepted once, so it processes again; a failure here is a bug worth surfacing
                    throw new IOException("cannot re-read " + p + " from the managed corpus: " + e.getMessage(), e);
                }
            }
        }
        List<IncidentRecord> incidents = new IncidentMerger().merge(new ArrayList<>(articles.values()));
        try (GenerationWriter w = store.beginGeneration("incidex ingest (managed corpus)")) {
            for (IncidentRecord r : incidents) w.add(r);
            w.publish(FINGERPRINT);
        }
        return incidents;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
