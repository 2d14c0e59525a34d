package org.incidex.extract.casualty;

import org.incidex.extract.rules.RuleTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The casualty phrasebook (casualty-phrasebook.tsv): one sentence and every figure {@link CasualtyFinder} reads in it,
 * by kind. A cell lists the figures of its kind in order of appearance, separated by ", ", each its value and, when
 * it does not simply state a count, its mode ("3 additional", "31 update", "1 of-wounds"); an empty cell: none.
 */
class CasualtyPhrasebookTest {
    /** The phrasebook's columns for each kind. */
    static final Map<CasualtyFinder.Kind, String> COLUMNS = new EnumMap<>(Map.of(
            CasualtyFinder.Kind.KILLED, "killed", CasualtyFinder.Kind.INJURED, "injured",
            CasualtyFinder.Kind.HOSTAGES, "hostages", CasualtyFinder.Kind.PERPETRATORS_KILLED, "perpetratorsKilled",
            CasualtyFinder.Kind.TRAPPED, "trapped"));

    private static final CasualtyFinder FINDER = new CasualtyFinder();

    static List<RuleTable.Row> cases() throws IOException {
        try (var in = CasualtyPhrasebookTest.class.getResourceAsStream("casualty-phrasebook.tsv")) {
            return RuleTable.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    "casualty-phrasebook.tsv").rows();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheFiguresTheSentenceGives(RuleTable.Row row) {
        String sentence = row.require("sentence");
        Map<CasualtyFinder.Kind, String> got = cells(FINDER.find(sentence));
        for (Map.Entry<CasualtyFinder.Kind, String> c : COLUMNS.entrySet()) {
            assertThat(got.get(c.getKey())).as(row.where() + " " + c.getValue() + ": " + sentence + " ("
                    + row.get("note") + ")").isEqualTo(row.get(c.getValue()));
        }
    }

    /** The cell of each kind for {@code figures}, as the phrasebook writes it ("" for none). */
    static Map<CasualtyFinder.Kind, String> cells(List<CasualtyFinder.Figure> figures) {
        Map<CasualtyFinder.Kind, List<String>> byKind = new EnumMap<>(CasualtyFinder.Kind.class);
        for (CasualtyFinder.Figure f : figures) {
            String mode = f.mode() == CasualtyFinder.Mode.PLAIN ? ""
                    : " " + f.mode().name().toLowerCase(Locale.ROOT).replace('_', '-');
            byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f.value() + mode);
        }
        Map<CasualtyFinder.Kind, String> out = new EnumMap<>(CasualtyFinder.Kind.class);
        for (CasualtyFinder.Kind k : CasualtyFinder.Kind.values()) {
            out.put(k, String.join(", ", byKind.getOrDefault(k, List.of())));
        }
        return out;
    }
}
