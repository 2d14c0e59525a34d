package org.incidex.extract.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences as news text writes them: offsets kept, abbreviations not taken for their end. */
class SentenceSplitterTest {
    @Test
    void sentencesKeepOffsetsAndSkipAbbreviations() {
        String text = "U.S. forces arrived on Nov. 20 in Bamako. Mr. Keita spoke.\n\nA new paragraph! Another one?";
        List<Sentence> s = new SentenceSplitter().split(text);
        assertThat(s).extracting(Sentence::text).containsExactly("U.S. forces arrived on Nov. 20 in Bamako.",
                "Mr. Keita spoke.", "A new paragraph!", "Another one?");
        assertThat(s).allSatisfy(x -> assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text()));
        assertThat(s.get(2).paragraph()).isEqualTo(1);
    }
}
