package org.incidex.extract;

import org.incidex.model.Place;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names of administrative units and their chains (see {@link UnitNames}, {@link AreaFinder}, {@link CompassRegions},
 * {@link Districts}), from sentences written for these tests.
 */
class UnitNamesTest {
    final IncidentExtractor x = TestLexicons.extractor();

    Place place(String text) {
        return TestLexicons.mainPlace(x, text);
    }

    @Test
    void aUnitNameHoldsAKnownPlaceOrACompassWord() {
        Place p = place("A bomb went off in the Mueang Pattani district of Pattani province, wounding two rangers.");
        assertThat(p.city()).isEqualTo("Mueang Pattani District");
        assertThat(p.region()).isEqualTo("Pattani");
        Place q = place("Gunmen killed a trader in Assam's West Karbi Anglong district on Friday.");
        assertThat(q.city()).isEqualTo("West Karbi Anglong District");
        assertThat(q.region()).isEqualTo("Assam");
        // a province in the name says the region when nothing else does
        Place k = place("Gunmen stormed a checkpoint in the Khas Kunar district of Afghanistan.");
        assertThat(k.city()).isEqualTo("Khas Kunar District");
        assertThat(k.region()).isEqualTo("Kunar");
        // a curated division (places-aliases.tsv kind province) is the district, in the region that holds it
        Place r = place("Militants burned huts in the Mayo-Danay department of Cameroon's Far North region.");
        assertThat(r.city()).isNull();
        assertThat(r.district()).isEqualTo("Mayo-Danay");
        assertThat(r.region()).isEqualTo("Far North");
    }

    @Test
    void aHyphenedParticipleOrOfEndsAName() {
        assertThat(place("Gunmen attacked a checkpoint in the Shabaab-controlled Bula Gaduud district on Sunday.").city())
                .isEqualTo("Bula Gaduud District");
        assertThat(place("Gunmen attacked a checkpoint in the Houthi-held Kitaf district on Sunday.").city())
                .isEqualTo("Kitaf District");
        Place p = place("Gunmen killed two in Kigeme Sector of Nyamagabe District.");
        assertThat(p.city()).isEqualTo("Kigeme Sector");
        assertThat(p.district()).isEqualTo("Nyamagabe District");
    }

    @Test
    void aPossessorSaysMoreThanTheCountryAfter() {
        Place p = place("A roadside bomb killed two guards in Sirnak's Cizre District of Turkey.");
        assertThat(p.city()).isEqualTo("Cizre District");
        assertThat(p.region()).isEqualTo("Şırnak");
    }

    @Test
    void aUnitInAPlaceOfUnknownSizeIsAUnitThere() {
        Place p = place("Militants attacked a school in the Razmak subdivision of North Waziristan.");
        assertThat(p.city()).isEqualTo("Razmak Subdivision");
        assertThat(p.district()).isEqualTo("North Waziristan");
    }

    @Test
    void aProvinceNamedAfterItsSeatIsNotTheTown() {
        Place p = place("Rebels ambushed a police patrol in the Pangoa district of Satipo Province, Peru.");
        assertThat(p.city()).isEqualTo("Pangoa District");
        assertThat(p.district()).isEqualTo("Satipo Province");
        assertThat(p.region()).isEqualTo("Junin");
    }

    @Test
    void aVillageInAUnitAfterItsSeat() {
        Place p = place("Insurgents raided the village of Namoto in the district of Palma in Cabo Delgado province.");
        assertThat(p.city()).isEqualTo("Namoto");
        assertThat(p.district()).isEqualTo("Palma District");
        Place q = place("Gunmen killed five farmers in the village of Dalwa in the local government area of Mafa in the "
                + "Nigerian state of Borno.");
        assertThat(q.city()).isEqualTo("Dalwa");
        assertThat(q.district()).isEqualTo("Mafa");
        assertThat(q.region()).isEqualTo("Borno State");
    }

    @Test
    void aTownThatIsTheHeadquartersOfAUnitLiesInIt() {
        Place p = place("Insurgents attacked the town of Damasak, headquarters of the local government of Mobbar in Borno State.");
        assertThat(p.city()).isEqualTo("Damasak");
        assertThat(p.district()).isEqualTo("Mobbar LGA");
    }

    @Test
    void aUnitOfAnUnknownTownLiesInTheTown() {
        Place p = place("A suicide bomber struck the Ndoumbi district of Kerawa in Cameroon.");
        assertThat(p.city()).isEqualTo("Ndoumbi District");
        assertThat(p.district()).isEqualTo("Kerawa");
    }

    @Test
    void aVillageInAChainOfUnitsTakesTheNearestUnit() {
        Place p = place("A refugee was shot dead in the village of Kachua in the Ramu Upazila of the Cox's Bazar District.");
        assertThat(p.city()).isEqualTo("Kachua");
        assertThat(p.district()).isEqualTo("Ramu Upazila");
        assertThat(p.countryCode()).isEqualTo("BD");
        Place q = place("A guard was shot dead in the Jahanabad rural district of Zahedan county in Iran.");
        assertThat(q.city()).isEqualTo("Jahanabad Rural District");
        assertThat(q.district()).isEqualTo("Zahedan County");
    }

    @Test
    void theFirstOfSeveralNamedUnits() {
        Place p = place("Taliban fighters attacked the districts of Qara Bagh and Waghaz in the Afghan province of Ghazni.");
        assertThat(p.city()).isEqualTo("Qara Bagh District");
        assertThat(p.region()).isEqualTo("Ghazni");
    }

    @Test
    void aListOfUnitsIsNoChain() {
        Place p = place("Militants hurled grenades at police posts in the districts of Baramulla, Kupwara and Bandipora "
                + "in Jammu and Kashmir.");
        assertThat(p.city()).isEqualTo("Bāramūla");
        assertThat(p.district()).isNull();
    }

    @Test
    void theMunicipalityOfATownIsTheTown() {
        Place p = place("Gunmen killed a teacher in the municipality of Tibú, Norte de Santander.");
        assertThat(p.city()).isEqualTo("Tibú");
        assertThat(p.countryCode()).isEqualTo("CO");
    }

    @Test
    void aCompassPhraseThatIsARegionsName() {
        assertThat(place("Two soldiers died in an ambush in the far north of Cameroon.").region()).isEqualTo("Far North");
        assertThat(place("Two soldiers died in an ambush in the north-west of Cameroon.").region()).isEqualTo("North-West");
        // a bare direction is used loosely: Cameroon's north is as often its Far North as its North
        assertThat(place("Two soldiers died in an ambush in the north of Cameroon.").region()).isNull();
    }

    @Test
    void aVillageTakesTheRegionItsSentenceNames() {
        Place p = place("Gunmen killed a chief in the Cameroonian village of Kodjari (Far North) on Monday.");
        assertThat(p.city()).isEqualTo("Kodjari");
        assertThat(p.region()).isEqualTo("Far North");
    }

    @Test
    void aPossessiveInsideAKnownName() {
        Place p = place("A refugee leader was shot dead in Cox's Bazar.");
        assertThat(p.countryCode()).isEqualTo("BD");
        assertThat(p.region()).isEqualTo("Chittagong");
    }
}
