package org.incidex.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.incidex.model.RawDocument;
import org.incidex.model.RejectedDocumentException;
import org.junit.jupiter.api.Test;

/**
 * Pages written for the purpose (invented events), whose furniture has class names that say nothing, so that only
 * what the text says can tell the article from its captions, sign-offs, boxes and prompts.
 */
class ArticleBoilerplateTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private CleanedPage clean(String fixture) throws RejectedDocumentException {
        String name = "boilerplate/" + fixture;
        return cleaner.clean(new RawDocument(name, Fixtures.bytes(name), null));
    }

    @Test
    void wireReportKeepsItsParagraphsAndDatelineOnly() throws Exception {
        CleanedPage page = clean("wire-report.html");

        assertThat(page.blocks()).containsExactly(
                "MOPTI, Mali (Reuters) - Gunmen on motorbikes attacked an army checkpoint near the central Malian"
                        + " town of Mopti on Tuesday, killing four soldiers and wounding six, the army said in a"
                        + " statement.",
                "The attackers fled towards the border with Burkina Faso after a gunfight that lasted about an hour,"
                        + " a local official told Reuters by telephone, asking not to be named.",
                "No group immediately claimed responsibility for the attack, which came two days after a similar"
                        + " raid on a police post in the same region.",
                "The army said reinforcements had been sent to the area and that a search for the attackers was"
                        + " under way, with helicopters flying over the surrounding villages.",
                "Violence linked to armed groups has spread from northern Mali to the centre of the country over the"
                        + " past decade, displacing hundreds of thousands of people.");
    }

    @Test
    void featureKeepsParagraphsThatMerelyUseTheWords() throws Exception {
        CleanedPage page = clean("feature-report.html");

        assertThat(page.blocks()).contains(
                "A photograph of the damaged school, shared by a local councillor, showed classrooms with their"
                        + " roofs torn off and desks reduced to ash.",
                "Officials said the raid was related to a dispute over grazing land that had simmered for months,"
                        + " though no arrests have been made.",
                "Relief agencies said about 1,200 people had fled to the city, where a camp run by the state"
                        + " emergency agency was already crowded.",
                "\"We lost everything in one night,\" said one farmer, who asked that his name not be used. \"The"
                        + " front desk of the clinic was the only building left standing.\"",
                "The governor's office said security forces had been deployed and that those displaced would"
                        + " receive food and shelter.");
        assertThat(page.blocks().stream().filter(b -> b.startsWith("MAIDUGURI, Nigeria — Residents"))).hasSize(1);
        for (String furniture : new String[] {"Photograph: Jane Doe", "A burned house", "More on this story",
            "Borno governor visits", "A timeline of attacks", "Agencies", "Most read", "Markets slide"}) {
            assertThat(page.text()).as("furniture '%s'", furniture).doesNotContain(furniture);
        }
    }

    @Test
    void frenchReportLosesCaptionBoxesAndSignoff() throws Exception {
        CleanedPage page = clean("french-report.html");

        assertThat(page.blocks()).containsExactly(
                "OUAGADOUGOU, 14 mars (AFP) - Des hommes armés ont attaqué dans la nuit de lundi à mardi un poste de"
                        + " police dans le nord du Burkina Faso, tuant trois policiers, a annoncé le gouvernement dans"
                        + " un communiqué.",
                "Les assaillants, arrivés à moto, ont incendié deux véhicules avant de prendre la fuite, selon une"
                        + " source sécuritaire qui a requis l'anonymat.",
                "L'attaque n'a pas été revendiquée, mais la région est régulièrement visée par des groupes armés liés"
                        + " à l'État islamique et à Al-Qaïda.",
                "Un deuil national de trois jours a été décrété, a précisé le communiqué du gouvernement.");
    }

    @Test
    void captionsWithoutACreditStay() throws Exception {
        String html = "<html><body><article><h1>Planting a terrarium</h1>"
                + "<p>Start with a glass cloche, a block of floral foam and a handful of moss from a garden shop.</p>"
                + "<figure><img src='a.jpg'><figcaption>Dig a hole in the foam. (Ann Lee)</figcaption></figure>"
                + "<p>Set the orchid in the hole, press the foam around its roots and cover the foam with moss.</p>"
                + "<figure><img src='b.jpg'><figcaption>The finished terrarium. Photo: Ann Lee</figcaption></figure>"
                + "<p>Place the cloche over the plant and keep it out of direct sunlight for the first week.</p>"
                + "</article></body></html>";
        CleanedPage page = cleaner.clean("t", html);

        assertThat(page.blocks()).contains("Dig a hole in the foam. (Ann Lee)")
                .doesNotContain("The finished terrarium. Photo: Ann Lee");
    }

    @Test
    void aLabelledListInsideTheArticleGoesWithItsLabelButTheArticleStays() throws Exception {
        String html = "<html><head><title>Blast in Kabul</title></head><body><div class='a'><h1>Blast in Kabul</h1>"
                + "<p>An explosion tore through a crowded market in Kabul on Sunday morning, killing at least seven"
                + " people, officials said, as rescue teams searched the rubble.</p>"
                + "<h3>Read more</h3>"
                + "<p><a href='/1'>Kabul attacks: a timeline</a></p><p><a href='/2'>Who is behind the bombings?</a></p>"
                + "<p>The interior ministry said the bomb had been hidden in a cart and detonated as shoppers gathered"
                + " for the morning market, and that an investigation was under way.</p>"
                + "<p>Hospitals in the city appealed for blood donors, and the health ministry said the number of"
                + " dead could rise as several of the wounded were in a critical condition.</p>"
                + "</div></body></html>";
        CleanedPage page = cleaner.clean("t", html);

        assertThat(page.blocks()).hasSize(3);
        assertThat(page.text()).doesNotContain("Read more").doesNotContain("timeline").doesNotContain("Who is");
    }

    @Test
    void theBoxOfAnArticleWhoseParagraphsAllHoldLinksIsNotTheArticle() throws Exception {
        StringBuilder html = new StringBuilder("<html><head><title>Links</title></head><body><div class='a'>"
                + "<h1>Links</h1><div class='b'>");
        html.append("<h2>Related</h2>");
        for (int i = 0; i < 4; i++) {
            html.append("<p>Paragraph ").append(i).append(" of an article that cites <a href='/").append(i)
                    .append("'>a source of its own</a> in every paragraph, as some reports do, at length.</p>");
        }
        html.append("</div></div></body></html>");
        CleanedPage page = cleaner.clean("t", html.toString());

        assertThat(page.blocks()).hasSize(4).allMatch(b -> b.startsWith("Paragraph "));
    }
}
