package org.incidex.kb;

import org.incidex.index.IndexStore;
import org.incidex.ingest.demo.DemoCorpus;
import org.incidex.model.IncidentRecord;
import org.incidex.model.RawDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The check: the seed page, added to a knowledge base that has the Sevare siege, attaches to it. */
class SeedAttachesTest {
    @TempDir
    Path tmp;

    @Test
    void theSeedPageAttachesToTheExistingSevareIncident() throws Exception {
        Path seed = Path.of(System.getProperty("incidex.shared", "../shared"), "seed", "bamako-radisson-live-blog.txt");
        if (!Files.exists(seed)) System.err.println("SKIPPED: " + seed + " not found (../shared is absent)");
        Assumptions.assumeTrue(Files.exists(seed), "SKIPPED: ../shared/seed not found");

        RawDocument sevarePage = DemoCorpus.load().documents().stream()
                .filter(d -> d.source().contains("sevare")).findFirst().orElseThrow();
        IndexStore store = IndexStore.at(tmp.resolve("index"));
        KnowledgeBaseTest.KB.add(store, List.of(sevarePage), KnowledgeBase.Progress.NONE);
        List<IncidentRecord> before = KnowledgeBaseTest.incidents(store);
        assertThat(before).hasSize(1);
        IncidentRecord sevare = before.get(0);
        assertThat(IncidentMerger.fold(sevare.fields().place().city())).isEqualTo("sevare");

        StringBuilder html = new StringBuilder("<html><head><title>Bamako hotel siege: live</title>"
                + "<meta property=\"article:published_time\" content=\"2015-11-20\"></head><body>");
        for (String line : Files.readAllLines(seed)) {
            if (!line.isBlank()) html.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        html.append("</body></html>");
        KnowledgeBase.Change c = KnowledgeBaseTest.KB.add(store,
                List.of(new RawDocument("seed.html", html.toString().getBytes(StandardCharsets.UTF_8), "text/html")),
                KnowledgeBase.Progress.NONE);
        assertThat(c.failures()).isEmpty();
        assertThat(c.incidents()).isEqualTo(2); // Bamako is new; Sevare is not duplicated

        List<IncidentRecord> after = KnowledgeBaseTest.incidents(store);
        IncidentRecord sevareAfter = after.stream().filter(i -> i.id().equals(sevare.id())).findFirst().orElseThrow();
        assertThat(sevareAfter.sources()).extracting(s -> s.id())
                .containsExactly(sevare.sources().get(0).id(), c.added().get(0));
        assertThat(sevareAfter.title()).isEqualTo(sevare.title()); // the page about it stays the main source
        assertThat(sevareAfter.fields().date()).isEqualTo(sevare.fields().date());
        assertThat(after).filteredOn(i -> "Bamako".equals(i.fields().place().city())).hasSize(1);
    }
}
