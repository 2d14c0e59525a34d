package org.incidex.cli;

import org.incidex.index.IndexStore;
import org.incidex.index.LiveIndex;
import org.incidex.search.SearchRequest;
import org.incidex.search.SearchService;
import org.incidex.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code incidex eval search} on the article fixtures with a small judged file. */
class EvalSearchTest {
    @TempDir
    Path tmp;

    @Test
    void printsNdcgPerQueryAndTheMean() throws Exception {
        Path index = tmp.resolve("idx");
        Fixtures.indexFixtures(index);
        String bamako;
        String nairobi;
        try (LiveIndex live = new LiveIndex(IndexStore.at(index))) {
            live.refresh();
            SearchService s = new SearchService(live);
            bamako = s.search(SearchRequest.of("\"Radisson Blu\"")).hits().get(0).id();
            nairobi = s.search(SearchRequest.of("Westgate")).hits().get(0).id();
        }
        Path judged = tmp.resolve("judged.tsv");
        // the second query judges an incident that is not what it asks for: it comes third of three (its text
        // mentions a bombing), so its nDCG is 1 / log2(4) = 0.5
        Files.writeString(judged, "# test\nhotel siege Bamako\t" + bamako + "=2\tfixture\tthe siege\n"
                + "Kabul bombing\t" + nairobi + "=2\n");
        CliTest.Run r = CliTest.run("eval", "search", "--index", index.toString(), "--queries", judged.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("  1.000").contains(bamako + "=2@1")
                .contains("  0.500      3  Kabul bombing").contains(nairobi + "=2@3")
                .contains("mean nDCG@10 0.750 over 2 queries");
    }

    @Test
    void badFilesAndMissingIndexesExitOne() throws Exception {
        Path judged = tmp.resolve("bad.tsv");
        Files.writeString(judged, "hotel\tinc-1=3\n");
        Path index = tmp.resolve("idx");
        Fixtures.indexFixtures(index);
        CliTest.Run bad = CliTest.run("eval", "search", "--index", index.toString(), "--queries", judged.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("bad.tsv:1").contains("inc-1=3");
        CliTest.Run none = CliTest.run("eval", "search", "--index", tmp.resolve("nothing").toString());
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("no index");
    }
}
