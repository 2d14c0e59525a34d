package org.incidex.extract;

import org.incidex.model.Article;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole articles, written for these tests, through the extractor. */
class IncidentExtractorTest {
    final IncidentExtractor x = TestLexicons.extractor();

    static Article article(String title, String published, String... paragraphs) {
        return new Article("t", "test", title, null, null, "en", published, null, String.join("\n\n", paragraphs));
    }

    @Test
    void mainIncidentAndARecalledOne() {
        List<Incident> r = x.extract(article("Gunmen storm hotel in Bamako", "2015-11-20",
                "Islamist gunmen stormed a luxury hotel in the Malian capital Bamako this morning and took hostages.",
                "French police officers are on their way from Paris.",
                "It comes after at least 13 people died in a hotel siege in the central town of Sevare in August.",
                "That siege was claimed by Al-Murabitoun, the group of a former AQIM commander.",
                "\"I was just back from Paris after last week's attacks there,\" a witness said."));
        assertThat(r).hasSize(2);
        Incident main = r.get(0);
        assertThat(main.place().city()).isEqualTo("Bamako");
        assertThat(main.date()).isEqualTo("2015-11-20");
        assertThat(main.groups()).isEmpty();
        assertThat(main.attackTypes()).contains("Hostage Taking (Barricade Incident)");
        Incident sevare = r.get(1);
        assertThat(CliFold.fold(sevare.place().city())).isEqualTo("sevare");
        assertThat(sevare.date()).isEqualTo("2015-08");
        assertThat(sevare.killed()).isEqualTo(13);
        assertThat(sevare.groups()).extracting(g -> g.name() + "=" + g.role())
                .containsExactly("Al-Mourabitoun=" + GroupRole.CLAIMED, "Al-Qaeda in the Islamic Maghreb=" + GroupRole.MENTIONED);
    }

    @Test
    void populationAndCountryContextPickTheRightParis() {
        Incident fr = x.extract(article("Attacks in Paris", "2015-11-14",
                "Gunmen and suicide bombers killed 130 people in Paris, France, on Friday night.")).get(0);
        assertThat(fr.place().countryCode()).isEqualTo("FR");
        assertThat(fr.killed()).isEqualTo(130);
        assertThat(fr.date()).isEqualTo("2015-11-13");
        Incident tx = x.extract(article("Shooting in Texas", "2020-05-02",
                "A gunman shot dead three people in Paris, Texas, in the United States, police said.")).get(0);
        assertThat(tx.place().countryCode()).isEqualTo("US");
    }

    @Test
    void everyValueHasEvidenceThatPointsIntoTheText() {
        Article a = article("Bomb in Kabul", "2017-05-31", "A truck bomb exploded in Kabul, Afghanistan, on Wednesday.",
                "At least 90 people were killed and 400 wounded.", "The Taliban denied involvement; officials blamed ISIS.");
        Incident i = x.extract(a).get(0);
        assertThat(i.evidence()).extracting(e -> e.field()).contains("place", "date", "killed", "injured", "group", "attackType");
        assertThat(i.evidence()).allSatisfy(e -> assertThat(a.text().substring(e.start(), e.end())).isEqualTo(e.text()));
        assertThat(i.groups()).extracting(g -> g.name()).containsExactly("Islamic State");
    }

    @Test
    void noAttackNoIncident() {
        assertThat(x.extract(article("Budget approved", "2020-01-01", "Parliament approved the budget in Bamako."))).isEmpty();
    }

    /** Accent folding for assertions. */
    static final class CliFold {
        static String fold(String s) {
            return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase();
        }
    }
}
