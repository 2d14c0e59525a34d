package org.incidex.search.query;

import org.incidex.index.Fields;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which typed words become group or country concepts, on the bundled group list and gazetteer. */
class SynonymsTest {
    static final Synonyms S = Synonyms.shared();

    static String concept(String typed, boolean shouted) {
        Optional<Synonyms.Concept> c = S.inText(typed, shouted);
        return c.map(x -> x.dim() + "=" + x.value()).orElse("-");
    }

    @Test
    void groupAliasesInEveryFormResolveToTheCanonicalName() {
        for (String alias : new String[] {"Daesh", "daesh", "ISIS", "ISIL", "IS", "Islamic State", "islamic state of iraq and the levant"}) {
            assertThat(concept(alias, false)).as(alias).isEqualTo(Fields.GROUP + "=Islamic State");
        }
        Synonyms.Concept is = S.inText("Daesh", false).orElseThrow();
        assertThat(is.names()).startsWith("Islamic State", "Daesh").contains("ISIS", "ISIL").doesNotContain("IS", "ISI");
    }

    @Test
    void countryNamesDemonymsAndCodes() {
        assertThat(concept("Malian", false)).isEqualTo(Fields.COUNTRY + "=Mali");
        assertThat(concept("Malians", false)).isEqualTo(Fields.COUNTRY + "=Mali");
        assertThat(concept("MLI", false)).isEqualTo(Fields.COUNTRY + "=Mali");
        assertThat(concept("US", false)).isEqualTo(Fields.COUNTRY + "=United States");
        assertThat(concept("U.S.", false)).isEqualTo(Fields.COUNTRY + "=United States");
        assertThat(concept("Kenyan", false)).isEqualTo(Fields.COUNTRY + "=Kenya");
        assertThat(S.inText("Malian", false).orElseThrow().names()).startsWith("Mali", "Malian");
    }

    @Test
    void shortWordsInLowerCaseOrShoutedQueriesAreWords() {
        for (String w : new String[] {"is", "us", "in", "it", "no", "Is", "Us"}) assertThat(concept(w, false)).as(w).isEqualTo("-");
        assertThat(concept("IN", true)).isEqualTo("-");
        assertThat(concept("IS", true)).isEqualTo("-");
        assertThat(concept("ISIS", true)).isEqualTo(Fields.GROUP + "=Islamic State");
        assertThat(S.shouted("ATTACKS IN PARIS")).isTrue();
        assertThat(S.shouted("ISIS IS")).isFalse();
        assertThat(S.shouted("IS")).isFalse();
        assertThat(S.shouted("attacks in Paris")).isFalse();
    }

    @Test
    void fieldValuesAreReadLiberally() {
        assertThat(S.groupValue("isis").orElseThrow().value()).isEqualTo("Islamic State");
        assertThat(S.groupValue("is").orElseThrow().value()).isEqualTo("Islamic State");
        assertThat(S.countryValue("ml").orElseThrow().value()).isEqualTo("Mali");
        assertThat(S.countryValue("malian").orElseThrow().value()).isEqualTo("Mali");
        assertThat(S.countryValue("atlantis")).isEmpty();
        assertThat(concept("hotel", false)).isEqualTo("-");
        assertThat(concept("Bamako", false)).isEqualTo("-");
    }
}
