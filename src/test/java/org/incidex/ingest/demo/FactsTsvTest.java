package org.incidex.ingest.demo;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactsTsvTest {

    private static final String BAMAKO = "2015-11-20-bamako-hotel\t2015-11-20\tBamako\tBamako\tMali\tML\t"
            + "Al-Murabitoun;Al-Qaeda in the Islamic Maghreb\tclaimed\t20\t7\t170\tHostage Taking (Barricade Incident)\t"
            + "Business\tRadisson Blu hotel\tBamako hotel attack";

    private static List<Fact> parse(String... lines) {
        return DemoCorpus.parseFacts(new StringReader(String.join("\n", lines) + "\n"), "facts.tsv");
    }

    @Test
    void readsTheSampleTable() {
        List<Fact> facts = SampleFacts.load();
        assertThat(facts).hasSize(12);
        Fact bamako = facts.get(0);
        assertThat(bamako.id()).isEqualTo("2015-11-20-bamako-hotel");
        assertThat(bamako.date()).isEqualTo(LocalDate.of(2015, 11, 20));
        assertThat(bamako.groups()).containsExactly("Al-Murabitoun", "Al-Qaeda in the Islamic Maghreb");
        assertThat(bamako.groupRole()).isEqualTo("claimed");
        assertThat(bamako.killed()).isEqualTo(20);
        assertThat(bamako.hostages()).isEqualTo(170);
        Fact sevare = facts.get(1);
        assertThat(sevare.injured()).isNull();
        assertThat(sevare.hostages()).isNull();
        Fact christchurch = facts.stream().filter(f -> f.city().equals("Christchurch")).findFirst().orElseThrow();
        assertThat(christchurch.groups()).isEmpty();
        assertThat(christchurch.groupRole()).isNull();
    }

    @Test
    void rowRoundTrips() {
        for (Fact f : SampleFacts.load()) {
            assertThat(parse(FactsTsv.HEADER, FactsTsv.row(f))).containsExactly(f);
        }
    }

    @Test
    void toleratesCrLfBomAndBlankLines() {
        String tsv = "\uFEFF" + FactsTsv.HEADER + "\r\n" + BAMAKO + "\r\n\r\n";
        assertThat(DemoCorpus.parseFacts(new StringReader(tsv), "x")).hasSize(1);
    }

    @Test
    void wrongHeaderNamesLineOne() {
        assertThatThrownBy(() -> parse("id\tdate\tcity", BAMAKO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("facts.tsv:1: header");
        assertThatThrownBy(() -> DemoCorpus.parseFacts(new StringReader(""), "facts.tsv"))
                .hasMessageStartingWith("facts.tsv:1: empty");
    }

    @Test
    void badRowsNameFileLineAndField() {
        assertThatThrownBy(() -> parse(FactsTsv.HEADER, BAMAKO, "too\tfew"))
                .hasMessage("facts.tsv:3: expected 15 tab-separated columns, found 2");
        assertThatThrownBy(() -> parse(FactsTsv.HEADER, BAMAKO.replace("2015-11-20\t", "20/11/2015\t")))
                .hasMessage("facts.tsv:2: date '20/11/2015' is not YYYY-MM-DD");
        assertThatThrownBy(() -> parse(FactsTsv.HEADER, BAMAKO.replace("\t20\t7\t", "\tabout 20\t7\t")))
                .hasMessage("facts.tsv:2: killed 'about 20' is not a whole number");
        assertThatThrownBy(() -> parse(FactsTsv.HEADER, BAMAKO.replace("\t20\t7\t", "\t-1\t7\t")))
                .hasMessage("facts.tsv:2: killed is negative: -1");
        assertThatThrownBy(() -> parse(FactsTsv.HEADER, BAMAKO.replace("\tclaimed\t", "\tadmitted\t")))
                .hasMessageStartingWith("facts.tsv:2: group_role 'admitted'");
        assertThatThrownBy(() -> parse(FactsTsv.HEADER, BAMAKO.replace("\tclaimed\t", "\t\t")))
                .hasMessage("facts.tsv:2: groups given but group_role is empty");
        assertThatThrownBy(() -> parse(FactsTsv.HEADER, BAMAKO.replace("\tML\t", "\tMali\t")))
                .hasMessageStartingWith("facts.tsv:2: country_code 'Mali'");
        assertThatThrownBy(() -> parse(FactsTsv.HEADER, BAMAKO.replace("\tBamako\tBamako\t", "\t\tBamako\t")))
                .hasMessage("facts.tsv:2: city is empty");
        assertThatThrownBy(() -> parse(FactsTsv.HEADER, BAMAKO.replace("2015-11-20-bamako-hotel", "../etc")))
                .hasMessageStartingWith("facts.tsv:2: id '../etc'");
    }

    @Test
    void duplicateIdNamesBothLines() {
        assertThatThrownBy(() -> parse(FactsTsv.HEADER, BAMAKO, "", BAMAKO))
                .hasMessage("facts.tsv:4: duplicate id '2015-11-20-bamako-hotel' (first on line 2)");
    }

    @Test
    void loadNamesTheResourceAndLine() {
        assertThatThrownBy(() -> DemoCorpus.load("/org/incidex/ingest/demo/facts-bad-row.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("classpath:/org/incidex/ingest/demo/facts-bad-row.tsv:3: killed 'thirteen' is not a whole number");
        assertThatThrownBy(() -> DemoCorpus.load("/org/incidex/ingest/demo/missing.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("classpath:/org/incidex/ingest/demo/missing.tsv");
    }
}
