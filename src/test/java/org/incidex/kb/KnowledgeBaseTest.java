package org.incidex.kb;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.incidex.index.Fields;
import org.incidex.index.IndexStore;
import org.incidex.index.IndexStoreException;
import org.incidex.index.LiveIndex;
import org.incidex.index.SourceArchive;
import org.incidex.model.FigureRange;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Json;
import org.incidex.model.RawDocument;
import org.incidex.model.SourceFigures;
import org.incidex.search.IncidentView;
import org.incidex.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnowledgeBaseTest {
    static final Path REPORTS = Path.of("src/test/resources/org/incidex/kb/three-reports");
    static final String COURIER = REPORTS.resolve("sahel-wire-maiduguri.html").toString();   // 10 June: 16 killed
    static final String LEDGER = REPORTS.resolve("meridian-ledger-borno.html").toString();   // 11 June: 19
    static final String DESK = REPORTS.resolve("global-desk-nigeria.html").toString();       // 12 June: 18

    @TempDir
    Path tmp;

    static final KnowledgeBase KB = new KnowledgeBase(new Pipeline(ArticleProcessor.createDefault(),
            new org.incidex.ingest.DocumentReader(), 2));

    /** The check: three differently worded reports with tolls 16, 18 and 19 are one incident. */
    @Test
    void threeReportsOfOneBombingAreOneIncidentWithTheRangeAndWhoSaidWhat() throws Exception {
        IndexStore store = IndexStore.at(tmp.resolve("index"));
        KnowledgeBase.Change c = KB.rebuild(store, List.of(REPORTS.toString()), "test", KnowledgeBase.Progress.NONE);
        assertThat(c.failures()).isEmpty();
        assertThat(c.incidents()).isEqualTo(1);
        IncidentRecord r = incidents(store).get(0);
        assertThat(r.fields().place().city()).isEqualTo("Maiduguri");
        assertThat(r.fields().date()).isEqualTo("2023-06-10");
        assertThat(r.sources()).hasSize(3);
        assertThat(r.sources()).extracting(s -> s.site())
                .containsExactlyInAnyOrder("Lake Chad Courier", "The Meridian Ledger", "Global Desk");
        assertThat(r.killedRange()).isEqualTo(new FigureRange(16, 19));
        assertThat(r.fields().killed()).isEqualTo(18); // the latest report (12 June) revised it down, not the highest
        assertThat(r.injuredRange()).isEqualTo(new FigureRange(40, 40));
        assertThat(r.hostagesRange()).isNull();
        assertThat(r.figures()).extracting(SourceFigures::killed).containsExactlyInAnyOrder(16, 19, 18);
        SourceFigures ledger = r.figures().stream().filter(f -> f.killed() == 19).findFirst().orElseThrow();
        assertThat(r.sources().stream().filter(s -> s.id().equals(ledger.sourceId())).findFirst().orElseThrow().site())
                .isEqualTo("The Meridian Ledger");
        assertThat(ledger.published()).isEqualTo("2023-06-11");

        // The incident view (what GET /api/v1/incidents/{id} returns) carries the ranges and who said what.
        try (LiveIndex live = new LiveIndex(store)) {
            live.refresh();
            IncidentView v = new SearchService(live).incident(r.id()).orElseThrow();
            assertThat(v.killed()).isEqualTo(18);
            assertThat(v.killedRange()).isEqualTo(new FigureRange(16, 19));
            assertThat(v.figures()).hasSize(3);
            String json = Json.write(v);
            assertThat(json).contains("\"killedRange\":{\"min\":16,\"max\":19}");
        }
    }

    /** Import adds to the live index: only the new document is read, and the stored ones are re-merged with it. */
    @Test
    void importAddsOneArticleWithoutRereadingAndRemoveTakesItBack() throws Exception {
        IndexStore store = IndexStore.at(tmp.resolve("index"));
        KB.rebuild(store, List.of(COURIER, LEDGER), "two reports", KnowledgeBase.Progress.NONE);
        IncidentRecord before = incidents(store).get(0);
        assertThat(before.fields().killed()).isEqualTo(19);

        KnowledgeBase.Change c = KB.importSources(store, List.of(DESK), KnowledgeBase.Progress.NONE);
        assertThat(c.documentsRead()).isEqualTo(1);
        assertThat(c.added()).hasSize(1);
        assertThat(c.sources()).isEqualTo(3);
        assertThat(c.incidents()).isEqualTo(1);
        assertThat(store.currentGeneration().orElseThrow().getFileName().toString()).isEqualTo("gen-000002");
        assertThat(store.currentCommitData().get(Fields.COMMIT_FINGERPRINT)).isEqualTo("two reports");
        IncidentRecord after = incidents(store).get(0);
        assertThat(after.id()).isEqualTo(before.id()); // bookmarks keep working
        assertThat(after.sources()).hasSize(3);
        assertThat(after.fields().killed()).isEqualTo(18);
        assertThat(after.killedRange()).isEqualTo(new FigureRange(16, 19));

        // The same article again replaces itself: nothing grows.
        KnowledgeBase.Change again = KB.importSources(store, List.of(DESK), KnowledgeBase.Progress.NONE);
        assertThat(again.added()).isEmpty();
        assertThat(again.replaced()).containsExactlyElementsOf(c.added());
        assertThat(again.sources()).isEqualTo(3);
        assertThat(incidents(store).get(0).sources()).hasSize(3);

        KnowledgeBase.Change removed = KB.remove(store, c.added().get(0));
        assertThat(removed.removed()).containsExactly(c.added().get(0));
        IncidentRecord back = incidents(store).get(0);
        assertThat(back.sources()).hasSize(2);
        assertThat(back.fields().killed()).isEqualTo(19);
        assertThat(KB.remove(store, "a-nosuchid").changed()).isFalse();
    }

    /** web ingest's entry point: documents in memory; a bad one is a typed failure and the rest are added. */
    @Test
    void addTakesDocumentsInMemoryAndReportsBadOnes() throws Exception {
        IndexStore store = IndexStore.at(tmp.resolve("index"));
        KnowledgeBase.Change c = KB.add(store, List.of(
                new RawDocument("posted:1", Files.readAllBytes(Path.of(COURIER)), "text/html"),
                new RawDocument("posted:2", new byte[0], "text/html")), KnowledgeBase.Progress.NONE);
        assertThat(c.added()).hasSize(1);
        assertThat(c.failures()).extracting(f -> f.source() + " " + f.reason()).containsExactly("posted:2 EMPTY");
        assertThat(incidents(store)).hasSize(1);
        assertThat(SourceArchive.read(store.currentGeneration().orElseThrow()).orElseThrow()).hasSize(1);
    }

    /** Live POSTs arrive concurrently: changes from one process queue instead of failing on the write lock. */
    @Test
    void concurrentAddsFromOneProcessAllLand() throws Exception {
        IndexStore store = IndexStore.at(tmp.resolve("index"));
        List<String> pages = List.of(COURIER, LEDGER, DESK);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<KnowledgeBase.Change>> fs = new ArrayList<>();
            for (String p : pages) {
                byte[] bytes = Files.readAllBytes(Path.of(p));
                fs.add(pool.submit(() -> KB.add(store, List.of(new RawDocument(p, bytes, null)), KnowledgeBase.Progress.NONE)));
            }
            for (var f : fs) assertThat(f.get().added()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(KnowledgeBase.stored(store)).hasSize(3);
        assertThat(incidents(store)).singleElement().satisfies(r -> assertThat(r.sources()).hasSize(3));
    }

    @Test
    void aGenerationWithoutStoredSourcesIsRefusedByName() throws Exception {
        IndexStore store = IndexStore.at(tmp.resolve("index"));
        KB.rebuild(store, List.of(COURIER), "one", KnowledgeBase.Progress.NONE);
        Path gen = store.currentGeneration().orElseThrow();
        Files.delete(gen.resolve(SourceArchive.FILE));
        assertThatThrownBy(() -> KB.importSources(store, List.of(DESK), KnowledgeBase.Progress.NONE))
                .isInstanceOf(IndexStoreException.class).hasMessageContaining(gen.toString())
                .hasMessageContaining("incidex reindex");
        assertThat(store.currentGeneration().orElseThrow()).isEqualTo(gen); // nothing was published
    }

    /** Every incident of the live generation, read back from its stored JSON, sorted by id. */
    static List<IncidentRecord> incidents(IndexStore store) throws Exception {
        List<IncidentRecord> out = new ArrayList<>();
        try (FSDirectory d = FSDirectory.open(store.currentGeneration().orElseThrow());
             DirectoryReader reader = DirectoryReader.open(d)) {
            StoredFields sf = reader.storedFields();
            for (int i = 0; i < reader.maxDoc(); i++) out.add(Json.read(sf.document(i).get(Fields.JSON), IncidentRecord.class));
        }
        out.sort(java.util.Comparator.comparing(IncidentRecord::id));
        return out;
    }
}
