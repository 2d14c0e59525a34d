package org.incidex.extract;

import org.incidex.extract.text.Sentence;
import org.incidex.extract.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers, sentences and casualty figures as news text writes them. */
class TextReadersTest {
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

    static List<String> fig(CasualtyFinder f, String s) {
        return f.find(s).stream().map(x -> x.kind() + "=" + x.value()).toList();
    }
}
