package org.incidex.kb;

import org.incidex.index.Fields;
import org.incidex.index.GenerationWriter;
import org.incidex.index.IndexStore;
import org.incidex.index.IndexStoreException;
import org.incidex.index.SourceArchive;
import org.incidex.model.DocumentFailure;
import org.incidex.model.ExtractedArticle;
import org.incidex.model.IncidentRecord;
import org.incidex.model.RawDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The knowledge base on disk: every change writes one complete new generation through {@link IndexStore} and
 * publishes it atomically, so readers see the old knowledge base or the new one, never a mix, and a crash at any
 * moment leaves the old one serving. Each generation stores its inputs (the extracted articles and imported rows,
 * {@link SourceArchive}), so {@link #add}, {@link #importSources} and {@link #remove} read those, change the set of
 * sources, re-merge everything (merging is cheap; cleaning and extraction are not repeated for what is stored) and
 * write the next generation. A source whose id is already stored (same canonical URL, or same text; same table row)
 * replaces the stored one: a changed page updates its article.
 *
 * <p>Thread-safe: changes to one index directory from this process wait for each other (one lock per directory,
 * shared by all instances); each change holds the index's OS write lock for its whole duration, so a writer in
 * another process (a {@code reindex}) makes it fail fast with {@link org.incidex.index.IndexLockedException}.
 */
public final class KnowledgeBase {

    /** Progress of the reading, cleaning and extraction of a change; methods may be called from worker threads. */
    public interface Progress {
        Progress NONE = new Progress() {};

        /** {@code total} documents are about to be read. */
        default void start(int total) {}

        /** {@code done} documents are done. */
        default void update(int done) {}

        /** All documents are done. */
        default void finish() {}
    }

    /**
     * What a change did.
     *
     * @param documentsRead documents and table rows read by this change
     * @param added         ids of sources new to the knowledge base, in input order
     * @param replaced      ids of sources that replaced a stored one with the same id
     * @param removed       ids of sources removed
     * @param sources       sources in the knowledge base after the change; -1 when nothing changed and they were not counted
     * @param incidents     incidents in the knowledge base after the change; -1 when nothing changed
     * @param generation    the generation directory now live (unchanged when nothing changed; null when there is none)
     * @param failures      inputs that could not be used, by name
     */
    public record Change(int documentsRead, List<String> added, List<String> replaced, List<String> removed,
                         int sources, int incidents, Path generation, List<DocumentFailure> failures) {
        public Change {
            added = List.copyOf(added);
            replaced = List.copyOf(replaced);
            removed = List.copyOf(removed);
            failures = List.copyOf(failures);
        }

        /** True when a new generation was published. */
        public boolean changed() {
            return !added.isEmpty() || !replaced.isEmpty() || !removed.isEmpty();
        }
    }

    /** One lock per index directory: changes from this process queue instead of failing on the OS lock. */
    private static final java.util.concurrent.ConcurrentHashMap<Path, java.util.concurrent.locks.ReentrantLock> LOCKS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Pipeline pipeline;

    public KnowledgeBase(Pipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    public static KnowledgeBase createDefault() {
        return new KnowledgeBase(Pipeline.createDefault());
    }

    /** The default knowledge base keeping incidents judged attacks with at least {@code minConfidence}. */
    public static KnowledgeBase createDefault(double minConfidence) {
        return new KnowledgeBase(Pipeline.createDefault(minConfidence));
    }

    /**
     * Builds a knowledge base from {@code sources} alone (files, directories, {@code demo}, {@code gtd:FILE},
     * {@code wikipedia-list:FILE}) and publishes it, whatever the live generation holds. When the sources yield no
     * article and no incident (nothing found, or every input failed) nothing is published: the change is unchanged
     * ({@link Change#changed()} false) and its failures say why.
     *
     * @param fingerprint stored in the commit ({@code incidex demo} compares it)
     */
    public Change rebuild(IndexStore store, List<String> sources, String fingerprint, Progress progress)
            throws IOException, InterruptedException {
        var lock = lockFor(store);
        lock.lockInterruptibly();
        try {
            return rebuildLocked(store, sources, fingerprint, progress);
        } finally {
            lock.unlock();
        }
    }

    private Change rebuildLocked(IndexStore store, List<String> sources, String fingerprint, Progress progress)
            throws IOException, InterruptedException {
        try (GenerationWriter writer = store.beginGeneration("incidex reindex")) {
            Pipeline.Plan plan = pipeline.plan(sources);
            Pipeline.Result result = run(plan, progress);
            List<String> ids = new ArrayList<>();
            Map<String, ExtractedArticle> all = new LinkedHashMap<>();
            for (ExtractedArticle a : result.articles()) if (all.putIfAbsent(a.article().id(), a) == null) ids.add(a.article().id());
            if (all.isEmpty() && result.incidents().isEmpty()) {
                // Nothing usable was read (no file, or every one failed): an empty generation would replace the live
                // one with nothing, so none is published and the live one stays.
                return new Change(result.documentsRead(), List.of(), List.of(), List.of(), -1, -1,
                        store.currentGeneration().orElse(null), result.failures());
            }
            return publish(writer, all, result.incidents(), fingerprint, result.documentsRead(), ids, List.of(), List.of(),
                    result.failures());
        }
    }

    /** Adds the documents and rows {@code sources} name to the live knowledge base (see {@link #rebuild}). */
    public Change importSources(IndexStore store, List<String> sources, Progress progress)
            throws IOException, InterruptedException {
        return change(store, "incidex import", pipeline.plan(sources), progress);
    }

    /**
     * Adds documents already in memory (fetched pages, posted articles) to the live knowledge base. The change's
     * {@link Change#added()} and {@link Change#replaced()} give the ids to {@link #remove} them by.
     */
    public Change add(IndexStore store, List<RawDocument> documents, Progress progress)
            throws IOException, InterruptedException {
        return change(store, "incidex add", pipeline.planDocuments(documents), progress);
    }

    /**
     * Removes the source with id {@code articleId} (an article id "a-…", or an imported row's "gtd-…" / "wl-…") and
     * re-merges; its incidents go away unless other sources report them. Nothing is written when no source has that
     * id ({@link Change#removed()} is then empty).
     */
    public Change remove(IndexStore store, String articleId) throws IOException, InterruptedException {
        Objects.requireNonNull(articleId, "articleId");
        var lock = lockFor(store);
        lock.lockInterruptibly();
        try {
            return removeLocked(store, articleId);
        } finally {
            lock.unlock();
        }
    }

    private Change removeLocked(IndexStore store, String articleId) throws IOException {
        try (GenerationWriter writer = store.beginGeneration("incidex remove")) {
            Map<String, ExtractedArticle> all = stored(store);
            if (all.remove(articleId) == null) {
                return new Change(0, List.of(), List.of(), List.of(), all.size(), -1,
                        store.currentGeneration().orElse(null), List.of());
            }
            return publish(writer, all, null, fingerprint(store), 0, List.of(), List.of(), List.of(articleId), List.of());
        }
    }

    /** The sources of the live generation, by id in stored order; empty when there is no generation yet. */
    public static Map<String, ExtractedArticle> stored(IndexStore store) {
        Map<String, ExtractedArticle> all = new LinkedHashMap<>();
        Optional<Path> gen = store.currentGeneration();
        if (gen.isEmpty()) return all;
        List<ExtractedArticle> list = SourceArchive.read(gen.get()).orElseThrow(() -> new IndexStoreException(
                gen.get() + " stores no sources (it was built before generations kept them); run 'incidex reindex' once"));
        for (ExtractedArticle a : list) all.putIfAbsent(a.article().id(), a);
        return all;
    }

    private Change change(IndexStore store, String purpose, Pipeline.Plan plan, Progress progress)
            throws IOException, InterruptedException {
        var lock = lockFor(store);
        lock.lockInterruptibly();
        try {
            return changeLocked(store, purpose, plan, progress);
        } finally {
            lock.unlock();
        }
    }

    private static java.util.concurrent.locks.ReentrantLock lockFor(IndexStore store) {
        return LOCKS.computeIfAbsent(store.root(), r -> new java.util.concurrent.locks.ReentrantLock(true));
    }

    private Change changeLocked(IndexStore store, String purpose, Pipeline.Plan plan, Progress progress)
            throws IOException, InterruptedException {
        try (GenerationWriter writer = store.beginGeneration(purpose)) {
            Map<String, ExtractedArticle> all = stored(store); // under the lock: nobody publishes meanwhile
            Pipeline.Result result = run(plan, progress);
            List<String> added = new ArrayList<>();
            List<String> replaced = new ArrayList<>();
            Set<String> batch = new HashSet<>();
            for (ExtractedArticle a : result.articles()) {
                String id = a.article().id();
                if (!batch.add(id)) continue; // the first copy in input order counts, as in a rebuild
                if (all.put(id, a) == null) added.add(id);
                else replaced.add(id);
            }
            if (added.isEmpty() && replaced.isEmpty()) {
                return new Change(result.documentsRead(), List.of(), List.of(), List.of(), all.size(), -1,
                        store.currentGeneration().orElse(null), result.failures());
            }
            return publish(writer, all, null, fingerprint(store), result.documentsRead(), added, replaced, List.of(),
                    result.failures());
        }
    }

    private Pipeline.Result run(Pipeline.Plan plan, Progress progress) throws InterruptedException {
        progress.start(plan.size());
        Pipeline.Result result = pipeline.run(plan, progress::update);
        progress.finish();
        return result;
    }

    /** Merges (unless {@code merged} is given: the pipeline merged the same sources already), writes, publishes. */
    private static Change publish(GenerationWriter writer, Map<String, ExtractedArticle> all,
                                  List<IncidentRecord> merged, String fingerprint, int read, List<String> added, List<String> replaced, List<String> removed,
                                  List<DocumentFailure> failures) throws IOException {
        List<ExtractedArticle> sources = new ArrayList<>(all.values());
        List<IncidentRecord> incidents = merged != null ? merged : new IncidentMerger().merge(sources);
        writer.addAll(incidents);
        writer.storeSources(sources);
        writer.publish(fingerprint);
        return new Change(read, added, replaced, removed, sources.size(), incidents.size(), writer.directory(), failures);
    }

    /** Changes keep the live generation's fingerprint: they add to what it was built from. */
    private static String fingerprint(IndexStore store) {
        return store.currentCommitData().getOrDefault(Fields.COMMIT_FINGERPRINT, "");
    }
}
