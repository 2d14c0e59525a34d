package org.incidex.quality;

import org.incidex.extract.eval.IncidentsEvaluator;
import org.incidex.extract.event.AttackJudge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20's gate on long pages: each attack whole, nothing of one in another. Two sets, each read as a user's pages
 * would be and compared with its gold ({@link IncidentsEvaluator}):
 * <ul>
 *   <li>the dev pages (src/test/resources/org/incidex/extract/long: 24 long English reports of real attacks, written
 *   for the project in 7 site styles, with gold for every attack each reports or recalls — 24 main, 48 others);</li>
 *   <li>bench/long-validation-1 (16 pages in 7 site styles, 65 incidents, written apart by a writer who saw neither
 *   the rules nor the dev pages), measured once before any rule looked at it — main 0.615 (64/104), others 24/49,
 *   leaks 10 — and dev data since.</li>
 * </ul>
 * The bars are main-incident fields ≥ 0.92, other incidents found ≥ 0.80 and no leak; until they are met each gate
 * sits at today's figure, so that nothing gets worse.
 */
class LongPagesQualityTest {
    /**
     * Measured 2026-12-08: dev main 0.759 (104/137), others 21/48, extra 11, leaks 6 (first run: 85, 17, 14, 6;
     * one dev point, the Oslo verdict page's killed, was lost on the way: it was right only while the main incident
     * was misdated and dropped and the Oslo bombing's recalled 8 stood in for it; now the main incident is Oslo's, on
     * its day, with the day's 77, Utøya the same day not yet an incident of its own); long-validation-1 main 0.663
     * (69/104), others 26/49, extra 10, leaks 7; long-validation-2 main 0.718 (74/103), others 27/60, extra 9,
     * leaks 8.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"src/test/resources/org/incidex/extract/long, 24, 104, 21, 6", "bench/long-validation-1, 16, 69, 26, 7",
            "bench/long-validation-2, 16, 74, 27, 8"})
    void eachAttackOfALongPageIsWholeAndKeepsToItself(String set, int pages, int mainRight, int others, int leaks)
            throws Exception {
        Path dir = Path.of(set);
        IncidentsEvaluator.Report r = IncidentsEvaluator.createDefault().evaluate(dir,
                IncidentsEvaluator.readGold(dir.resolve("gold.tsv")), AttackJudge.DEFAULT_MIN_CONFIDENCE);
        IncidentsEvaluator.FieldScore main = r.mainFields();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Long pages (%s): main incident fields %.3f (%d/%d)%n", set, main.accuracy(), main.correct(),
                main.total()));
        r.fields().forEach(f -> sb.append(String.format(Locale.ROOT, "  %-18s %.3f (%d/%d)%n", f.field(),
                f.accuracy(), f.correct(), f.total())));
        sb.append(String.format(Locale.ROOT, "  other incidents found %d/%d, extra %d, leaks %d", r.othersFound(),
                r.others(), r.extra(), r.leaks()));
        System.out.println(sb);
        assertThat(r.pages()).hasSize(pages);
        assertThat(r.pages()).allSatisfy(p -> assertThat(p.error()).isNull());
        assertThat(main.correct()).as("main-incident fields right").isGreaterThanOrEqualTo(mainRight);
        assertThat(r.othersFound()).as("other incidents found").isGreaterThanOrEqualTo(others);
        assertThat(r.leaks()).as("leaks").isLessThanOrEqualTo(leaks);
    }
}
