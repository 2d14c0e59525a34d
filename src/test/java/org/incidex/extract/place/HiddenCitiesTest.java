package org.incidex.extract.place;

import org.incidex.extract.gazetteer.City;
import org.incidex.extract.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No word the place readers skip as a name (the stop words, connectors, articles, function and compass words of
 * name-words.tsv) is the name of a city of 100,000 people or more: such a word would hide the city wherever the text
 * names it ("lima" once hid Peru's capital). A word that must stay in a list despite a city's name needs its own
 * reading, not an exception here.
 */
class HiddenCitiesTest {
    static final int LARGE = 100_000;

    @Test
    void noSkippedWordHidesALargeCity() {
        List<String> hidden = new ArrayList<>();
        for (PlaceWords.Words list : List.of(PlaceWords.Words.STOP, PlaceWords.Words.CONNECTOR, PlaceWords.Words.ARTICLE,
                PlaceWords.Words.FUNCTION, PlaceWords.Words.COMPASS, PlaceWords.Words.CLITIC)) {
            for (String word : PlaceWords.set(list)) {
                for (City c : Gazetteer.shared().cities(word)) {
                    if (c.population() >= LARGE) hidden.add(list + " '" + word + "' hides " + c.name() + ", "
                            + c.countryCode() + " (" + c.population() + ")");
                }
            }
        }
        assertThat(hidden).as("words of name-words.tsv that hide a city of 100,000 or more").isEmpty();
    }

    @Test
    void theCheckFindsAHiddenCity() {
        // the check itself: Lima (7.7 million) is what a stop word "lima" would hide
        assertThat(Gazetteer.shared().cities("lima")).anySatisfy(c -> assertThat(c.population()).isGreaterThan(LARGE));
    }
}
