package org.incidex.extract.group;

import org.incidex.extract.rules.RuleTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The group phrasebook (group-phrasebook.tsv): sentences and the groups read in them. */
class GroupPhrasebookTest {
    static List<RuleTable.Row> groups() throws IOException {
        return read("group-phrasebook.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void groupsAreNamedOnlyWhereTheTextUsesThemAsGroups(RuleTable.Row row) {
        String text = row.require("sentence");
        List<String> got = new GroupFinder(GroupLexicon.shared()).find(text).stream()
                .map(GroupFinder.GroupMention::name).toList();
        List<String> want = row.require("groups").equals("-") ? List.of() : Arrays.asList(row.require("groups").split("\\|"));
        assertThat(got).as(row.where() + " " + text).containsExactlyElementsOf(want);
    }

    private static List<RuleTable.Row> read(String name) throws IOException {
        try (var in = GroupPhrasebookTest.class.getResourceAsStream(name)) {
            return RuleTable.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name).rows();
        }
    }
}
