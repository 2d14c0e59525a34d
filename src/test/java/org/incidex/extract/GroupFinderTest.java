package org.incidex.extract;

import org.incidex.model.Article;
import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Group roles in sentences written for these tests, and how they reach the main incident. */
class GroupFinderTest {
    final GroupFinder groups = new GroupFinder(TestLexicons.groups());
    final IncidentExtractor x = TestLexicons.extractor();

    List<String> roles(String s) {
        return groups.find(s).stream().map(g -> g.name() + "=" + (g.role() == null ? "NONE" : g.role().name())).toList();
    }

    List<String> perpetrators(String text) {
        List<Incident> found = x.extract(new Article("t", "test", null, null, null, "en", "2021-03-04", null, text));
        if (found.isEmpty()) return List.of();
        return found.get(0).groups().stream().filter(g -> g.role() != GroupRole.MENTIONED).map(GroupRef::name).toList();
    }

    @Test
    void noClaimButSuspectedOrBlamed() {
        assertThat(roles("Nobody has claimed the blast so far, but police suspect Boko Haram."))
                .containsExactly("Boko Haram=SUSPECTED");
        assertThat(roles("No group took responsibility and no group has claimed it; the governor blamed al-Shabab."))
                .containsExactly("Al-Shabaab=BLAMED");
        assertThat(roles("No one has claimed the bombing, though ISIS operates in the valley."))
                .containsExactly("Islamic State=MENTIONED");
        assertThat(roles("The raid has not been claimed, but Boko Haram has carried out similar attacks in the area."))
                .containsExactly("Boko Haram=SUSPECTED");
    }

    @Test
    void theOtherSideOfAGunfightIsNotAPastTie() {
        assertThat(roles("Two policemen died in a gunfight with members of Boko Haram near the border."))
                .containsExactly("Boko Haram=NONE");
        assertThat(roles("Two policemen died in a clash against Shabaab fighters."))
                .containsExactly("Al-Shabaab=NONE");
        assertThat(roles("The army has fought Boko Haram for a decade.")).containsExactly("Boko Haram=MENTIONED");
    }

    @Test
    void aNamedGroupDoingTheAttackIsTheIncidentsGroupEvenWithoutAPlace() {
        assertThat(perpetrators("Shabaab fighters shot dead two teachers on a bus.")).containsExactly("Al-Shabaab");
        assertThat(perpetrators("Boko Haram militants executed four aid workers they had held for months."))
                .containsExactly("Boko Haram");
        assertThat(perpetrators("Mortars fired by ISIS struck a crowded street.")).containsExactly("Islamic State");
        assertThat(perpetrators("Boko Haram published a new video on Tuesday.")).isEmpty();
    }
}
