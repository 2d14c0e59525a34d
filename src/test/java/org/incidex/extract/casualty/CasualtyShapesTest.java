package org.incidex.extract.casualty;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Less common shapes of casualty sentences: what stands between the people and the verb, single victims named
 * without a count, who is an attacker, injuries named by what they did. Every sentence here is written for the test.
 */
class CasualtyShapesTest {
    private final CasualtyFinder f = new CasualtyFinder();

    private List<String> fig(String s) {
        return CasualtyFinderTest.fig(f, s);
    }

    private List<String> modes(String s) {
        return f.find(s).stream().map(x -> x.kind() + "=" + x.value() + " " + x.mode()).toList();
    }

    @Test
    void phrasesBetweenThePeopleAndTheVerb() {
        assertThat(fig("Four guards backed by a local militia were killed.")).containsExactly("KILLED=4");
        assertThat(fig("A man whose brother was kidnapped last year was shot dead.")).containsExactly("KILLED=1");
        assertThat(fig("A woman believed to be a nurse was killed.")).containsExactly("KILLED=1");
        assertThat(fig("A driver who was kidnapped on May 3 from the depot was found dead.")).containsExactly("KILLED=1");
        // Decision: "a man armed with a knife" is more often the attacker than a victim.
        assertThat(fig("A man armed with a knife was shot dead.")).doesNotContain("KILLED=1");
    }

    @Test
    void aFirstParticipleWithItsComplementBeforeAnd() {
        assertThat(fig("Two engineers were abducted from their camp near the river and later shot dead."))
                .containsExactly("KILLED=2");
        assertThat(fig("A guard was shot at close range by the raiders and was seriously wounded."))
                .containsExactly("INJURED=1");
        assertThat(fig("Two men were arrested after a soldier was shot.")).isEmpty();
        assertThat(fig("Three men were detained near the camp and killed two guards.")).doesNotContain("KILLED=3");
    }

    @Test
    void longPhrasesAndTheirHeads() {
        assertThat(fig("Gunmen killed three engineers working on a new water pipeline project for the council near the old"
                + " bridge.")).containsExactly("KILLED=3");
        assertThat(fig("Two clerks of a fruit and vegetable company and a guard were shot dead.")).containsExactly("KILLED=3");
        assertThat(fig("Militants killed two teachers affiliated with a union.")).containsExactly("KILLED=2");
        assertThat(fig("Rebels killed a mining engineer.")).containsExactly("KILLED=1");
        assertThat(fig("Gunmen killed a 40-year-old man suspecting him to be an informer.")).containsExactly("KILLED=1");
        assertThat(fig("A soldier John B. Carter succumbed to his wounds.")).containsExactly("KILLED=1");
        assertThat(fig("A 16-year-old was killed.")).containsExactly("KILLED=1");
        assertThat(fig("Two more rebels were killed the next morning.")).containsExactly("PERPETRATORS_KILLED=2");
    }

    @Test
    void personNounsJoinedByAnd() {
        assertThat(fig("The blast killed the wife and son of a judge.")).containsExactly("KILLED=2");
        assertThat(fig("A water and sanitation engineer was killed.")).containsExactly("KILLED=1");
        assertThat(fig("A guard died during a cordon and search operation and a porter was shot dead."))
                .containsExactly("KILLED=1", "KILLED=1");
        assertThat(fig("Rebels killed a trader and torched his shop.")).containsExactly("KILLED=1");
    }

    @Test
    void countsInsideAPhrase() {
        assertThat(fig("The raid killed a family of five.")).containsExactly("KILLED=5");
        assertThat(fig("The clash left a group of three rebels dead.")).containsExactly("PERPETRATORS_KILLED=3");
    }

    @Test
    void agesAndDaysAreNoCounts() {
        assertThat(fig("Ana Ruiz, aged 54, and Luis Ruiz, aged 56, were killed.")).doesNotContain("KILLED=56");
        assertThat(fig("Two boys, Ali Khan, 14, and Omar Khan, 16, were injured.")).doesNotContain("INJURED=16");
    }

    @Test
    void throatsAndBodies() {
        assertThat(fig("Raiders slit the throat of a shepherd.")).containsExactly("KILLED=1");
        assertThat(fig("They slit a farmer's throat.")).containsExactly("KILLED=1");
        assertThat(fig("They killed a trader by slitting his throat.")).containsExactly("KILLED=1");
        assertThat(fig("Two hikers were found brutally murdered in their tent.")).containsExactly("KILLED=2");
        assertThat(fig("The body of one of the hostages was later found.")).containsExactly("KILLED=1");
    }

    @Test
    void pronounsAsVictims() {
        assertThat(fig("Rebels abducted a farmer and later shot him dead.")).containsExactly("KILLED=1");
        assertThat(fig("A car rammed a cyclist, killing her.")).containsExactly("KILLED=1");
        assertThat(fig("Gunmen killed his wife and wounded him, a daughter and a son."))
                .containsExactly("KILLED=1", "INJURED=3");
    }

    @Test
    void whoIsAnAttacker() {
        assertThat(fig("An anti-Taliban elder was killed.")).containsExactly("KILLED=1");
        assertThat(fig("Police shot dead an armed man at the gate.")).containsExactly("PERPETRATORS_KILLED=1");
        assertThat(fig("Two IS militants stormed a checkpoint, killing one fighter.")).containsExactly("KILLED=1");
        assertThat(fig("Rebel fighters stormed a base; nine fighters were killed.")).containsExactly("PERPETRATORS_KILLED=9");
        assertThat(fig("Soldiers killed ten fighters.")).containsExactly("PERPETRATORS_KILLED=10");
        assertThat(fig("Two fighters of a Turkish-backed militia were killed.")).containsExactly("KILLED=2");
        assertThat(fig("Seven people, including four guards, a cook and two suicide bombers, were killed."))
                .containsExactly("KILLED=5", "PERPETRATORS_KILLED=2");
        assertThat(fig("Twelve people were killed, including three of the attackers, in the raid."))
                .containsExactly("KILLED=9", "PERPETRATORS_KILLED=3");
    }

    @Test
    void deathsOfAnArmedGroup() {
        assertThat(fig("The fighting caused 4 deaths of the army and 7 deaths of the Islamic State."))
                .containsExactly("KILLED=4", "PERPETRATORS_KILLED=7");
        assertThat(fig("The rebels suffered 5 deaths.")).containsExactly("PERPETRATORS_KILLED=5");
        assertThat(fig("The raid ended with 2 Taliban deaths.")).containsExactly("PERPETRATORS_KILLED=2");
    }

    @Test
    void killedByTheSecurityForces() {
        assertThat(modes("Three more were shot dead by the security forces."))
                .containsExactly("PERPETRATORS_KILLED=3 ADDITIONAL");
        assertThat(fig("Police engaged the gunmen, killing all four.")).containsExactly("PERPETRATORS_KILLED=4");
        assertThat(fig("The man stabbed a guard, after which a policeman shot him dead."))
                .containsExactly("PERPETRATORS_KILLED=1");
        assertThat(fig("Two civilians were killed by security forces.")).containsExactly("KILLED=2");
        assertThat(fig("The Taliban attacked security forces, killing 5.")).containsExactly("KILLED=5");
    }

    @Test
    void injuriesNamedByWhatTheyDid() {
        assertThat(fig("Three shopkeepers were beaten.")).containsExactly("INJURED=3");
        assertThat(fig("A youth was shot in the legs.")).containsExactly("INJURED=1");
        assertThat(fig("Two boys were in critical condition.")).containsExactly("INJURED=2");
        assertThat(fig("The farmer stepped on a mine and lost his leg.")).containsExactly("INJURED=1");
        assertThat(fig("The blast left one dead and another with minor injuries.")).containsExactly("KILLED=1", "INJURED=1");
        assertThat(fig("The driver escaped with minor injuries.")).containsExactly("INJURED=1");
        assertThat(fig("Five people had to be treated at the scene.")).containsExactly("INJURED=5");
        assertThat(fig("Rebels chopped the hands off three farmers.")).containsExactly("INJURED=3");
        assertThat(fig("One guard was killed and the other guard was wounded.")).containsExactly("KILLED=1", "INJURED=1");
        assertThat(fig("A gunman shot and wounded Finance Minister John Doe at a rally.")).containsExactly("INJURED=1");
        // Decision: a named person killed is more often an earlier killing the report recalls.
        assertThat(fig("He was behind the attack that killed Mayor John Doe.")).isEmpty();
    }

    @Test
    void furtherVictims() {
        assertThat(modes("Another two people were killed and five injured."))
                .containsExactly("KILLED=2 ADDITIONAL", "INJURED=5 ADDITIONAL");
        assertThat(modes("Later another suicide bomber struck a market, injuring two guards."))
                .containsExactly("INJURED=2 ADDITIONAL");
        assertThat(modes("The gunmen also attacked a post, killing two guards.")).containsExactly("KILLED=2 ADDITIONAL");
        assertThat(modes("Later, three porters were wounded when their truck hit a landmine."))
                .containsExactly("INJURED=3 ADDITIONAL");
        assertThat(modes("Later, officials said three porters were wounded.")).containsExactly("INJURED=3 PLAIN");
        assertThat(modes("The guard died of his wounds in hospital.")).containsExactly("KILLED=1 OF_WOUNDS");
        assertThat(modes("One of the injured later died.")).containsExactly("KILLED=1 OF_WOUNDS");
        assertThat(modes("The raiders also took hostages, one of whom was killed later.")).containsExactly("KILLED=1 ADDITIONAL");
        assertThat(fig("Five people were killed, two of whom were shot dead.")).containsExactly("KILLED=5");
        assertThat(fig("The shelling resulted in the death of Syrian soldier.")).containsExactly("KILLED=1");
    }

    @Test
    void withACountAndItsParticiple() {
        // "with" then a count and its participle, no verb between: the people are the victims
        assertThat(fig("The siege at the supermarket ended with four people dead, officials said.")).containsExactly("KILLED=4");
        assertThat(fig("The raid ended with two officers wounded.")).containsExactly("INJURED=2");
        // a preposition before a list with its own verb is still no subject
        assertThat(fig("Gunmen killed a guard at the gate and a cook was shot dead.")).containsExactly("KILLED=2");
    }
}
