package org.incidex.extract.date;

import org.incidex.extract.rules.RuleTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The date phrasebook (date-phrasebook.tsv): sentences, their day of publication and the dates read in them. */
class DatePhrasebookTest {
    static List<RuleTable.Row> dates() throws IOException {
        try (var in = DatePhrasebookTest.class.getResourceAsStream("date-phrasebook.tsv")) {
            return RuleTable.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    "date-phrasebook.tsv").rows();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dates")
    void datesAreReadAndResolvedAgainstPublication(RuleTable.Row row) {
        String text = row.require("sentence");
        LocalDate published = row.require("published").equals("-") ? null : LocalDate.parse(row.require("published"));
        List<DateFinder.DateMention> found = new DateFinder().find(text, published);
        String why = row.where() + " " + text + " (" + row.get("note") + ")";
        assertThat(found.stream().map(DatePhrasebookTest::written).toList()).as(why)
                .containsExactlyElementsOf(list(row.require("dates")));
        assertThat(found.stream().map(d -> text.substring(d.start(), d.end())).toList()).as(why)
                .containsExactlyElementsOf(list(row.require("words")));
    }

    /** A mention as the phrasebook writes it: "2015-11 relative past". */
    static String written(DateFinder.DateMention d) {
        return d.value() + (d.relative() ? " relative" : "") + (d.pastRef() ? " past" : "");
    }

    private static List<String> list(String cell) {
        return cell.equals("-") ? List.of() : Arrays.asList(cell.split("\\|"));
    }
}
