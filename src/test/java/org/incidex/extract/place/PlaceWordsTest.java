package org.incidex.extract.place;

import org.incidex.extract.rules.RuleTable;
import org.incidex.extract.text.Tokens;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The place word tables: what {@link PlaceWords} rejects, and how it reads units. */
class PlaceWordsTest {
    /** The bundled tables, with {@code extra} rows added to {@code table}. */
    static PlaceWords withRows(String table, String extra) {
        return new PlaceWords(name -> {
            String text = bundled(name) + (name.equals(table) ? extra : "");
            try {
                return RuleTable.parse(new BufferedReader(new StringReader(text)), name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static String bundled(String name) {
        try (InputStream in = PlaceWords.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theBundledTablesHaveEveryListTheCodeReads() {
        PlaceWords words = withRows("units.tsv", "");
        assertThat(words.unitIn(Tokens.of("Gujba LGA"), 1)).isNotNull();
        for (PlaceWords.Words w : PlaceWords.Words.values()) assertThat(PlaceWords.set(w)).as(w.list).isNotEmpty();
        for (PlaceWords.Phrases p : PlaceWords.Phrases.values()) {
            assertThat(PlaceWords.alternatives(p)).as(p.list).isNotBlank();
        }
    }

    @Test
    void aRowOfAnUnknownListIsAnErrorAtItsLine() {
        assertThatThrownBy(() -> withRows("name-words.tsv", "lima\tstops\n"))
                .hasMessageMatching("name-words.tsv:\\d+: unknown list 'stops'");
    }

    @Test
    void aWordTwiceInAListOrNotFoldedIsAnError() {
        assertThatThrownBy(() -> withRows("type-words.tsv", "village\tsettlement\n")).hasMessageContaining("twice");
        assertThatThrownBy(() -> withRows("context-words.tsv", "Troops\tmodified\n"))
                .hasMessageContaining("not in folded form");
        // abbreviations are compared as written
        assertThat(PlaceWords.set(PlaceWords.Words.ABBREVIATION)).contains("US");
    }

    @Test
    void aPatternThatDoesNotCompileIsAnError() {
        assertThatThrownBy(() -> withRows("relation-phrases.tsv", "head(?:ing\theading\n"))
                .hasMessageContaining("bad pattern");
    }

    @Test
    void theLongestUnitTheTextSpellsWins() {
        PlaceWords words = withRows("units.tsv", "");
        List<Tokens.Token> t = Tokens.of("in the Gujba Local Government Area of Yobe");
        PlaceWords.Unit u = words.unitIn(t, 3);
        assertThat(u.words()).containsExactly("local", "government", "area");
        assertThat(u.name()).isEqualTo("LGA");
        assertThat(words.unitIn(Tokens.of("the local government of Mafa"), 1).words()).hasSize(2);
        PlaceWords.Unit rural = words.unitIn(Tokens.of("the rural district of Taji"), 1);
        assertThat(rural.name()).isEqualTo("Rural District");
        assertThat(rural.ofName()).isEqualTo("District");
        assertThat(words.unitIn(Tokens.of("Sukma district"), 1).name()).isEqualTo("District");
    }

    @Test
    void aLowerCaseOnlyUnitIsNoneCapitalised() {
        PlaceWords words = withRows("units.tsv", "");
        assertThat(words.unitIn(Tokens.of("Momo division"), 1)).isNotNull();
        assertThat(words.unitIn(Tokens.of("the 3rd Infantry Division"), 3)).isNull();
        assertThatThrownBy(() -> withRows("units.tsv", "district\n")).hasMessageContaining("twice");
        assertThatThrownBy(() -> withRows("units.tsv", "Zone\n")).hasMessageContaining("folded words");
    }
}
