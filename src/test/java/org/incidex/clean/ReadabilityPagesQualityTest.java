package org.incidex.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.incidex.clean.eval.CleaningEvaluator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Quality gate: the cleaner on Mozilla Readability's test pages in {@code ../shared} (system property
 * {@code incidex.shared}). Thresholds are the figures measured when they were set, minus a small margin; raise them
 * when the cleaner improves, never lower them silently.
 */
class ReadabilityPagesQualityTest {
    private static final Path SHARED = Path.of(System.getProperty("incidex.shared", "../shared"));
    private static final Path PAGES = SHARED.resolve("data/readability-test-pages");

    @Test
    void bodyAndMetadataMeetThresholds() throws Exception {
        if (!Files.isDirectory(PAGES)) {
            System.err.println("SKIPPED: ReadabilityPagesQualityTest: ../shared not found at " + PAGES.toAbsolutePath());
        }
        Assumptions.assumeTrue(Files.isDirectory(PAGES),
                "SKIPPED: ../shared not found at " + PAGES.toAbsolutePath() + " (set -Dincidex.shared=DIR)");
        CleaningEvaluator.Report r = new CleaningEvaluator(new ArticleCleaner()).evaluate(PAGES);
        if (Boolean.getBoolean("incidex.verbose")) {
            for (CleaningEvaluator.CaseResult c : r.cases()) {
                System.out.printf("%-40s P=%.2f R=%.2f F1=%.2f title=%s byline=%s date=%s %s%n", c.caseName(),
                        c.precision(), c.recall(), c.f1(), c.titleMatch(), c.bylineMatch(), c.dateMatch(),
                        c.failure() == null ? "" : c.failure());
            }
        }
        System.out.printf("Readability pages: %d cases, body P=%.3f R=%.3f F1=%.3f (macro P=%.3f R=%.3f), "
                        + "title=%.3f byline=%.3f date=%.3f, %.1f pages/s%n", r.cases().size(), r.precision(),
                r.recall(), r.f1(), r.macroPrecision(), r.macroRecall(), r.titleAccuracy(), r.bylineAccuracy(),
                r.dateAccuracy(), r.pagesPerSecond());
        assertThat(r.cases()).hasSizeGreaterThanOrEqualTo(100);
        // Measured at the first cut: P=0.980 R=0.965 F1=0.972, title 0.838, byline 0.815, date 1.000 (33 dated).
        // 2026-12-08, captions, sign-offs, labelled boxes and prompts left out (boilerplate-text.tsv): P=0.984
        // R=0.965 F1=0.974 (the gold keeps those; split stories and MathJax pages gained).
        // Title 1.000 since it follows Readability.js (ArticleTitle, Titles).
        assertThat(r.precision()).as("body precision").isGreaterThanOrEqualTo(0.96);
        assertThat(r.recall()).as("body recall").isGreaterThanOrEqualTo(0.945);
        assertThat(r.f1()).as("body F1").isGreaterThanOrEqualTo(0.955);
        assertThat(r.titleAccuracy()).as("title exact").isGreaterThanOrEqualTo(0.99);
        assertThat(r.bylineAccuracy()).as("byline").isGreaterThanOrEqualTo(0.79);
        assertThat(r.dateAccuracy()).as("date, same day").isGreaterThanOrEqualTo(0.95);
        assertThat(r.pagesPerSecond()).as("pages/s (sanity, machine-dependent)").isGreaterThan(2);
    }
}
