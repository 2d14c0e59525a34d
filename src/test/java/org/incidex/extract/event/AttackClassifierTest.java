package org.incidex.extract.event;

import org.incidex.extract.rules.RuleTable;
import org.incidex.extract.text.Sentence;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The primary attack type of sentences written for these tests. */
class AttackClassifierTest {
    final AttackClassifier c = new AttackClassifier();

    String primary(String... sentences) {
        List<Sentence> s = new java.util.ArrayList<>();
        int at = 0;
        for (String t : sentences) {
            s.add(new Sentence(s.size(), 0, at, at + t.length(), t));
            at += t.length() + 1;
        }
        List<AttackClassifier.Classified> out = c.attackTypes(s, null);
        return out.isEmpty() ? null : out.get(0).type();
    }

    @Test
    void theMeansNamedDecideTheType() {
        assertThat(primary("A police officer was shot dead at a checkpoint.")).isEqualTo("Armed Assault");
        assertThat(primary("A bomb exploded near the bus station.")).isEqualTo("Bombing/Explosion");
        assertThat(primary("Their truck ran over a roadside mine on the way back to base."))
                .isEqualTo("Bombing/Explosion");
        assertThat(primary("Rebels abducted six engineers from the dam site."))
                .isEqualTo("Hostage Taking (Kidnapping)");
        assertThat(primary("Masked men torched two excavators overnight; no one was hurt."))
                .isEqualTo("Facility/Infrastructure Attack");
        assertThat(primary("A driver rammed his car into pedestrians on the promenade.")).isEqualTo("Unarmed Assault");
    }

    @Test
    void aTargetedKillingOfAFigureIsAnAssassination() {
        assertThat(primary("The town's deputy mayor was gunned down outside his home.")).isEqualTo("Assassination");
        assertThat(primary("Gunmen assassinated a provincial judge.")).isEqualTo("Assassination");
    }

    @Test
    void aBomberWhoAlsoOpenedFireIsABombingAndAnUnnamedMeansIsAnArmedAssault() {
        // Equal support: the GTD's precedence puts the bombing first.
        assertThat(primary("The attacker opened fire on the guards, then detonated his suicide vest."))
                .isEqualTo("Bombing/Explosion");
        assertThat(primary("Four villagers were killed in an attack on their settlement.")).isEqualTo("Armed Assault");
        assertThat(primary("The minister visited the market on Monday.")).isNull();
    }

    @Test
    void typesAreRankedInTheirDeclaredPriorityNotTableOrder() throws IOException {
        RuleTable t = table("pattern\ttype\tpriority\nshot\tArmed Assault\t2\nbomb\tBombing/Explosion\t1\n"
                + "gunmen\tArmed Assault\t2\n");
        assertThat(AttackClassifier.byPriority(t).keySet()).containsExactly("Bombing/Explosion", "Armed Assault");
        assertThat(AttackClassifier.byPriority(t).get("Armed Assault").pattern().pattern()).contains("shot|gunmen");
        assertThatThrownBy(() -> AttackClassifier.byPriority(table("pattern\ttype\tpriority\nshot\tArmed Assault\t1\n"
                + "bomb\tBombing/Explosion\t1\n"))).hasMessageContaining("types.tsv:3: another type has priority 1");
        assertThatThrownBy(() -> AttackClassifier.byPriority(table("pattern\ttype\tpriority\nshot\tArmed Assault\t1\n"
                + "gunmen\tArmed Assault\t2\n"))).hasMessageContaining("has priority 1 elsewhere");
    }

    private static RuleTable table(String text) throws IOException {
        return RuleTable.parse(new BufferedReader(new StringReader(text)), "types.tsv");
    }
}
