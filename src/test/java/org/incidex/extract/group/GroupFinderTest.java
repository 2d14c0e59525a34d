package org.incidex.extract.group;

import org.incidex.extract.IncidentExtractor;
import org.incidex.extract.TestLexicons;
import org.incidex.extract.rules.RuleTable;
import org.incidex.model.Article;
import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Group roles in sentences written for these tests, and how they reach the main incident. */
class GroupFinderTest {
    final GroupFinder groups = new GroupFinder(TestLexicons.groups());
    final IncidentExtractor x = TestLexicons.extractor();

    List<String> roles(String s) {
        return groups.find(s).stream().map(g -> g.name() + "=" + (g.role() == null ? "NONE" : g.role().name()))
                .toList();
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
    void aQuotedNameNextToGroupIsKeptUnverified() {
        assertThat(roles("A banner signed by the group \"Night Wolves of the Valley\" was left at the burned depot."))
                .containsExactly("Night Wolves of the Valley=NONE");
        assertThat(roles("The \"Iron Orchard\" group claimed responsibility for the fire."))
                .containsExactly("Iron Orchard=CLAIMED");
        assertThat(groups.find("The \"Iron Orchard\" group claimed responsibility.").get(0).verified()).isFalse();
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

    @Test
    void aGroupRightAfterAnAttackVerbIsTheTarget() {
        assertThat(roles("An airstrike killed 14 Boko Haram fighters near the lake."))
                .containsExactly("Boko Haram=MENTIONED");
        assertThat(roles("Troops launched an offensive on Shabaab positions.")).containsExactly("Al-Shabaab=MENTIONED");
        assertThat(roles("Police blamed the attack on Boko Haram.")).containsExactly("Boko Haram=BLAMED");
        assertThat(roles("Boko Haram killed 14 farmers near the lake.")).containsExactly("Boko Haram=NONE");
    }

    @Test
    void commonNewsSpellingsOfListedGroups() {
        GroupFinder shared = new GroupFinder(GroupLexicon.shared());
        for (String[] c : new String[][]{
                {"Naxalites torched three trucks at a road site.", "Communist Party of India (Maoist)"},
                {"Suspected Maoist rebels blew up a culvert.", "Communist Party of India (Maoist)"},
                {"Huthi rebels fired a missile at the port.", "Houthis"},
                {"Fighters of the Islamic State in Iraq and Syria attacked the post.", "Islamic State"},
                {"Ansar al-Sunna insurgents raided a village.", "Ansar al-Sunna (Mozambique)"},
                {"The Tehrik-i-Taliban said it carried out the raid.", "Tehrik-i-Taliban Pakistan"},
                {"A FARC dissident group burned two trucks.", "FARC dissidents"}}) {
            assertThat(shared.find(c[0])).extracting(GroupFinder.GroupMention::name).as(c[0]).containsExactly(c[1]);
        }
    }

    @Test
    void aOneWordNameThatIsNoEnglishWordCountsInLowerCase() {
        assertThat(perpetrators("Two porters were killed by suspected shabaab militants near the border."))
                .containsExactly("Al-Shabaab");
    }

    @Test
    void aClaimOutranksABlameAndABlameASuspicion() {
        assertThat(roles("Police suspect Boko Haram, which has claimed responsibility."))
                .containsExactly("Boko Haram=CLAIMED");
        assertThat(roles("Officials blamed Boko Haram, long suspected of such raids."))
                .containsExactly("Boko Haram=BLAMED");
    }

    @Test
    void rolesAreReadInTheirDeclaredPriorityNotTableOrder() throws IOException {
        String header = "pattern\trole\tpriority\nnobody\\s+claimed\tunclaimed\t0\n";
        List<GroupFinder.RoleCue> cues = GroupFinder.roleCues(table(header + "claimed\tclaimed\t2\n"
                + "suspect\tsuspected\t1\n"));
        assertThat(cues).extracting(GroupFinder.RoleCue::role).containsExactly(GroupRole.SUSPECTED, GroupRole.CLAIMED);
        assertThat(cues.get(1).pattern().pattern()).isEqualTo("(?i)\\bclaimed");
        assertThatThrownBy(() -> GroupFinder.roleCues(table(header + "claimed\tclaimed\t1\nblamed\tblamed\t1\n")))
                .hasMessageContaining("role-cues.tsv:4: another role has priority 1");
        assertThatThrownBy(() -> GroupFinder.roleCues(table("pattern\trole\tpriority\nclaimed\tclaimed\t1\n"
                + "nobody\\s+claimed\tunclaimed\t2\n")))
                .hasMessageContaining("'unclaimed' must be there and read first");
        assertThatThrownBy(() -> GroupFinder.roleCues(table(header + "guilty\tconvicted\t1\n")))
                .hasMessageContaining("role-cues.tsv:3: unknown group role 'convicted'");
    }

    private static RuleTable table(String text) throws IOException {
        return RuleTable.parse(new BufferedReader(new StringReader(text)), "role-cues.tsv");
    }
}
