package org.incidex.extract.casualty;

import org.incidex.extract.rules.RuleTable;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The casualty word tables and the shapes' priority: what their loaders accept and what they reject. */
class CasualtyTablesTest {
    private static RuleTable table(String text) throws IOException {
        return RuleTable.parse(new BufferedReader(new StringReader(text)), "test.tsv");
    }

    @Test
    void theShapesAreTriedInTheDeclaredPriority() {
        assertThat(Shape.PRIORITY).hasSize(Shape.values().length).doesNotHaveDuplicates();
        assertThat(Shape.PRIORITY.get(0)).isEqualTo(Shape.KILL_PASSIVE);
        assertThat(Shape.PRIORITY.indexOf(Shape.NAMED)).isLessThan(Shape.PRIORITY.indexOf(Shape.NONE));
    }

    @Test
    void priorityNotTableOrderDecides() throws IOException {
        StringBuilder sb = new StringBuilder("priority\tshape\n");
        int p = Shape.values().length;
        for (Shape s : Shape.values()) {
            sb.append(p--).append('\t').append(s.name().toLowerCase(Locale.ROOT).replace('_', '-')).append('\n');
        }
        assertThat(Shape.order(table(sb.toString()))).containsExactlyElementsOf(List.of(Shape.values()).reversed());
    }

    @Test
    void aShapeMissingTwiceOrUnknownIsAnError() throws IOException {
        assertThatThrownBy(() -> Shape.order(table("priority\tshape\n1\tkill-passive\n")))
                .hasMessageContaining("no row for shape KILL_ACTIVE");
        assertThatThrownBy(() -> Shape.order(table("priority\tshape\n1\tkill-passive\n2\tkill-passive\n")))
                .hasMessageContaining("test.tsv:3").hasMessageContaining("twice");
        assertThatThrownBy(() -> Shape.order(table("priority\tshape\n1\tkill-passive\n1\tkill-active\n")))
                .hasMessageContaining("test.tsv:3").hasMessageContaining("priority 1");
        assertThatThrownBy(() -> Shape.order(table("priority\tshape\n1\tkill-by-magic\n")))
                .hasMessageContaining("test.tsv:2").hasMessageContaining("unknown shape");
    }

    @Test
    void wordTablesCheckTheirSets() throws IOException {
        RuleTable t = table("# words\nword\tset\nkilled\tverb\nslain\tverb\ntwo\tcount\n");
        assertThat(Tables.check(t, "set", Set.of("verb", "count"))).isSameAs(t);
        assertThat(Tables.alternatives(t, "set", "verb", "word")).isEqualTo("killed|slain");
        assertThat(Tables.words(t, "set", "count", "word")).containsExactly("two");
        assertThatThrownBy(() -> Tables.check(t, "set", Set.of("verb")))
                .hasMessageContaining("test.tsv:5").hasMessageContaining("unknown set 'count'");
        assertThatThrownBy(() -> Tables.check(t, "set", Set.of("verb", "count", "noun")))
                .hasMessageContaining("no row of set 'noun'");
        RuleTable twice = table("word\tset\nkilled\tverb\nkilled\tverb\n");
        assertThatThrownBy(() -> Tables.words(twice, "set", "verb", "word")).hasMessageContaining("test.tsv:3");
        RuleTable bad = table("pattern\tset\nkill(ed\tverb\n");
        assertThatThrownBy(() -> Tables.alternatives(bad, "set", "verb", "pattern"))
                .hasMessageContaining("test.tsv:2").hasMessageContaining("bad pattern");
    }

    @Test
    void numberWordsAreReadFromTheirTable() {
        assertThat(Numbers.unitWords(2, 4)).isEqualTo("two|three|four");
        assertThat(Numbers.tensWords()).startsWith("twenty|thirty").endsWith("ninety");
        assertThat(Numbers.parse("an")).isEqualTo(1);
        assertThat(Numbers.parse("ninety-nine")).isEqualTo(99);
    }
}
