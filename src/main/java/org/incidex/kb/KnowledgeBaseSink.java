package org.incidex.kb;

import org.incidex.index.IndexStore;
import org.incidex.ingest.ArticleSink;
import org.incidex.model.ExtractedArticle;
import org.incidex.model.IncidentRecord;
import org.incidex.model.RawDocument;
import org.incidex.model.SourceRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The knowledge base as an {@link ArticleSink}: web ingest and the live-update API add and remove articles through
 * {@link KnowledgeBase#add} and {@link KnowledgeBase#remove}, which extract only the new documents, re-merge with the
 * sources the live generation stores, and publish the next generation atomically.
 *
 * <p>Thread-safe: {@link KnowledgeBase} serializes changes to one index directory.
 */
public final class KnowledgeBaseSink implements ArticleSink {
    private final IndexStore store;
    private final KnowledgeBase kb;

    public KnowledgeBaseSink(IndexStore store, KnowledgeBase kb) {
        this.store = Objects.requireNonNull(store, "store");
        this.kb = Objects.requireNonNull(kb, "kb");
    }

    /** A sink over the bundled gazetteer and group lists. */
    public static KnowledgeBaseSink createDefault(IndexStore store) {
        return new KnowledgeBaseSink(store, KnowledgeBase.createDefault());
    }

    /** A sink keeping incidents judged attacks with at least {@code minConfidence}. */
    public static KnowledgeBaseSink createDefault(IndexStore store, double minConfidence) {
        return new KnowledgeBaseSink(store, KnowledgeBase.createDefault(minConfidence));
    }

    @Override
    public Result add(List<RawDocument> documents) throws IOException, InterruptedException {
        KnowledgeBase.Change c = kb.add(store, documents, KnowledgeBase.Progress.NONE);
        List<String> ids = new ArrayList<>(c.added());
        ids.addAll(c.replaced());
        if (ids.isEmpty()) return new Result(List.of(), c.failures());
        // which merged incidents each article is part of (ids derive from the merged key, so re-merging gives them)
        Map<String, ExtractedArticle> all = KnowledgeBase.stored(store);
        List<IncidentRecord> incidents = new IncidentMerger().merge(new ArrayList<>(all.values()));
        List<Added> added = new ArrayList<>();
        for (String id : ids) {
            ExtractedArticle a = all.get(id);
            String source = a == null ? id : a.article().source();
            List<String> in = incidents.stream()
                    .filter(r -> r.sources().stream().map(SourceRef::id).anyMatch(id::equals))
                    .map(IncidentRecord::id).toList();
            added.add(new Added(source, id, in));
        }
        return new Result(added, c.failures());
    }

    @Override
    public boolean remove(String articleId) throws IOException, InterruptedException {
        return !kb.remove(store, articleId).removed().isEmpty();
    }
}
