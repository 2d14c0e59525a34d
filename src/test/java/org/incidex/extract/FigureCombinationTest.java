package org.incidex.extract;

import org.incidex.model.Evidence;
import org.incidex.model.Incident;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidex.extract.IncidentExtractorTest.article;

/** How figures from several sentences about one attack make its counts; the articles are written for the test. */
class FigureCombinationTest {
    final IncidentExtractor x = TestLexicons.extractor();

    private Incident main(String... paragraphs) {
        return x.extract(article("Blast in Kabul", "2017-05-31", paragraphs)).get(0);
    }

    @Test
    void anUpdatedTollReplacesEarlierFigures() {
        Incident i = main("A suicide bomber struck a bank in Kabul, Afghanistan, killing 12 people.",
                "Officials later said the death toll rose to 19.");
        assertThat(i.killed()).isEqualTo(19);
        assertThat(i.evidence()).filteredOn(e -> e.field().equals("killed")).extracting(Evidence::text)
                .containsExactly("Officials later said the death toll rose to 19.",
                        "A suicide bomber struck a bank in Kabul, Afghanistan, killing 12 people.");
    }

    @Test
    void furtherVictimsAddUp() {
        Incident i = main("A bomb exploded at a bus stop in Kabul, Afghanistan, killing four people.",
                "Another two people were killed when a second device went off nearby.",
                "Three guards were also wounded.");
        assertThat(i.killed()).isEqualTo(6);
        assertThat(i.injured()).isEqualTo(3);
    }

    @Test
    void aBreakdownDoesNotReplaceTheTotal() {
        Incident i = main("Nine people were killed in a bombing in Kabul, Afghanistan, on Tuesday.",
                "Two police officers were killed at the gate, officials said.");
        assertThat(i.killed()).isEqualTo(9);
    }

    @Test
    void clausesOfOneSentenceCountDifferentPeople() {
        Incident i = main("Two soldiers were killed and a civilian was killed when a bomb hit a convoy in Kabul, Afghanistan.");
        assertThat(i.killed()).isEqualTo(3);
        Incident same = main("Eight people were killed when gunmen stormed a school in Kabul, Afghanistan, killing eight pupils.");
        assertThat(same.killed()).isEqualTo(8);
    }

    @Test
    void twoSingleVictimsOfOneSentenceAreTwoPeople() {
        Incident i = main("A soldier was killed at the gate and a cook was shot dead in the kitchen of a base in Kabul, Afghanistan.");
        assertThat(i.killed()).isEqualTo(2);
    }

    @Test
    void theWoundedWhoDiedMoveToTheKilled() {
        Incident i = main("A guard was shot and wounded at a bank in Kabul, Afghanistan, on Tuesday.",
                "He died of his wounds in hospital on Friday.");
        assertThat(i.killed()).isEqualTo(1);
        assertThat(i.injured()).isZero();
        Incident j = main("Four people were killed and six injured in a blast in Kabul, Afghanistan.",
                "One of the injured later died.");
        assertThat(j.killed()).isEqualTo(5);
        assertThat(j.injured()).isEqualTo(5);
        Incident k = main("A guard died of his wounds after a blast at a bank in Kabul, Afghanistan.");
        assertThat(k.killed()).isEqualTo(1);
    }

    @Test
    void noOneHurtIsZero() {
        Incident i = main("A bomb went off outside a bank in Kabul, Afghanistan, on Tuesday night.",
                "No one was hurt, police said.");
        assertThat(i.injured()).isZero();
    }

    @Test
    void aSentenceThatSumsTheTollReplacesTheCountsBeforeIt() {
        // written for this test from the public record of the 2004 Beslan school siege
        Incident i = x.extract(article("School siege ends", "2004-09-04",
                "The siege of the school in Beslan, Russia, ended on Friday in explosions and gunfire.",
                "Forty of the attackers were killed, but 130 hostages also died in the final assault.",
                "In all, 334 hostages were killed, 186 of them children.")).get(0);
        assertThat(i.killed()).isEqualTo(334);
        assertThat(i.perpetratorsKilled()).isEqualTo(40);
    }

    @Test
    void aCountSinceRevisedDoesNotReplaceTheLatest() {
        // written for this test from the public record of the 2023 Peshawar mosque bombing
        Incident i = x.extract(article("Toll revised", "2023-02-02",
                "The death toll from Monday's suicide bombing at a mosque in Peshawar, Pakistan, has been revised down"
                        + " to 84, officials said on Thursday.",
                "The toll had stood at 101 since Tuesday night.")).get(0);
        assertThat(i.killed()).isEqualTo(84);
    }
}
