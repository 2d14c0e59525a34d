package org.incidex.extract.place;

import org.incidex.extract.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Place names in sentences, by kind ({@link PlaceFinder}). */
class PlaceFinderTest {
    final PlaceFinder places = new PlaceFinder(Gazetteer.shared());

    @Test
    void placesByKind() {
        assertThat(kinds("Gunmen attacked a hotel in the Malian capital, Bamako."))
                .containsExactly("DEMONYM:Malian", "CITY:Bamako");
        assertThat(kinds("Fighting spread across Borno State on Monday.")).containsExactly("REGION:Borno State");
        assertThat(kinds("A blast hit the western Herat province.")).containsExactly("REGION:Herat");
        assertThat(kinds("Kabul's Shar-e-Naw district was hit.")).startsWith("CITY:Kabul");
        assertThat(kinds("Police said the Army would respond on Monday.")).isEmpty();
        assertThat(kinds("It happened in the central town of Sevare.")).containsExactly("CITY:Sevare");
    }

    List<String> kinds(String s) {
        return places.find(s).stream().map(p -> p.kind() + ":" + p.text()).toList();
    }
}
