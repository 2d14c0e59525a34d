package org.incidex.extract;

import org.incidex.model.Incident;
import org.incidex.model.Place;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.incidex.extract.IncidentExtractorTest.article;

/** Place names read against the rest of the article's evidence, from sentences written for these tests. */
class PlaceEvidenceTest {
    final IncidentExtractor x = TestLexicons.extractor();

    Place place(String text) {
        return TestLexicons.mainPlace(x, text);
    }

    @Test
    void aHyphenatedNameIsNotItsFirstPart() {
        // "Mayo" alone is a small US town; "Mayo-Louti" is one name
        Place p = place("Rebels killed three farmers in the Mayo-Louti department of northern Cameroon.");
        assertThat(p.countryCode()).isEqualTo("CM");
        p = place("Gunmen killed two herders and wounded a boy near Mayo-Louti on Friday.");
        assertThat(p.countryCode()).isNotEqualTo("US");
    }

    @Test
    void containersChainUpToTheCountry() {
        // Tabuk is also a Saudi city and Kalinga a small Australian town; the demonym settles both
        Place p = place("Two policemen were shot dead in Tabuk in the Philippine province of Kalinga on Monday.");
        assertThat(p.countryCode()).isEqualTo("PH");
        assertThat(p.city()).isEqualTo("Tabuk");
    }

    @Test
    void aContainerAbroadLosesToTheTownsOwnBetterSupportedCountry() {
        Place p = place("A Filipino soldier was killed when rebels ambushed an army patrol in the town of Rizal, Kalinga.");
        assertThat(p.countryCode()).isEqualTo("PH");
    }

    @Test
    void aCompassPointIsNotARegion() {
        // "Northwest" is also a region of Iceland
        Place p = place("Rockets killed two civilians in Idlib Governorate in Northwest Syria.");
        assertThat(p.countryCode()).isEqualTo("SY");
    }

    @Test
    void aVillageOfATownInANamedCountryStaysInThatCountry() {
        // "San Lorenzo" is also a municipality of Puerto Rico; the sentence names Ecuador
        Place p = place("A bomb wounded two marines in the village of Tululbi, San Lorenzo, Ecuador.");
        assertThat(p.countryCode()).isEqualTo("EC");
    }
}
