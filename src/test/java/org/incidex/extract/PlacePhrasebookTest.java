package org.incidex.extract;

import org.incidex.extract.text.Tokens;
import org.incidex.extract.rules.RuleTable;
import org.incidex.model.Incident;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The place phrasebook (place-phrasebook.tsv): one-sentence articles and the main incident's city. */
class PlacePhrasebookTest {
    static List<RuleTable.Row> places() throws IOException {
        return read("place-phrasebook.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void theMainPlaceIsWhereTheWordsSayAPlaceIs(RuleTable.Row row) {
        String text = row.require("sentence");
        List<Incident> found = IncidentExtractor.shared().extract(IncidentExtractorTest.article(null, "2019-03-10", text), 0);
        String want = row.require("place");
        String got = found.isEmpty() ? null : found.get(0).place().city();
        assertThat(got == null ? "-" : Tokens.fold(got)).as(row.where() + " " + text).isEqualTo(Tokens.fold(want));
    }

    private static List<RuleTable.Row> read(String name) throws IOException {
        try (var in = PlacePhrasebookTest.class.getResourceAsStream(name)) {
            return RuleTable.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name).rows();
        }
    }
}
