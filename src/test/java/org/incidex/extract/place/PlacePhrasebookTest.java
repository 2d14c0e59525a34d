package org.incidex.extract.place;

import org.incidex.extract.IncidentExtractor;
import org.incidex.extract.TestLexicons;
import org.incidex.extract.rules.RuleTable;
import org.incidex.model.Article;
import org.incidex.model.Incident;
import org.incidex.model.Place;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The place phrasebook (phrasebook.tsv): one-paragraph articles and where the main incident happened. Every
 * candidate counts, however unsure the judge is that it is an attack: these rows are about places.
 */
class PlacePhrasebookTest {
    static final IncidentExtractor EXTRACTOR = TestLexicons.extractor();

    static List<RuleTable.Row> cases() throws IOException {
        try (var in = PlacePhrasebookTest.class.getResourceAsStream("phrasebook.tsv")) {
            return RuleTable.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    "phrasebook.tsv").rows();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theMainPlaceIsWhereTheWordsSayItIs(RuleTable.Row row) {
        String text = row.require("sentence");
        List<Incident> found = EXTRACTOR.extract(new Article("t", "test", null, null, null, "en", "2019-03-10", null,
                text), 0);
        assertThat(found).as(row.where() + " " + text).isNotEmpty();
        Place p = found.get(0).place();
        check(row, "city", p.city());
        check(row, "district", p.district());
        check(row, "region", p.region());
        check(row, "country", p.countryCode());
        String coordinates = row.get("coordinates");
        assertThat(coordinates).as(row.where() + ": coordinates is 'yes' or empty").isIn("", "yes");
        if (coordinates.equals("yes")) {
            assertThat(p.lat()).as(row.where() + " latitude: " + text).isNotNull();
            assertThat(p.lon()).as(row.where() + " longitude: " + text).isNotNull();
        }
    }

    /** The column's expectation: empty, not checked; "-", none; "!X", anything but X; else exactly the value. */
    private static void check(RuleTable.Row row, String column, String got) {
        String want = row.get(column);
        if (want.isEmpty()) return;
        var that = assertThat(got).as(row.where() + " " + column + ": " + row.get("sentence") + " (" + row.get("note")
                + ")");
        if (want.equals("-")) that.isNull();
        else if (want.startsWith("!")) that.isNotEqualTo(want.substring(1));
        else that.isEqualTo(want);
    }
}
