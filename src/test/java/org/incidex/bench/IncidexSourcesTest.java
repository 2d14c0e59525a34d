package org.incidex.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reindex is handed exactly the run's pages, even when the corpus directory holds a larger run's pages too. */
class IncidexSourcesTest {
    @TempDir
    Path dir;

    @Test
    void wholeDirectoriesByNameAndAPartlyUsedOneByItsPages() throws Exception {
        List<BenchDoc> docs = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Path f = Files.createDirectories(dir.resolve(String.format("%04d", i / 10))).resolve("p" + i + ".html");
            Files.writeString(f, "<p>x</p>");
            docs.add(new BenchDoc("p" + i, f, "2015-01-01", 2015, "Mali", "Gao", List.of(), "Bombing", "Police", 1));
        }
        List<BenchDoc> run = docs.subList(0, 13); // all of 0000, three pages of 0001
        assertThat(IncidexSystem.sources(run)).containsExactly(dir.resolve("0000").toString(),
                dir.resolve("0001/p10.html").toString(), dir.resolve("0001/p11.html").toString(),
                dir.resolve("0001/p12.html").toString());
        assertThat(IncidexSystem.sources(docs)).containsExactly(dir.resolve("0000").toString(),
                dir.resolve("0001").toString(), dir.resolve("0002").toString());
    }
}
