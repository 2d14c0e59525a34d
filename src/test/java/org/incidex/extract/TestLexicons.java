package org.incidex.extract;

import org.incidex.extract.group.GroupLexicon;
import org.incidex.extract.gazetteer.Gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A small, fixed group list for unit tests (so they do not move when the curated list grows). */
public final class TestLexicons {
    private TestLexicons() {}

    public static GroupLexicon groups() {
        try (var in = TestLexicons.class.getResourceAsStream("/org/incidex/extract/groups-test.tsv")) {
            return GroupLexicon.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "groups-test.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static IncidentExtractor extractor() {
        return new IncidentExtractor(Gazetteer.shared(), groups());
    }

    /**
     * The main incident's place for a one-paragraph article published 2019-03-10; fails when there is no incident.
     * Every candidate counts, however unsure the judge is that it is an attack: these tests are about places.
     */
    static org.incidex.model.Place mainPlace(IncidentExtractor x, String text) {
        java.util.List<org.incidex.model.Incident> r = x.extract(IncidentExtractorTest.article(null, "2019-03-10", text), 0);
        org.assertj.core.api.Assertions.assertThat(r).as(text).isNotEmpty();
        return r.get(0).place();
    }
}
