package org.incidex.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.incidex.model.RejectedDocumentException;
import org.junit.jupiter.api.Test;

/** Metadata preference orders, through the public front door. */
class MetadataTest {
    private static final String BODY = "<body><article><p>Security forces said the attackers had entered the"
            + " compound at dawn, and that the siege lasted several hours before it ended.</p></article></body>";
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private CleanedPage page(String head) throws RejectedDocumentException {
        return page(head, BODY);
    }

    private CleanedPage page(String head, String body) throws RejectedDocumentException {
        return cleaner.clean("https://news.example/world/story", "<html><head>" + head + "</head>" + body + "</html>");
    }

    @Test
    void jsonLdDatePublishedInsideGraphBeatsOpenGraphAndIgnoresDateModified() throws Exception {
        String head = "<meta property='article:published_time' content='2015-11-21T10:00:00Z'>"
                + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Example News\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Siege ends\",\"dateModified\":\"2015-11-22T08:00:00Z\","
                + "\"datePublished\":\"2015-11-20T09:41:00+00:00\",\"author\":{\"@id\":\"#p1\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Amadou Keita\"}]}</script>";
        CleanedPage p = page(head);
        assertThat(p.published()).isEqualTo("2015-11-20T09:41:00+00:00");
        assertThat(p.byline()).isEqualTo("Amadou Keita");
        assertThat(p.site()).isEqualTo("Example News");
    }

    @Test
    void onlyDateModifiedIsNoDate() throws Exception {
        String head = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"x y z\","
                + "\"dateModified\":\"2015-11-22T08:00:00Z\"}</script>";
        assertThat(page(head).published()).isNull();
    }

    @Test
    void openGraphBeatsMetaNames() throws Exception {
        String head = "<meta name='date' content='2015-11-25'><meta property='og:published_time'"
                + " content='2015-11-20T09:41:00-05:00'>";
        assertThat(page(head).published()).isEqualTo("2015-11-20T09:41:00-05:00");
    }

    @Test
    void metaNameDateInProse() throws Exception {
        assertThat(page("<meta name='DC.date.issued' content='November 20, 2015'>").published())
                .isEqualTo("2015-11-20");
        assertThat(page("<meta name='sailthru.date' content='Fri, 20 Nov 2015 09:41:00 GMT'>").published())
                .isEqualTo("2015-11-20T09:41:00+00:00");
    }

    @Test
    void aVisibleDateLineIsThePublicationDateWhenNothingElseGivesOne() throws Exception {
        String body = "<body><nav><span class='date'>Monday, 1 January 2018</span></nav><header><span class='date'>"
                + "Wednesday, 15 August 2018</span></header>" + BODY.substring("<body>".length());
        assertThat(page("", body).published()).isEqualTo("2018-08-15");
        String issue = "<body><p class='issue-date'>Published 14 April 2019</p>" + BODY.substring("<body>".length());
        assertThat(page("", issue).published()).isEqualTo("2019-04-14");
        // a related story's date is not the article's
        String related = "<body><aside class='related'><span class='date'>2 May 2017</span></aside>"
                + BODY.substring("<body>".length());
        assertThat(page("", related).published()).isNull();
    }

    @Test
    void timeElementInsideTheArticle() throws Exception {
        String body = "<body><article><time datetime='2015-11-20T09:41:00+01:00'>Friday</time><p>Security forces"
                + " said the attackers had entered the compound at dawn, and the siege lasted hours.</p></article></body>";
        assertThat(page("", body).published()).isEqualTo("2015-11-20T09:41:00+01:00");
    }

    @Test
    void dateInTheUrlPath() throws Exception {
        assertThat(page("<link rel='canonical' href='https://news.example/2015/11/20/siege-ends'>").published())
                .isEqualTo("2015-11-20");
    }

    @Test
    void datelineOfTheFirstParagraphWithTheUrlYear() throws Exception {
        String body = "<body><article><p>BAMAKO, Mali, Nov. 20 (Reuters) - Gunmen stormed a hotel in the Malian"
                + " capital on Friday, taking about 170 people hostage, officials said.</p></article></body>";
        CleanedPage withYear = page("<link rel='canonical' href='https://news.example/2015/world/siege'>", body);
        assertThat(withYear.published()).isEqualTo("2015-11-20");
        CleanedPage noYear = page("<link rel='canonical' href='https://news.example/world/siege'>", body);
        assertThat(noYear.published()).as("no year anywhere: no guess").isNull();
        String full = body.replace("Nov. 20", "Nov. 20, 2015");
        assertThat(page("", full).published()).isEqualTo("2015-11-20");
    }

    @Test
    void titleFromTheTitleElementFollowsReadability() throws Exception {
        assertThat(page("<title>Siege ends at Bamako hotel - Example News</title>"
                + "<meta property='og:site_name' content='Example News'>").title())
                .isEqualTo("Siege ends at Bamako hotel");
        assertThat(page("<title>Siege ends at Bamako hotel — World | Example</title>").title())
                .isEqualTo("Siege ends at Bamako hotel — World");
        assertThat(page("<title>Daring: Colophon - Short</title>").title()).as("too short to cut")
                .isEqualTo("Daring: Colophon - Short");
        String body = "<body><h1>Mali: Siege ends at hotel</h1>" + BODY.substring("<body>".length());
        assertThat(page("<title>Mali: Siege ends at hotel</title>", body).title()).as("an h1 says it all")
                .isEqualTo("Mali: Siege ends at hotel");
        assertThat(page("<title>Mali: Siege ends at the hotel</title>").title()).isEqualTo("Siege ends at the hotel");
    }

    @Test
    void titlePreferenceJsonLdThenOpenGraphThenTwitter() throws Exception {
        assertThat(page("<title>T</title><meta name='twitter:title' content='Twitter title here'>"
                + "<meta property='og:title' content='OG title here'>").title()).isEqualTo("OG title here");
        assertThat(page("<title>T</title><meta name='twitter:title' content='Twitter title here'>").title())
                .isEqualTo("Twitter title here");
    }

    @Test
    void bylineFromMetaOrPageWithoutLeadingBy() throws Exception {
        assertThat(page("<meta name='author' content='By Fatoumata Diallo'>").byline()).isEqualTo("Fatoumata Diallo");
        assertThat(page("<meta property='article:author' content='https://facebook.com/someone'>").byline()).isNull();
        String body = "<body><article><div class='story-byline'>By <a rel='author' href='/a'>Ousmane Sy</a></div>"
                + "<p>Security forces said the attackers had entered the compound at dawn, it was reported.</p>"
                + "</article></body>";
        assertThat(page("", body).byline()).isEqualTo("Ousmane Sy");
    }

    @Test
    void languageSiteAndCanonicalFallbacks() throws Exception {
        CleanedPage p = page("<meta property='og:locale' content='fr_FR'><meta property='og:url'"
                + " content='https://www.journal.example/a/b'>");
        assertThat(p.lang()).isEqualTo("fr");
        assertThat(p.canonicalUrl()).isEqualTo("https://www.journal.example/a/b");
        assertThat(p.site()).isEqualTo("journal.example");
    }
}
