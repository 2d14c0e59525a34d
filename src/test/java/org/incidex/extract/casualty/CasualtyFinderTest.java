package org.incidex.extract.casualty;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Casualty figures in the shapes news sentences give them; every sentence here is written for the test. */
class CasualtyFinderTest {
    private final CasualtyFinder f = new CasualtyFinder();

    private List<String> fig(String s) {
        return fig(f, s);
    }

    /** The figures of a sentence as KIND=value, in order. */
    static List<String> fig(CasualtyFinder f, String s) {
        return f.find(s).stream().map(x -> x.kind() + "=" + x.value()).toList();
    }

    @Test
    void casualtyFiguresByKind() {
        assertThat(fig("At least 13 people died in a hotel siege.")).containsExactly("KILLED=13");
        assertThat(fig("The blast killed 22 people and injured 59 others.")).containsExactly("KILLED=22", "INJURED=59");
        assertThat(fig("Fifty people were killed and two dozen wounded.")).containsExactly("KILLED=50", "INJURED=24");
        assertThat(fig("The gunmen took some 170 people hostage.")).containsExactly("HOSTAGES=170");
        assertThat(fig("The death toll rose to 31 on Sunday.")).containsExactly("KILLED=31");
        assertThat(fig("Three of the attackers were also killed.")).containsExactly("PERPETRATORS_KILLED=3");
        assertThat(fig("Five UN workers were among the dead.")).isEmpty();
        assertThat(fig("Dozens were killed in 2015.")).isEmpty();
        assertThat(fig("Officials said 20 hostages were killed in the attack.")).containsExactly("KILLED=20");
    }

    @Test
    void singularVictims() {
        assertThat(fig("A police officer was killed near the border on Monday.")).containsExactly("KILLED=1");
        assertThat(fig("A village headman has been shot dead outside his home.")).containsExactly("KILLED=1");
        assertThat(fig("One person died and a child was wounded.")).containsExactly("KILLED=1", "INJURED=1");
        assertThat(fig("The driver was seriously injured in the blast.")).containsExactly("INJURED=1");
    }

    @Test
    void anyNounPhraseCountsPeople() {
        assertThat(fig("Two Nepali cooks were killed when the bus was hit.")).containsExactly("KILLED=2");
        assertThat(fig("At least nine members of a wedding party died in the fire.")).containsExactly("KILLED=9");
        assertThat(fig("Four traffic wardens, including a woman, were wounded.")).containsExactly("INJURED=4");
        assertThat(fig("At least 12 miners and drivers were killed near the quarry.")).containsExactly("KILLED=12");
        assertThat(fig("A sergeant of 21 Signal Regiment was killed at the gate.")).containsExactly("KILLED=1");
        assertThat(fig("A 70 year old farmer died in the fire.")).containsExactly("KILLED=1");
        assertThat(fig("The raid on a depot in the north province resulted in 9 people dead.")).containsExactly("KILLED=9");
        assertThat(fig("Two former rebels were shot dead at a market.")).containsExactly("KILLED=2");
    }

    @Test
    void activeVerbsWithTheirObjects() {
        assertThat(fig("Rebels shot dead a tax collector in the market.")).containsExactly("KILLED=1");
        assertThat(fig("The ambush killed two and wounded seven.")).containsExactly("KILLED=2", "INJURED=7");
        assertThat(fig("A grenade hit the queue, wounding a boy.")).containsExactly("INJURED=1");
        assertThat(fig("The shelling resulted in the death of a farmer.")).containsExactly("KILLED=1");
        assertThat(fig("The blast caused the death of a porter and the injury of three others."))
                .containsExactly("KILLED=1", "INJURED=3");
        assertThat(fig("One guard was killed and other was injured.")).containsExactly("KILLED=1", "INJURED=1");
        assertThat(fig("Two shoppers were stabbed near the station.")).containsExactly("INJURED=2");
        assertThat(fig("A youth stabbed a shopkeeper near the station.")).isEmpty();
    }

    @Test
    void listsOfVictimsAreAddedUp() {
        assertThat(fig("Three guards and two cleaners were injured in the attack.")).containsExactly("INJURED=5");
        assertThat(fig("The bomb killed a judge and a court clerk.")).containsExactly("KILLED=2");
        assertThat(fig("Gunmen killed four miners, two drivers and a cook.")).containsExactly("KILLED=7");
        assertThat(fig("A bomb killed a teacher and his two sons.")).containsExactly("KILLED=3");
        assertThat(fig("Militants killed three villagers, including a girl, and two herders."))
                .containsExactly("KILLED=5");
    }

    @Test
    void listEndsWhereTheNextClauseBegins() {
        assertThat(fig("Raiders killed two guards and three nurses were hurt."))
                .containsExactly("KILLED=2", "INJURED=3");
        assertThat(fig("The attack killed two soldiers and a bomb destroyed a bridge.")).containsExactly("KILLED=2");
    }

    @Test
    void leftDeadOrWounded() {
        assertThat(fig("A mine went off on the road, leaving three herders wounded.")).containsExactly("INJURED=3");
        assertThat(fig("The blast left 40,000 homes without power.")).isEmpty();
        assertThat(fig("The raid left a guard dead and two others hurt.")).containsExactly("KILLED=1", "INJURED=2");
    }

    @Test
    void attackersAreNotVictims() {
        assertThat(fig("Six gunmen were killed by the troops.")).containsExactly("PERPETRATORS_KILLED=6");
        assertThat(fig("Two attackers and five guards were killed in the raid."))
                .containsExactly("KILLED=5", "PERPETRATORS_KILLED=2");
        // Decision: an attacker named among the dead is not a victim ("14 people including the bomber" → 13 + 1).
        assertThat(fig("The blast killed 14 people including the bomber."))
                .containsExactly("KILLED=13", "PERPETRATORS_KILLED=1");
        assertThat(fig("Nine people, including two suspected insurgents, died in the clash."))
                .containsExactly("KILLED=7", "PERPETRATORS_KILLED=2");
        assertThat(fig("Five pro-government fighters were killed.")).containsExactly("KILLED=5");
        assertThat(fig("Nine rebels were killed and four were wounded.")).containsExactly("PERPETRATORS_KILLED=9");
        assertThat(fig("Two soldiers and a rebel were killed and three were wounded."))
                .containsExactly("KILLED=2", "PERPETRATORS_KILLED=1", "INJURED=3");
    }

    @Test
    void subCountsAreNotAddedTwice() {
        assertThat(fig("Twelve people were killed, including three children.")).containsExactly("KILLED=12");
        assertThat(fig("Two aid workers were among the dead.")).isEmpty();
        assertThat(fig("Two of the dead were police officers.")).isEmpty();
    }

    @Test
    void noCasualties() {
        assertThat(fig("No one was hurt in the explosion.")).containsExactly("INJURED=0");
        assertThat(fig("There were no casualties.")).containsExactly("KILLED=0", "INJURED=0");
        assertThat(fig("No passengers were killed.")).containsExactly("KILLED=0");
    }

    @Test
    void notCounts() {
        assertThat(fig("He was killed three days later.")).isEmpty();
        assertThat(fig("A car bomb killed the mayor of the town.")).containsExactly("KILLED=1");
        assertThat(fig("Two bombs exploded near the market.")).isEmpty();
        assertThat(fig("He was a 14-year-old student.")).isEmpty();
    }

    @Test
    void namedPeopleAndAsides() {
        assertThat(fig("Local reporter Ana Ruiz, a mother of two, was shot dead outside her office."))
                .containsExactly("KILLED=1");
        assertThat(fig("The district governor was killed along with his three guards.")).containsExactly("KILLED=4");
        assertThat(fig("A judge, together with two clerks, was killed in the blast.")).containsExactly("KILLED=3");
        assertThat(fig("The head of the water board in the northern district was killed on Friday."))
                .containsExactly("KILLED=1");
        assertThat(fig("A senior commander of the rebel group was killed in the raid."))
                .containsExactly("PERPETRATORS_KILLED=1");
    }

    @Test
    void perfectTenseIsActive() {
        assertThat(fig("A blast in the capital has wounded four traders.")).containsExactly("INJURED=4");
        assertThat(fig("The assailant stabbed a guard to death and wounded two visitors."))
                .containsExactly("KILLED=1", "INJURED=2");
    }

    @Test
    void bodiesFound() {
        assertThat(fig("The bodies of three kidnapped engineers were found near the road.")).containsExactly("KILLED=3");
        assertThat(fig("His body was found two days later.")).containsExactly("KILLED=1");
    }

    @Test
    void howFiguresCombine() {
        assertThat(modes("The toll rose to 31 on Sunday.")).containsExactly("KILLED=31 UPDATE");
        assertThat(modes("Another three people were killed in the afternoon.")).containsExactly("KILLED=3 ADDITIONAL");
        assertThat(modes("Two firemen were also injured.")).containsExactly("INJURED=2 ADDITIONAL");
        assertThat(modes("In a separate attack, two farmers were killed.")).containsExactly("KILLED=2 ADDITIONAL");
        assertThat(modes("Seven people were killed.")).containsExactly("KILLED=7 PLAIN");
    }

    private List<String> modes(String s) {
        return f.find(s).stream().map(x -> x.kind() + "=" + x.value() + " " + x.mode()).toList();
    }

    @Test
    void peopleStillTrappedAreCountedApartFromHostages() {
        List<CasualtyFinder.Figure> f = new CasualtyFinder().find("About 40 guests were still trapped inside the building.");
        assertThat(f).extracting(x -> x.kind() + "=" + x.value()).containsExactly("TRAPPED=40");
        assertThat(new CasualtyFinder().find("Twelve people were held hostage in the bank."))
                .extracting(x -> x.kind() + "=" + x.value()).containsExactly("HOSTAGES=12");
    }
}
