package org.incidex.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The title rules ported from Readability.js: {@link Titles} on {@code <title>}, {@link ArticleTitle} on metadata. */
class TitlesTest {
    private static final String HEADLINE = "Gunmen storm the Radisson hotel in Bamako";

    private static String fromTitle(String title, String body) {
        return Titles.fromDocumentTitle(Jsoup.parse("<html><head><title>" + title + "</title></head><body>" + body
                + "</body></html>"));
    }

    private static String article(String head) {
        return ArticleTitle.of(Jsoup.parse("<html><head><title>" + HEADLINE + " | Example News</title>" + head
                + "</head><body><p>Text.</p></body></html>"));
    }

    private static String jsonLd(String json) {
        return "<script type='application/ld+json'>" + json + "</script>";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Gunmen storm the Radisson hotel in Bamako | Example News; Gunmen storm the Radisson hotel in Bamako",
        "Gunmen storm the Radisson hotel – Example News; Gunmen storm the Radisson hotel",
        "Gunmen storm the hotel - Mali - Example News; Gunmen storm the hotel - Mali",
        "News - Gunmen storm the Radisson hotel in Bamako; Gunmen storm the Radisson hotel in Bamako",
        "Gunmen storm Bamako hotel » News; Gunmen storm Bamako hotel",
        "Gunmen storm Bamako hotel | News; Gunmen storm Bamako hotel | News",
        "News > Africa > Gunmen storm hotel in Bamako; News > Africa > Gunmen storm hotel in Bamako",
        "Siege | News; Siege | News",
        "Al-Qaeda-linked group claims hotel attack; Al-Qaeda-linked group claims hotel attack"})
    void separators(String title, String expected) {
        assertThat(fromTitle(title, "")).isEqualTo(expected);
    }

    @Test
    void colonRule() {
        assertThat(fromTitle("Mali: " + HEADLINE, "")).as("the part after the colon").isEqualTo(HEADLINE);
        assertThat(fromTitle("Mali: " + HEADLINE, "<h2>Mali: " + HEADLINE + "</h2>")).as("a heading has it all")
                .isEqualTo("Mali: " + HEADLINE);
        String longHead = "What we know about the siege in Bamako: live updates";
        assertThat(fromTitle(longHead, "")).as("more than five words before the colon").isEqualTo(longHead);
        assertThat(fromTitle("Live: Mali: Siege ends", "")).as("too short after any colon")
                .isEqualTo("Live: Mali: Siege ends");
    }

    @Test
    void shortOrLongTitleFallsBackToTheOnlyH1() {
        assertThat(fromTitle("Bamako", "<h1>" + HEADLINE + "</h1>")).isEqualTo(HEADLINE);
        assertThat(fromTitle("Bamako", "<h1>" + HEADLINE + "</h1><h1>Most read</h1>")).as("two h1").isEqualTo("Bamako");
        assertThat(fromTitle("Bamako", "<h1>Siege ends</h1>")).as("h1 of four words or fewer").isEqualTo("Bamako");
        assertThat(fromTitle("Bamako", "<noscript><h1>Enable JavaScript</h1></noscript><h1>" + HEADLINE + "</h1>"))
                .as("an h1 in noscript is not counted").isEqualTo(HEADLINE);
        assertThat(fromTitle("", "<h1>" + HEADLINE + "</h1>")).as("no title element").isEqualTo(HEADLINE);
    }

    @Test
    void jsonLdNameVersusHeadline() {
        String both = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"name\":\"%s\","
                + "\"headline\":\"%s\"}";
        assertThat(article(jsonLd(both.formatted("Example News", HEADLINE)))).as("only the headline is like <title>")
                .isEqualTo(HEADLINE);
        assertThat(article(jsonLd(both.formatted(HEADLINE, "Breaking")))).isEqualTo(HEADLINE);
        assertThat(article(jsonLd(both.formatted("Siege over", "Breaking")))).as("neither: the name")
                .isEqualTo("Siege over");
        String graph = "{\"@context\":{\"@vocab\":\"http://schema.org/\"},\"@graph\":[{\"@type\":\"WebSite\","
                + "\"name\":\"Example\"},{\"@type\":\"ReportageNewsArticle\",\"headline\":\"Siege over in Bamako\"}]}";
        assertThat(article(jsonLd(graph) + "<meta property='og:title' content='OG title'>"))
                .as("inside @graph, before og:title").isEqualTo("Siege over in Bamako");
    }

    @Test
    void jsonLdThatReadabilityWouldSkip() {
        String og = "<meta property='og:title' content='OG title'>";
        assertThat(article(jsonLd("{\"@context\":\"https://example.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"LD\"}") + og)).as("not schema.org").isEqualTo("OG title");
        assertThat(article(jsonLd("{\"@context\":\"https://schema.org\",\"@type\":[\"NewsArticle\"],"
                + "\"headline\":\"LD\"}") + og)).as("an array @type").isEqualTo("OG title");
        assertThat(article(jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"LD\",}") + og)).as("not strict JSON").isEqualTo("OG title");
        assertThat(article(jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\",\"name\":\"LD\"}")
                + og)).as("not an article").isEqualTo("OG title");
        assertThat(article(jsonLd("[{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\","
                + "\"headline\":\"LD\"}]") + og)).as("a root array").isEqualTo("LD");
    }

    @Test
    void metaTitlePrecedence() {
        String dc = "<meta name='DC.title' content='DC title'>";
        String og = "<meta property='og:title' content='OG title'>";
        String tw = "<meta name='twitter:title' content='Twitter title'>";
        String plain = "<meta name='title' content='Plain title'>";
        String parsely = "<meta name='parsely-title' content='Parsely title'>";
        assertThat(article(tw + og + dc + plain + parsely)).isEqualTo("DC title");
        assertThat(article(tw + plain + og + parsely)).isEqualTo("OG title");
        assertThat(article(tw + parsely + plain)).isEqualTo("Plain title");
        assertThat(article(parsely + tw)).isEqualTo("Twitter title");
        assertThat(article(parsely)).isEqualTo("Parsely title");
        assertThat(article("<meta property='og:title' content='First'><meta property='og:title' content='Second'>"))
                .as("the last tag wins").isEqualTo("Second");
        assertThat(article("<meta property='og:title twitter:title' content='Both'>")).isEqualTo("Both");
        assertThat(article(og.replace("OG title", "Gunmen storm hotel | Example News")))
                .as("metadata titles keep their site name").isEqualTo("Gunmen storm hotel | Example News");
        assertThat(article("")).as("no metadata: the <title> rules").isEqualTo(HEADLINE);
    }

    @Test
    void entitiesLeftEscapedAreDecoded() {
        assertThat(article("<meta property='og:title' content='Hostages &amp;amp; gunmen &amp;#8220;freed"
                + "&amp;#x201D;'>")).isEqualTo("Hostages & gunmen \u201Cfreed\u201D");
        assertThat(article("<meta property='og:title' content='Caf&amp;eacute; siege'>")).as("only the XML five")
                .isEqualTo("Caf&eacute; siege");
        assertThat(article(jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"Article\","
                + "\"headline\":\"Q&amp;A:   the  siege\"}"))).isEqualTo("Q&A: the siege");
        assertThat(article("<meta property='og:title' content='Bad &amp;#0; code'>")).isEqualTo("Bad \uFFFD code");
    }

    @Test
    void javaScriptWordCountsAndSimilarity() {
        assertThat(JsStrings.wordCount(" Gunmen storm")).isEqualTo(3);
        assertThat(JsStrings.wordCount("Gunmen storm ")).isEqualTo(3);
        assertThat(JsStrings.wordCount("")).isEqualTo(1);
        assertThat(JsStrings.trim("\u00A0Siege\u3000")).isEqualTo("Siege");
        assertThat(Titles.similarity("a b", "a b c")).isCloseTo(0.8, within(1e-9));
        assertThat(Titles.similarity("Example News", HEADLINE)).isZero();
        assertThat(Titles.similarity("", HEADLINE)).isZero();
    }
}
