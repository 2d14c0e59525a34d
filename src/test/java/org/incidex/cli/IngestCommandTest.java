package org.incidex.cli;

import org.incidex.index.IndexStore;
import org.incidex.ingest.web.CrawlState;
import org.incidex.testing.Fixtures;
import org.incidex.testing.LoopbackSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code incidex ingest} end to end: a loopback site and feed into a real index, then search it. */
class IngestCommandTest {
    @TempDir
    Path tmp;
    LoopbackSite site;

    static String page(String title, String text) {
        return "<!DOCTYPE html><html><head><meta charset=utf-8><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"2013-09-21T12:00:00Z\"></head>"
                + "<body><article><h1>" + title + "</h1><p>" + text + "</p></article></body></html>";
    }

    @BeforeEach
    void start() throws Exception {
        site = new LoopbackSite();
        site.text("/robots.txt", "text/plain", "User-agent: Incidex\nDisallow: /members/\n");
        site.page("/nairobi", page("Gunmen storm Nairobi mall",
                "Gunmen stormed the Westgate shopping mall in Nairobi, Kenya, on Saturday, killing 67 people."));
        site.page("/members/x", page("Members only", "Hidden."));
        site.text("/feed", "application/rss+xml", "<rss version=\"2.0\"><channel><title>W</title>"
                + "<item><link>/nairobi</link></item><item><link>/members/x</link></item></channel></rss>");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void feedIngestIndexesNewItemsReportsFailuresAndSkipsUnchangedOnTheNextRun() {
        String index = tmp.resolve("idx").toString();
        CliTest.Run first = CliTest.run("ingest", "--index", index, "--delay", "0", "--feed", site.url("/feed"));
        assertThat(first.code()).as(first.out() + first.err()).isEqualTo(1);
        assertThat(first.out()).contains("Fetched 2 URLs: 1 added, 0 updated, 0 unchanged, 0 duplicates, 1 failed.")
                .contains("blocked-by-robots (1):", site.url("/members/x") + " — ");
        assertThat(tmp.resolve("idx").resolve(CrawlState.FILE)).exists();
        CliTest.Run search = CliTest.run("search", "--index", index, "Westgate");
        assertThat(search.code()).isZero();
        assertThat(search.out()).contains("Nairobi");

        CliTest.Run second = CliTest.run("ingest", "--index", index, "--delay", "0", site.url("/nairobi"));
        assertThat(second.code()).isZero();
        assertThat(second.out()).startsWith("Fetched 1 URLs: 0 added, 0 updated, 1 unchanged, 0 duplicates, 0 failed.");
    }

    @Test
    void addsToAnIndexBuiltByReindexAndNeedsAUrl() throws Exception {
        String built = tmp.resolve("built").toString();
        CliTest.run("reindex", "--index", built, org.incidex.testing.Fixtures.articlesDir().toString());
        int before = org.incidex.kb.KnowledgeBase.stored(IndexStore.at(tmp.resolve("built"))).size();
        assertThat(before).isEqualTo(6);
        CliTest.Run r = CliTest.run("ingest", "--index", built, "--delay", "0", site.url("/nairobi"));
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(org.incidex.kb.KnowledgeBase.stored(IndexStore.at(tmp.resolve("built")))).hasSize(before + 1);
        assertThat(CliTest.run("search", "--index", built, "Westgate").out()).contains("Nairobi");
        assertThat(CliTest.run("ingest", "--index", tmp.toString()).code()).isEqualTo(2);
        CliTest.Run file = CliTest.run("ingest", "--index", tmp.resolve("x").toString(), "file:///etc/passwd");
        assertThat(file.code()).isEqualTo(1);
        assertThat(file.out()).contains("unsupported-url (1):", "file:///etc/passwd — scheme 'file:' is not fetched");
    }
}
