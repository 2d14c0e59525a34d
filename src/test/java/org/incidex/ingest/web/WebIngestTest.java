package org.incidex.ingest.web;

import org.incidex.ingest.ArticleSink;
import org.incidex.model.DocumentFailure;
import org.incidex.model.RawDocument;
import org.incidex.testing.LoopbackSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Web ingest against a loopback site: feeds, dedup, crawl state, robots, redirects, caps and timeouts. */
class WebIngestTest {
    @TempDir
    Path index;
    LoopbackSite site;
    FakeSink sink = new FakeSink();

    /** Records what it is given; article id = "a-" + the document's source path. */
    static final class FakeSink implements ArticleSink {
        final List<List<String>> batches = new ArrayList<>();
        final List<String> removed = new ArrayList<>();

        @Override
        public Result add(List<RawDocument> documents) {
            batches.add(documents.stream().map(RawDocument::source).toList());
            List<Added> added = new ArrayList<>();
            for (RawDocument d : documents) {
                String body = new String(d.bytes(), StandardCharsets.UTF_8);
                // the id follows the text when the page has no canonical link, as the real one does
                String id = body.contains("rel=\"canonical\"") ? "a-" + d.source().replaceAll(".*/", "")
                        : "a-" + Integer.toHexString(body.hashCode());
                added.add(new Added(d.source(), id, List.of("inc-" + id.substring(2))));
            }
            return new Result(added, List.of());
        }

        @Override
        public boolean remove(String articleId) {
            removed.add(articleId);
            return true;
        }
    }

    static String article(String title, String canonical, String text) {
        return "<!DOCTYPE html><html><head><meta charset=utf-8><title>" + title + "</title>"
                + (canonical == null ? "" : "<link rel=\"canonical\" href=\"" + canonical + "\">")
                + "</head><body><nav><a href=/>Home</a></nav><article><h1>" + title + "</h1><p>" + text
                + "</p></article><script>var cacheBuster=" + System.nanoTime() + ";</script></body></html>";
    }

    static String rss(String... links) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>");
        for (String l : links) {
            sb.append("<item><title>Item ").append(l).append("</title><link>").append(l)
                    .append("</link><pubDate>Fri, 20 Nov 2015 10:00:00 GMT</pubDate></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    @BeforeEach
    void start() throws Exception {
        site = new LoopbackSite();
        site.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    WebFetcher fetcher(Duration delay) {
        return new WebFetcher(WebFetcher.Config.defaults("test").withPolitenessDelay(delay));
    }

    WebIngest ingest() throws Exception {
        return new WebIngest(fetcher(Duration.ZERO), sink, CrawlState.load(index));
    }

    @Test
    void feedRunsAddNewSkipUnchangedAndUpdateChanged() throws Exception {
        site.page("/news/one", article("Bomb in Kabul", "/news/one", "A bomb killed 12 people in Kabul on Monday."));
        site.page("/news/two", article("Siege in Bamako", "/news/two", "Gunmen took 170 hostages in Bamako."));
        site.text("/feed.xml", "application/rss+xml", rss("/news/one", "/news/two"));

        WebIngest.Report first = ingest().ingestFeed(site.url("/feed.xml"));
        assertThat(first.failures()).isEmpty();
        assertThat(first.outcomes()).extracting(o -> o.status() + " " + o.canonicalUrl().replaceAll(".*/news", ""))
                .containsExactly("ADDED /one", "ADDED /two");
        assertThat(sink.batches).containsExactly(List.of(site.url("/news/one"), site.url("/news/two")));
        assertThat(index.resolve(CrawlState.FILE)).exists();

        // Second run, a new process as far as state goes: one page changed, one new, one the same.
        site.page("/news/two", article("Siege in Bamako", "/news/two", "Gunmen took 170 hostages in Bamako; 20 died."));
        site.page("/news/three", article("Mall attack in Nairobi", "/news/three", "Gunmen killed 67 in Nairobi."));
        site.text("/feed.xml", "application/atom+xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title>"
                + "<entry><title>One</title><link href=\"/news/one\"/><updated>2015-11-20T10:00:00Z</updated></entry>"
                + "<entry><title>Two</title><link rel=\"alternate\" href=\"/news/two\"/></entry>"
                + "<entry><title>Three</title><link href=\"/news/three\"/></entry></feed>");
        WebIngest.Report second = ingest().ingestFeed(site.url("/feed.xml"));
        assertThat(second.failures()).isEmpty();
        assertThat(second.outcomes()).extracting(o -> o.status() + " " + o.canonicalUrl().replaceAll(".*/news", ""))
                .containsExactly("UNCHANGED /one", "UPDATED /two", "ADDED /three");
        assertThat(sink.batches.get(1)).containsExactly(site.url("/news/two"), site.url("/news/three"));
        assertThat(sink.removed).isEmpty(); // same canonical URL, same article id: replaced in place

        // Third run: nothing changed, nothing handed on.
        WebIngest.Report third = ingest().ingestFeed(site.url("/feed.xml"));
        assertThat(third.count(WebIngest.Status.UNCHANGED)).isEqualTo(3);
        assertThat(sink.batches).hasSize(2);
    }

    @Test
    void changedPageWithoutCanonicalReplacesItsOldArticle() throws Exception {
        site.page("/p", article("Attack", null, "Version one of the story."));
        WebIngest.Report a = ingest().ingest(List.of(site.url("/p")));
        String oldId = a.outcomes().get(0).articleId();
        site.page("/p", article("Attack", null, "Version two of the story, with more detail."));
        WebIngest.Report b = ingest().ingest(List.of(site.url("/p")));
        assertThat(b.outcomes().get(0).status()).isEqualTo(WebIngest.Status.UPDATED);
        assertThat(b.outcomes().get(0).articleId()).isNotEqualTo(oldId);
        assertThat(sink.removed).containsExactly(oldId);
    }

    @Test
    void duplicatesByCanonicalUrlAndByContent() throws Exception {
        String text = "Gunmen attacked a checkpoint near Gao, killing four soldiers.";
        site.page("/a", article("Gao attack", site.url("/a"), text));
        site.page("/b", article("Other story", null, "A different story about floods."));
        site.page("/b-copy", article("Other story", null, "A different   story about floods."));
        WebIngest.Report r = ingest().ingest(List.of(site.url("/a?utm_source=feed"), site.url("/a#top"),
                site.url("/b"), site.url("/b-copy")));
        assertThat(r.outcomes()).extracting(o -> o.status() + " " + (o.duplicateOf() == null ? "-" : o.duplicateOf().replaceAll(".*/", "/")))
                .containsExactly("ADDED -", "DUPLICATE /a", "ADDED -", "DUPLICATE /b");
        assertThat(sink.batches).containsExactly(List.of(site.url("/a?utm_source=feed"), site.url("/b")));
    }

    @Test
    void robotsDisallowIsRespectedAndTheUserAgentIsClear() throws Exception {
        site.page("/private/secret", article("Secret", null, "Nobody should fetch this."));
        site.page("/public", article("Public", null, "Anyone may fetch this."));
        WebIngest.Report r = ingest().ingest(List.of(site.url("/private/secret"), site.url("/public")));
        assertThat(r.failures()).extracting(f -> f.source() + " " + f.reason().label())
                .containsExactly(site.url("/private/secret") + " blocked-by-robots");
        assertThat(r.failures().get(0).detail()).contains("robots.txt disallows /private/secret");
        assertThat(site.paths()).containsExactly("/robots.txt", "/public"); // robots fetched once, secret never
        assertThat(site.hits()).allSatisfy(h -> assertThat(h.userAgent()).startsWith("Incidex/test (+"));
    }

    @Test
    void redirectsAreFollowedAndBounded() throws Exception {
        site.page("/new", article("Moved story", null, "The story now lives here."));
        site.redirect("/old", 301, "/new");
        site.redirect("/loop", 302, "/loop");
        site.redirect("/to-file", 302, "file:///etc/passwd");
        WebIngest.Report r = ingest().ingest(List.of(site.url("/old"), site.url("/loop"), site.url("/to-file")));
        assertThat(r.outcomes()).extracting(WebIngest.Outcome::canonicalUrl).containsExactly(site.url("/new"));
        assertThat(sink.batches).containsExactly(List.of(site.url("/new")));
        assertThat(r.failures()).extracting(f -> f.reason().label() + ": " + f.detail()).containsExactly(
                "fetch-failed: more than 5 redirects (last to /loop)",
                "unsupported-url: redirected to file:///etc/passwd");
    }

    @Test
    void oversizeBodiesAreRejectedWithOrWithoutContentLength() throws Exception {
        byte[] big = ("<html><body><p>" + "x".repeat(6 * 1024 * 1024) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        site.answer("/big", new LoopbackSite.Answer(200, "text/html", big, Map.of(), 0, false));
        site.answer("/big-chunked", new LoopbackSite.Answer(200, "text/html", big, Map.of(), 0, true));
        WebIngest.Report r = ingest().ingest(List.of(site.url("/big"), site.url("/big-chunked")));
        assertThat(r.failures()).extracting(f -> f.reason().label() + ": " + f.detail()).containsExactly(
                "too-large: Content-Length " + big.length + " bytes, the cap is 5242880",
                "too-large: more than 5242880 bytes (the cap)");
        assertThat(sink.batches).isEmpty();
    }

    @Test
    void aSlowServerIsATimeoutQuickly() throws Exception {
        site.answer("/slow", new LoopbackSite.Answer(200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8),
                Map.of(), 5_000, false));
        WebFetcher f = new WebFetcher(WebFetcher.Config.defaults("test").withPolitenessDelay(Duration.ZERO)
                .withTimeout(Duration.ofMillis(300)));
        long t0 = System.nanoTime();
        WebIngest.Report r = new WebIngest(f, sink, CrawlState.inMemory()).ingest(List.of(site.url("/slow")));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.failures()).extracting(DocumentFailure::reason).containsExactly(org.incidex.model.FailureReason.TIMEOUT);
        assertThat(r.failures().get(0).detail()).isEqualTo("no answer within 300 ms");
        assertThat(ms).isLessThan(2_000);
    }

    @Test
    void onlyHttpAndHttpsAreFetchedAndErrorsAreTyped() throws Exception {
        WebIngest.Report r = ingest().ingest(List.of("file:///etc/passwd", "ftp://example.org/x", "not a url",
                site.url("/missing"), "http://127.0.0.1:1/closed"));
        assertThat(r.failures()).extracting(f -> f.source() + " → " + f.reason().label()).containsExactly(
                "file:///etc/passwd → unsupported-url", "ftp://example.org/x → unsupported-url",
                "not a url → unsupported-url", site.url("/missing") + " → fetch-failed",
                "http://127.0.0.1:1/closed → fetch-failed");
        assertThat(r.failures().get(0).detail()).isEqualTo("scheme 'file:' is not fetched; only http and https are");
        assertThat(r.failures().get(3).detail()).isEqualTo("HTTP 404 Not Found");
        assertThat(r.failures().get(4).detail()).isEqualTo("connection refused");
    }

    @Test
    void requestsToOneHostAreSpacedByThePolitenessDelay() throws Exception {
        for (String p : List.of("/1", "/2", "/3")) site.page(p, article("Story " + p, null, "Text of story " + p + "."));
        new WebIngest(fetcher(Duration.ofMillis(150)), sink, CrawlState.inMemory())
                .ingest(List.of(site.url("/1"), site.url("/2"), site.url("/3")));
        List<LoopbackSite.Hit> hits = site.hits();
        assertThat(hits).extracting(LoopbackSite.Hit::path).containsExactly("/robots.txt", "/1", "/2", "/3");
        for (int i = 1; i < hits.size(); i++) {
            assertThat((hits.get(i).nanos() - hits.get(i - 1).nanos()) / 1_000_000).as("gap before " + hits.get(i).path())
                    .isGreaterThanOrEqualTo(140);
        }
    }

    @Test
    void aFeedThatIsNotAFeedIsOneFailure() throws Exception {
        site.page("/not-feed", "<html><body><p>hello</p></body></html>");
        WebIngest.Report r = ingest().ingestFeed(site.url("/not-feed"));
        assertThat(r.failures()).extracting(f -> f.reason().label() + ": " + f.detail())
                .containsExactly("processing-error: not an RSS or Atom feed (root element: <html>)");
        assertThat(Files.exists(index.resolve(CrawlState.FILE))).isFalse();
    }
}
