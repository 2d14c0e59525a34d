package org.incidex.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.incidex.clean.BoilerplateText.Kind;
import org.incidex.clean.BoilerplateText.Zone;
import org.incidex.clean.internal.TsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTextTest {
    private static final BoilerplateText TEXT = BoilerplateText.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"Photograph: AFP/Getty Images", "(File photo)", "Credit: Reuters", "Image: Sahel Wire",
        "Photo by Jane Doe", "Photo courtesy of Jane Doe", "File photo of Gao.", "Gao, Mali. File image.",
        "Soldiers patrol a market in Gao. Photograph: Jane Doe/AFP/Getty Images",
        "A street in Gao. (File photo)", "Police at the scene on Friday. (AP Photo/Jane Doe)",
        "Police at the scene on Friday. REUTERS/Jane Doe", "AFP via Getty Images", "Jane Doe/Reuters",
        "Anthony Roe / AFP - Getty Images", "Jane Doe/Example Daily", "Media caption The minister spoke on Monday",
        "Image copyright Getty Images", "Smoke over the port on Tuesday. Credit: STR/AFP",
        "Crédit photo : AFP", "Un véhicule de police à Gao. Crédit photo : AFP", "Photo : Jane Doe"})
    void captionsAndCredits(String block) {
        assertThat(TEXT.is(Kind.CAPTION, block, Zone.ANY)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Reporting by Jane Doe; Editing by John Roe", "(Additional reporting by Ann Lee in Gao)",
        "Writing by John Roe; editing by the Sahel Wire desk.", "© 2023 Some Media Group",
        "Copyright 2023 Example News. All rights reserved.", "Heba Ali contributed to this report.",
        "With agencies", "Avec AFP", "— Agencies", "Staff and agencies", "Compiled by Ann Lee",
        "Our Standards: The Example Trust Principles.", "Tous droits réservés", "Le Monde avec AFP",
        "Contributing: Ann Lee", "To contact the reporter on this story: Ann Lee in Dakar",
        "A version of this article appears in print on Nov. 21, 2015, Section A, Page 6 of the New York edition."})
    void signoffsAnywhere(String block) {
        assertThat(TEXT.is(Kind.SIGNOFF, block, Zone.ANY)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sahel Wire desk", "AFP", "- Reuters", "Written by Ann Lee", "SOURCE: Al Jazeera",
        "This article was originally published by Example Daily."})
    void signoffsAtTheEndOnly(String block) {
        assertThat(TEXT.is(Kind.SIGNOFF, block, Zone.LAST)).isTrue();
        assertThat(TEXT.is(Kind.SIGNOFF, block, Zone.ANY)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Ann Lee", "By Ann Lee and John Roe, Reuters", "Par Awa Traoré", "Home › World"})
    void bylinesAndBreadcrumbsAtTheStartOnly(String block) {
        boolean any = false;
        boolean first = false;
        for (Kind k : Kind.values()) {
            any |= TEXT.is(k, block, Zone.ANY);
            first |= TEXT.is(k, block, Zone.FIRST);
        }
        assertThat(first).isTrue();
        assertThat(any).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read more", "Related", "Related stories", "Related Coverage", "Most read", "Most Read",
        "More on this story", "Recommended", "You may also like", "You might be interested in", "READ MORE:",
        "Sur le même sujet", "À lire aussi", "Les plus lus", "Share this article", "Topics"})
    void labels(String block) {
        assertThat(TEXT.isLabel(block)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"READ MORE: Mali's junta sets a date for the referendum",
        "Read more: Gunmen attack checkpoint near Mopti", "Related: Army says it repelled an attack",
        "[Read: Tunisia tightens security after museum attack]", "Lire aussi : Au Sahel, les attaques se multiplient",
        "Sign up for our Africa newsletter, delivered every weekday morning.",
        "Subscribe to the Example Daily for unlimited access.", "Get our free morning newsletter",
        "Share this article Facebook X WhatsApp Email", "Advertisement", "ADVERTISEMENT", "Publicité",
        "Story continues below advertisement", "Continue reading the main story", "Newsletter",
        "Inscrivez-vous à notre newsletter", "Follow us on Instagram",
        "Example Daily is committed to accuracy. Report an error.", "Published Thursday 27 July 2017",
        "Updated 14:32 GMT", "Last updated: March 3, 2019 10:00 am", "Mis à jour le 05.05.2015 à 20h13",
        "5 min read", "Hide caption", "3 of 12", "Supported by", "Tags: Mali, Security",
        "Follow Ann Lee on Twitter", "This article is more than 2 years old", "More: Army says it repelled attack",
        "CLICK HERE TO GET THE APP", "Hide Caption 1 of 10", "Media playback is unsupported on your device",
        "Follow AP's full coverage of the Sahel at https://example.org/sahel", "Reuse this content"})
    void lines(String block) {
        assertThat(TEXT.is(Kind.LINE, block, Zone.ANY)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "BAMAKO, Mali (Reuters) - Gunmen killed three soldiers at a checkpoint on Tuesday, the army said.",
        "MAIDUGURI, Nigeria — Suspected militants attacked a village overnight, residents said.",
        "Nov 20 (Reuters) - Gunmen stormed a hotel in the Malian capital on Friday.",
        "OUAGADOUGOU, 14 mars (AFP) - Des hommes armés ont attaqué un poste de police.",
        "A photograph of the suspect was released by police on Tuesday.",
        "The attack was related to a land dispute, police said.",
        "Relief agencies said 3,000 people had fled.", "The front desk of the hotel was the first target.",
        "Reporting by local media suggested the toll was higher.",
        "Officials urged residents to sign up for text alerts.",
        "He was given credit for raising the alarm.", "Photographs by the victims' families lined the hall.",
        "The group shared the video on Telegram, according to Reuters.",
        "The desk officer said more police would be sent.", "Related to the attack, two men were arrested.",
        "Read more about the programme on the ministry's website.",
        "Subscribers to the local radio station heard the explosion live.",
        "Most of the victims were students.", "Copyright lawyers said the film could not be shown.",
        "By Sunday, police had arrested two men.", "Updated figures released on Monday showed 40 dead.",
        "Published on Monday, the report found that attacks rose by 40 percent.",
        "MUNICH, Wed 6 Sep 1972 17.51 GMT", "Follow the money, investigators said.",
        "More than 40 people were killed.", "Click-through rates fell.", "Sources said the toll was higher."})
    void articleSentencesStay(String block) {
        for (Kind k : Kind.values()) {
            for (Zone z : Zone.values()) {
                assertThat(TEXT.is(k, block, z)).as("%s %s", k, z).isFalse();
            }
        }
        assertThat(TEXT.isLabel(block)).isFalse();
        assertThat(TEXT.filter(List.of(block))).containsExactly(block);
    }

    @Test
    void aBracketedSignoffClosingOneOfTheLastBlocksIsCut() {
        List<String> blocks = List.of("Gunmen attacked a checkpoint near Mopti on Tuesday, the army said.",
                "Four soldiers were killed. (Reporting by Jane Doe; Editing by John Roe)");
        assertThat(TEXT.filter(blocks)).containsExactly(blocks.get(0), "Four soldiers were killed.");
        assertThat(TEXT.withoutClosingSignoff("Officials named the group (Islamic State)."))
                .isEqualTo("Officials named the group (Islamic State).");
    }

    @Test
    void signoffsOfTheEndZoneAreKeptEarlierInTheText() {
        List<String> blocks = new java.util.ArrayList<>(List.of("Sahel Wire desk"));
        for (int i = 0; i < BoilerplateText.LAST_BLOCKS; i++) {
            blocks.add("Paragraph " + i + " of the article, long enough to be a paragraph of its own.");
        }
        blocks.add("Sahel Wire desk");
        List<String> out = TEXT.filter(blocks);
        assertThat(out).startsWith("Sahel Wire desk").doesNotHaveDuplicates().hasSize(blocks.size() - 1);
    }

    @Test
    void longBlocksAreNeverDropped() {
        String paragraph = "Reporting by Jane Doe on the ground showed " + "that the toll was higher, ".repeat(20)
                + "officials later admitted.";
        assertThat(TEXT.filter(List.of(paragraph))).containsExactly(paragraph);
    }

    @Test
    void badRowsAreRejectedNamingFileAndLine() {
        String header = "kind\tmatch\tzone\tpattern\nagency\t\t\tafp\n";
        assertThatThrownBy(() -> table(header + "kicker\tstart\tany\tfoo\n"))
                .hasMessageContaining("t.tsv:3").hasMessageContaining("unknown kind 'kicker'");
        assertThatThrownBy(() -> table(header + "line\tmiddle\tany\tfoo\n"))
                .hasMessageContaining("t.tsv:3").hasMessageContaining("unknown match 'middle'");
        assertThatThrownBy(() -> table(header + "line\tstart\tfirst2\tfoo\n"))
                .hasMessageContaining("t.tsv:3").hasMessageContaining("unknown zone 'first2'");
        assertThatThrownBy(() -> table(header + "line\tstart\tany\t(foo\n"))
                .hasMessageContaining("t.tsv:3").hasMessageContaining("does not compile");
        assertThatThrownBy(() -> table(header + "line\tstart\tany\t(?:foo)?\n"))
                .hasMessageContaining("t.tsv:3").hasMessageContaining("matches empty text");
        assertThatThrownBy(() -> table(header + "line\tstart\tany\tfoo\textra\n"))
                .hasMessageContaining("t.tsv:3").hasMessageContaining("5 cells");
        assertThatThrownBy(() -> table(header + "line\tstart\t\tfoo\n"))
                .hasMessageContaining("t.tsv:3").hasMessageContaining("empty 'zone'");
        assertThatThrownBy(() -> table(header + "agency\tstart\t\tap\n"))
                .hasMessageContaining("t.tsv:3").hasMessageContaining("agency");
        assertThatThrownBy(() -> table("kind\tmatch\tzone\tpattern\nline\tstart\tany\tfoo\n"))
                .hasMessageContaining("no agency rows");
    }

    @Test
    void aWellFormedTableLoads() throws IOException {
        BoilerplateText t = table("# comment\nkind\tmatch\tzone\tpattern\n\nagency\t\t\tafp\n"
                + "line\twhole\tany\tpromo\n");
        assertThat(t.is(Kind.LINE, "Promo.", Zone.ANY)).isTrue();
        assertThat(t.is(Kind.CAPTION, "Jane Doe/AFP", Zone.ANY)).isTrue();
    }

    private static BoilerplateText table(String text) throws IOException {
        return BoilerplateText.of(TsvTable.parse(new BufferedReader(new StringReader(text)), "t.tsv"));
    }
}
