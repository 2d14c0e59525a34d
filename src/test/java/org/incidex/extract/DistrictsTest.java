package org.incidex.extract;

import org.incidex.model.Place;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The second level of the main place (see {@link Districts}), from sentences written for these tests. */
class DistrictsTest {
    final IncidentExtractor x = TestLexicons.extractor();

    Place place(String text) {
        return TestLexicons.mainPlace(x, text);
    }

    @Test
    void aTownInANamedCercleKeepsTheCercle() {
        Place p = place("Two soldiers were wounded when their truck hit a mine near Sokolo in Niono Cercle on Tuesday.");
        assertThat(p.city()).isEqualTo("Sokolo");
        assertThat(p.district()).isEqualTo("Niono Cercle");
        assertThat(p.countryCode()).isEqualTo("ML");
    }

    @Test
    void aLocalGovernmentAreaIsADistrict() {
        Place p = place("Gunmen killed four farmers in Buni Yadi, Gujba Local Government Area of Yobe State.");
        assertThat(p.city()).isEqualTo("Buni Yadi");
        assertThat(p.district()).isEqualTo("Gujba LGA");
        assertThat(p.region()).isEqualTo("Yobe State");
    }

    @Test
    void aVillageInADistrictOfAPossessedRegionLiesInTheDistrict() {
        // "in A's B district": the village is in B, not merely in A
        Place p = place("Militants attacked a police post in Hardumir in Jammu and Kashmir's Pulwama district, killing a constable.");
        assertThat(p.city()).isEqualTo("Hardumir");
        assertThat(p.district()).isEqualTo("Pulwama District");
        assertThat(p.region()).isEqualTo("Jammu and Kashmir");
    }

    @Test
    void aBarangayIsPartOfTheTownAfterIt() {
        // Ginatilan is also a town in Cebu: after "Barangay" the name is a ward of the town that follows
        Place p = place("Rebels shot dead a village official in Barangay Ginatilan, Pikit, North Cotabato on Sunday.");
        assertThat(p.city()).isEqualTo("Pikit");
        assertThat(p.countryCode()).isEqualTo("PH");
        // a town the gazetteer lacks, between two places of an address, is read too
        Place q = place("Rebels burned a school in Barangay Dulangan, Talaingod, Davao del Norte on Saturday.");
        assertThat(q.city()).isEqualTo("Talaingod");
        assertThat(q.district()).isEqualTo("Davao del Norte");   // a curated province, inside GeoNames' Davao Region
        assertThat(q.region()).isEqualTo("Davao Region");
    }

    @Test
    void aVillageNamedLikeATownInAnotherProvinceIsPartOfTheTownItIsPlacedIn() {
        // Guayabal is also a town in Tolima; placed in Peque (Antioquia) it is a village there
        Place p = place("A social leader was kidnapped and killed in the village of Guayabal, Peque, Antioquia.");
        assertThat(p.city()).isEqualTo("Peque");
        assertThat(p.region()).isEqualTo("Antioquia");
    }

    @Test
    void noDistrictWhenNoneIsNamed() {
        Place p = place("A car bomb exploded in Kirkuk on Monday, killing five people.");
        assertThat(p.city()).isEqualTo("Kirkuk");
        assertThat(p.district()).isNull();
    }

    @Test
    void arabicNamesWithTheirArticle() {
        // "al-" in lower case, a name glued on by an apostrophe, and an article the gazetteer spells otherwise
        assertThat(place("A roadside bomb exploded in al-Qa'im town on Friday, killing a policeman.").city())
                .isEqualTo("Al Qā’im");
        assertThat(place("A bomb went off in the Al-Qa'im district of Anbar, wounding three policemen.").city())
                .isEqualTo("Al-Qa'im District");
        Place dana = place("A car bomb killed six people in the town of Al-Dana in Idlib province.");
        assertThat(dana.city()).isEqualTo("Ad Dānā");
        assertThat(dana.countryCode()).isEqualTo("SY");
    }
}
