package org.incidex.extract;

import org.incidex.extract.text.Sentence;
import org.incidex.extract.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers, sentences, dates and casualty figures as news text writes them. */
class TextReadersTest {
    static final LocalDate PUB = LocalDate.of(2015, 11, 20); // a Friday

    @Test
    void numbersInDigitsAndWords() {
        assertThat(Numbers.parse("13")).isEqualTo(13);
        assertThat(Numbers.parse("1,234")).isEqualTo(1234);
        assertThat(Numbers.parse("100,000")).isEqualTo(Numbers.MAX_COUNT);
        assertThat(Numbers.parse("2147483647")).isEqualTo(-1);
        assertThat(Numbers.parse("Fifty")).isEqualTo(50);
        assertThat(Numbers.parse("forty-two")).isEqualTo(42);
        assertThat(Numbers.parse("two dozen")).isEqualTo(24);
        assertThat(Numbers.parse("a dozen")).isEqualTo(12);
        assertThat(Numbers.parse("two hundred and six")).isEqualTo(206);
        assertThat(Numbers.parse("dozens")).isEqualTo(-1);
    }

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

    @Test
    void casualtyFiguresByKind() {
        CasualtyFinder f = new CasualtyFinder();
        assertThat(fig(f, "At least 13 people died in a hotel siege.")).containsExactly("KILLED=13");
        assertThat(fig(f, "The blast killed 22 people and injured 59 others.")).containsExactly("KILLED=22", "INJURED=59");
        assertThat(fig(f, "Fifty people were killed and two dozen wounded.")).containsExactly("KILLED=50", "INJURED=24");
        assertThat(fig(f, "The gunmen took some 170 people hostage.")).containsExactly("HOSTAGES=170");
        assertThat(fig(f, "The death toll rose to 31 on Sunday.")).containsExactly("KILLED=31");
        assertThat(fig(f, "Three of the attackers were also killed.")).containsExactly("PERPETRATORS_KILLED=3");
        assertThat(fig(f, "Five UN workers were among the dead.")).isEmpty();
        assertThat(fig(f, "Dozens were killed in 2015.")).isEmpty();
        assertThat(fig(f, "Officials said 20 hostages were killed in the attack.")).containsExactly("KILLED=20");
    }

    static List<String> values(List<DateFinder.DateMention> ds) {
        return ds.stream().map(DateFinder.DateMention::value).toList();
    }

    static List<String> fig(CasualtyFinder f, String s) {
        return f.find(s).stream().map(x -> x.kind() + "=" + x.value()).toList();
    }
}
