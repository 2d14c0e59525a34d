package org.incidex.clean;

import org.incidex.model.RawDocument;
import org.incidex.model.TimedEntry;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class LiveBlogTest {
    static CleanedPage clean(String html) throws Exception {
        return new ArticleCleaner().clean(new RawDocument("t.html", html.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void entriesOfTheLiveBlogFixtureInPageOrderWithOffsets() throws Exception {
        byte[] bytes;
        try (var in = LiveBlogTest.class.getResourceAsStream("/org/incidex/clean/live-blog.html")) {
            bytes = in.readAllBytes();
        }
        CleanedPage p = new ArticleCleaner().clean(new RawDocument("live-blog.html", bytes, null));
        assertThat(p.entries()).extracting(TimedEntry::published).containsExactly(
                "2015-11-20T12:30:00+00:00", "2015-11-20T11:02:00+00:00", "2015-11-20T10:15:00+00:00",
                "2015-11-20T09:41:00+00:00", "2015-11-20T09:20:00+00:00", "2015-11-20T09:05:00+00:00");
        for (TimedEntry e : p.entries()) {
            assertThat(e.start()).as(e.headline()).isGreaterThanOrEqualTo(0);
            assertThat(p.text().substring(e.start())).startsWith(e.headline().substring(0, 30));
        }
    }

    @Test
    void bareTimesTakeThePublicationDay() throws Exception {
        StringBuilder html = new StringBuilder("<html><head><meta property='article:published_time' "
                + "content='2019-03-15T02:00:00Z'><title>Live: shooting</title></head><body><main><ul class=feed>");
        String[] times = {"14:05", "13:40", "13:02", "12:51"};
        for (int i = 0; i < times.length; i++) {
            html.append("<li class=update><span datetime='").append(times[i]).append("'>").append(times[i])
                    .append("</span><p>Update number ").append(i + 1)
                    .append(": police have given new details about the attack on two mosques in the city.</p></li>");
        }
        CleanedPage p = clean(html.append("</ul></main></body></html>").toString());
        assertThat(p.entries()).extracting(TimedEntry::published)
                .containsExactly("2019-03-15T14:05:00", "2019-03-15T13:40:00", "2019-03-15T13:02:00", "2019-03-15T12:51:00");
    }

    @Test
    void anOrdinaryArticleHasNoEntries() throws Exception {
        CleanedPage p = clean("<html><body><article><time datetime='2020-01-01'>1 Jan</time><p>One paragraph of an "
                + "ordinary article that is long enough to count as the main text of the page for the cleaner.</p>"
                + "<p>A second paragraph with more words so that the extractor keeps the article body.</p></article>"
                + "</body></html>");
        assertThat(p.entries()).isEmpty();
        assertThat(LiveBlog.when("2015-11-20T10:15:00Z", null)).startsWith("2015-11-20T10:15");
        assertThat(LiveBlog.when("10:15", null)).isNull();
    }
}
