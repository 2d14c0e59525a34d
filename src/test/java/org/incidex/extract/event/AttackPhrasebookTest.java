package org.incidex.extract.event;

import org.incidex.extract.IncidentExtractor;
import org.incidex.extract.rules.RuleTable;
import org.incidex.model.Article;
import org.incidex.model.Incident;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The attack judge's phrasebook (phrasebook.tsv): one-sentence articles and whether an incident is kept. */
class AttackPhrasebookTest {
    static List<RuleTable.Row> cases() throws IOException {
        try (var in = AttackPhrasebookTest.class.getResourceAsStream("phrasebook.tsv")) {
            return RuleTable.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    "phrasebook.tsv").rows();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsAnIncidentOnlyForAnAttack(RuleTable.Row row) {
        String text = row.require("sentence");
        List<Incident> kept = IncidentExtractor.shared().extract(new Article("a", "phrasebook", null, null, null, "en",
                "2019-03-10", null, text, null));
        boolean attack = row.require("attack").equals("yes");
        assertThat(!kept.isEmpty()).as(row.where() + " " + text + " (" + row.get("note") + ")").isEqualTo(attack);
        if (attack) {
            Incident i = kept.get(0);
            assertThat(i.confidence()).isBetween(AttackJudge.DEFAULT_MIN_CONFIDENCE, 1.0);
            assertThat(i.evidence()).anySatisfy(e -> {
                assertThat(e.field()).isEqualTo("attack");
                assertThat(e.text()).isEqualTo(text);
            });
        }
    }
}
