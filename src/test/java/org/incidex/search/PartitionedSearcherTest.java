package org.incidex.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.lucene.index.IndexReader;
import org.incidex.index.Fields;
import org.incidex.index.IncidexAnalyzer;
import org.incidex.index.IndexSnapshot;
import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.testing.SyntheticIncidents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a search is cut into slices, and how: the estimate that keeps rare words whole, and the slices themselves. */
class PartitionedSearcherTest {
    @TempDir
    static Path dir;
    static LiveIndex live;
    static IndexSnapshot snap;
    static IndexReader reader;
    static final QueryBuilder QUERIES = new QueryBuilder(new IncidexAnalyzer(), Fields.facetsConfig());

    @BeforeAll
    static void index() throws Exception {
        SyntheticIncidents.index(dir, 5);
        live = new LiveIndex(IndexStore.at(dir));
        live.refresh();
        snap = live.acquire().orElseThrow();
        reader = snap.searcher().getIndexReader();
    }

    @AfterAll
    static void close() {
        snap.release();
        live.close();
    }

    private static long estimate(String q) throws Exception {
        return PartitionedSearcher.estimate(QUERIES.textQuery(SearchRequest.of(q), reader), reader);
    }

    @Test
    void estimateBoundsTheMatchesFromTermStatistics() throws Exception {
        int all = SyntheticIncidents.ALL.size();
        assertThat(estimate("")).as("everything").isEqualTo(reader.maxDoc());
        assertThat(estimate("wire")).as("in every text, no title").isEqualTo(all);
        assertThat(estimate("wire NOT Mali")).as("a negated word adds nothing").isEqualTo(all);
        assertThat(estimate("zzqqx")).as("a word no incident has").isZero();
        assertThat(estimate("Baga")).as("title, summary and text of one incident").isBetween(1L, 3L);
        assertThat(estimate("bomb*")).as("a prefix is not bounded by statistics").isEqualTo(reader.maxDoc());
    }

    @Test
    void slicesAreEqualAndCoverEveryDocumentOnce() {
        PartitionedSearcher s = new PartitionedSearcher(reader, Runnable::run, 3, 1);
        var slices = s.getSlices();
        assertThat(slices).hasSize(3);
        int total = 0;
        for (var slice : slices) {
            int docs = 0;
            for (var p : slice.partitions) {
                docs += Math.min(p.maxDocId, p.ctx.reader().maxDoc()) - p.minDocId;
            }
            assertThat(docs).isEqualTo(reader.maxDoc() / 3);
            total += docs;
        }
        assertThat(total).isEqualTo(reader.maxDoc());
        assertThat(new PartitionedSearcher(reader, Runnable::run, 3, reader.maxDoc()).getSlices())
                .as("too few documents to be worth slices: Lucene's default, one slice").hasSize(1);
    }
}
