package org.incidex.extract;

import org.incidex.model.Place;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Capitals named by what they are the capital of (see {@link Capitals}), from sentences written for these tests. */
class CapitalsTest {
    final IncidentExtractor x = TestLexicons.extractor();

    Place place(String text) {
        return TestLexicons.mainPlace(x, text);
    }

    @Test
    void theCapitalOfAProvinceIsItsSeat() {
        Place p = place("A roadside bomb killed two policemen in the capital of the central Logar province on Monday.");
        assertThat(p.city()).isEqualTo("Pul-e ‘Alam");
        assertThat(p.region()).isEqualTo("Logar");
        assertThat(p.countryCode()).isEqualTo("AF");
    }

    @Test
    void aCountrysCapitalIsItsNationalCapital() {
        assertThat(place("A grenade wounded six students in Afghanistan's capital on Sunday.").city()).isEqualTo("Kabul");
        assertThat(place("Gunmen stormed a hotel in the Malian capital on Friday, killing 20 people.").city()).isEqualTo("Bamako");
    }

    @Test
    void aDemonymBeforeAProvinceSaysOnlyWhoseProvinceItIs() {
        Place p = place("Militants fired rockets at offices in the capital of the Afghan province of Ghazni, wounding eight.");
        assertThat(p.city()).isNotEqualTo("Kabul");
        assertThat(p.region()).isEqualTo("Ghazni");
    }

    @Test
    void aCapitalNamedOutrightKeepsThePhraseAroundIt() {
        // "… north of the Iraqi capital Baghdad": the town is north of Baghdad, not in it
        Place p = place("Gunmen opened fire on a car in the town of Al-Sadiyah, 120 km northeast of the Iraqi capital Baghdad, killing four.");
        assertThat(p.city()).isNotEqualTo("Baghdad");
    }
}
