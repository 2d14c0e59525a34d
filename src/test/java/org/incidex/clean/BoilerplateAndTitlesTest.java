package org.incidex.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.incidex.clean.internal.Boilerplate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateAndTitlesTest {
    private static Element div(String attrs) {
        return Jsoup.parse("<div " + attrs + ">x</div>").selectFirst("div");
    }

    @ParameterizedTest
    @ValueSource(strings = {"class='ad'", "class='ad-slot'", "id='top-ads'", "class='adContainer'",
        "class='share-bar'", "class='relatedStories'", "id='comments'", "class='cookie-consent'", "role='navigation'",
        "class='most-read'", "class='sidebar'", "class='newsletter-signup'", "class='story-comments'"})
    void furniture(String attrs) {
        assertThat(Boilerplate.classify(div(attrs))).isEqualTo(Boilerplate.Verdict.NEGATIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"class='heading-shadow-loaded'", "class='shadow'", "class='download'", "class='headline'",
        "class='has-sidebar'", "class='entry-footer'", "class='readability'", "class='adapt'", ""})
    void notFurniture(String attrs) {
        assertThat(Boilerplate.classify(div(attrs))).isNotEqualTo(Boilerplate.Verdict.NEGATIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Siege ends at Bamako hotel | Example News",
        "Siege ends at Bamako hotel - The Example News",
        "Siege ends at Bamako hotel / examplenews.com",
        "Siege ends at Bamako hotel » Africa",
        "Siege ends at Bamako hotel — Example News"})
    void siteSuffixes(String title) {
        assertThat(Titles.fromDocumentTitle(Jsoup.parse("<title>" + title + "</title>")))
                .isEqualTo("Siege ends at Bamako hotel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mali - Bamako", "Bamako-based group claims the attack", "Siege ends | Example News"})
    void keptTitles(String title) {
        assertThat(Titles.fromDocumentTitle(Jsoup.parse("<title>" + title + "</title>"))).isEqualTo(title);
    }
}
