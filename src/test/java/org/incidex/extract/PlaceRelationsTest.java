package org.incidex.extract;

import org.incidex.model.Place;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a sentence relates its places to the attack ({@link Relations}, {@link Features}), on sentences written here. */
class PlaceRelationsTest {
    final IncidentExtractor x = TestLexicons.extractor();

    Place place(String text) {
        return TestLexicons.mainPlace(x, text);
    }

    @Test
    void aReferencePointByDirectionOrDistanceIsNotThePlace() {
        Place balad = place("Gunmen attacked Balad, about 80 km north of Baghdad, killing four policemen.");
        assertThat(balad.city()).isEqualTo("Balad");
        // a name the gazetteer lacks, placed only by its reference point
        Place tal = place("Militants stormed Tal Rumman north of Mosul, killing six villagers.");
        assertThat(tal.city()).isEqualTo("Tal Rumman");
        assertThat(tal.countryCode()).isEqualTo("IQ");
        Place hadhar = place("A bomb killed three people in the town of al Hadhar, south of Mosul.");
        assertThat(hadhar.city()).isEqualTo("al Hadhar");
    }

    @Test
    void aVillageOnlyNearAKnownTownIsReportedAsTheTown() {
        Place p = place("Rebels killed five farmers in the village of Mbulikeni close to the town of Butembo.");
        assertThat(p.city()).isEqualTo("Butembo");
        assertThat(p.countryCode()).isEqualTo("CD");
    }

    @Test
    void onlyATownOrVillageIsNearAnother() {
        // "near the Cameroon border": a country used as a modifier does not contain the town
        assertThat(place("Insurgents attacked the town of Gwoza near the Cameroon border.").city()).isEqualTo("Gwoza");
        // a province "near the border" is still the place
        assertThat(place("A bomb exploded in Tebessa province near the Algerian-Tunisian border, killing two soldiers.")
                .region()).isEqualTo("Tébessa");
    }

    @Test
    void routeEndsDestinationsAndBasesAreNotThePlace() {
        assertThat(place("A bus travelling between Garissa and Mandera was attacked in Wajir County.").region())
                .isEqualTo("Wajir County");
        // a journey's ends: the first named stands for the road
        assertThat(place("Gunmen ambushed a convoy on the road from Bamenda to Bafut; two soldiers were killed.").city())
                .isEqualTo("Bamenda");
        // fire from one place into another: the target
        assertThat(place("Shells fired from Idlib towards the nearby Latakia province killed three soldiers.").region())
                .isEqualTo("Latakia");
        assertThat(place("Militants operating in Idlib killed five soldiers in Hama province.").region()).isEqualTo("Hama");
        // a journey's start, the other end not a gazetteer name
        assertThat(place("Gunmen opened fire on pilgrims travelling from the city of Asyut to St. Paul's monastery in "
                + "the desert; the Minya governor said seven were killed.").region()).isEqualTo("Minya");
        assertThat(place("Maoists killed two policemen in a forest of Sukma district bordering Odisha.").city())
                .isEqualTo("Sukma District");
        // where the attackers came from
        assertThat(place("Police said the attackers came from Somalia and crossed into Lamu county before attacking the "
                + "village of Pandanguo.").countryCode()).isEqualTo("KE");
    }

    @Test
    void aCityElsewhereDoesNotRefineAWeightierRegion() {
        Place p = place("Insurgents blew up a gas pipeline in Jowzjan province, cutting supplies to Mazar-i-Sharif.");
        assertThat(p.region()).isEqualTo("Jowzjan");
        assertThat(p.city()).isNull();
    }

    @Test
    void areasAndSettlementsAreNamedPlaces() {
        assertThat(place("Gunmen killed three gendarmes in the area of Tombouri.").city()).isEqualTo("Tombouri");
        assertThat(place("A Palestinian stabbed a guard at the entrance to the settlement of Kiryat Netafim.").city())
                .isEqualTo("Kiryat Netafim");
        assertThat(place("A gunman opened fire on workers in the industrial zone of Shaar Binyamin, killing two.").city())
                .isEqualTo("Shaar Binyamin");
        // an area within a district the text names weighs less than the district
        Place andar = place("Two policemen were killed in the Andar district of Ghazni province. Three civilians were "
                + "wounded in the Sardeh area of the district.");
        assertThat(andar.city()).isEqualTo("Andar District");
        Place zhari = place("Three policemen were killed in Zhari district. Two more were wounded in Pashmul village of "
                + "the district.");
        assertThat(zhari.city()).isEqualTo("Zhari District");
        // "located in": the town a village lies in
        assertThat(place("Insurgents attacked a base in the village of Kumshe located in Bama, killing two.").city())
                .isEqualTo("Bama");
    }

    @Test
    void aCountrysPossessiveBeforeAnUnknownName() {
        Place p = place("Gunmen attacked a police post in Niger's Tamou, killing two officers.");
        assertThat(p.city()).isEqualTo("Tamou");
        assertThat(p.countryCode()).isEqualTo("NE");
        // an adjective or a facility's name is not a place
        assertThat(place("Five soldiers died in an ambush in Mali's Islamist insurgency zone.").city()).isNull();
        assertThat(place("Gunmen opened fire at Kenya's Westgate mall, killing 60.").city()).isNull();
        // an institution is not a place
        assertThat(place("Gunmen attacked a convoy of officials from Cameroon's Presidency in Buea, killing one.").city())
                .isEqualTo("Buea");
    }

    @Test
    void naturalFeatures() {
        assertThat(place("Soldiers were ambushed in the Sambisa forest, and two were killed.").city())
                .isEqualTo("Sambisa Forest");
        // where the attackers fled is not where they struck
        assertThat(place("Gunmen killed four traders in Kitchanga and fled to the nearby Virunga forest.").city())
                .isEqualTo("Kitchanga");
        Place lake = place("Gunmen attacked fishermen in the Lake Chad region of Niger, killing eight.");
        assertThat(lake.city()).isEqualTo("Lake Chad");
        assertThat(lake.countryCode()).isEqualTo("NE");
        // a lake named after a country lies there unless the sentence says otherwise
        assertThat(place("Militants ambushed a patrol near Lake Chad, killing six.").countryCode()).isEqualTo("TD");
    }

    @Test
    void aDestinationIsNotThePlaceButSaysTheCountry() {
        // "Balad" is only Iraq's in the gazetteer; the destination Mogadishu is no attack site, yet says Somalia as fully as
        // if it were (without it, the group alone could not outweigh the town's own country)
        var p = TestLexicons.mainPlace(TestLexicons.extractor(),
                "Al-Shabaab militants bombed an army truck in the town of Balad as the soldiers were heading to Mogadishu, killing ten.");
        org.assertj.core.api.Assertions.assertThat(p.countryCode()).isEqualTo("SO");
        org.assertj.core.api.Assertions.assertThat(p.city()).isNotEqualTo("Mogadishu");
    }

    @Test
    void routeEndsSayTheCountryAndAnArrestElsewhereDoesNot() {
        var p = TestLexicons.mainPlace(TestLexicons.extractor(),
                "Saboteurs attacked a rail line, clamping a steel cable over the tracks between Nuremberg and Munich. "
                        + "Weeks later, police in Vienna arrested a suspect.");
        org.assertj.core.api.Assertions.assertThat(p.countryCode()).isEqualTo("DE");
    }
}
