package org.incidex.extract.casualty;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What casualty sentences must not be read as, where what they are read as is not yet right: the figures of one
 * sentence in full are the phrasebook's (casualty-phrasebook.tsv, {@link CasualtyPhrasebookTest}). Every sentence
 * here is written for the test.
 */
class CasualtyShapesTest {
    private final CasualtyFinder f = new CasualtyFinder();

    private List<String> fig(String s) {
        return f.find(s).stream().map(x -> x.kind() + "=" + x.value()).toList();
    }

    @Test
    void anArmedManIsNoVictim() {
        // Decision: "a man armed with a knife" is more often the attacker than a victim.
        assertThat(fig("A man armed with a knife was shot dead.")).doesNotContain("KILLED=1");
    }

    @Test
    void agesAndDaysAreNoCounts() {
        assertThat(fig("Ana Ruiz, aged 54, and Luis Ruiz, aged 56, were killed.")).doesNotContain("KILLED=56");
        assertThat(fig("Two boys, Ali Khan, 14, and Omar Khan, 16, were injured.")).doesNotContain("INJURED=16");
    }
}
