package org.incidex.extract;

import org.incidex.extract.gazetteer.Gazetteer;
import org.incidex.extract.place.PlaceFinder;
import org.incidex.model.GroupRole;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Group and place names in sentences. */
class NamesTest {
    final GroupFinder groups = new GroupFinder(TestLexicons.groups());
    final PlaceFinder places = new PlaceFinder(Gazetteer.shared());

    @Test
    void groupRolesFromTheSentence() {
        assertThat(roles("Al-Shabaab claimed responsibility for the attack.")).containsExactly("Al-Shabaab=CLAIMED");
        assertThat(roles("Officials suspect Boko Haram.")).containsExactly("Boko Haram=SUSPECTED");
        assertThat(roles("The government blamed ISIS for the blast.")).containsExactly("Islamic State=BLAMED");
        assertThat(roles("It was claimed by militants linked to the former head of AQIM who now leads Al-Murabitoun."))
                .containsExactly("Al-Qaeda in the Islamic Maghreb=MENTIONED", "Al-Mourabitoun=CLAIMED");
        assertThat(roles("No group has claimed responsibility, though Daesh is active there.")).containsExactly("Islamic State=MENTIONED");
        assertThat(roles("The attack was claimed by the Sahara Liberation Brigade.")).containsExactly("Sahara Liberation Brigade=CLAIMED");
        assertThat(groups.find("The attack was claimed by the Sahara Liberation Brigade.").get(0).verified()).isFalse();
        assertThat(roles("Gunmen stormed the hotel; this is what is known.")).isEmpty();
    }

    @Test
    void placesByKind() {
        assertThat(kinds("Gunmen attacked a hotel in the Malian capital, Bamako.")).containsExactly("DEMONYM:Malian", "CITY:Bamako");
        assertThat(kinds("Fighting spread across Borno State on Monday.")).containsExactly("REGION:Borno State");
        assertThat(kinds("A blast hit the western Herat province.")).containsExactly("REGION:Herat");
        assertThat(kinds("Kabul's Shar-e-Naw district was hit.")).startsWith("CITY:Kabul");
        assertThat(kinds("Police said the Army would respond on Monday.")).isEmpty();
        assertThat(kinds("It happened in the central town of Sevare.")).containsExactly("CITY:Sevare");
    }

    List<String> roles(String s) {
        return groups.find(s).stream().map(g -> g.name() + "=" + (g.role() == null ? "NONE" : g.role().name())).toList();
    }

    List<String> kinds(String s) {
        return places.find(s).stream().map(p -> p.kind() + ":" + p.text()).toList();
    }

    @SuppressWarnings("unused")
    private static final List<GroupRole> ALL = List.of(GroupRole.values());
}
