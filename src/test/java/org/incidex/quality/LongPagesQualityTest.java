package org.incidex.quality;

import org.incidex.extract.eval.IncidentsEvaluator;
import org.incidex.extract.event.AttackJudge;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20's gate on long pages: each attack whole, nothing of one in another. The dev pages
 * (src/test/resources/org/incidex/extract/long: 24 long English reports of real attacks, written for the project in 7
 * site styles, with gold for every attack each reports or recalls — 24 main, 48 others) are read as a user's would be
 * and compared with the gold ({@link IncidentsEvaluator}). The bars are main-incident fields ≥ 0.92, other incidents
 * found ≥ 0.80 and no leak; until they are met each gate sits at today's figure, so that nothing gets worse.
 */
class LongPagesQualityTest {
    static final Path DEV = RelevanceQualityTest.resource("/org/incidex/extract/long");

    @Test
    void eachAttackOfALongPageIsWholeAndKeepsToItself() throws Exception {
        IncidentsEvaluator.Report r = IncidentsEvaluator.createDefault().evaluate(DEV,
                IncidentsEvaluator.readGold(DEV.resolve("gold.tsv")), AttackJudge.DEFAULT_MIN_CONFIDENCE);
        IncidentsEvaluator.FieldScore main = r.mainFields();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Long pages: main incident fields %.3f (%d/%d)%n", main.accuracy(), main.correct(), main.total()));
        r.fields().forEach(f -> sb.append(String.format(Locale.ROOT, "  %-18s %.3f (%d/%d)%n", f.field(),
                f.accuracy(), f.correct(), f.total())));
        sb.append(String.format(Locale.ROOT, "  other incidents found %d/%d, extra %d, leaks %d", r.othersFound(),
                r.others(), r.extra(), r.leaks()));
        System.out.println(sb);
        assertThat(r.pages()).hasSize(24);
        assertThat(r.pages()).allSatisfy(p -> assertThat(p.error()).isNull());
        // measured 2026-12-08: main 0.686 (94/137), others 20/48, extra 10, leaks 6 (first run: 85, 17, 14, 6)
        assertThat(main.correct()).as("main-incident fields right").isGreaterThanOrEqualTo(94);
        assertThat(r.othersFound()).as("other incidents found").isGreaterThanOrEqualTo(20);
        assertThat(r.leaks()).as("leaks").isLessThanOrEqualTo(6);
    }
}
