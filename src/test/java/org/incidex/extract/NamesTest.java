package org.incidex.extract;

import org.incidex.extract.group.GroupFinder;
import org.incidex.model.GroupRole;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Group names in sentences. */
class NamesTest {
    final GroupFinder groups = new GroupFinder(TestLexicons.groups());

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

    List<String> roles(String s) {
        return groups.find(s).stream().map(g -> g.name() + "=" + (g.role() == null ? "NONE" : g.role().name())).toList();
    }

    @SuppressWarnings("unused")
    private static final List<GroupRole> ALL = List.of(GroupRole.values());
}
