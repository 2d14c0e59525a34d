package org.incidex.extract.date;

import org.incidex.extract.rules.RuleTable;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the phrasebook does not show: mentions in text order with their offsets, and the checks of months.tsv. */
class DateFinderTest {
    static final LocalDate PUB = LocalDate.of(2015, 11, 20); // a Friday

    @Test
    void mentionsComeInTextOrderWhateverRuleFoundThem() {
        String text = "Police said today that the attack on 12 November was the worst since 2013.";
        List<DateFinder.DateMention> found = new DateFinder().find(text, PUB);
        assertThat(found).extracting(DateFinder.DateMention::value).containsExactly("2015-11-20", "2015-11-12", "2013");
        assertThat(found).extracting(d -> text.substring(d.start(), d.end()))
                .containsExactly("today", "12 November", "since 2013");
        assertThat(found).extracting(DateFinder.DateMention::isDay).containsExactly(true, true, false);
    }

    @Test
    void aMonthSpellingMustComeBeforeTheSpellingsThatBeginIt() throws IOException {
        DateFinder.Months m = DateFinder.months(table("spelling\tmonth\tform\nSept\t9\tshort\nSep\t9\tshort\n"));
        assertThat(m.alternatives()).isEqualTo("Sept\\.?|Sep\\.?");
        assertThat(m.numbers()).containsEntry("sept", 9).containsEntry("sep", 9);
        assertThatThrownBy(() -> DateFinder.months(table("spelling\tmonth\tform\nSep\t9\tshort\n"
                + "Sept\t9\tshort\n"))).hasMessageContaining("months.tsv:3").hasMessageContaining("'Sept' must come");
        assertThatThrownBy(() -> DateFinder.months(table("spelling\tmonth\tform\nSmarch\t13\tfull\n")))
                .hasMessageContaining("month must be 1-12");
    }

    private static RuleTable table(String text) throws IOException {
        return RuleTable.parse(new BufferedReader(new StringReader(text)), "months.tsv");
    }
}
