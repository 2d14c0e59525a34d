package org.incidex.extract.eval;

import org.incidex.model.Place;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the evaluator reads a row's places and compares them with an extracted place. */
class ExtractionEvaluatorTest {
    final ExtractionEvaluator e = ExtractionEvaluator.createDefault();

    static Gold row(String location) {
        return Gold.of(1, "1 May 2018", "Bombing", "1", "0", location, "text", "");
    }

    @Test
    void aLocationListingPlacesOffersEachOfThem() {
        assertThat(row("Kilis and Reyhanlı, Turkey").places()).containsExactly("Kilis", "Reyhanlı");
        assertThat(row("Los Álamos, Los Sauces and Santa Bárbara, Chile").places())
                .containsExactly("Los Álamos", "Los Sauces", "Santa Bárbara");
        // containers are not alternatives
        assertThat(row("Balbalan, Kalinga, Philippines").places()).containsExactly("Balbalan");
        assertThat(row("Mali").places()).isEmpty();
    }

    @Test
    void romanisedSpellingsOfOneNameAreTheSame() {
        assertThat(ExtractionEvaluator.sameName("Qaysar District", "Qaisar District")).isTrue();
        assertThat(ExtractionEvaluator.sameName("Rawah District", "Rawa District")).isTrue();
        assertThat(ExtractionEvaluator.sameName("Pusht Rod District", "Pusht-e Rod District")).isTrue();
        assertThat(ExtractionEvaluator.sameName("Saydabad District", "Sayeed Abad District")).isTrue();
        assertThat(ExtractionEvaluator.sameName("Gereshk District", "Greshk District")).isTrue();
        assertThat(ExtractionEvaluator.sameName("Afgooye District", "Afgoye")).isTrue();
        assertThat(ExtractionEvaluator.sameName("Al-Qa'im District", "Qa’im district")).isTrue();
    }

    @Test
    void differentPlacesStayDifferent() {
        assertThat(ExtractionEvaluator.sameName("Kabul", "Kandahar")).isFalse();
        assertThat(ExtractionEvaluator.sameName("Giro", "Gero")).as("short names must match exactly").isFalse();
        assertThat(ExtractionEvaluator.sameName("Kunduz", "Kunar")).isFalse();
        assertThat(ExtractionEvaluator.sameName("District", "Province")).as("administrative words alone").isFalse();
    }

    @Test
    void theGoldMayBeTheCityTheDistrictOrTheRegion() {
        Place p = new Place("Sokolo", "Ségou", "Mali", "ML", 14.7, -6.1, "Niono Cercle");
        assertThat(e.samePlace(List.of("Sokolo"), p)).isTrue();
        assertThat(e.samePlace(List.of("Niono Cercle"), p)).isTrue();
        assertThat(e.samePlace(List.of("Ségou Region"), p)).isTrue();
        assertThat(e.samePlace(List.of("Mopti Region"), p)).isFalse();
        assertThat(e.samePlace(List.of("Gao", "Sokolo"), p)).isTrue();
    }
}
