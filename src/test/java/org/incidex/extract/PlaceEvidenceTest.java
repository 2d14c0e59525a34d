package org.incidex.extract;

import org.incidex.model.Incident;
import org.incidex.model.Place;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidex.extract.IncidentExtractorTest.article;

/** Place names read against the rest of the article's evidence, from sentences written for these tests. */
class PlaceEvidenceTest {
    final IncidentExtractor x = TestLexicons.extractor();

    Place place(String text) {
        List<Incident> r = x.extract(article(null, "2019-03-10", text));
        assertThat(r).as(text).isNotEmpty();
        return r.get(0).place();
    }

    @Test
    void aHyphenatedNameIsNotItsFirstPart() {
        // "Mayo" alone is a small US town; "Mayo-Louti" is one name
        Place p = place("Rebels killed three farmers in the Mayo-Louti department of northern Cameroon.");
        assertThat(p.countryCode()).isEqualTo("CM");
        p = place("Gunmen killed two herders and wounded a boy near Mayo-Louti on Friday.");
        assertThat(p.countryCode()).isNotEqualTo("US");
    }
}
