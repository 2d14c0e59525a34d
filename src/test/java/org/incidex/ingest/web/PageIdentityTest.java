package org.incidex.ingest.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PageIdentityTest {
    static PageIdentity of(String html, String url) {
        return PageIdentity.of(html.getBytes(StandardCharsets.UTF_8), null, url);
    }

    @Test
    void canonicalLinkThenOgUrlThenTheFetchedUrl() {
        assertThat(of("<link rel=canonical href='/story?id=7&utm_source=rss#top'><meta property=og:url content='https://x.example/og'>",
                "https://X.example:443/fetched").canonicalUrl()).isEqualTo("https://x.example/story?id=7");
        assertThat(of("<meta property=og:url content='https://x.example/og'>", "https://x.example/fetched").canonicalUrl())
                .isEqualTo("https://x.example/og");
        assertThat(of("<p>no hints</p>", "HTTP://News.Example:80").canonicalUrl()).isEqualTo("http://news.example/");
        assertThat(of("<link rel=canonical href='ftp://x/y'>", "https://x.example/a").canonicalUrl())
                .isEqualTo("https://x.example/a"); // a canonical that is not http(s) is ignored
    }

    @Test
    void theHashFollowsVisibleTextNotMarkupOrScripts() {
        String a = of("<title>T</title><p>Ten killed.</p><script>var t=1</script>", "https://x.example/a").contentHash();
        String b = of("<title>T</title><div class=ad>  </div><p>Ten   killed.</p><script>var t=2</script>", "https://x.example/a").contentHash();
        String c = of("<title>T</title><p>Eleven killed.</p>", "https://x.example/a").contentHash();
        assertThat(a).hasSize(64).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void normalizeRejectsWhatIsNotHttp() {
        assertThat(PageIdentity.normalize("file:///etc/passwd")).isNull();
        assertThat(PageIdentity.normalize("/relative")).isNull();
        assertThat(PageIdentity.normalize("https://x.example:8443/a?utm_medium=x")).isEqualTo("https://x.example:8443/a");
    }
}
