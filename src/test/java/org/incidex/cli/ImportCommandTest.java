package org.incidex.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {
    static final Path REPORTS = Path.of("src/test/resources/org/incidex/kb/three-reports");
    static final Path TABLES = Path.of("src/test/resources/org/incidex/kb/tables");

    @TempDir
    Path tmp;

    @Test
    void importAddsToTheLiveIndexAndNamesBadRows() throws Exception {
        String index = tmp.resolve("index").toString();
        CliTest.Run r = CliTest.run("reindex", "--index", index, REPORTS.resolve("sahel-wire-maiduguri.html").toString());
        assertThat(r.code()).as(r.err()).isZero();

        r = CliTest.run("import", "--index", index, REPORTS.resolve("global-desk-nigeria.html").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Read 1 documents: 1 added, 0 replaced, 0 failed. Indexed 1 incidents from 2 sources into ");

        String gtd = "gtd:" + TABLES.resolve("gtd-sample.csv");
        r = CliTest.run("import", "--index", index, gtd);
        assertThat(r.code()).isEqualTo(Cli.FAILED);
        assertThat(r.out()).startsWith("Read 7 documents: 4 added, 0 replaced, 3 failed. Indexed 4 incidents from 6 sources")
                .contains("bad-row (3):")
                .contains(gtd + " line 5 (eventid 201903330001) — iday 33 is outside 0..31");

        r = CliTest.run("search", "--index", index, "--json", "Maiduguri");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"total\":2"); // the GTD file codes a second bombing that day
    }

    @Test
    void anIndexWithoutStoredSourcesIsRefusedWithWhatToDo() throws Exception {
        Path index = tmp.resolve("index");
        assertThat(CliTest.run("reindex", "--index", index.toString(), REPORTS.toString()).code()).isZero();
        try (var gens = Files.newDirectoryStream(index, "gen-*")) {
            for (Path g : gens) Files.delete(g.resolve("sources.jsonl.gz"));
        }
        CliTest.Run r = CliTest.run("import", "--index", index.toString(), "gtd:" + TABLES.resolve("gtd-few-columns.csv"));
        assertThat(r.code()).isEqualTo(Cli.FAILED);
        assertThat(r.err()).contains("stores no sources").contains("run 'incidex reindex' once");
    }
}
