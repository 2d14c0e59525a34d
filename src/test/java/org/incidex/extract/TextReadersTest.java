package org.incidex.extract;

import org.incidex.extract.text.Sentence;
import org.incidex.extract.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences and dates as news text writes them. */
class TextReadersTest {
    static final LocalDate PUB = LocalDate.of(2015, 11, 20); // a Friday

    @Test
    void sentencesKeepOffsetsAndSkipAbbreviations() {
        String text = "U.S. forces arrived on Nov. 20 in Bamako. Mr. Keita spoke.\n\nA new paragraph! Another one?";
        List<Sentence> s = new SentenceSplitter().split(text);
        assertThat(s).extracting(Sentence::text).containsExactly("U.S. forces arrived on Nov. 20 in Bamako.",
                "Mr. Keita spoke.", "A new paragraph!", "Another one?");
        assertThat(s).allSatisfy(x -> assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text()));
        assertThat(s.get(2).paragraph()).isEqualTo(1);
    }

    @Test
    void datesAbsoluteRelativeAndPartial() {
        DateFinder f = new DateFinder();
        assertThat(values(f.find("Gunmen attacked on 20 November 2015.", PUB))).containsExactly("2015-11-20");
        assertThat(values(f.find("It happened on November 13, 2015 in Paris.", PUB))).containsExactly("2015-11-13");
        assertThat(values(f.find("Police said today that", PUB))).containsExactly("2015-11-20");
        assertThat(values(f.find("The blast yesterday killed", PUB))).containsExactly("2015-11-19");
        assertThat(values(f.find("The attack on Tuesday", PUB))).containsExactly("2015-11-17");
        assertThat(values(f.find("a hotel siege in the central town of Sevare in August.", PUB))).containsExactly("2015-08");
        assertThat(values(f.find("in December the group", PUB))).containsExactly("2014-12");
        assertThat(values(f.find("since 2013 the group", PUB))).containsExactly("2013");
        assertThat(values(f.find("on 25 December", PUB))).containsExactly("2014-12-25");
        assertThat(f.find("last week's attacks", PUB).get(0).pastRef()).isTrue();
        assertThat(f.find("today", null)).isEmpty();
    }

    static List<String> values(List<DateFinder.DateMention> ds) {
        return ds.stream().map(DateFinder.DateMention::value).toList();
    }
}
