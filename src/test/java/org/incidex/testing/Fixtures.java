package org.incidex.testing;

import org.incidex.clean.ArticleCleaner;
import org.incidex.extract.TestLexicons;
import org.incidex.index.GenerationWriter;
import org.incidex.index.IndexStore;
import org.incidex.ingest.DocumentReader;
import org.incidex.kb.ArticleProcessor;
import org.incidex.kb.Pipeline;
import org.incidex.model.IncidentRecord;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The small article fixture set and helpers to index it, shared by the api, search and cli tests. */
public final class Fixtures {
    private Fixtures() {}

    /** src/test/resources/org/incidex/fixtures/articles: 6 articles (5 incidents) and 3 unusable files. */
    public static Path articlesDir() {
        try {
            return Path.of(Fixtures.class.getResource("/org/incidex/fixtures/articles").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A pipeline over the fixed test group list, so expectations do not move when the curated list grows. */
    public static Pipeline pipeline() {
        return new Pipeline(new ArticleProcessor(new ArticleCleaner(), TestLexicons.extractor()), new DocumentReader(), 2);
    }

    /** Runs the pipeline over the fixtures and publishes one generation into {@code root}. */
    public static Pipeline.Result indexFixtures(Path root) throws Exception {
        Pipeline.Result r = pipeline().run(List.of(articlesDir().toString()), n -> { });
        try (GenerationWriter w = IndexStore.at(root).beginGeneration("test")) {
            for (IncidentRecord i : r.incidents()) w.add(i);
            w.publish("fixtures");
        }
        return r;
    }
}
