package org.incidex.kb;

import org.incidex.ingest.DocumentReader;
import org.incidex.ingest.SourceResolver;
import org.incidex.ingest.demo.DemoCorpus;
import org.incidex.model.DocumentFailure;
import org.incidex.model.ExtractedArticle;
import org.incidex.model.FailureReason;
import org.incidex.model.IncidentRecord;
import org.incidex.model.RawDocument;
import org.incidex.model.RejectedDocumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The whole way from SOURCE arguments to knowledge-base incidents: resolve sources, read, clean and extract every
 * document on all cores, then merge the articles' incidents. Each document that cannot be used is a
 * {@link DocumentFailure} in the result; nothing is swallowed and nothing stops the run except interruption.
 * Thread-safe: each {@link #run} uses its own pool.
 */
public final class Pipeline {
    /** Bumped whenever cleaning, extraction or merging changes what an index would hold. */
    public static final String VERSION = "2"; // 2: attack-type compatibility, figure ranges, stored sources

    /** What a run produced. */
    public record Result(int documentsRead, List<ExtractedArticle> articles, List<IncidentRecord> incidents,
                         List<DocumentFailure> failures) {
        public Result {
            articles = List.copyOf(articles);
            incidents = List.copyOf(incidents);
            failures = List.copyOf(failures);
        }
    }

    /** One unit of work: a file or a rendered demo page. */
    private sealed interface Work permits FileWork, DocWork {}

    private record FileWork(SourceResolver.FileInput input) implements Work {}

    private record DocWork(RawDocument doc) implements Work {}

    private final ArticleProcessor processor;
    private final DocumentReader reader;
    private final int threads;
    private volatile TableImporter tables;

    public Pipeline(ArticleProcessor processor, DocumentReader reader, int threads) {
        this.processor = Objects.requireNonNull(processor, "processor");
        this.reader = Objects.requireNonNull(reader, "reader");
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        this.threads = threads;
    }

    public static Pipeline createDefault() {
        return new Pipeline(ArticleProcessor.createDefault(), new DocumentReader(),
                Runtime.getRuntime().availableProcessors());
    }

    /** The default pipeline keeping incidents judged attacks with at least {@code minConfidence}. */
    public static Pipeline createDefault(double minConfidence) {
        return new Pipeline(ArticleProcessor.createDefault(minConfidence), new DocumentReader(),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * The documents a run over {@code sources} will read, the table rows already read (coded incidents need no
     * extraction), how many table rows could not be read, and the sources and rows that are not usable.
     */
    public record Plan(List<?> work, List<ExtractedArticle> rows, int badRows, List<DocumentFailure> failures) {
        public Plan {
            work = List.copyOf(work);
            rows = List.copyOf(rows);
            failures = List.copyOf(failures);
        }

        /** Number of documents to read. */
        public int size() {
            return work.size();
        }
    }

    /** Resolves {@code sources} into documents to read (renders the demo corpus when named; reads tables). */
    public Plan plan(List<String> sources) {
        SourceResolver.Resolved resolved = new SourceResolver().resolve(sources);
        List<ExtractedArticle> rows = new ArrayList<>();
        List<DocumentFailure> failures = new ArrayList<>(resolved.failures());
        int badRows = 0;
        for (SourceResolver.Input in : resolved.inputs()) {
            if (in instanceof SourceResolver.TableInput t) {
                TableImporter.Result r = tables().read(t.format(), t.path(), t.source());
                rows.addAll(r.rows());
                failures.addAll(r.failures());
                badRows += (int) r.failures().stream().filter(f -> f.reason() == FailureReason.BAD_ROW).count();
            }
        }
        return new Plan(expand(resolved.inputs()), rows, badRows, failures);
    }

    /** A plan over documents already in memory (web ingest, posted articles). */
    public Plan planDocuments(List<RawDocument> documents) {
        return new Plan(documents.stream().map(DocWork::new).toList(), List.of(), 0, List.of());
    }

    private TableImporter tables() {
        TableImporter t = tables;
        if (t == null) tables = t = TableImporter.createDefault();
        return t;
    }

    /** Plans and runs over {@code sources}. */
    public Result run(List<String> sources, IntConsumer progress) throws InterruptedException {
        return run(plan(sources), progress);
    }

    /** Runs a plan; {@code progress} receives (on worker threads) the number of documents done so far. */
    public Result run(Plan plan, IntConsumer progress) throws InterruptedException {
        List<Work> work = plan.work().stream().map(Work.class::cast).toList();
        List<DocumentFailure> failures = new ArrayList<>(plan.failures());
        List<ExtractedArticle> articles = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "incidex-pipeline");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<Object>> futures = new ArrayList<>(work.size());
            for (Work w : work) {
                futures.add(pool.submit(() -> {
                    Object r = processOne(w);
                    progress.accept(done.incrementAndGet());
                    return r;
                }));
            }
            for (Future<Object> f : futures) {
                Object r = get(f);
                if (r instanceof ExtractedArticle a) articles.add(a);
                else failures.add((DocumentFailure) r);
            }
        } finally {
            pool.shutdownNow();
        }
        articles.addAll(plan.rows());
        return new Result(work.size() + plan.rows().size() + plan.badRows(), articles, new IncidentMerger().merge(articles), failures);
    }

    private List<Work> expand(List<SourceResolver.Input> inputs) {
        List<Work> work = new ArrayList<>();
        for (SourceResolver.Input in : inputs) {
            switch (in) {
                case SourceResolver.FileInput f -> work.add(new FileWork(f));
                case SourceResolver.DemoInput d -> DemoCorpus.load().documents().forEach(doc -> work.add(new DocWork(doc)));
                case SourceResolver.TableInput t -> { } // read by plan()
            }
        }
        return work;
    }

    private Object processOne(Work w) {
        String source = switch (w) {
            case FileWork f -> f.input().source();
            case DocWork d -> d.doc().source();
        };
        try {
            RawDocument doc = switch (w) {
                case FileWork f -> reader.read(f.input().path(), f.input().source());
                case DocWork d -> reader.check(d.doc());
            };
            return processor.process(doc, null);
        } catch (RejectedDocumentException e) {
            return e.toFailure();
        } catch (RuntimeException | StackOverflowError e) {
            return new DocumentFailure(source, FailureReason.PROCESSING_ERROR, e.toString());
        }
    }

    private static Object get(Future<Object> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("pipeline task failed unexpectedly", e.getCause());
        }
    }
}
